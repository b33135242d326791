"""The Workspace service on SQLite and PostgreSQL: validation, change log, stale saves."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from vopi_desktop.store import StaleRecordError, ValidationError
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.models import ChangeLog, ProcessSettings
from vopi_desktop.store.workspace import Workspace


def _input(**overrides: object) -> MunicipalityInput:
    values = {"name": "Neckarstadt", "kind": "stadt", "state": "BW", "population": 28000}
    values.update(overrides)
    return MunicipalityInput(**values)  # type: ignore[arg-type]


def test_create_writes_record_settings_and_change_log(ws: Workspace) -> None:
    created = ws.municipalities.create(_input(contact_email="info@neckarstadt.example"))
    assert ws.municipalities.get(created.id) == created
    assert created.version == 1
    with ws._ctx.sessions() as s:
        log = s.scalars(select(ChangeLog)).all()
        assert [(e.who, e.action, e.entity, e.entity_id) for e in log] == [
            ("Frau Test", "create", "municipality", created.id)
        ]
        assert s.scalar(select(func.count()).select_from(ProcessSettings)) == 1


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"kind": "dorf"}, "kind"),
        ({"state": "XX"}, "state"),
        ({"population": 0}, "population"),
        ({"population": 30_000_000}, "population"),
        ({"contact_email": "keine-mail"}, "contact_email"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(ws: Workspace, overrides: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        ws.municipalities.create(_input(**overrides))
    assert err.value.field == field
    assert str(err.value)
    assert ws.municipalities.list() == []
    with ws._ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0


def test_stale_save_fails_instead_of_overwriting(ws: Workspace) -> None:
    original = ws.municipalities.create(_input())
    first = ws.municipalities.update(original.id, _input(population=29000), original.version)
    assert first.version == 2
    with pytest.raises(StaleRecordError, match="inzwischen"):
        ws.municipalities.update(original.id, _input(population=1), original.version)
    assert ws.municipalities.get(original.id).population == 29000


def test_occasions_round_trip_in_catalogue_order(ws: Workspace) -> None:
    m = ws.municipalities.create(_input())
    ws.municipalities.set_occasions(m.id, ["anchor_admin", "more_migrants"], "Mehr Frauen im Sport")
    state = ws.municipalities.process_state(m.id)
    assert state.occasions == ("more_migrants", "anchor_admin")
    assert state.own_concern == "Mehr Frauen im Sport"
    assert state.counts["actors"] == 0
    with pytest.raises(ValidationError):
        ws.municipalities.set_occasions(m.id, ["unknown"])
    assert ws.municipalities.process_state(m.id).occasions == ("more_migrants", "anchor_admin")


def test_unicode_names_round_trip(ws: Workspace) -> None:
    m = ws.municipalities.create(_input(name="Städtle „Ölberg“ – Мир – السلام"))
    assert ws.municipalities.get(m.id).name == "Städtle „Ölberg“ – Мир – السلام"


def test_check_reports_counts(ws: Workspace) -> None:
    ws.municipalities.create(_input())
    report = ws.check()
    assert report.ok, report.problems
    assert report.counts["municipality"] == 1


def test_duplicate_name_is_refused_whatever_the_case(ws: Workspace) -> None:
    ws.municipalities.create(_input(name="Ölbronn"))
    with pytest.raises(ValidationError, match="gibt es schon") as err:
        ws.municipalities.create(_input(name=" ölbronn "))
    assert err.value.field == "name"
    assert len(ws.municipalities.list()) == 1


def test_control_characters_are_refused_on_both_databases(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="Steuerzeichen") as err:
        ws.municipalities.create(_input(name="Alt\x00dorf"))
    assert err.value.field == "name"
    ws.municipalities.create(_input(contact_name="Frau\tÖztürk"))  # tabs are fine
    assert len(ws.municipalities.list()) == 1


def test_a_malformed_id_is_a_clear_error_not_a_crash(ws: Workspace) -> None:
    from vopi_desktop.store import StoreError

    with pytest.raises(StoreError) as err:
        ws.municipalities.get("not-a-uuid")
    assert "SELECT" not in str(err.value)  # no SQL (and no values) on the screen


def test_list_sorts_umlauts_with_their_base_letter(ws: Workspace) -> None:
    for name in ("Zell", "Ölbronn", "Altdorf", "oberndorf"):
        ws.municipalities.create(_input(name=name))
    assert [m.name for m in ws.municipalities.list()] == ["Altdorf", "oberndorf", "Ölbronn", "Zell"]


def test_progress_counts_the_round_the_pillars_page_calls_latest(ws: Workspace) -> None:
    """The Start page's "scores" and the Pillars page (rounds[-1]) must mean the same round."""
    from datetime import date

    from vopi_desktop.store.dto.pillars import RoundInput

    mid = ws.municipalities.create(_input()).id
    pillars = ws.pillars

    def score(round_id: str, keys: list[str]) -> None:
        for key in keys:
            pillars.set_score(round_id, key, 3, "", None)

    def latest_on_both() -> tuple[int, int]:
        return ws.municipalities.process_state(mid).counts["scores"], pillars.rounds(mid)[-1].scored_count

    pillars.create_round(mid, RoundInput("Basis", date(2024, 1, 1)))  # follow-ups lie after the baseline
    score(pillars.create_round(mid, RoundInput("Zweite", date(2025, 5, 1))).id, ["encounter.1"])
    # the same day, entered later, with a title that sorts first: still the later one
    score(pillars.create_round(mid, RoundInput("Erste", date(2025, 5, 1))).id, ["encounter.1", "encounter.2"])
    score(pillars.create_round(mid, RoundInput("Früher", date(2024, 5, 1))).id, ["encounter.3"])
    assert latest_on_both() == (2, 2)

    planned = pillars.create_round(mid, RoundInput("Geplant"))  # no date yet: planned, so the newest
    assert latest_on_both() == (0, 0)
    score(planned.id, ["diversity.1", "diversity.2", "diversity.3"])
    assert latest_on_both() == (3, 3)
