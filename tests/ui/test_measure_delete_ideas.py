"""An idea taken over into a measure follows that measure: deleting the measure puts the idea back to
"Ausgewählt", Ctrl+Z of the delete makes it "In Maßnahme übernommen" again with the link. A measure made
from a long idea is named in the question and the status lines by its first 60 characters and "…"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from vopi_desktop.store.dto.events import EventInput, IdeaInput
from vopi_desktop.ui import messages

LONG = "Ein Sprachcafé im Vereinsheim, jeden Dienstag, mit Kinderbetreuung " * 5  # 340 characters


def _stored(ws, mid: str, idea_id: str):
    return next(i for i in ws.ideas.list(mid) if i.id == idea_id)


def _idea_row(ideas, text: str) -> int:
    return next(r for r in range(ideas.table.rowCount()) if ideas.table.item(r, 0).text() == text)


def test_deleting_the_measure_puts_its_idea_back_and_undo_takes_it_over_again(
    qtbot, ctx, municipality, open_window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    event = ws.events.create(mid, EventInput(kind="world_cafe", title="World Café"))
    text = " ".join(LONG.split())
    idea = ws.ideas.create(mid, IdeaInput(text=text, status="selected", event_id=event.id))
    window = open_window("events")
    ideas = window.page("events").ideas
    ideas.table.setCurrentCell(_idea_row(ideas, text), 0)
    qtbot.mouseClick(ideas.measure_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert _stored(ws, mid, idea.id).status == "in_measure"
    (measure,) = ws.measures.list(mid)

    window.show_area("measures")
    ctx.tasks.settle()
    page = window.page("measures")
    assert page.form.row is not None and page.form.row.id == measure.id
    questions: list[str] = []

    def answer(dialog: QDialog) -> int:
        questions.append(dialog.text() if isinstance(dialog, QMessageBox) else "")
        return QMessageBox.StandardButton.Yes

    said: list[str] = []
    ctx.undo.said.connect(said.append)
    with messages.use_runner(answer):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert ws.measures.list(mid) == []
    after = _stored(ws, mid, idea.id)
    assert (after.status, after.measure_id) == ("selected", None)
    window.show_area("events")
    ctx.tasks.settle()
    row = _idea_row(ideas, text)
    assert ideas.table.item(row, 2).text() == "Ausgewählt"

    # the question and the undo lines name the measure by its beginning, not its 330 characters
    (question,) = questions
    assert text[:40] in question and "…" in question and len(question) < 180, question
    assert question.endswith("Die Idee, aus der sie entstand, ist dann wieder „Ausgewählt“."), question
    assert window.undo_action.text().count("…") == 1 and len(window.undo_action.text()) < 110
    assert ctx.undo.undo()
    ctx.tasks.settle()
    back = _stored(ws, mid, idea.id)
    assert (back.status, back.measure_id) == ("in_measure", measure.id)
    assert said and "…" in said[-1] and len(said[-1]) < 110, said
    window.show_area("events")
    ctx.tasks.settle()
    row = _idea_row(ideas, text)
    assert ideas.table.item(row, 2).text() == "In Maßnahme übernommen"
    assert ideas.table.item(row, 3).text()  # the measure's title again
