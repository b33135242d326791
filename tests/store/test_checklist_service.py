"""Opening and anchoring checklists on SQLite and PostgreSQL: start, items, own items, overview, bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from vopi_desktop.store import NotFoundError, StaleRecordError, StoreError, ValidationError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.checklists import ItemInput
from vopi_desktop.store.models import ChangeLog, ChecklistInstance, ChecklistItemState
from vopi_desktop.store.workspace import Workspace

TODAY = date.today()


def _count(ws: Workspace, model: type) -> int:
    with ws._ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _verein(ws: Workspace, mid: str, name: str = "TSV Neckarstadt", kind: str = "verein") -> str:
    return ws.actors.create(mid, ActorInput(name=name, type=kind)).id


def test_start_creates_every_catalogue_item_open(ws: Workspace, mid: str) -> None:
    actor = _verein(ws, mid)
    checklist = ws.checklists.start(mid, "opening", actor)
    assert checklist.actor_name == "TSV Neckarstadt" and checklist.template_key == "opening"
    assert [i.key for i in checklist.items] == [f"opening.{n:02d}" for n in range(1, 27)]
    assert {i.status for i in checklist.items} == {"open"}
    assert checklist.items[0].section == "mission" and checklist.items[-1].section == "anti_discrimination"
    assert checklist.started_on == date.today() or checklist.started_on == date.today() - timedelta(days=1)
    assert ws.checklists.for_actor(actor) == checklist
    anchoring = ws.checklists.start(mid, "anchoring")
    assert len(anchoring.items) == 19 and anchoring.actor_id is None
    assert ws.checklists.for_municipality(mid) == anchoring


def test_a_second_start_is_refused_with_a_clear_message(ws: Workspace, mid: str) -> None:
    actor = _verein(ws, mid)
    ws.checklists.start(mid, "opening", actor)
    with pytest.raises(StoreError, match=r"TSV Neckarstadt.*schon begonnen"):
        ws.checklists.start(mid, "opening", actor)
    ws.checklists.start(mid, "anchoring")
    with pytest.raises(StoreError, match="Verankerungs-Checkliste ist schon begonnen"):
        ws.checklists.start(mid, "anchoring")
    assert _count(ws, ChecklistInstance) == 2 and _count(ws, ChecklistItemState) == 26 + 19


def test_the_database_refuses_a_duplicate_start_too(
    ws: Workspace, mid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workstations starting at once both pass the service's check; the unique index decides."""
    actor = _verein(ws, mid)
    ws.checklists.start(mid, "opening", actor)
    ws.checklists.start(mid, "anchoring")
    monkeypatch.setattr(type(ws.checklists), "_existing", staticmethod(lambda *args: None))
    with pytest.raises(StoreError, match=r"TSV Neckarstadt.*schon begonnen"):
        ws.checklists.start(mid, "opening", actor)
    with pytest.raises(StoreError, match="schon begonnen"):
        ws.checklists.start(mid, "anchoring")
    assert _count(ws, ChecklistInstance) == 2 and _count(ws, ChecklistItemState) == 26 + 19


@pytest.mark.parametrize(
    ("template", "with_actor"), [("opening", False), ("anchoring", True), ("nonsense", False)]
)
def test_wrong_subject_or_template_is_refused(
    ws: Workspace, mid: str, template: str, with_actor: bool
) -> None:
    actor = _verein(ws, mid) if with_actor else None
    with pytest.raises(ValidationError):
        ws.checklists.start(mid, template, actor)
    assert _count(ws, ChecklistInstance) == 0


def test_actor_of_another_municipality_or_in_the_trash_is_refused(ws: Workspace, mid: str) -> None:
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY")).id
    foreign = _verein(ws, other, "SV Anderswo")
    trashed = _verein(ws, mid, "Alter Verein")
    ws.actors.trash(trashed)
    for actor in (foreign, trashed):
        with pytest.raises(NotFoundError):
            ws.checklists.start(mid, "opening", actor)
    assert _count(ws, ChecklistInstance) == 0


