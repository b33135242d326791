"""Verankerung → "Empfehlung übernehmen" over a recorded decision (review 2, G29): it asks first, naming the
decision's date and option; No keeps the council's decision, its date and reasons; Yes replaces it. With no
decision yet it records the recommendation without a question."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from vopi_desktop.ui import messages

COUNCIL = date(2025, 10, 14)
REASONS = "Ratsbeschluss vom 14.10.2025: Integrationsamt übernimmt"


def _press_accept(qtbot, window, answer: QMessageBox.StandardButton | None) -> list[str]:
    """Press "Empfehlung übernehmen", answering a question with ``answer``; the questions' texts."""
    page = window.page("anchoring")
    asked: list[str] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox) and answer is not None, "no question expected"
        asked.append(dialog.text())
        assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.No)  # Enter keeps it
        return answer

    with messages.use_runner(run):
        qtbot.mouseClick(page.guidance.accept_button, Qt.MouseButton.LeftButton)
    page.ctx.tasks.settle()
    return asked


def test_accepting_the_recommendation_asks_before_replacing_a_decision(
    qtbot, ctx, municipality, open_window
) -> None:
    ws = ctx.workspace
    guidance = ws.anchoring.guidance(municipality.id)
    other = next(p for p in ctx.catalog.placements if p.key != guidance.recommendation.option)
    ws.anchoring.decide(municipality.id, other.key, REASONS, COUNCIL)
    before = ws.anchoring.decision(municipality.id)
    window = open_window("anchoring")
    page = window.page("anchoring")
    assert page.guidance.accept_button.isEnabled()

    (question,) = _press_accept(qtbot, window, QMessageBox.StandardButton.No)
    assert "Entscheidung vom 14.10.2025 mit ihrer Begründung" in question
    recommended = ctx.catalog.placement(guidance.recommendation.option).title
    assert f"Entschieden: {other.title}\nEmpfohlen: {recommended}" in question
    assert ws.anchoring.decision(municipality.id) == before  # kept: option, date, reasons
    assert "14.10.2025" in page.guidance.decision.text()

    (question,) = _press_accept(qtbot, window, QMessageBox.StandardButton.Yes)
    decision = ws.anchoring.decision(municipality.id)
    assert (decision.option, decision.accepted, decision.reasons) == (
        guidance.recommendation.option,
        True,
        "",
    )
    assert decision.decided_on == date.today()
    assert not page.guidance.accept_button.isEnabled()


def test_without_a_decision_the_recommendation_is_taken_at_once(
    qtbot, ctx, municipality, open_window
) -> None:
    window = open_window("anchoring")
    assert _press_accept(qtbot, window, None) == []
    decision = ctx.workspace.anchoring.decision(municipality.id)
    assert decision is not None and decision.accepted
