"""Hemmnisse → "Maßnahme aus einem Ansatz…" for an approach already planned as a measure for ANOTHER
barrier (G21 follow-up): the menu names that measure and, once chosen, asks (``ReuseDialog``) whether to
use it for this barrier too. Yes adds the barrier to the measure's barriers (undoable), "Neue Maßnahme" creates one
as before, Cancel leaves everything as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.barriers import page as barriers_page
from vopi_desktop.ui.pages.measures.reuse import NEW, ReuseDialog
from vopi_desktop.ui.pages.measures.suggest import approach_menu

B = QMessageBox.StandardButton


def _planned_elsewhere(ctx, municipality):
    """B2 and B3 rated high; the first approach of B2 is planned as a measure for B3 only."""
    ws = ctx.workspace
    here = ws.barriers.save(municipality.id, BarrierInput(key="B2", relevance=3), None)
    other = ws.barriers.save(municipality.id, BarrierInput(key="B3", relevance=3), None)
    approach = ctx.catalog.approaches_for_barrier("B2")[0]
    measure = ws.measures.create(
        municipality.id,
        MeasureInput(title="Ehrung für alle Engagierten", kind=approach.key, barrier_ids=[other.id]),
    )
    return here, other, approach, measure


def _choose(qtbot, monkeypatch, page, approach_key: str, answer: B) -> tuple[list[str], list[str]]:
    """Press the barriers page's button, pick the approach as a user would and answer the question:
    the menu's entries and the questions asked."""
    entries: list[str] = []
    asked: list[str] = []

    def pick(page_, button, barrier_id, key) -> None:
        menu = approach_menu(page_, barrier_id, key, button)
        entries.extend(a.text() for a in menu.actions())
        (action,) = [a for a in menu.actions() if a.text().startswith(f"{approach_key} ")]
        action.trigger()

    def reply(dialog: ReuseDialog) -> int:
        asked.append(dialog.question.text())
        return {B.Yes: QDialog.DialogCode.Accepted.value, B.No: NEW}.get(answer, 0)

    monkeypatch.setattr(barriers_page, "pop_up", pick)
    with messages.use_runner(reply):
        qtbot.mouseClick(page.measure_button, Qt.MouseButton.LeftButton)
    page.ctx.tasks.settle()
    return entries, asked


def test_a_measure_planned_for_another_barrier_is_offered_and_linked(
    qtbot, ctx, municipality, open_window, monkeypatch
) -> None:
    here, other, approach, measure = _planned_elsewhere(ctx, municipality)
    window = open_window("barriers")
    page = window.page("barriers")
    assert page.select_barrier("B2")

    entries, asked = _choose(qtbot, monkeypatch, page, approach.key, B.Yes)
    b3 = ctx.catalog.barrier("B3").title
    assert f"{approach.key} {approach.title} – schon geplant für B3: „Ehrung für alle Engagierten“" in entries
    (question,) = asked
    assert "„Ehrung für alle Engagierten“ gibt es schon" in question
    assert f"B3 {b3}" in question and "Auch für dieses Hemmnis verwenden?" in question
    (stored,) = ctx.workspace.measures.list(municipality.id)  # nothing created
    assert stored.id == measure.id and set(stored.barrier_ids) == {here.id, other.id}
    assert "auch mit diesem Hemmnis verknüpft" in window.statusBar().currentMessage()

    # one undoable step: Ctrl+Z takes the link back, the measure stays
    assert ctx.undo.undo()
    (back,) = ctx.workspace.measures.list(municipality.id)
    assert back.barrier_ids == (other.id,)

    # linked now: chosen again, the approach opens the measure (G21) instead of asking
    window.show_area("barriers")
    assert ctx.undo.redo()
    ctx.tasks.settle()
    assert page.select_barrier("B2")
    entries, asked = _choose(qtbot, monkeypatch, page, approach.key, B.Yes)
    assert asked == [] and any("– schon geplant: „Ehrung" in e for e in entries)
    assert window.current_page() is window.page("measures")


@pytest.mark.parametrize(("answer", "count"), [(B.No, 2), (B.Cancel, 1)])
def test_a_new_measure_or_nothing(qtbot, ctx, municipality, open_window, monkeypatch, answer, count) -> None:
    here, other, approach, measure = _planned_elsewhere(ctx, municipality)
    window = open_window("barriers")
    page = window.page("barriers")
    assert page.select_barrier("B2")
    _entries, asked = _choose(qtbot, monkeypatch, page, approach.key, answer)
    assert len(asked) == 1
    measures = ctx.workspace.measures.list(municipality.id)
    assert len(measures) == count
    assert ctx.workspace.measures.get(measure.id).barrier_ids == (other.id,)  # the planned one unchanged
    if count == 2:
        (new,) = [m for m in measures if m.id != measure.id]
        assert new.barrier_ids == (here.id,) and new.kind == approach.key
