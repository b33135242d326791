"""After Ctrl+Z or Ctrl+Y the status bar says what was undone or redone; the message of the write
before ("In den Papierkorb verschoben: …. Strg+Z holt ihn zurück …") does not stay standing (review)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui.main_window import MainWindow


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_status_bar_names_what_undo_and_redo_did(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    for name in ("Kita Sonnenschein", "Sportverein Blau-Weiß"):
        ws.actors.create(mid, ActorInput(name=name, type="verein"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts only fire in the active window
        window.show()
        window.activateWindow()
    window.show_area("actors")
    ctx.tasks.settle()
    page = window.page("actors")
    row = page.model.visible_names().index("Kita Sonnenschein")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _settle()
    status = window.statusBar()
    trashed = status.currentMessage()
    assert "Kita Sonnenschein" in trashed and "Strg+Z" in trashed
    assert [a.name for a in ws.actors.trash_list(mid)] == ["Kita Sonnenschein"]

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle()
    assert ws.actors.trash_list(mid) == []
    undone = status.currentMessage()
    assert undone.startswith("Rückgängig: ") and "Kita Sonnenschein" in undone, undone
    assert undone != trashed

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    _settle()
    assert [a.name for a in ws.actors.trash_list(mid)] == ["Kita Sonnenschein"]
    redone = status.currentMessage()
    assert redone.startswith("Wiederhergestellt: ") and "Kita Sonnenschein" in redone, redone
