"""The pillar service on SQLite and PostgreSQL: rounds, scores, validation, stale saves, change log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from vopi_desktop.store import NotFoundError, StaleRecordError, StoreError, ValidationError
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.store.models import ChangeLog, IndicatorScore
from vopi_desktop.store.workspace import Workspace


def _log(ws: Workspace) -> list[tuple[str, str]]:
    with ws._ctx.sessions() as s:
        rows = s.scalars(select(ChangeLog).where(ChangeLog.entity != "municipality").order_by(ChangeLog.id))
        return [(e.action, e.entity) for e in rows]


def _score_rows(ws: Workspace) -> int:
    with ws._ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(IndicatorScore)) or 0


def test_first_round_is_baseline_later_follow_up_sorted_by_date(ws: Workspace, mid: str) -> None:
    first = ws.pillars.create_round(mid, RoundInput("  Frühjahr  ", date(2025, 3, 1), "Steuerungsgruppe"))
    later = ws.pillars.create_round(mid, RoundInput("Winter", date(2025, 12, 1)))
    earlier = ws.pillars.create_round(mid, RoundInput("Herbst", date(2025, 10, 1)))  # entered later
    undated = ws.pillars.create_round(mid, RoundInput("Geplant", None, kind="follow_up"))
    assert (first.kind, later.kind, earlier.kind, first.title) == (
        "baseline",
        "follow_up",
        "follow_up",
        "Frühjahr",
    )
    assert [r.id for r in ws.pillars.rounds(mid)] == [first.id, earlier.id, later.id, undated.id]
    assert first.participants == "Steuerungsgruppe"
    assert first.scores == {} and first.version == 1
    assert _log(ws) == [("create", "pillar_round")] * 4


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (RoundInput("   "), "title"),
        (RoundInput("x" * 201), "title"),
        (RoundInput("Runde", date.today() + timedelta(days=800)), "held_on"),
        (RoundInput("Runde", date(1900, 1, 1)), "held_on"),
        (RoundInput("Runde", kind="zwischendurch"), "kind"),
        (RoundInput("Runde", participants="p" * 2001), "participants"),
    ],
)
def test_bad_round_is_refused_and_nothing_written(
    ws: Workspace, mid: str, data: RoundInput, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        ws.pillars.create_round(mid, data)
    assert err.value.field == field
    assert str(err.value)
    assert ws.pillars.rounds(mid) == []
    assert _log(ws) == []


def test_round_for_unknown_municipality_is_refused(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        ws.pillars.create_round("00000000-0000-0000-0000-000000000000", RoundInput("Runde"))


def test_update_round_checks_version_and_keeps_kind(ws: Workspace, mid: str) -> None:
    r = ws.pillars.create_round(mid, RoundInput("Start", date(2025, 1, 10)))
    updated = ws.pillars.update_round(r.id, RoundInput("Ausgangslage", date(2025, 1, 12), "AG"), r.version)
    assert (updated.title, updated.kind, updated.held_on, updated.version) == (
        "Ausgangslage",
        "baseline",
        date(2025, 1, 12),
        2,
    )
    with pytest.raises(StaleRecordError):
        ws.pillars.update_round(r.id, RoundInput("Überschrieben"), r.version)
    with pytest.raises(ValidationError):
        ws.pillars.update_round(r.id, RoundInput(""), updated.version)
    assert ws.pillars.get_round(r.id).title == "Ausgangslage"


def test_set_score_creates_then_updates_with_versions(ws: Workspace, mid: str) -> None:
    r = ws.pillars.create_round(mid, RoundInput("Start", date(2025, 1, 10)))
    r = ws.pillars.set_score(r.id, "encounter.1", 3, " Zwei Feste im Jahr ", None)
    assert r.scores == {"encounter.1": (3, "Zwei Feste im Jahr")}
    assert r.score_versions == {"encounter.1": 1}
    r = ws.pillars.set_score(r.id, "encounter.1", 4, "Drei Feste", r.score_versions["encounter.1"])
    assert r.scores["encounter.1"] == (4, "Drei Feste") and r.score_versions["encounter.1"] == 2
    # clearing keeps the note; the score is "not assessed", not zero
    r = ws.pillars.set_score(r.id, "encounter.1", None, "Drei Feste", 2)
    assert r.scores["encounter.1"] == (None, "Drei Feste") and r.scored_count == 0
    assert ws.pillars.rounds(mid)[0] == r
    assert (
        _log(ws)
        == [("create", "pillar_round"), ("create", "indicator_score")] + [("update", "indicator_score")] * 2
    )


def test_unchanged_or_empty_score_writes_nothing(ws: Workspace, mid: str) -> None:
    r = ws.pillars.create_round(mid, RoundInput("Start"))
    same = ws.pillars.set_score(r.id, "diversity.2", None, "  ", None)
    assert same.scores == {} and _score_rows(ws) == 0
    r = ws.pillars.set_score(r.id, "diversity.2", 2, "", None)
    again = ws.pillars.set_score(r.id, "diversity.2", 2, "", 1)
    assert again.score_versions == {"diversity.2": 1}
    assert _log(ws).count(("update", "indicator_score")) == 0


def test_stale_score_is_refused_and_keeps_the_other_change(ws: Workspace, mid: str) -> None:
    r = ws.pillars.create_round(mid, RoundInput("Start"))
    ws.pillars.set_score(r.id, "eye_level.2", 2, "von A", None)
    # B read the round before A saved: it believes there is no score yet
    with pytest.raises(StaleRecordError):
        ws.pillars.set_score(r.id, "eye_level.2", 5, "von B", None)
    ws.pillars.set_score(r.id, "eye_level.2", 3, "A korrigiert", 1)
    with pytest.raises(StaleRecordError):
        ws.pillars.set_score(r.id, "eye_level.2", 1, "B alt", 1)
    assert ws.pillars.get_round(r.id).scores["eye_level.2"] == (3, "A korrigiert")


@pytest.mark.parametrize(
    ("key", "score", "note", "field"),
    [
        ("encounter.9", 3, "", "indicator"),
        ("B1", 3, "", "indicator"),
        ("encounter.1", 0, "", "score"),
        ("encounter.1", 6, "", "score"),
        ("encounter.1", True, "", "score"),
        ("encounter.1", 3, "n" * 2001, "note"),
    ],
)
def test_bad_score_is_refused_and_nothing_written(
    ws: Workspace, mid: str, key: str, score: object, note: str, field: str
) -> None:
    r = ws.pillars.create_round(mid, RoundInput("Start"))
    with pytest.raises(ValidationError) as err:
        ws.pillars.set_score(r.id, key, score, note, None)  # type: ignore[arg-type]
    assert err.value.field == field
    assert _score_rows(ws) == 0
    assert _log(ws) == [("create", "pillar_round")]


def test_score_for_deleted_round_is_not_found(ws: Workspace, mid: str) -> None:
    r = ws.pillars.create_round(mid, RoundInput("Start"))
    ws.pillars.set_score(r.id, "encounter.1", 3, "", None)
    ws.pillars.delete_round(r.id)
    assert ws.pillars.rounds(mid) == [] and _score_rows(ws) == 0
    with pytest.raises(NotFoundError):
        ws.pillars.set_score(r.id, "encounter.1", 4, "", 1)
    with pytest.raises(NotFoundError):
        ws.pillars.delete_round(r.id)
    assert _log(ws)[-1] == ("delete", "pillar_round")


def test_delete_with_stale_version_is_refused(ws: Workspace, mid: str) -> None:
    r = ws.pillars.create_round(mid, RoundInput("Start"))
    ws.pillars.update_round(r.id, RoundInput("Neu"), r.version)
    with pytest.raises(StaleRecordError):
        ws.pillars.delete_round(r.id, r.version)
    assert len(ws.pillars.rounds(mid)) == 1


def test_copy_round_takes_notes_and_optionally_scores(ws: Workspace, mid: str) -> None:
    base = ws.pillars.create_round(mid, RoundInput("Start", date(2025, 1, 1)))
    ws.pillars.set_score(base.id, "encounter.3", 2, "Nur der TSV", None)
    ws.pillars.set_score(base.id, "diversity.1", 4, "", None)
    copy = ws.pillars.copy_round(base.id, RoundInput("Folge", date(2025, 9, 1)))
    assert copy.kind == "follow_up" and copy.municipality_id == mid
    assert copy.scores == {"encounter.3": (None, "Nur der TSV")}
    full = ws.pillars.copy_round(base.id, RoundInput("Folge 2", date(2025, 10, 1)), with_scores=True)
    assert full.scores == {"encounter.3": (2, "Nur der TSV"), "diversity.1": (4, "")}
    assert [r.title for r in ws.pillars.rounds(mid)] == ["Start", "Folge", "Folge 2"]


def test_rounds_belong_to_their_municipality(ws: Workspace, mid: str) -> None:
    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY")).id
    ws.pillars.create_round(mid, RoundInput("Hier"))
    there = ws.pillars.create_round(other, RoundInput("Dort"))
    assert there.kind == "baseline"
    assert [r.title for r in ws.pillars.rounds(other)] == ["Dort"]
    ws.municipalities.delete(other)
    assert [r.title for r in ws.pillars.rounds(mid)] == ["Hier"]


def test_a_score_stored_at_the_same_moment_is_a_stale_save_not_a_crash(
    ws: Workspace, mid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two people score the same indicator at once: the second insert hits the unique key."""
    from vopi_desktop.store.services.pillars import PillarService

    r = ws.pillars.create_round(mid, RoundInput("Start"))
    ws.pillars.set_score(r.id, "encounter.1", 2, "von A", None)
    # B's read happened before A's insert: the service does not see A's row and inserts its own
    monkeypatch.setattr(PillarService, "_stored_score", staticmethod(lambda *_args: None))
    with pytest.raises(StaleRecordError):
        ws.pillars.set_score(r.id, "encounter.1", 5, "von B", None)
    monkeypatch.undo()
    assert ws.pillars.get_round(r.id).scores == {"encounter.1": (2, "von A")}
    assert _score_rows(ws) == 1
    assert _log(ws).count(("create", "indicator_score")) == 1
    ws.pillars.set_score(r.id, "encounter.1", 4, "B nach dem Neuladen", 1)  # the session still works
    assert ws.pillars.get_round(r.id).scores["encounter.1"] == (4, "B nach dem Neuladen")


