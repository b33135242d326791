"""After Ctrl+Z of a delete the restored record is selected and shown, on every page whose deletes are
undoable (it stayed on the neighbour the delete had moved to); after an undone create the list keeps
what it showed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.events import EventInput, IdeaInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.actors.model import NAME

YES = QMessageBox.StandardButton.Yes
LEFT = Qt.MouseButton.LeftButton
NAMES = ("Anton", "Berta", "Cäsar")


def _ctrl(qtbot, window: MainWindow, key: Qt.Key, ctx) -> None:
    """Ctrl+Z / Ctrl+Y as the user presses them; then the pages read again."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()


def test_actors_undo_of_del_selects_the_restored_actor(qtbot, ctx, municipality, open_window) -> None:
    ids = {
        n: ctx.workspace.actors.create(municipality.id, ActorInput(name=n, type="verein")).id for n in NAMES
    }
    window = open_window("actors")
    page = window.page("actors")
    row = page.model.visible_names().index("Berta")
    qtbot.mouseClick(
        page.table.viewport(), LEFT, pos=page.table.visualRect(page.model.index(row, NAME)).center()
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    ctx.tasks.settle()
    assert page.current_id() == ids["Cäsar"]  # the neighbour, so Del can go on

    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert page.current_id() == ids["Berta"]
    assert page.detail.toPlainText().startswith("Berta")  # and shown beside the list
    _ctrl(qtbot, window, Qt.Key.Key_Y, ctx)  # in the trash again: a row still listed is selected
    assert page.current_id() in (ids["Anton"], ids["Cäsar"])


def test_actors_undo_of_a_create_keeps_the_selection(qtbot, ctx, municipality, open_window) -> None:
    ids = {
        n: ctx.workspace.actors.create(municipality.id, ActorInput(name=n, type="verein")).id for n in NAMES
    }
    window = open_window("actors")
    page = window.page("actors")
    row = page.model.visible_names().index("Cäsar")
    qtbot.mouseClick(
        page.table.viewport(), LEFT, pos=page.table.visualRect(page.model.index(row, NAME)).center()
    )
    from vopi_desktop.ui.pages.actors import changes

    assert changes.create(page, municipality.id, ActorInput(name="Dora", type="verein"), page) is not None
    page.reload_at(ids["Cäsar"])
    ctx.tasks.settle()
    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert page.current_id() == ids["Cäsar"]


def test_measures_undo_of_delete_selects_the_restored_measure(qtbot, ctx, municipality, open_window) -> None:
    ids = {n: ctx.workspace.measures.create(municipality.id, MeasureInput(title=n)).id for n in NAMES}
    window = open_window("measures")
    page = window.page("measures")
    page.select(ids["Berta"])
    with messages.use_runner(lambda _box: YES):
        qtbot.mouseClick(page.delete_button, LEFT)
    ctx.tasks.settle()
    assert page.current_id() != ids["Berta"]

    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert page.current_id() == ids["Berta"]
    assert page.form.row is not None and page.form.row.id == ids["Berta"]


def test_events_undo_of_delete_selects_the_restored_event(qtbot, ctx, municipality, open_window) -> None:
    ids = {
        n: ctx.workspace.events.create(municipality.id, EventInput(title=n, held_on=date(2026, 3, i + 1))).id
        for i, n in enumerate(NAMES)
    }
    window = open_window("events")
    page = window.page("events")
    page.select(ids["Berta"])
    with messages.use_runner(lambda _box: YES):
        qtbot.mouseClick(page.delete_button, LEFT)
    ctx.tasks.settle()
    assert page.form.row is None or page.form.row.id != ids["Berta"]

    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert page.form.row is not None and page.form.row.id == ids["Berta"]
    assert page.list.currentItem() is not None and "Berta" in page.list.currentItem().text()


def test_events_undo_of_an_idea_deleted_selects_its_event_and_the_idea(
    qtbot, ctx, municipality, open_window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    cafe, other = (
        ws.events.create(mid, EventInput(title=t, held_on=date(2026, 3, 2))).id for t in ("Café", "Tisch")
    )
    ideas = {
        n: ws.ideas.create(mid, IdeaInput(text=n, pillar="participation", event_id=cafe)).id for n in NAMES
    }
    window = open_window("events")
    page = window.page("events")
    page.select(cafe)
    row = next(r for r in range(page.ideas.table.rowCount()) if page.ideas.table.item(r, 0).text() == "Berta")
    page.ideas.table.setCurrentCell(row, 0)
    qtbot.mouseClick(page.ideas.delete_button, LEFT)
    ctx.tasks.settle()
    page.select(other)  # looking at another event when undoing

    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert page.form.row is not None and page.form.row.id == cafe
    assert page.ideas.current() is not None and page.ideas.current().id == ideas["Berta"]


def test_barriers_undo_of_delete_selects_the_restored_own_barrier(
    qtbot, ctx, municipality, open_window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    ids = {n: ws.barriers.add_custom(mid, n, "", "language").id for n in NAMES}
    ws.barriers.save(mid, BarrierInput(id=ids["Berta"], relevance=2), 1)
    window = open_window("barriers")
    page = window.page("barriers")
    assert page.select_barrier(ids["Berta"])
    with messages.use_runner(lambda _box: YES):
        qtbot.mouseClick(page.form.delete_button, LEFT)
    ctx.tasks.settle()
    assert page.form.row is None or page.form.row.id != ids["Berta"]

    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert page.form.row is not None and page.form.row.id == ids["Berta"]
    assert page.model.row_at(page.tree.currentIndex()).id == ids["Berta"]


def test_pillars_undo_of_delete_selects_the_restored_round(qtbot, ctx, municipality, open_window) -> None:
    ids = {
        n: ctx.workspace.pillars.create_round(municipality.id, RoundInput(n, date(2025, i + 1, 1))).id
        for i, n in enumerate(NAMES)
    }
    window = open_window("pillars")
    page = window.page("pillars")
    page.round_combo.setCurrentIndex(page.round_combo.findData(ids["Berta"]))
    qtbot.mouseClick(page.delete_button, LEFT)
    qtbot.mouseClick(page.confirm.button(YES), LEFT)
    ctx.tasks.settle()
    assert page.round_combo.currentData() != ids["Berta"]

    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert page.round_combo.currentData() == ids["Berta"]
    assert page.current_round() is not None and page.current_round().id == ids["Berta"]


def test_outreach_undo_of_delete_selects_the_restored_opportunity(
    qtbot, ctx, municipality, open_window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    actor = ws.actors.create(mid, ActorInput(name="Chor", type="verein")).id
    ids = {n: ws.outreach.create(mid, OpportunityInput(actor_id=actor, title=n)).id for n in NAMES}
    window = open_window("outreach")
    page = window.page("outreach")
    page._select(ids["Berta"])
    assert page.form.row is not None and page.form.row.id == ids["Berta"]
    with messages.use_runner(lambda _box: YES):
        qtbot.mouseClick(page.delete_button, LEFT)
    ctx.tasks.settle()
    assert page.form.row is None or page.form.row.id != ids["Berta"]

    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert page.form.row is not None and page.form.row.id == ids["Berta"]


def test_an_undone_edit_of_another_measure_leaves_the_selection(
    qtbot, ctx, municipality, open_window
) -> None:
    """Only a record the step brings back is selected: an edit undone elsewhere leaves the form alone."""
    ids = {n: ctx.workspace.measures.create(municipality.id, MeasureInput(title=n)).id for n in NAMES}
    window = open_window("measures")
    page = window.page("measures")
    page.select(ids["Anton"])
    page.form.title_edit.selectAll()
    qtbot.keyClicks(page.form.title_edit, "Anton neu")
    qtbot.mouseClick(page.form.save_button, LEFT)
    ctx.tasks.settle()
    assert ctx.workspace.measures.get(ids["Anton"]).title == "Anton neu"
    page.select(ids["Cäsar"])
    _ctrl(qtbot, window, Qt.Key.Key_Z, ctx)
    assert ctx.workspace.measures.get(ids["Anton"]).title == "Anton"
    assert page.current_id() == ids["Cäsar"]
