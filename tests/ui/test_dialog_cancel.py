"""Esc or Abbrechen never drops typed input unasked (review G5: the round dialog closed without a question
and the typed round was gone). Each form dialog is opened from its page, typed into, Esc pressed: the
question comes, "Weiter bearbeiten" keeps the dialog and the text; an untouched dialog closes unasked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow

QUESTION = "Die Eingaben in diesem Formular verwerfen?"


def _esc(qtbot, ctx, window: MainWindow, area: str, open_dialog: Callable[[MainWindow], None], field: str,
         typed: str) -> list[str]:  # fmt: skip
    """Open the dialog, type ``typed`` into ``field`` (nothing for ""), press Esc: the questions asked.
    The dialog must still be open with the text when asked, closed when not."""
    window.show_area(area)
    ctx.tasks.settle()
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            asked.append(dialog.text())
            return QMessageBox.StandardButton.No  # keep editing
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        widget: QWidget = getattr(dialog, field)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(widget, typed)
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
        assert dialog.isVisible() == bool(typed)
        if typed:
            assert widget.text() == typed if hasattr(widget, "text") else widget.toPlainText() == typed
        dialog.done(QDialog.DialogCode.Rejected)
        return dialog.result()

    with messages.use_runner(answer):
        open_dialog(window)
        if area == "pillars":  # opened window-modal, not through the runner
            answer(window.page("pillars").dialog)
    return asked


def _own_barrier(window: MainWindow) -> None:
    window.page("barriers").add_own_barrier()


def _round(window: MainWindow) -> None:
    window.page("pillars").new_round()


def _anchoring_pane(window: MainWindow):
    page = window.page("anchoring")
    page.tabs.setCurrentIndex(1)
    page.begin()
    page.ctx.tasks.settle()
    page.pane.view.select_item(page.pane.view.checklist.items[0].id)
    return page.pane


def _own_item(window: MainWindow) -> None:
    _anchoring_pane(window).add_own()


def _practice(window: MainWindow) -> None:
    _anchoring_pane(window)._edit_example(None)


CASES = {
    "own barrier": ("barriers", _own_barrier, "title"),
    "round": ("pillars", _round, "title"),
    "own item": ("anchoring", _own_item, "text"),
    "practice example": ("anchoring", _practice, "title"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_esc_asks_before_dropping_typed_input(qtbot, ctx, municipality, open_window, case: str) -> None:
    area, open_dialog, field = CASES[case]
    window = open_window("start")
    assert _esc(qtbot, ctx, window, area, open_dialog, field, "Etwas getippt") == [QUESTION]


@pytest.mark.parametrize("case", sorted(CASES))
def test_esc_closes_an_untouched_dialog_unasked(qtbot, ctx, municipality, open_window, case: str) -> None:
    area, open_dialog, field = CASES[case]
    window = open_window("start")
    assert _esc(qtbot, ctx, window, area, open_dialog, field, "") == []
