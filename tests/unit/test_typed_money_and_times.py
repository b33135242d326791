"""Amounts and times as people type them (review F9): "1500 €" and "1.500 EUR" in a field labelled
"Budget (€)", "9", "9.30" and "9 Uhr" for an event's time, and a range said as "100.000.000 €"."""

from __future__ import annotations

import pytest

from vopi_desktop.lang import set_language
from vopi_desktop.store.errors import ValidationError
from vopi_desktop.store.services.events import _time
from vopi_desktop.store.services.fields import decimal
from vopi_desktop.textnumbers import parse_money

BUDGET = ("Das geplante Budget", "The planned budget")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500 €", 1500.0),
        ("1.500 EUR", 1500.0),
        ("1.500 Euro", 1500.0),
        ("€ 1.500", 1500.0),
        ("1.500,- €", 1500.0),
        ("1.500,50 €", 1500.5),
        ("1500eur", 1500.0),
        ("2,5", 2.5),
        ("", None),
    ],
)
def test_german_amounts_with_the_currency(text: str, value: float | None) -> None:
    assert parse_money(text, "budget_planned", BUDGET, "de") == value


def test_english_amounts_with_the_currency() -> None:
    assert parse_money("€1,500.50", "budget_planned", BUDGET, "en") == 1500.5
    assert parse_money("1,500 EUR", "budget_planned", BUDGET, "en") == 1500.0


@pytest.mark.parametrize("text", ["€", "EUR", "etwa 1500 €", "12 Euro 50", "Eurostar", "1.5.0 €"])
def test_anything_else_is_refused_with_what_was_typed(text: str) -> None:
    set_language("de")
    with pytest.raises(ValidationError) as caught:
        parse_money(text, "budget_planned", BUDGET, "de")
    assert caught.value.field == "budget_planned" and f"„{text}“ ist keine Zahl" in str(caught.value)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Das geplante Budget muss zwischen 0 und 100.000.000 € liegen."),
        ("en", "The planned budget must be between 0 and 100,000,000 €."),
    ],
)
def test_a_range_is_said_in_the_languages_number_format(language: str, expected: str) -> None:
    from vopi_desktop.store.services.measures import LABELS, MAX_EUROS

    set_language(language)
    try:
        with pytest.raises(ValidationError) as caught:
            decimal(
                -5, "budget_planned", minimum=0, maximum=MAX_EUROS, label=LABELS["budget_planned"], unit="€"
            )
    finally:
        set_language("de")
    assert str(caught.value) == expected


def test_a_fractional_bound_keeps_its_decimals() -> None:
    set_language("de")
    with pytest.raises(ValidationError) as caught:
        decimal(3, "share", minimum=0.5, maximum=2.25)
    assert "zwischen 0,5 und 2,25 liegen" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("9", "09:00"),
        ("9.30", "09:30"),
        ("9:30", "09:30"),
        ("9 Uhr", "09:00"),
        ("9.30 Uhr", "09:30"),
        ("18 uhr", "18:00"),
        ("18h", "18:00"),
        (" 07:05 ", "07:05"),
        ("", ""),
    ],
)
def test_times_as_germans_write_them(text: str, stored: str) -> None:
    assert _time(text, "time_from") == stored


@pytest.mark.parametrize("text", ["24", "9:5", "9.75", "25 Uhr", "halb zehn", "9 Uhr 30"])
def test_other_times_are_refused_with_an_example(text: str) -> None:
    set_language("de")
    with pytest.raises(ValidationError) as caught:
        _time(text, "time_from")
    assert caught.value.field == "time_from" and "z. B. 9:30 oder 18 Uhr" in str(caught.value)
