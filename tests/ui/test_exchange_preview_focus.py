"""The import preview opens with the keyboard in the plan (review of G15 as a clerk): the first record
that differs is chosen and the arrow keys walk the records, its differences shown beside; the focus
does not sit on „Übernehmen“, where a Space taken for a scroll would take the whole file over. And it
opens within what a 1024×600 screen leaves for a window (1000×560), its buttons inside (it opened
600 pixels tall, „Übernehmen“ behind the task bar)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

from .conftest import exchange_page
from .town_files import deletion_files


def test_the_plan_has_the_focus_and_the_arrows_walk_it(qtbot, ctx, tmp_path: Path) -> None:
    ids = deletion_files(ctx, tmp_path)
    page = exchange_page(qtbot, ctx, ids["mid"])
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        seen["focus"] = QApplication.focusWidget()
        seen["size"] = (dialog.width(), dialog.height())
        seen["buttons"] = dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().bottomRight()).y()
        seen["first"] = dialog.record_title.text()
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
        seen["next"] = dialog.record_title.text()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen["result"] = dialog.result()
        seen["tree"] = dialog.tree
        return dialog.result()

    before = {a.id: (a.name, a.version) for a in ctx.workspace.actors.list(ids["mid"])}
    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "result" in seen)
    assert seen["focus"] is seen["tree"], seen["focus"]
    assert seen["size"][0] <= 1000 and seen["size"][1] <= 560, seen["size"]
    assert seen["buttons"] < seen["size"][1]
    assert seen["first"].startswith("Akteur: ") and seen["next"] != seen["first"]
    assert seen["result"] == QDialog.DialogCode.Rejected  # Esc: nothing taken over
    assert {a.id: (a.name, a.version) for a in ctx.workspace.actors.list(ids["mid"])} == before
