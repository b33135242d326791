"""Akteure, review 3: a purge leaves no undo step that can only fail (H7); a new actor saved while
the search hides it is shown and selected (H12)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.actors.model import NAME
from vopi_desktop.ui.pages.actors.trash import TrashDialog

LEFT = Qt.MouseButton.LeftButton


def _settle(ctx) -> None:
    for _ in range(3):
        ctx.tasks.settle()
        QApplication.processEvents()


def _row_click(qtbot, page, name: str) -> None:
    row = page.model.visible_names().index(name)
    rect = page.table.visualRect(page.model.index(row, NAME))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())


def test_purging_an_actor_drops_the_undo_steps_and_says_so(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    window = open_window("actors")
    page = window.page("actors")
    _row_click(qtbot, page, "Integrationsbeirat Teststadt")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _settle(ctx)
    assert [a.name for a in ws.actors.trash_list(mid)] == ["Integrationsbeirat Teststadt"]
    assert window.undo_action.isEnabled()

    def in_trash(dialog: QWidget) -> int:
        if isinstance(dialog, QMessageBox):  # "Delete for good?"
            return QMessageBox.StandardButton.Yes
        assert isinstance(dialog, TrashDialog)
        dialog.table.selectRow(0)
        QTimer.singleShot(0, lambda: (qtbot.mouseClick(dialog.purge_button, LEFT), dialog.reject()))
        return dialog.exec()

    with messages.use_runner(in_trash):
        qtbot.mouseClick(page.trash_dialog_button, LEFT)
    _settle(ctx)
    assert ws.actors.trash_list(mid) == []
    assert not ctx.undo.can_undo() and not window.undo_action.isEnabled()
    status = window.statusBar().currentMessage()
    assert "Integrationsbeirat Teststadt" in status and "nicht mehr rückgängig" in status, status

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(ctx)
    assert "existiert nicht mehr" not in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


def test_a_new_actor_hidden_by_the_search_is_shown_and_selected(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    window = open_window("actors")
    page = window.page("actors")
    qtbot.keyClicks(page.search, "Tafel")
    page.type_filter.setCurrentIndex(page.type_filter.findData("verein"))
    assert page.model.visible_names() == ["Königsbrücker Tafel"]

    def fill(dialog: QWidget) -> int:
        def type_and_save() -> None:
            qtbot.keyClicks(dialog.name, "Schwimmverein Delfin")
            qtbot.keyClicks(dialog.type, "Migranten")
            qtbot.mouseClick(dialog.save_button, LEFT)

        QTimer.singleShot(0, type_and_save)
        return dialog.exec()

    page.table.setFocus()
    with messages.use_runner(fill):
        qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    _settle(ctx)
    new = next(a for a in ws.actors.list(mid) if a.name == "Schwimmverein Delfin")
    assert page.current_id() == new.id
    assert "Schwimmverein Delfin" in page.model.visible_names()
    assert page.search.text() == "" and page.type_filter.currentData() == ""
    assert page.count_label.text() == "17 von 17 Akteuren"
    assert window.focusWidget() is page.table
