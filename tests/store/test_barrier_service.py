"""The barrier service on SQLite and PostgreSQL: catalogue merge, validation, stale saves, target groups."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vopi_desktop.lang import set_language
from vopi_desktop.store import NotFoundError, StaleRecordError, ValidationError
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.models import BarrierAssessment, ChangeLog, TargetGroup
from vopi_desktop.store.services.barriers import BarrierService
from vopi_desktop.store.workspace import Workspace


def _count(ws: Workspace, model: type) -> int:
    with ws._ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_list_shows_all_27_catalogue_barriers_unassessed_without_storing(ws: Workspace, mid: str) -> None:
    rows = ws.barriers.list(mid)
    assert [r.key for r in rows] == [f"B{n}" for n in range(1, 28)]
    assert all(r.relevance is None and r.id is None and r.version is None for r in rows)
    assert rows[0].title == "Wissenslücke"
    assert rows[0].group == "information"
    assert rows[0].description.startswith("Die Angebote vor Ort")
    assert _count(ws, BarrierAssessment) == 0


def test_save_creates_then_updates_with_target_groups_and_log(ws: Workspace, mid: str) -> None:
    women = ws.barriers.add_target_group(mid, "Frauen mit Migrationsgeschichte")
    youth = ws.barriers.add_target_group(mid, "Junge Menschen")
    data = BarrierInput(key="B5", relevance=3, evidence_kind="survey", note="  Befragung 2025  ")
    data.target_group_ids = [women.id, youth.id]
    saved = ws.barriers.save(mid, data, None)
    assert (saved.relevance, saved.evidence_kind, saved.note, saved.version) == (
        3,
        "survey",
        "Befragung 2025",
        1,
    )
    assert set(saved.target_group_ids) == {women.id, youth.id}
    row = ws.barriers.get(mid, "B5")
    assert row == saved
    assert ws.barriers.list(mid)[4] == saved

    again = ws.barriers.save(mid, BarrierInput(key="B5", relevance=1, target_group_ids=[youth.id]), 1)
    assert (again.relevance, again.evidence_kind, again.target_group_ids, again.version) == (
        1,
        "",
        (youth.id,),
        2,
    )
    assert _count(ws, BarrierAssessment) == 1
    groups = {g.name: g for g in ws.barriers.target_groups(mid)}
    assert groups["Junge Menschen"].barrier_count == 1
    assert groups["Frauen mit Migrationsgeschichte"].barrier_count == 0
    with ws._ctx.sessions() as s:
        actions = [(e.action, e.entity, e.who) for e in s.scalars(select(ChangeLog).order_by(ChangeLog.id))]
    assert actions[-2:] == [
        ("create", "barrier_assessment", "Frau Test"),
        ("update", "barrier_assessment", "Frau Test"),
    ]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (BarrierInput(key="B1", relevance=4), "relevance"),
        (BarrierInput(key="B1", relevance=-1), "relevance"),
        (BarrierInput(key="B1", relevance=True), "relevance"),  # a bool is not a rating
        (BarrierInput(key="B1", evidence_kind="gerücht"), "evidence_kind"),
        (BarrierInput(key="B1", note="x" * 5001), "note"),
        (BarrierInput(key="B99", relevance=1), "key"),
        (BarrierInput(key="B1", target_group_ids=["00000000-0000-0000-0000-000000000000"]), "target_groups"),
    ],
)
def test_bad_assessment_is_refused_and_nothing_written(
    ws: Workspace, mid: str, data: BarrierInput, field: str
) -> None:
    before = _count(ws, ChangeLog)
    with pytest.raises(ValidationError) as err:
        ws.barriers.save(mid, data, None)
    assert err.value.field == field
    assert str(err.value)
    assert _count(ws, BarrierAssessment) == 0
    assert _count(ws, ChangeLog) == before


def test_note_of_exactly_5000_characters_is_fine(ws: Workspace, mid: str) -> None:
    assert len(ws.barriers.save(mid, BarrierInput(key="B2", note="ä" * 5000), None).note) == 5000


def test_target_group_of_another_municipality_is_refused(ws: Workspace, mid: str) -> None:
    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY"))
    foreign = ws.barriers.add_target_group(other.id, "Geflüchtete")
    with pytest.raises(ValidationError) as err:
        ws.barriers.save(mid, BarrierInput(key="B3", relevance=2, target_group_ids=[foreign.id]), None)
    assert err.value.field == "target_groups"
    assert ws.barriers.get(mid, "B3").id is None


def test_stale_saves_are_refused(ws: Workspace, mid: str) -> None:
    first = ws.barriers.save(mid, BarrierInput(key="B7", relevance=2), None)
    # Someone who read B7 as "not stored" must not overwrite the row that appeared meanwhile.
    with pytest.raises(StaleRecordError, match="inzwischen"):
        ws.barriers.save(mid, BarrierInput(key="B7", relevance=0), None)
    ws.barriers.save(mid, BarrierInput(key="B7", relevance=3), first.version)
    with pytest.raises(StaleRecordError):
        ws.barriers.save(mid, BarrierInput(key="B7", relevance=1), first.version)
    assert ws.barriers.get(mid, "B7").relevance == 3
    with pytest.raises(StaleRecordError):  # read as stored, but no row exists for B8
        ws.barriers.save(mid, BarrierInput(key="B8", relevance=1), 4)


def test_reset_keeps_the_row_but_clears_the_assessment(ws: Workspace, mid: str) -> None:
    group = ws.barriers.add_target_group(mid, "Geflüchtete")
    saved = ws.barriers.save(
        mid,
        BarrierInput(key="B9", relevance=3, evidence_kind="statistics", target_group_ids=[group.id]),
        None,
    )
    reset = ws.barriers.reset(mid, "B9", saved.version)
    assert (reset.relevance, reset.evidence_kind, reset.note, reset.target_group_ids) == (None, "", "", ())
    assert reset.id == saved.id
    with pytest.raises(ValidationError):
        ws.barriers.delete_custom(saved.id)
    assert ws.barriers.get(mid, "B9").id == saved.id


def test_own_barrier_lifecycle(ws: Workspace, mid: str) -> None:
    own = ws.barriers.add_custom(
        mid, "  Bürgertelefon nur auf Deutsch ", "Rückfragen bleiben offen.", "language"
    )
    assert (own.key, own.title, own.group, own.relevance, own.position) == (
        None,
        "Bürgertelefon nur auf Deutsch",
        "language",
        None,
        27,
    )
    rows = ws.barriers.list(mid)
    assert len(rows) == 28 and rows[-1].id == own.id and rows[-1].is_custom
    rated = ws.barriers.save(
        mid, BarrierInput(id=own.id, relevance=2, evidence_kind="observation"), own.version
    )
    assert rated.relevance == 2 and rated.title == own.title
    edited = ws.barriers.update_custom(own.id, "Telefon nur deutsch", "", "", rated.version)
    assert (edited.title, edited.group, edited.relevance) == ("Telefon nur deutsch", "", 2)
    with pytest.raises(StaleRecordError):
        ws.barriers.update_custom(own.id, "Alt", "", "", rated.version)
    with pytest.raises(StaleRecordError):
        ws.barriers.delete_custom(own.id, rated.version)
    ws.barriers.delete_custom(own.id, edited.version)
    assert len(ws.barriers.list(mid)) == 27
    with pytest.raises(NotFoundError):
        ws.barriers.delete_custom(own.id)


@pytest.mark.parametrize(
    ("title", "description", "group", "field"),
    [("  ", "", "language", "title"), ("x" * 201, "", "", "title"), ("Ok", "", "weather", "group"),
     ("Ok", "y" * 5001, "", "description")],
)  # fmt: skip
def test_bad_own_barrier_is_refused(
    ws: Workspace, mid: str, title: str, description: str, group: str, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        ws.barriers.add_custom(mid, title, description, group)
    assert err.value.field == field
    assert _count(ws, BarrierAssessment) == 0


def test_own_barrier_of_another_municipality_cannot_be_rated_here(ws: Workspace, mid: str) -> None:
    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY"))
    own = ws.barriers.add_custom(other.id, "Fremd", "", "")
    with pytest.raises(ValidationError):
        ws.barriers.save(mid, BarrierInput(id=own.id, relevance=3), own.version)
    assert ws.barriers.get(other.id, own.id).relevance is None


def test_target_groups_unique_rename_delete(ws: Workspace, mid: str) -> None:
    older = ws.barriers.add_target_group(mid, "Ältere Zugewanderte", "Gastarbeitergeneration")
    with pytest.raises(ValidationError) as err:
        ws.barriers.add_target_group(mid, "  ältere zugewanderte ")
    assert err.value.field == "name"
    with pytest.raises(ValidationError):
        ws.barriers.add_target_group(mid, "   ")
    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY"))
    ws.barriers.add_target_group(other.id, "Ältere Zugewanderte")  # fine in another municipality

    youth = ws.barriers.add_target_group(mid, "Jugendliche")
    with pytest.raises(ValidationError):
        ws.barriers.rename_target_group(youth.id, "ÄLTERE ZUGEWANDERTE", version=youth.version)
    renamed = ws.barriers.rename_target_group(youth.id, "Junge Menschen", "14–27", youth.version)
    assert (renamed.name, renamed.description, renamed.version) == ("Junge Menschen", "14–27", 2)
    with pytest.raises(StaleRecordError):
        ws.barriers.rename_target_group(youth.id, "Alt", version=youth.version)
    assert [g.name for g in ws.barriers.target_groups(mid)] == ["Ältere Zugewanderte", "Junge Menschen"]

    ws.barriers.save(mid, BarrierInput(key="B1", relevance=3, target_group_ids=[older.id, youth.id]), None)
    ws.barriers.delete_target_group(older.id, older.version)
    assert ws.barriers.get(mid, "B1").target_group_ids == (youth.id,)
    assert [g.name for g in ws.barriers.target_groups(mid)] == ["Junge Menschen"]


def test_suggested_target_groups_in_the_current_language(ws: Workspace, mid: str) -> None:
    ws.barriers.add_target_group(mid, "Geflüchtete")
    created = ws.barriers.add_suggested_target_groups(mid, ["women_migration", "refugees", "women_migration"])
    assert [g.name for g in created] == ["Frauen mit Migrationsgeschichte"]
    with pytest.raises(ValidationError):
        ws.barriers.add_suggested_target_groups(mid, ["older_migrants", "martians"])
    assert len(ws.barriers.target_groups(mid)) == 2  # nothing of the refused call was written
    set_language("en")
    try:
        created = ws.barriers.add_suggested_target_groups(mid, ["older_migrants"])
        assert created[0].name != "Ältere Zugewanderte" and created[0].name
        assert ws.barriers.list(mid)[0].title != "Wissenslücke"
    finally:
        set_language("de")
    assert _count(ws, TargetGroup) == 3


def test_unknown_municipality_is_reported_plainly(ws: Workspace) -> None:
    missing = "00000000-0000-0000-0000-000000000001"
    with pytest.raises(NotFoundError):
        ws.barriers.save(missing, BarrierInput(key="B1", relevance=1), None)
    with pytest.raises(NotFoundError):
        ws.barriers.add_target_group(missing, "Geflüchtete")
    assert ws.barriers.list(missing)[0].id is None


def test_first_saves_racing_for_one_barrier_leave_one_row(
    ws: Workspace, mid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both read "not stored"; the colleague's insert commits first, so the second one is stale."""
    original = BarrierService._catalogue_row
    raced: list[str] = []

    def colleague_gets_in_between(s: Session, municipality_id: str, key: str) -> BarrierAssessment | None:
        row = original(s, municipality_id, key)
        if not raced:  # after our read, before our write
            raced.append(key)
            ws.barriers.save(mid, BarrierInput(key=key, relevance=1, note="Kollegin"), None)
        return row

    monkeypatch.setattr(BarrierService, "_catalogue_row", staticmethod(colleague_gets_in_between))
    logged = _count(ws, ChangeLog)
    with pytest.raises(StaleRecordError, match="inzwischen"):
        ws.barriers.save(mid, BarrierInput(key="B7", relevance=3, note="ich"), None)
    assert raced == ["B7"]
    assert (ws.barriers.get(mid, "B7").relevance, ws.barriers.get(mid, "B7").note) == (1, "Kollegin")
    assert _count(ws, BarrierAssessment) == 1
    assert _count(ws, ChangeLog) == logged + 1  # the colleague's save only
    done = sum(r.relevance is not None for r in ws.barriers.list(mid) if not r.is_custom)
    assert done == 1  # progress stays "1 of 27", not "2 of 27"

    raced.clear()  # linking a measure races the same way
    with pytest.raises(StaleRecordError):
        ws.barriers.ensure_stored(mid, "B8")
    assert _count(ws, BarrierAssessment) == 2


