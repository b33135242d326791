"""A municipality's rounds tell one story: one baseline, and every follow-up after it (review 2, G22).

A follow-up dated before the baseline (a typo in the year is enough) or a second baseline made the
comparison run backwards ("16 zurückgefallen" instead of 16 improved). On SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date

import pytest

from vopi_desktop.analysis.pillars import compare
from vopi_desktop.lang import set_language
from vopi_desktop.store import ValidationError
from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.store.workspace import Workspace

BASE_DAY = date(2025, 10, 22)


@pytest.fixture
def base(ws: Workspace, mid: str):
    return ws.pillars.create_round(mid, RoundInput("Ausgangslage Herbst 2025", BASE_DAY))


def _story(ws: Workspace, mid: str) -> list[tuple[str, str, date | None]]:
    return [(r.title, r.kind, r.held_on) for r in ws.pillars.rounds(mid)]


@pytest.mark.parametrize("kind", ["follow_up", None])
def test_a_follow_up_before_the_baseline_is_refused_naming_its_date(
    ws: Workspace, mid: str, base, kind: str | None
) -> None:
    before = _story(ws, mid)
    with pytest.raises(ValidationError) as err:
        ws.pillars.create_round(mid, RoundInput("Zwischenstand", date(2024, 1, 1), kind=kind))
    assert err.value.field == "held_on"
    assert "Ausgangserhebung" in str(err.value) and "22.10.2025" in str(err.value)
    assert _story(ws, mid) == before


def test_a_follow_up_moved_before_the_baseline_is_refused_and_stays_as_it_was(
    ws: Workspace, mid: str, base
) -> None:
    follow = ws.pillars.create_round(mid, RoundInput("Zwischenstand Frühjahr 2026", date(2026, 3, 1)))
    with pytest.raises(ValidationError) as err:
        ws.pillars.update_round(
            follow.id, RoundInput(follow.title, date(2024, 1, 1), kind="follow_up"), follow.version
        )
    assert err.value.field == "held_on" and "22.10.2025" in str(err.value)
    assert ws.pillars.get_round(follow.id) == follow
    # the same day as the baseline, a later day or no date yet (planned) are fine
    for day in (BASE_DAY, date(2026, 4, 1), None):
        follow = ws.pillars.update_round(follow.id, RoundInput(follow.title, day), follow.version)
        assert follow.held_on == day


def test_a_copied_round_before_the_baseline_is_refused(ws: Workspace, mid: str, base) -> None:
    with pytest.raises(ValidationError) as err:
        ws.pillars.copy_round(base.id, RoundInput("Folge", date(2025, 1, 1)))
    assert err.value.field == "held_on"
    assert [r.id for r in ws.pillars.rounds(mid)] == [base.id]


def test_a_second_baseline_is_refused(ws: Workspace, mid: str, base) -> None:
    with pytest.raises(ValidationError) as err:
        ws.pillars.create_round(mid, RoundInput("Noch eine Ausgangslage", date(2026, 11, 1), kind="baseline"))
    assert err.value.field == "kind"
    message = str(err.value)
    assert "Es gibt schon eine Ausgangserhebung" in message and "Folgeerhebung" in message
    assert "„Ausgangslage Herbst 2025“" in message and "22.10.2025" in message
    follow = ws.pillars.create_round(mid, RoundInput("Zwischenstand", date(2026, 3, 1)))
    with pytest.raises(ValidationError) as err:  # nor may a follow-up become a second one
        ws.pillars.update_round(follow.id, RoundInput(follow.title, follow.held_on, kind="baseline"), 1)
    assert err.value.field == "kind"
    assert [r.kind for r in ws.pillars.rounds(mid)] == ["baseline", "follow_up"]


def test_the_baseline_may_not_move_after_a_follow_up(ws: Workspace, mid: str, base) -> None:
    follow = ws.pillars.create_round(mid, RoundInput("Zwischenstand", date(2026, 3, 1)))
    with pytest.raises(ValidationError) as err:
        ws.pillars.update_round(base.id, RoundInput(base.title, date(2026, 5, 1)), base.version)
    assert err.value.field == "held_on"
    assert "„Zwischenstand“" in str(err.value) and "01.03.2026" in str(err.value)
    with pytest.raises(ValidationError):  # nor lose its date while a follow-up has one
        ws.pillars.update_round(base.id, RoundInput(base.title, None), base.version)
    assert ws.pillars.get_round(base.id) == base
    assert ws.pillars.get_round(follow.id) == follow


def test_a_dated_follow_up_needs_a_dated_baseline(ws: Workspace, mid: str) -> None:
    planned = ws.pillars.create_round(mid, RoundInput("Ausgangslage (geplant)"))
    with pytest.raises(ValidationError) as err:
        ws.pillars.create_round(mid, RoundInput("Zwischenstand", date(2026, 3, 1)))
    assert err.value.field == "held_on" and "„Ausgangslage (geplant)“" in str(err.value)
    ws.pillars.create_round(mid, RoundInput("Zwischenstand (geplant)"))  # both planned: fine
    assert [r.kind for r in ws.pillars.rounds(mid)] == ["baseline", "follow_up"]
    assert ws.pillars.rounds(mid)[0].id == planned.id


def test_without_a_baseline_follow_ups_lie_where_they_like(ws: Workspace, mid: str, base) -> None:
    """A baseline turned into a follow-up leaves no baseline to lie before; the kind may come back."""
    base = ws.pillars.update_round(base.id, RoundInput(base.title, BASE_DAY, kind="follow_up"), 1)
    early = ws.pillars.create_round(mid, RoundInput("Früher", date(2024, 1, 1), kind="follow_up"))
    with pytest.raises(ValidationError):  # the later one may not become the baseline now …
        ws.pillars.update_round(base.id, RoundInput(base.title, BASE_DAY, kind="baseline"), base.version)
    early = ws.pillars.update_round(early.id, RoundInput(early.title, early.held_on, kind="baseline"), 1)
    assert _story(ws, mid) == [
        ("Früher", "baseline", date(2024, 1, 1)),  # … the earliest may
        ("Ausgangslage Herbst 2025", "follow_up", BASE_DAY),
    ]


def test_the_comparison_runs_from_the_baseline_forwards(ws: Workspace, mid: str, base) -> None:
    keys = ["encounter.1", "encounter.2", "diversity.1"]
    for key in keys:
        ws.pillars.set_score(base.id, key, 2, "", None)
    follow = ws.pillars.create_round(mid, RoundInput("Zwischenstand Frühjahr 2026", date(2026, 3, 1)))
    for key in keys:
        ws.pillars.set_score(follow.id, key, 4, "", None)
    with pytest.raises(ValidationError):
        ws.pillars.update_round(follow.id, RoundInput(follow.title, date(2024, 1, 1)), follow.version)
    first, last = ws.pillars.rounds(mid)
    assert first.kind == "baseline"
    result = compare(first, last)
    assert len(result.improved) == 3 and result.fell_back == ()


def test_the_refusals_in_english(ws: Workspace, mid: str, base) -> None:
    set_language("en")
    try:
        with pytest.raises(ValidationError) as early:
            ws.pillars.create_round(mid, RoundInput("Interim", date(2024, 1, 1)))
        with pytest.raises(ValidationError) as second:
            ws.pillars.create_round(mid, RoundInput("Again", date(2026, 1, 1), kind="baseline"))
    finally:
        set_language("de")
    assert "baseline" in str(early.value) and "2025-10-22" in str(early.value)
    assert "There is already a baseline" in str(second.value) and "follow-up" in str(second.value)
    assert "“Ausgangslage Herbst 2025”" in str(second.value)
