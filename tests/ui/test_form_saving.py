"""One way to save a form: every editor panel's Save goes input -> page handler -> error line.

The forms had each their own ``save()`` (two identical copies among them); now ``EditorPanel.save``
is the only one. Refusals are driven by typing and clicking: one the form itself finds ("etwa 40" is
no number), and ones the store finds (a missing title, a name too long). Each shows on the form's
error line, naming the field, with the cursor in it, and the database as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui.editor import EditorPanel
from vopi_desktop.ui.pages.opening import start

LEFT = Qt.MouseButton.LeftButton


def test_every_form_saves_through_the_editor_panel(qtbot, ctx, municipality, open_window) -> None:
    """No form keeps a save of its own: each page's editors use EditorPanel.save and a page handler."""
    window = open_window("start")
    seen = set()
    for key in ("start", "barriers", "events", "measures", "outreach", "opening", "anchoring"):
        window.show_area(key)
        ctx.tasks.settle()
        for editor in window.page(key).editors:
            assert type(editor).save is EditorPanel.save, type(editor).__name__
            assert editor.save_handler is not None, type(editor).__name__
            assert editor.error.fields or type(editor).__name__ == "ConcernEditor", type(editor).__name__
            seen.add(type(editor).__name__)
    assert seen == {
        "ConcernEditor", "BarrierForm", "EventForm", "MeasureForm", "OpportunityForm", "TextForm", "ItemEditor",
    }  # fmt: skip


def test_an_opportunity_without_a_title_is_refused_on_the_forms_error_line(
    qtbot, ctx, municipality, open_window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    ws.actors.create(mid, ActorInput(name="Chor Harmonie", type="verein"))
    window = open_window("outreach")
    window.resize(1024, 600)
    page = window.page("outreach")
    form = page.form
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.keyClicks(form.what, "Wir singen jeden Donnerstag.")
    assert not form.error.isVisible() and form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, LEFT)
    QApplication.processEvents()
    assert form.error.isVisible() and "Titel" in form.error.text()  # names the field …
    # … in view at 1024×600 with Save (they were below the fold of the page's scroll area)
    assert not form.error.visibleRegion().isEmpty() and not form.save_button.visibleRegion().isEmpty()
    assert form.focusWidget() is form.title  # … and puts the cursor into it
    assert ws.outreach.list(mid) == []  # nothing stored
    assert form.is_dirty() and form.what.toPlainText() == "Wir singen jeden Donnerstag."  # nothing lost
    assert not page.message.isVisible()  # the form says it, not the page

    qtbot.keyClicks(form.title, "Singen im Chor")
    qtbot.mouseClick(form.save_button, LEFT)
    ctx.tasks.settle()
    assert [o.title for o in ws.outreach.list(mid)] == ["Singen im Chor"]
    assert not form.error.isVisible() and not form.is_dirty()


def test_a_number_of_participants_that_is_no_number_is_refused_before_the_store(
    qtbot, ctx, municipality, open_window
) -> None:
    """``to_input`` refuses "etwa 40" itself; the same error line shows it."""
    window = open_window("events")
    page = window.page("events")
    qtbot.mouseClick(page.empty_state.button, LEFT)
    ctx.tasks.settle()
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("other"))
    qtbot.keyClicks(form.title_edit, "Erzaehlcafe")
    qtbot.keyClicks(form.total, "etwa 40")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.error.isVisible()
    assert "Teilnehmenden" in form.error.text() and "etwa 40" in form.error.text()
    assert form.focusWidget() is form.total
    assert ctx.workspace.events.list(municipality.id) == []  # not even the new event was written
    assert not ctx.undo.can_undo()  # nothing recorded

    form.total.clear()
    qtbot.keyClicks(form.total, "40")
    qtbot.mouseClick(form.save_button, LEFT)
    ctx.tasks.settle()
    (after,) = ctx.workspace.events.list(municipality.id)
    assert (after.title, after.participants_total) == ("Erzaehlcafe", 40)
    assert not form.error.isVisible()


def test_a_checklist_items_responsible_too_long_is_refused_on_the_item_form(
    qtbot, ctx, municipality, open_window
) -> None:
    ws, mid = ctx.workspace, municipality.id
    tsv = ws.actors.create(mid, ActorInput(name="TSV Teststadt", type="verein"))
    checklist = ws.checklists.start(mid, "opening", tsv.id)
    start.request(ctx, tsv.id)
    window = open_window("opening")
    pane = window.page("opening").pane
    item = checklist.items[2]
    pane.view.select_item(item.id)
    editor = pane.editor
    assert editor.row.id == item.id
    editor.responsible.setText("x" * 200)
    editor.responsible.end(False)
    qtbot.keyClicks(editor.responsible, "y")
    qtbot.keyClicks(editor.note, "Vorstand fragen")
    qtbot.mouseClick(editor.save_button, LEFT)
    QApplication.processEvents()
    assert editor.error.isVisible() and "verantwortliche Person ist zu lang" in editor.error.text()
    assert editor.focusWidget() is editor.responsible
    stored = ws.checklists.for_actor(tsv.id).item(item.key)
    assert (stored.responsible, stored.note, stored.version) == ("", "", item.version)
    assert editor.is_dirty() and editor.note.toPlainText() == "Vorstand fragen"  # nothing lost


def test_a_refused_rating_scrolls_into_view_in_the_barrier_pane(
    qtbot, ctx, municipality, open_window
) -> None:
    """The barrier form sits in the page's scroll area: at 1024×600 its error line was below the fold."""
    window = open_window("barriers")
    window.resize(1024, 600)
    page = window.page("barriers")
    ctx.tasks.settle()
    form = page.form
    assert form.row is not None and form.row.key == "B1"
    form.note.setPlainText("x" * 5000)
    form.note.moveCursor(form.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.note, "y")
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: not form.error.visibleRegion().isEmpty(), timeout=1000)
    assert "zu lang" in form.error.text() and form.focusWidget() is form.note
    assert ctx.workspace.barriers.get(municipality.id, "B1").id is None  # nothing stored