def test_same_date_rounds_keep_their_creation_order_and_undated_come_last(ws: Workspace, mid: str) -> None:
    """One order for every screen: (held_on IS NULL, held_on, created_at); the title plays no part."""
    base = ws.pillars.create_round(mid, RoundInput("Basis", date(2024, 1, 1)))
    zweite = ws.pillars.create_round(mid, RoundInput("Zweite", date(2025, 5, 1)))
    erste = ws.pillars.create_round(mid, RoundInput("Erste", date(2025, 5, 1)))  # same day, later entered
    planned = ws.pillars.create_round(mid, RoundInput("Geplant"))
    older = ws.pillars.create_round(mid, RoundInput("Vorher", date(2024, 6, 1)))
    assert [r.id for r in ws.pillars.rounds(mid)] == [base.id, older.id, zweite.id, erste.id, planned.id]


def test_delete_returns_the_round_and_restore_brings_it_back_with_scores_and_versions(
    ws: Workspace, mid: str
) -> None:
    rnd = ws.pillars.create_round(mid, RoundInput("Basis", date(2025, 3, 1), "Beirat"))
    rnd = ws.pillars.update_round(rnd.id, RoundInput("Basis 2025", date(2025, 3, 1), "Beirat"), rnd.version)
    ws.pillars.set_score(rnd.id, "encounter.1", 3, "", None)
    rnd = ws.pillars.set_score(rnd.id, "encounter.1", 4, "besser", 1)
    rnd = ws.pillars.set_score(rnd.id, "encounter.2", None, "nur Notiz", None)
    with pytest.raises(StaleRecordError):
        ws.pillars.delete(rnd.id, rnd.version - 1)

    gone = ws.pillars.delete(rnd.id, rnd.version)
    assert gone == rnd and ws.pillars.rounds(mid) == [] and _score_rows(ws) == 0
    back = ws.pillars.restore(gone)
    assert back == rnd  # the same id, fields, scores and every version
    assert back.score_versions == {"encounter.1": 2, "encounter.2": 1} and back.version == 2
    # an edit made before the delete is still undone through its versions
    assert ws.pillars.set_score(rnd.id, "encounter.1", 3, "", 2).scores["encounter.1"] == (3, "")
    assert ws.pillars.update_round(rnd.id, RoundInput("Basis"), 2).version == 3
    assert ("delete", "pillar_round") in _log(ws) and ("restore", "pillar_round") in _log(ws)
    with pytest.raises(StoreError):  # a round already back (same id) is not restored twice
        ws.pillars.restore(gone)