def test_set_item_saves_and_bumps_the_version_and_refuses_stale_copies(ws: Workspace, mid: str) -> None:
    checklist = ws.checklists.start(mid, "opening", _verein(ws, mid))
    item = checklist.items[4]
    due = TODAY + timedelta(days=30)
    saved = ws.checklists.set_item(
        item.id, ItemInput("in_progress", "Antrag läuft", " Kassenwart ", due), item.version
    )
    assert (saved.status, saved.note, saved.responsible, saved.due_on) == (
        "in_progress",
        "Antrag läuft",
        "Kassenwart",
        due,
    )
    assert saved.version == item.version + 1 and saved.section == "access"
    same = ws.checklists.set_item(
        item.id, ItemInput("in_progress", "Antrag läuft", "Kassenwart", due), saved.version
    )
    assert same.version == saved.version  # nothing changed, nothing written
    with pytest.raises(StaleRecordError):
        ws.checklists.set_item(item.id, ItemInput("done"), item.version)
    assert ws.checklists.get(checklist.id).items[4].status == "in_progress"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ItemInput("fertig"), "status"),
        (ItemInput("done", note="n" * 2001), "note"),
        (ItemInput("done", responsible="r" * 201), "responsible"),
        (ItemInput("done", note="a\x00b"), "note"),
        (ItemInput("open", due_on=date(1900, 1, 1)), "due_on"),
        (ItemInput("open", due_on=TODAY + timedelta(days=365 * 11)), "due_on"),
    ],
)
def test_bad_item_input_is_refused_and_nothing_written(
    ws: Workspace, mid: str, data: ItemInput, field: str
) -> None:
    checklist = ws.checklists.start(mid, "anchoring")
    item = checklist.items[0]
    with pytest.raises(ValidationError) as info:
        ws.checklists.set_item(item.id, data, item.version)
    assert info.value.field == field and str(info.value)
    assert ws.checklists.get(checklist.id).items[0] == item


def test_html_in_a_note_is_stored_literally(ws: Workspace, mid: str) -> None:
    checklist = ws.checklists.start(mid, "anchoring")
    note = '<b>fett</b> <img src="x.png"> %1 %2'
    saved = ws.checklists.set_item(checklist.items[0].id, ItemInput("done", note), checklist.items[0].version)
    assert ws.checklists.get(checklist.id).item(saved.key).note == note  # type: ignore[union-attr]


def test_own_items_sit_at_the_end_of_their_section_and_can_be_removed_and_restored(
    ws: Workspace, mid: str
) -> None:
    checklist = ws.checklists.start(mid, "opening", _verein(ws, mid))
    first = ws.checklists.add_item(checklist.id, "access", ItemInput(text="  Elternabend auf Türkisch  "))
    second = ws.checklists.add_item(
        checklist.id, "access", ItemInput("in_progress", "erste Runde", "Jugendleitung", TODAY, "Fahrdienst")
    )
    assert first.own and first.key.startswith("own.") and first.text == "Elternabend auf Türkisch"
    keys = [i.key for i in ws.checklists.get(checklist.id).items]
    assert keys[4:10] == ["opening.05", "opening.06", "opening.07", "opening.08", first.key, second.key]
    renamed = ws.checklists.set_item(
        first.id, ItemInput("done", text="Elternabend auf Arabisch"), first.version
    )
    assert renamed.text == "Elternabend auf Arabisch" and renamed.status == "done"
    removed = ws.checklists.remove_item(second.id, second.version)
    assert ws.checklists.get(checklist.id).item(second.key) is None
    back = ws.checklists.restore_item(removed)
    assert back == removed
    assert ws.checklists.get(checklist.id).item(second.key) == removed
    with ws._ctx.sessions() as s:
        actions = [
            e.action for e in s.scalars(select(ChangeLog).where(ChangeLog.entity == "checklist_item_state"))
        ]
    assert actions == ["create", "create", "update", "delete", "restore"]