def test_the_database_refuses_a_second_row_for_a_catalogue_barrier(ws: Workspace, mid: str) -> None:
    ws.barriers.save(mid, BarrierInput(key="B2", relevance=2), None)
    with pytest.raises(StaleRecordError):  # read as "not stored", but it is now
        ws.barriers.save(mid, BarrierInput(key="B2", relevance=0), None)
    with ws._ctx.sessions() as s, pytest.raises(IntegrityError):
        s.add(BarrierAssessment(municipality_id=mid, barrier_key="B2"))
        s.commit()
    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY"))
    ws.barriers.save(other.id, BarrierInput(key="B2", relevance=1), None)  # per municipality
    ws.barriers.add_custom(mid, "Eigenes", "", "")
    ws.barriers.add_custom(mid, "Eigenes", "", "")  # own barriers have no key: any number
    assert _count(ws, BarrierAssessment) == 4


def test_old_duplicates_are_read_and_saved_as_the_same_row(ws: Workspace, mid: str) -> None:
    """Rows from before the index: list, get and save all take the newest, then the larger id."""
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX uq_barrier_assessment_municipality_id_barrier_key")
    stamp = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    ids = ["00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b"]
    with ws._ctx.sessions() as s, s.begin():
        for note, row_id in zip(("kleinere id", "größere id"), ids, strict=True):
            s.add(BarrierAssessment(id=row_id, municipality_id=mid, barrier_key="B6", note=note, relevance=1,
                                    created_at=stamp, updated_at=stamp))  # fmt: skip
    shown = ws.barriers.get(mid, "B6")
    assert (shown.id, shown.note) == (ids[1], "größere id")
    saved = ws.barriers.save(mid, BarrierInput(key="B6", relevance=3), shown.version)
    assert saved.id == ids[1] and ws.barriers.get(mid, "B6").relevance == 3


