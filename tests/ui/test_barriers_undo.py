"""F24: own barriers and target groups are created, edited and deleted as undoable commands, so
Ctrl+Z brings a deleted one back whole (rating, target groups, the measures' links) and the
Bearbeiten menu never offers a step that can only fail."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.barriers.dialog import OwnBarrierDialog, TargetGroupsDialog
from vopi_desktop.ui.pages.barriers.model import REF_ROLE
from vopi_desktop.ui.pages.barriers.page import BarriersPage

LEFT = Qt.MouseButton.LeftButton
YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def window(qtbot, ctx, municipality) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_area("barriers")
    qtbot.waitUntil(lambda: not window.page("barriers").loading)
    return window


def _page(window: MainWindow) -> BarriersPage:
    page = window.page("barriers")
    assert isinstance(page, BarriersPage)
    return page


def _key(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+Z / Ctrl+Y as the user presses them, on the barrier list."""
    page = _page(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.loading)


def _menu(window: MainWindow) -> str:
    return window.undo_action.text().replace("&", "")


def _refs(page: BarriersPage) -> list[str]:
    refs = []
    for g in range(page.model.rowCount()):
        parent = page.model.index(g, 0)
        refs += [page.model.index(r, 0, parent).data(REF_ROLE) for r in range(page.model.rowCount(parent))]
    return refs


def test_deleting_an_own_barrier_is_undone_with_its_rating_groups_and_measure_links(
    qtbot, ctx, municipality, window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    seniors = ws.target_groups.add(mid, "Ältere")
    own = ws.barriers.add_custom(mid, "Kein Bus am Abend", "Nach 19 Uhr", "language")
    own = ws.barriers.save(
        mid, BarrierInput(id=own.id, relevance=3, note="Umfrage", target_group_ids=[seniors.id]), own.version
    )
    bus = ws.measures.create(mid, MeasureInput(title="Rufbus", barrier_ids=[own.id]))
    page = _page(window)
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading and own.id in _refs(page))
    index = page.model.index_of(own.id)
    page.tree.scrollTo(index)
    qtbot.mouseClick(page.tree.viewport(), LEFT, pos=page.tree.visualRect(index).center())

    questions: list[str] = []
    with messages.use_runner(lambda box: questions.append(box.text()) or YES):
        qtbot.mouseClick(page.form.delete_button, LEFT)
    assert "Kein Bus am Abend" in questions[0]
    assert own.id not in {r.id for r in ws.barriers.list(mid)} and own.id not in _refs(page)
    assert _menu(window) == "Rückgängig: Eigenes Hemmnis „Kein Bus am Abend“ gelöscht"

    _key(qtbot, window, Qt.Key.Key_Z)
    back = ws.barriers.get(mid, own.id)
    assert replace(back, updated_at=None) == replace(own, updated_at=None)  # rating, groups, version
    assert tuple(ws.measures.get(bus.id).barrier_ids) == (own.id,)
    qtbot.waitUntil(lambda: own.id in _refs(page))
    _key(qtbot, window, Qt.Key.Key_Y)  # and gone again
    assert own.id not in {r.id for r in ws.barriers.list(mid)}


def test_an_own_barrier_added_and_renamed_in_the_dialog_is_undone_step_by_step(
    qtbot, ctx, municipality, window
) -> None:
    ws, mid, page = ctx.workspace, municipality.id, _page(window)

    def add(dialog: QDialog) -> int:
        assert isinstance(dialog, OwnBarrierDialog)
        qtbot.keyClicks(dialog.title, "Telefon nur deutsch")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    with messages.use_runner(add):
        qtbot.mouseClick(page.add_button, LEFT)
    (own,) = [r for r in ws.barriers.list(mid) if r.is_custom]
    assert _menu(window) == "Rückgängig: Eigenes Hemmnis „Telefon nur deutsch“ angelegt"

    def rename(dialog: QDialog) -> int:
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Hotline nur deutsch")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    with messages.use_runner(rename):
        qtbot.mouseClick(page.form.edit_button, LEFT)
    assert ws.barriers.get(mid, own.id).title == "Hotline nur deutsch"
    assert _menu(window) == "Rückgängig: Eigenes Hemmnis „Hotline nur deutsch“ geändert"

    _key(qtbot, window, Qt.Key.Key_Z)
    assert ws.barriers.get(mid, own.id).title == "Telefon nur deutsch"
    _key(qtbot, window, Qt.Key.Key_Z)
    assert [r for r in ws.barriers.list(mid) if r.is_custom] == []
    _key(qtbot, window, Qt.Key.Key_Y)
    _key(qtbot, window, Qt.Key.Key_Y)
    assert ws.barriers.get(mid, own.id).title == "Hotline nur deutsch"