@pytest.mark.parametrize(("value", "message"), [("   ", "Bitte einen Text"), ("x" * 10_000, "zu lang")])
def test_own_item_with_empty_or_huge_text_is_refused(
    ws: Workspace, mid: str, value: str, message: str
) -> None:
    checklist = ws.checklists.start(mid, "opening", _verein(ws, mid))
    with pytest.raises(ValidationError, match=message) as info:
        ws.checklists.add_item(checklist.id, "access", ItemInput(text=value))
    assert info.value.field == "text"
    assert len(ws.checklists.get(checklist.id).items) == 26


def test_own_item_needs_a_known_section_and_catalogue_items_cannot_be_removed(
    ws: Workspace, mid: str
) -> None:
    checklist = ws.checklists.start(mid, "opening", _verein(ws, mid))
    with pytest.raises(ValidationError, match="Abschnitt"):
        ws.checklists.add_item(checklist.id, "mandate", ItemInput(text="Punkt"))  # an anchoring section
    with pytest.raises(ValidationError, match="nicht relevant"):
        ws.checklists.remove_item(checklist.items[0].id, checklist.items[0].version)
    assert len(ws.checklists.get(checklist.id).items) == 26


def test_overview_lists_every_verein_started_or_not_with_progress_and_overdue(
    ws: Workspace, mid: str
) -> None:
    tsv = _verein(ws, mid, "TSV Neckarstadt")
    _verein(ws, mid, "Ökumenischer Chor")
    mo = _verein(ws, mid, "Kulturverein Anadolu", "migrant_org")
    _verein(ws, mid, "Moscheegemeinde", "religious")
    gone = _verein(ws, mid, "Alter Verein")
    ws.actors.trash(gone)
    checklist = ws.checklists.start(mid, "opening", tsv)
    ws.checklists.start(mid, "opening", mo)  # not a Verein, but it has a checklist
    items = checklist.items
    ws.checklists.set_item(items[0].id, ItemInput("done"), items[0].version)
    ws.checklists.set_item(items[1].id, ItemInput("not_relevant"), items[1].version)
    ws.checklists.set_item(items[2].id, ItemInput("open", due_on=TODAY - timedelta(days=3)), items[2].version)
    ws.checklists.set_item(
        items[3].id, ItemInput("in_progress", due_on=TODAY + timedelta(days=9)), items[3].version
    )
    ws.checklists.set_item(
        items[5].id, ItemInput("done", due_on=TODAY - timedelta(days=30)), items[5].version
    )
    rows = ws.checklists.overview(mid)
    assert [r.actor_name for r in rows] == ["Kulturverein Anadolu", "Ökumenischer Chor", "TSV Neckarstadt"]
    anadolu, chor, row = rows
    assert not chor.started and chor.progress.total == 0 and anadolu.started
    assert row.started and row.checklist_id == checklist.id
    assert (row.progress.done, row.progress.counted, row.progress.not_relevant) == (2, 25, 1)
    assert row.progress.percent == 8
    # the next due date still ahead (an overdue one is counted and dated apart: "überfällig seit")
    assert row.overdue == 1 and row.next_due == TODAY + timedelta(days=9)
    assert row.overdue_since == TODAY - timedelta(days=3)


def test_delete_removes_the_checklist_with_its_items(ws: Workspace, mid: str) -> None:
    checklist = ws.checklists.start(mid, "opening", _verein(ws, mid))
    with pytest.raises(StaleRecordError):
        ws.checklists.delete(checklist.id, checklist.version + 1)
    ws.checklists.delete(checklist.id, checklist.version)
    assert _count(ws, ChecklistInstance) == 0 and _count(ws, ChecklistItemState) == 0
    with pytest.raises(NotFoundError):
        ws.checklists.get(checklist.id)


def test_purging_the_actor_removes_its_checklist(ws: Workspace, mid: str) -> None:
    actor = _verein(ws, mid)
    ws.checklists.start(mid, "opening", actor)
    ws.actors.trash(actor)
    assert ws.checklists.overview(mid) == []
    ws.actors.purge(actor)
    assert _count(ws, ChecklistInstance) == 0 and _count(ws, ChecklistItemState) == 0
