"""Maßnahmen → Arbeitsschritte driven by keyboard: due dates with a four-digit year, Entf/Rücktaste takes a
due date away, an editor opened on an empty cell and left untouched keeps it empty, and spending more than
planned is said on save (review 2, G11)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from vopi_desktop.store.dto.measures import MeasureInput, StepInput


def _page(open_window):
    window = open_window("measures")
    return window.page("measures")


def _save(qtbot, ctx) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()


def _type(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, text)


def _shown(table, row: int) -> str:
    """The due cell's text as the table paints it (through its delegate)."""
    item = table.item(row, 2)
    return table.itemDelegateForColumn(2).displayText(item.data(Qt.ItemDataRole.DisplayRole), QLocale())


def test_due_dates_show_four_digit_years_and_entf_removes_one(qtbot, ctx, municipality, open_window) -> None:
    ws = ctx.workspace
    made = ws.measures.create(
        municipality.id,
        MeasureInput(
            title="Elterncafé",
            steps=[
                StepInput(what="Raum buchen", due_on=date(2026, 1, 20)),
                StepInput(what="Flyer", due_on=date(2026, 2, 28)),
            ],
        ),
    )
    form = _page(open_window).form
    table = form.steps.table
    assert [_shown(table, r) for r in range(2)] == ["20.01.2026", "28.02.2026"]
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _shown(table, 0) == "" and form.is_dirty()
    table.setCurrentCell(1, 2)
    qtbot.keyClick(table, Qt.Key.Key_Backspace)
    assert _shown(table, 1) == ""
    _save(qtbot, ctx)
    assert [s.due_on for s in ws.measures.get(made.id).steps] == [None, None]
    assert not form.is_dirty()


def test_an_untouched_date_editor_leaves_an_empty_cell_empty(qtbot, ctx, municipality, open_window) -> None:
    ws = ctx.workspace
    made = ws.measures.create(municipality.id, MeasureInput(title="Elterncafé"))
    form = _page(open_window).form
    steps = form.steps
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Flyer drucken")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    table = steps.table
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # opens the date editor on the empty cell ...
    editor = QApplication.focusWidget()
    assert isinstance(editor, QDateEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # ... and leaves it without choosing a day
    assert _shown(table, 0) == ""
    _save(qtbot, ctx)
    (step,) = ws.measures.get(made.id).steps
    assert step.what == "Flyer drucken" and step.due_on is None
    # Enter in the editor does choose the day it shows
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown(table, 0) == QLocale().toString(date.today(), "dd.MM.yyyy"))
    form.revert()


def test_spending_more_than_planned_is_said_on_save_and_in_the_form(
    qtbot, ctx, municipality, open_window
) -> None:
    ws = ctx.workspace
    made = ws.measures.create(municipality.id, MeasureInput(title="Sozialtarif"))
    form = _page(open_window).form
    _type(qtbot, form.budget, "1.500,50")
    _type(qtbot, form.spent, "2000")
    _save(qtbot, ctx)
    stored = ws.measures.get(made.id)
    assert stored.budget_spent == 2000  # saved as entered: a warning, not a refusal
    assert form.warning.isVisible()
    assert "Ausgegeben (2.000,00 €) ist mehr als geplant (1.500,50 €)." in form.warning.text()
    _type(qtbot, form.spent, "1000")
    _save(qtbot, ctx)
    assert not form.warning.isVisible()
