"""The one parser for typed numbers: thousands separators read, anything else refused with the field named."""

from __future__ import annotations

import pytest

from vopi_desktop.lang import set_language
from vopi_desktop.store.errors import ValidationError
from vopi_desktop.textnumbers import parse_decimal, parse_int

SIZE = ("Größe", "Size")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.500", 1500),
        ("1500", 1500),
        (" 1 500 ", 1500),
        ("1\u202f500", 1500),
        ("12.000.000", 12_000_000),
        ("0", 0),
        ("-3", -3),
        ("−3", -3),
        ("", None),
        ("   ", None),
    ],
)
def test_german_whole_numbers(text: str, value: int | None) -> None:
    assert parse_int(text, "size", SIZE, "de") == value


@pytest.mark.parametrize(
    "text", ["etwa 40", "1,5", "1.50", "15.00", "40+", "1,500", "-", "vierzig", "1..500"]
)
def test_what_is_not_a_whole_number_is_refused_naming_the_field(text: str) -> None:
    set_language("de")
    with pytest.raises(ValidationError) as info:
        parse_int(text, "size", SIZE, "de")
    assert info.value.field == "size"
    assert str(info.value).startswith("Größe: „") and text.strip() in str(info.value)


def test_english_reads_its_own_notation_and_speaks_english() -> None:
    assert parse_int("1,500", "size", SIZE, "en") == 1500
    assert parse_decimal("1,234.5", "budget", ("Budget", "Budget"), "en") == 1234.5
    set_language("en")
    try:
        with pytest.raises(ValidationError, match="Size: “about 40” is not a whole number"):
            parse_int("about 40", "size", SIZE, "en")
    finally:
        set_language("de")


def test_decimals() -> None:
    what = ("Budget", "Budget")
    assert parse_decimal("2,5", "budget", what, "de") == 2.5
    assert parse_decimal("1.234,50", "budget", what, "de") == 1234.5
    assert parse_decimal(",5", "budget", what, "de") == 0.5
    assert parse_decimal("1.234", "budget", what, "de") == 1234.0
    assert parse_decimal("", "budget", what, "de") is None
    for bad in ("2.5", "etwa 3", "-", ",", "2,5,1"):
        with pytest.raises(ValidationError):
            parse_decimal(bad, "budget", what, "de")
