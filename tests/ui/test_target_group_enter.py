"""Enter in the Zielgruppen dialog does what the fields are for (review 2, G24): a group picked in the list
fills Name; correcting it and pressing Enter renames that group ("Ausgewählte ändern") — it added a second
group, and the barriers and measures stayed on the old one. With no group picked, Enter adds; after an
add nothing is picked, so the next typed name + Enter adds again instead of renaming the one just added."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from vopi_desktop.store.dto.barriers import BarrierInput, TargetGroupInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.barriers.dialog import TargetGroupsDialog

OLD = "Ältere Migrantinnen und Migranten"
NEW = "Ältere Zugewanderte (60+)"


def _in_dialog(qtbot, window, fill: Callable[[TargetGroupsDialog], None]) -> list[str]:
    """Hemmnisse → "Zielgruppen verwalten…", shown and active, filled by ``fill``; questions noted."""
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            asked.append(dialog.text())
            return QMessageBox.StandardButton.No
        assert isinstance(dialog, TargetGroupsDialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        fill(dialog)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(answer):
        window.page("barriers").manage_target_groups()
    return asked


def _pick(qtbot, dialog: TargetGroupsDialog, name: str) -> None:
    """Click the group in the list, as a user does."""
    item = next(
        dialog.list.item(r) for r in range(dialog.list.count()) if dialog.list.item(r).text().startswith(name)
    )
    rect = dialog.list.visualItemRect(item)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.list.currentItem() is item


def test_enter_after_correcting_a_picked_name_renames_it(qtbot, ctx, municipality, open_window) -> None:
    ws, mid = ctx.workspace, municipality.id
    group = ws.target_groups.create(mid, TargetGroupInput(OLD))
    other = ws.target_groups.create(mid, TargetGroupInput("Eltern"))
    ws.barriers.save(mid, BarrierInput(key="B1", relevance=2, target_group_ids=[group.id]), None)
    measure = ws.measures.create(mid, MeasureInput(title="Seniorencafé", target_group_ids=[group.id]))
    window = open_window("barriers")

    def fill(dialog: TargetGroupsDialog) -> None:
        _pick(qtbot, dialog, OLD)
        assert dialog.name.text() == OLD
        dialog.name.setFocus(Qt.FocusReason.MouseFocusReason)
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, NEW)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        assert dialog.isVisible()  # Enter changed the group; the dialog stays for more

    assert _in_dialog(qtbot, window, fill) == []
    groups = {g.id: g for g in ws.target_groups.list(mid)}
    assert len(groups) == 2  # renamed, none added
    assert groups[group.id].name == NEW and groups[other.id].name == "Eltern"
    assert groups[group.id].barrier_count == 1 and groups[group.id].measure_count == 1
    assert ws.barriers.get(mid, "B1").target_group_ids == (group.id,)
    assert tuple(ws.measures.get(measure.id).target_group_ids) == (group.id,)


def test_with_no_group_picked_enter_adds_and_adds_again(qtbot, ctx, municipality, open_window) -> None:
    ws, mid = ctx.workspace, municipality.id
    ws.target_groups.create(mid, TargetGroupInput(OLD))
    window = open_window("barriers")

    def fill(dialog: TargetGroupsDialog) -> None:
        assert dialog.list.currentItem() is None
        for name in ("Eltern", "Neu Zugezogene"):
            dialog.name.setFocus(Qt.FocusReason.MouseFocusReason)
            qtbot.keyClicks(dialog.name, name)
            qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
            assert dialog.list.currentItem() is None and dialog.name.text() == ""  # ready for the next
        _pick(qtbot, dialog, "Eltern")  # a group picked again: Enter changes it
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Eltern an Grundschulen")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    assert _in_dialog(qtbot, window, fill) == []
    names = sorted(g.name for g in ws.target_groups.list(mid))
    assert names == sorted([OLD, "Eltern an Grundschulen", "Neu Zugezogene"])
