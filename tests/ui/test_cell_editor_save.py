"""A table cell still being typed in is part of the form: Strg+S straight after typing saves it (Arbeitsschritte,
the protocol tables of an event), and every "add a row" button opens the new row for typing (review 2, G20)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput, StepInput
from vopi_desktop.ui import messages


def _save(qtbot, ctx) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()


def test_ctrl_s_while_typing_a_new_step_saves_it(qtbot, ctx, municipality, open_window) -> None:
    ws = ctx.workspace
    made = ws.measures.create(
        municipality.id, MeasureInput(title="Elterncafé", steps=[StepInput(what="Raum buchen")])
    )
    form = open_window("measures").page("measures").form
    form.steps.add_button.setFocus()
    qtbot.keyClick(form.steps.add_button, Qt.Key.Key_Space)  # "Schritt hinzufügen"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and form.steps.table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "Neuer Schritt ohne Enter")
    _save(qtbot, ctx)  # no Enter, no Tab: the editor is still open
    assert form.error.isHidden(), form.error.text()
    assert [s.what for s in ws.measures.get(made.id).steps] == ["Raum buchen", "Neuer Schritt ohne Enter"]
    assert not form.is_dirty()
    assert form.steps.table.item(1, 0).text() == "Neuer Schritt ohne Enter"


def test_ctrl_s_while_editing_an_existing_step_saves_the_edit(qtbot, ctx, municipality, open_window) -> None:
    ws = ctx.workspace
    made = ws.measures.create(
        municipality.id, MeasureInput(title="Elterncafé", steps=[StepInput(what="Raum buchen")])
    )
    form = open_window("measures").page("measures").form
    table = form.steps.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Frau Demir")
    _save(qtbot, ctx)
    assert [(s.what, s.who) for s in ws.measures.get(made.id).steps] == [("Raum buchen", "Frau Demir")]


@pytest.mark.parametrize(
    ("kind", "section", "key", "text"),
    [
        ("round_table", "agreements", "what", "Raumliste bis Mai"),
        ("world_cafe", "rounds", "question", "Was hilft?"),
        ("network_meeting", "exchange", "municipality", "Nachbarstadt"),
    ],
)
def test_add_row_opens_the_row_for_typing_and_ctrl_s_saves_it(
    qtbot, ctx, municipality, open_window, kind, section, key, text
) -> None:
    ws = ctx.workspace
    made = ws.events.create(municipality.id, EventInput(kind=kind, title="Runde der Vereine"))
    form = open_window("events").page("events").form
    rows = getattr(form.protocol, section)
    assert rows.isVisible()
    rows.add_button.setFocus()
    qtbot.keyClick(rows.add_button, Qt.Key.Key_Space)  # "Vereinbarung hinzufügen" & co.
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and rows.table.isAncestorOf(editor)
    assert rows.table.currentRow() == 0 and rows.table.currentColumn() == 0
    qtbot.keyClicks(editor, text)
    _save(qtbot, ctx)
    assert form.error.isHidden(), form.error.text()
    stored = ws.events.get(made.id).protocol[section]
    assert [row[key] for row in stored] == [text]
    assert not form.is_dirty() and rows.table.item(0, 0).text() == text


def test_leaving_while_a_cell_is_typed_in_asks_first(qtbot, ctx, municipality, open_window) -> None:
    """Going to another page (a shortcut, the focus still in the cell) asks like any other unsaved input."""
    ws = ctx.workspace
    made = ws.events.create(municipality.id, EventInput(kind="round_table", title="Runde der Vereine"))
    window = open_window("events")
    form = window.page("events").form
    rows = form.protocol.agreements
    rows.add_button.setFocus()
    qtbot.keyClick(rows.add_button, Qt.Key.Key_Space)
    qtbot.keyClicks(QApplication.focusWidget(), "Raumliste bis Mai")
    asked: list[str] = []

    def answer(box) -> int:
        asked.append(box.text())
        return QMessageBox.StandardButton.Save

    with messages.use_runner(answer):
        window.show_area("measures")
    ctx.tasks.settle()
    assert asked == ["Es gibt ungespeicherte Eingaben. Speichern?"]
    assert [row["what"] for row in ws.events.get(made.id).protocol["agreements"]] == ["Raumliste bis Mai"]