def test_deleting_a_target_group_asks_in_plural_forms_and_is_undone_with_its_links(
    qtbot, ctx, municipality, window
) -> None:
    ws, mid, page = ctx.workspace, municipality.id, _page(window)
    group = ws.target_groups.add(mid, "Geflüchtete")
    b1 = ws.barriers.save(mid, BarrierInput(key="B1", relevance=2, target_group_ids=[group.id]), None)
    b2 = ws.barriers.save(mid, BarrierInput(key="B2", relevance=1, target_group_ids=[group.id]), None)
    kurs = ws.measures.create(mid, MeasureInput(title="Sprachcafé", target_group_ids=[group.id]))
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading)
    questions: list[str] = []

    def drive(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            questions.append(dialog.text())
            return YES
        assert isinstance(dialog, TargetGroupsDialog)
        dialog.list.setCurrentRow(0)
        qtbot.mouseClick(dialog.delete_button, LEFT)
        assert dialog.list.count() == 0
        return QDialog.DialogCode.Accepted

    with messages.use_runner(drive):
        qtbot.mouseClick(page.groups_button, LEFT)
    assert questions == [
        "„Geflüchtete“ wird von 2 Hemmnissen und 1 Maßnahme verwendet. Trotzdem löschen? "
        "Alles andere an ihnen bleibt; Strg+Z holt die Zielgruppe zurück."
    ]
    assert ws.target_groups.list(mid) == []
    assert _menu(window) == "Rückgängig: Zielgruppe „Geflüchtete“ gelöscht"

    _key(qtbot, window, Qt.Key.Key_Z)
    (back,) = ws.target_groups.list(mid)
    assert (back.id, back.name, back.barrier_count, back.measure_count) == (group.id, "Geflüchtete", 2, 1)
    assert ws.barriers.get(mid, "B1").target_group_ids == (group.id,)
    assert (
        ws.barriers.get(mid, "B2").version == b2.version and ws.barriers.get(mid, "B1").version == b1.version
    )
    assert tuple(ws.measures.get(kurs.id).target_group_ids) == (group.id,)
    qtbot.waitUntil(lambda: page.form.groups.count() == 1)


def test_target_groups_added_and_renamed_in_the_dialog_are_undoable(qtbot, ctx, municipality, window) -> None:
    ws, mid, page = ctx.workspace, municipality.id, _page(window)

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, TargetGroupsDialog)
        qtbot.keyClicks(dialog.name, "Eltern")
        qtbot.mouseClick(dialog.add_button, LEFT)
        dialog.list.setCurrentRow(0)  # after an add none is picked (Enter adds the next): pick it
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Eltern an Grundschulen")
        qtbot.mouseClick(dialog.rename_button, LEFT)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(drive):
        qtbot.mouseClick(page.groups_button, LEFT)
    assert [g.name for g in ws.target_groups.list(mid)] == ["Eltern an Grundschulen"]
    assert _menu(window) == "Rückgängig: Zielgruppe „Eltern an Grundschulen“ geändert"
    _key(qtbot, window, Qt.Key.Key_Z)
    assert [g.name for g in ws.target_groups.list(mid)] == ["Eltern"]
    assert _menu(window) == "Rückgängig: Zielgruppe „Eltern“ angelegt"
    _key(qtbot, window, Qt.Key.Key_Z)
    assert ws.target_groups.list(mid) == []


def test_a_suggested_target_group_is_added_as_an_undoable_step(qtbot, ctx, municipality, window) -> None:
    ws, mid, page = ctx.workspace, municipality.id, _page(window)

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, TargetGroupsDialog)
        qtbot.mouseClick(dialog.suggestion_buttons["young_people"], LEFT)
        assert dialog.list.count() == 1 and not dialog.suggestion_buttons["young_people"].isEnabled()
        return QDialog.DialogCode.Accepted

    with messages.use_runner(drive):
        qtbot.mouseClick(page.groups_button, LEFT)
    assert [g.name for g in ws.target_groups.list(mid)] == ["Junge Menschen mit Migrationsgeschichte"]
    assert _menu(window) == "Rückgängig: Zielgruppe „Junge Menschen mit Migrationsgeschichte“ angelegt"
    _key(qtbot, window, Qt.Key.Key_Z)
    assert ws.target_groups.list(mid) == []
