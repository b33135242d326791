"""Verankerung → "Für die gewählte Möglichkeit entscheiden…" opened on the stored decision (review 2, G13):
it shows the stored date, so adding a sentence to the reasons does not move the council's decision to today;
a new decision starts from today; Esc or Abbrechen after typing asks before the input is dropped."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.anchoring.dialog import DecisionDialog

COUNCIL = date(2025, 10, 14)
REASONS = "Gemeinderatsbeschluss vom 14.10.2025: Stabsstelle beim Bürgermeister."


def _decided(ctx, municipality) -> str:
    ws = ctx.workspace
    option = ws.anchoring.guidance(municipality.id).recommendation.option
    ws.anchoring.decide(municipality.id, option, REASONS, COUNCIL)
    return option


def _open_dialog(qtbot, window, run) -> None:
    """Press "Für die gewählte Möglichkeit entscheiden…" with ``run`` answering the dialog (and its questions)."""
    page = window.page("anchoring")
    with messages.use_runner(run):
        qtbot.mouseClick(page.guidance.choose_button, Qt.MouseButton.LeftButton)
    page.ctx.tasks.settle()


def _shown(qtbot, dialog: QDialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_reopening_the_decision_keeps_its_date(qtbot, ctx, municipality, open_window) -> None:
    option = _decided(ctx, municipality)
    window = open_window("anchoring")
    seen: list[tuple[str, QDate]] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, DecisionDialog)
        _shown(qtbot, dialog)
        seen.append((dialog.option.currentData(), dialog.day.date()))
        assert dialog.reasons.toPlainText() == REASONS
        dialog.reasons.setFocus()
        dialog.reasons.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(dialog.reasons, " Ergaenzt.")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    _open_dialog(qtbot, window, run)
    assert seen == [(option, QDate(2025, 10, 14))]
    decision = ctx.workspace.anchoring.decision(municipality.id)
    assert decision.reasons == REASONS + " Ergaenzt."
    assert decision.decided_on == COUNCIL  # not today
    assert "14.10.2025" in window.page("anchoring").guidance.decision.text()


def test_another_option_is_a_new_decision_of_today(qtbot, ctx, municipality, open_window) -> None:
    option = _decided(ctx, municipality)
    window = open_window("anchoring")
    days: list[QDate] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, DecisionDialog)
        _shown(qtbot, dialog)
        other = next(n for n in range(dialog.option.count()) if dialog.option.itemData(n) != option)
        dialog.option.setCurrentIndex(other)
        days.append(dialog.day.date())
        assert dialog.reasons.toPlainText() == ""  # the stored reasons belong to the stored option
        dialog.option.setCurrentIndex(dialog.option.findData(option))
        days.append(dialog.day.date())
        return QDialog.DialogCode.Rejected

    _open_dialog(qtbot, window, run)
    assert days == [QDate.currentDate(), QDate(2025, 10, 14)]


def test_esc_after_typing_asks_and_keeps_the_input(qtbot, ctx, municipality, open_window) -> None:
    _decided(ctx, municipality)
    window = open_window("anchoring")
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]  # keep editing, then discard
    kept: list[str] = []

    def run(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            asked.append(dialog.text())
            return answers.pop(0)
        assert isinstance(dialog, DecisionDialog)
        _shown(qtbot, dialog)
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Escape)  # nothing typed: closes unasked
        assert not dialog.isVisible() and asked == []
        _shown(qtbot, dialog)
        dialog.reasons.setFocus()
        qtbot.keyClicks(dialog.reasons, "Neu: ")
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # "Weiter bearbeiten"
        kept.append(dialog.reasons.toPlainText())
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # "Verwerfen"
        assert not dialog.isVisible()
        return dialog.result()

    _open_dialog(qtbot, window, run)
    assert asked == ["Die Eingaben in diesem Formular verwerfen?"] * 2
    assert kept == ["Neu: " + REASONS]
    assert ctx.workspace.anchoring.decision(municipality.id).reasons == REASONS  # nothing written