def test_own_barrier_delete_returns_it_whole_and_restore_brings_back_rating_groups_and_measures(
    ws: Workspace, mid: str
) -> None:
    from vopi_desktop.store.dto.barriers import OwnBarrierInput
    from vopi_desktop.store.dto.measures import MeasureInput

    seniors = ws.target_groups.add(mid, "Ältere")
    youth = ws.target_groups.add(mid, "Jugend")
    first = ws.barriers.create(mid, OwnBarrierInput("Erstes eigenes"))
    own = ws.barriers.create(mid, OwnBarrierInput("Kein Bus am Abend", "Nach 19 Uhr", "language"))
    own = ws.barriers.update(
        own.id, OwnBarrierInput("Kein Bus abends", "Nach 19 Uhr", "language"), own.version
    )
    own = ws.barriers.save(
        mid, BarrierInput(id=own.id, relevance=3, evidence_kind="survey", note="Umfrage", target_group_ids=[seniors.id, youth.id]), own.version
    )  # fmt: skip
    bus = ws.measures.create(mid, MeasureInput(title="Rufbus", barrier_ids=[own.id]))
    with pytest.raises(StaleRecordError):
        ws.barriers.delete(own.id, own.version - 1)
    with pytest.raises(ValidationError):  # a catalogue barrier is reset, never deleted
        ws.barriers.delete(ws.barriers.ensure_stored(mid, "B1").id)

    gone = ws.barriers.delete(own.id, own.version)
    assert gone.row == own and gone.measure_ids == (bus.id,) and gone.id == own.id
    assert own.id not in {r.id for r in ws.barriers.list(mid)} and ws.measures.get(bus.id).barrier_ids == ()
    ws.target_groups.delete(youth.id, youth.version)  # gone meanwhile: the barrier comes back without it

    back = ws.barriers.restore(gone)
    assert (back.id, back.version, back.title, back.description, back.group) == (
        own.id, own.version, "Kein Bus abends", "Nach 19 Uhr", "language"
    )  # fmt: skip
    assert (back.relevance, back.evidence_kind, back.note, back.target_group_ids) == (
        3, "survey", "Umfrage", (seniors.id,)
    )  # fmt: skip
    assert tuple(ws.measures.get(bus.id).barrier_ids) == (own.id,)
    assert [r.id for r in ws.barriers.list(mid) if r.is_custom] == [first.id, own.id]  # its place kept
    assert (
        ws.barriers.update(own.id, OwnBarrierInput("Kein Bus am Abend"), own.version).version
        == own.version + 1
    )


