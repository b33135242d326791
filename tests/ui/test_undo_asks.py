"""Undo and redo never throw typed input away: the window asks the open page first (save, discard,
stay), as it does before another page; "stay" undoes nothing, and the undo runs only after the answer.
Driven with real keys: a title saved on one measure, then a goal typed and a pillar ticked on another,
Ctrl+Z pressed with the focus in the tick list (review F7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow

B = QMessageBox.StandardButton


class _Asked:
    """Answers the unsaved-input question and notes what the store held at that moment."""

    def __init__(self, ws, answer: QMessageBox.StandardButton, watched: str) -> None:
        self.ws, self.answer, self.watched = ws, answer, watched
        self.titles_then: list[str] = []

    def __call__(self, box) -> int:
        assert isinstance(box, QMessageBox) and "ungespeicherte" in box.text().lower()
        self.titles_then.append(self.ws.measures.get(self.watched).title)
        return self.answer


def _select(qtbot, page, ctx, title: str) -> None:
    model = page.table.model()
    for row in range(model.rowCount()):
        if any(model.index(row, c).data() == title for c in range(model.columnCount())):
            page.table.selectRow(row)
            ctx.tasks.settle()
            assert page.form.title_edit.text() == title
            return
    raise AssertionError(title)


@pytest.fixture
def measures(qtbot, ctx, municipality):
    ws = ctx.workspace
    first = ws.measures.create(municipality.id, MeasureInput(title="Antragswerkstatt"))
    second = ws.measures.create(municipality.id, MeasureInput(title="Sozialtarif"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_area("measures")
    ctx.tasks.settle()
    page = window.page("measures")
    form = page.form
    _select(qtbot, page, ctx, "Antragswerkstatt")
    form.title_edit.clear()
    qtbot.keyClicks(form.title_edit, "Antragswerkstatt neu")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert ws.measures.get(first.id).title == "Antragswerkstatt neu"
    # A test that fails with input still typed must not hang at the window's closing question.
    with messages.use_runner(lambda _box: QMessageBox.StandardButton.Discard):
        yield window, page, first, second


def _type_goal_and_tick(qtbot, page, ctx, title: str = "Sozialtarif") -> None:
    form = page.form
    _select(qtbot, page, ctx, title)
    window = page.window()
    window.activateWindow()  # keys and focus go to the active window (another test's may have been)
    qtbot.waitUntil(window.isActiveWindow)
    form.goal.setFocus()
    qtbot.keyClicks(form.goal, "Neuer Zielsatz")
    form.pillars.setFocus()
    form.pillars.setCurrentRow(0)
    qtbot.keyClick(form.pillars, Qt.Key.Key_Space)
    assert form.pillars.item(0).checkState() == Qt.CheckState.Checked
    assert form.is_dirty() and QApplication.focusWidget() is form.pillars


def _ctrl_z(qtbot, ctx) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()


def test_stay_keeps_the_input_and_undoes_nothing(qtbot, ctx, measures) -> None:
    _window, page, first, second = measures
    _type_goal_and_tick(qtbot, page, ctx)
    asked = _Asked(ctx.workspace, B.Cancel, first.id)
    with messages.use_runner(asked):
        _ctrl_z(qtbot, ctx)
    assert asked.titles_then == ["Antragswerkstatt neu"]
    assert ctx.workspace.measures.get(first.id).title == "Antragswerkstatt neu"  # not undone
    assert page.form.goal.toPlainText() == "Neuer Zielsatz" and page.form.is_dirty()
    assert page.form.pillars.item(0).checkState() == Qt.CheckState.Checked
    assert ctx.workspace.measures.get(second.id).goal == ""


def test_save_stores_the_input_then_undoes_the_other_measure(qtbot, ctx, measures) -> None:
    window, page, first, second = measures
    _type_goal_and_tick(qtbot, page, ctx)
    asked = _Asked(ctx.workspace, B.Save, first.id)
    with messages.use_runner(asked):
        _ctrl_z(qtbot, ctx)
    assert asked.titles_then == ["Antragswerkstatt neu"]  # asked before anything was undone
    stored = ctx.workspace.measures.get(second.id)
    assert stored.goal == "Neuer Zielsatz" and len(stored.pillars) == 1
    assert ctx.workspace.measures.get(first.id).title == "Antragswerkstatt"  # then undone
    assert page.form.goal.toPlainText() == "Neuer Zielsatz" and not page.form.is_dirty()
    assert ctx.undo.redo_name().startswith("Maßnahme") and ctx.undo.can_undo()  # the save stays undoable
    assert window.redo_action.isEnabled()


def test_discard_drops_the_input_then_undoes(qtbot, ctx, measures) -> None:
    _window, page, first, second = measures
    _type_goal_and_tick(qtbot, page, ctx)
    asked = _Asked(ctx.workspace, B.Discard, first.id)
    with messages.use_runner(asked):
        _ctrl_z(qtbot, ctx)
    assert asked.titles_then == ["Antragswerkstatt neu"]
    assert ctx.workspace.measures.get(first.id).title == "Antragswerkstatt"
    assert ctx.workspace.measures.get(second.id).goal == ""
    assert page.form.goal.toPlainText() == "" and not page.form.is_dirty()


def test_saving_the_record_to_be_undone_keeps_the_save_and_says_so(qtbot, ctx, measures) -> None:
    window, page, first, _second = measures
    _type_goal_and_tick(qtbot, page, ctx, "Antragswerkstatt neu")
    asked = _Asked(ctx.workspace, B.Save, first.id)
    with messages.use_runner(asked):
        _ctrl_z(qtbot, ctx)
    stored = ctx.workspace.measures.get(first.id)
    assert (stored.title, stored.goal) == ("Antragswerkstatt neu", "Neuer Zielsatz")
    assert "Nicht rückgängig gemacht" in window.statusBar().currentMessage()


def test_menu_undo_asks_too_and_redo_after_discard(qtbot, ctx, measures) -> None:
    window, page, first, _second = measures
    _type_goal_and_tick(qtbot, page, ctx)
    with messages.use_runner(_Asked(ctx.workspace, B.Discard, first.id)):
        window.undo_action.trigger()
        ctx.tasks.settle()
    assert ctx.workspace.measures.get(first.id).title == "Antragswerkstatt"
    _type_goal_and_tick(qtbot, page, ctx)
    asked = _Asked(ctx.workspace, B.Cancel, first.id)
    with messages.use_runner(asked):
        window.redo_action.trigger()
        ctx.tasks.settle()
    assert asked.titles_then == ["Antragswerkstatt"]
    assert ctx.workspace.measures.get(first.id).title == "Antragswerkstatt"  # stayed: not redone
    assert page.form.goal.toPlainText() == "Neuer Zielsatz"


def test_ctrl_z_in_a_text_field_is_the_fields_own(qtbot, ctx, measures) -> None:
    _window, page, first, _second = measures
    form = page.form
    _select(qtbot, page, ctx, "Sozialtarif")
    form.goal.setFocus()
    qtbot.keyClicks(form.goal, "abc")

    def never(_box) -> int:
        raise AssertionError("no question for a text field's own undo")

    with messages.use_runner(never):
        _ctrl_z(qtbot, ctx)
    assert form.goal.toPlainText() != "abc"  # the field took its typing back
    assert ctx.workspace.measures.get(first.id).title == "Antragswerkstatt neu"
    assert ctx.undo.can_undo() and not ctx.undo.can_redo()
