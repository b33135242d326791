"""Implausible dates typed into the forms (review 2, G6): 01.01.2099 or 01.01.1900 in the event form, a
measure's start and a step's due date are refused on Save with the date named and the cursor in the
field; nothing is stored. The date editors span 1900–2100 (they went back to 1752)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui.widgets.optional_date import OptionalDate


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _type_year(qtbot, edit: QDateEdit, year: str) -> str:
    """As a person does: in the focused date field the year picked (a double click on it) and typed over;
    the date now shown."""
    assert QApplication.focusWidget() is edit
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, year)
    return edit.text()


def _save(qtbot, ctx) -> None:
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()


@pytest.mark.parametrize("year", ["2099", "1900"])
def test_an_event_dated_far_off_is_refused_with_the_date_field_focused(
    qtbot, ctx, municipality, open_window, year: str
) -> None:
    ws = ctx.workspace
    ws.events.create(municipality.id, EventInput(kind="other", title="Infoabend"))
    page = open_window("events").page("events")
    form = page.form
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form.kind.setCurrentIndex(form.kind.findData("round_table"))
    qtbot.mouseClick(form.title_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.title_edit, "Runder Tisch Weststadt")
    form.held_on.check.setFocus()
    _key(qtbot, Qt.Key.Key_Space)  # ticks "am": the cursor goes on into the date
    assert form.held_on.edit.minimumDate() == QDate(1900, 1, 1)
    shown = _type_year(qtbot, form.held_on.edit, year)
    assert shown.endswith(year)
    _save(qtbot, ctx)
    assert form.error.isVisible()
    assert shown in form.error.text() and "unplausibel" in form.error.text()
    assert QApplication.focusWidget() is form.held_on.edit
    assert [e.title for e in ws.events.list(municipality.id)] == ["Infoabend"]
    _type_year(qtbot, form.held_on.edit, "2026")
    _save(qtbot, ctx)
    assert not form.error.isVisible()
    stored = {e.title: e.held_on for e in ws.events.list(municipality.id)}
    assert stored["Runder Tisch Weststadt"] == form.held_on.edit.date().toPython()
    assert stored["Runder Tisch Weststadt"].year == 2026


def test_a_measure_start_and_a_step_due_far_off_are_refused(qtbot, ctx, municipality, open_window) -> None:
    ws = ctx.workspace
    made = ws.measures.create(municipality.id, MeasureInput(title="Elterncafé"))
    form = open_window("measures").page("measures").form
    form.start.check.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    _type_year(qtbot, form.start.edit, "1026")  # the editor takes no year before 1900 ...
    assert form.start.edit.date().year() >= 1900
    shown = _type_year(qtbot, form.start.edit, "1926")  # ... and Save refuses one before 1990
    _save(qtbot, ctx)
    assert shown in form.error.text() and "unplausibel" in form.error.text()
    assert QApplication.focusWidget() is form.start.edit
    _type_year(qtbot, form.start.edit, "2026")
    qtbot.mouseClick(form.steps.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Flyer drucken")
    _key(qtbot, Qt.Key.Key_Return)
    table = form.steps.table
    table.setCurrentCell(0, 2)
    _key(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert (editor.minimumDate(), editor.maximumDate()) == (QDate(1900, 1, 1), QDate(2100, 12, 31))
    shown = _type_year(qtbot, editor, "2062")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (table.item(0, 2).data(Qt.ItemDataRole.EditRole) or QDate()).year() == 2062)
    _save(qtbot, ctx)
    assert shown in form.error.text() and "unplausibel" in form.error.text()
    assert QApplication.focusWidget() is table
    assert ws.measures.get(made.id) == made  # nothing stored
    form.revert()


@pytest.mark.parametrize("area", ["events", "measures", "outreach", "opening"])
def test_every_date_field_spans_1900_to_2100(ctx, municipality, open_window, area: str) -> None:
    window = open_window(area)
    edits = [d.edit for d in window.findChildren(OptionalDate)]
    for edit in edits:
        assert (edit.minimumDate(), edit.maximumDate()) == (QDate(1900, 1, 1), QDate(2100, 12, 31))
        assert "yyyy" in edit.displayFormat()