def test_target_group_delete_and_restore_keep_its_links_and_version(ws: Workspace, mid: str) -> None:
    from vopi_desktop.store.dto.barriers import TargetGroupInput
    from vopi_desktop.store.dto.measures import MeasureInput

    group = ws.target_groups.create(mid, TargetGroupInput("Geflüchtete", "seit 2015"))
    group = ws.target_groups.update(group.id, TargetGroupInput("Geflüchtete", "seit 2014"), group.version)
    b1 = ws.barriers.save(mid, BarrierInput(key="B1", relevance=2, target_group_ids=[group.id]), None)
    kurs = ws.measures.create(mid, MeasureInput(title="Sprachcafé", target_group_ids=[group.id]))
    (listed,) = ws.target_groups.list(mid)
    assert (listed.barrier_count, listed.measure_count) == (1, 1)

    gone = ws.target_groups.delete(group.id, group.version)
    assert (gone.id, gone.barrier_ids, gone.measure_ids) == (group.id, (b1.id,), (kurs.id,))
    assert ws.target_groups.list(mid) == [] and ws.barriers.get(mid, "B1").target_group_ids == ()
    back = ws.target_groups.restore(gone)
    assert back == listed  # id, name, description, version and both counts
    assert ws.barriers.get(mid, "B1").target_group_ids == (group.id,)
    assert ws.barriers.get(mid, "B1").version == b1.version  # the links came back without an edit
    assert tuple(ws.measures.get(kurs.id).target_group_ids) == (group.id,)
    with pytest.raises(ValidationError):  # the same name again is refused, as for a new group
        ws.target_groups.restore(gone)
