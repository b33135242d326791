"""An import clears the undo history and says so (review 2, G17): undoing an edit the import overwrote
failed with "von jemand anderem geändert", though nobody else was involved."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

LEFT = Qt.MouseButton.LeftButton


def test_an_import_clears_the_undo_history_and_says_so(
    qtbot, ctx, municipality, open_window, tmp_path
) -> None:
    ws, mid = ctx.workspace, municipality.id
    event = ws.events.create(mid, EventInput(title="Erzählcafé"))
    file = tmp_path / "rathaus.vopi"
    ws.exchange.export_file(file)  # the town's file, made before the edit here

    window = open_window("events")
    form = window.page("events").form
    assert form.title_edit.text() == "Erzählcafé"
    form.title_edit.clear()
    qtbot.keyClicks(form.title_edit, "Erzaehlcafe im Mai")  # keyClicks types ASCII only
    qtbot.mouseClick(form.save_button, LEFT)
    ctx.tasks.settle()
    assert ws.events.get(event.id).title == "Erzaehlcafe im Mai"
    assert ctx.undo.can_undo() and window.undo_action.isEnabled()

    def take_theirs(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        take = dialog.take
        qtbot.mouseClick(take, LEFT, pos=QPoint(8, take.height() // 2))
        return QDialog.DialogCode.Accepted

    with messages.use_runner(take_theirs):
        window.open_exchange_file(file)
        ctx.tasks.settle()
    assert ws.events.get(event.id).title == "Erzählcafé"  # the file's title
    status = window.page("exchange").import_status.text()
    assert "rathaus.vopi übernommen" in status, status
    assert "frühere Schritte lassen sich nicht mehr rückgängig machen" in status, status
    assert "die Sicherung von vorher: vopi-backup-" in status and "rathaus.vopi" in status.split("vorher:")[1]
    assert not ctx.undo.can_undo() and not window.undo_action.isEnabled()

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert "von jemand anderem" not in window.statusBar().currentMessage()
    assert ws.events.get(event.id).title == "Erzählcafé"  # nothing undone
