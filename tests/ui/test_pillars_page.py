"""The Pillars page driven like a user: rounds through the dialog, scores by keyboard, radar, comparison."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QMessageBox

from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.pillars.page import PillarsPage


@pytest.fixture
def page(qtbot, ctx, municipality) -> PillarsPage:
    page = PillarsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.set_municipality(municipality.id)
    page.show()
    ctx.tasks.settle()  # the rounds load on the reads lane
    return page


def _rounds(ctx, municipality):
    return ctx.workspace.pillars.rounds(municipality.id)


def _cells(model) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def test_new_round_by_typing_then_score_and_note_by_keyboard(qtbot, page, ctx, municipality) -> None:
    assert page.empty_state.isVisible() and not page.tabs.isVisible()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title, "Ausgangslage 2026")
    qtbot.keyClicks(dialog.participants, "Steuerungsgruppe, Beirat")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    (rnd,) = _rounds(ctx, municipality)
    assert (rnd.title, rnd.kind, rnd.participants) == (
        "Ausgangslage 2026",
        "baseline",
        "Steuerungsgruppe, Beirat",
    )
    assert page.tabs.isVisible() and page.round_combo.currentData() == rnd.id
    assert "Ausgangslage 2026" in page.round_combo.currentText()
    assert page.radar.series()[0].values["encounter"] is None
    before = page.radar.accessibleDescription()
    assert "Ausgangslage 2026" in before and "Aktive Begegnung –" in before

    combo = page.form.combos["encounter.1"]
    combo.setFocus()
    qtbot.keyClicks(combo, "4")
    assert combo.currentData() == 4
    assert _rounds(ctx, municipality)[0].scores["encounter.1"] == (4, "")
    note = page.form.notes["encounter.1"]
    qtbot.keyClicks(note, "Zwei Begegnungsfeste im Jahr")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert _rounds(ctx, municipality)[0].scores["encounter.1"] == (4, "Zwei Begegnungsfeste im Jahr")

    assert page.radar.series()[0].values["encounter"] == 4.0
    after = page.radar.accessibleDescription()
    assert after != before and "Aktive Begegnung 4,0" in after
    assert "4,0" in page.form.headings["encounter"].text()
    # One pillar scored is not "the weakest": the page names what is still missing instead.
    assert "Teilhabe" in page.weakest_text.text() and "Aktive Begegnung" not in page.weakest_text.text()
    assert not page.show_button.isEnabled()

    qtbot.keyClick(combo, Qt.Key.Key_Down)  # arrow keys move the score too
    assert _rounds(ctx, municipality)[0].scores["encounter.1"][0] == 5


def test_empty_title_shows_a_message_and_writes_nothing(qtbot, page, ctx, municipality) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.title, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "Titel" in dialog.error.text()
    assert dialog.focusWidget() is dialog.title
    assert _rounds(ctx, municipality) == []
    asked: list[str] = []
    with messages.use_runner(lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes):
        dialog.reject()  # typed input: asked before it is dropped
    assert asked == ["Die Eingaben in diesem Formular verwerfen?"] and not dialog.isVisible()
    assert page.empty_state.isVisible()


def test_comparison_shows_what_improved_and_fell_back(qtbot, page, ctx, municipality) -> None:
    service = ctx.workspace.pillars
    base = service.create_round(municipality.id, RoundInput("Ausgangslage", date(2025, 10, 1)))
    for key, score in (("encounter.1", 1), ("participation.1", 3), ("diversity.2", 4), ("eye_level.1", 2)):
        base = service.set_score(base.id, key, score, "", None)
    follow = service.create_round(municipality.id, RoundInput("Zwischenstand", date(2026, 5, 1)))
    page.refresh()
    ctx.tasks.settle()
    assert page.round_combo.currentData() == follow.id  # the latest round is shown first

    for key, text in (("encounter.1", "3"), ("diversity.2", "2"), ("eye_level.1", "2")):
        combo = page.form.combos[key]
        combo.setFocus()
        qtbot.keyClicks(combo, text)
    assert service.get_round(follow.id).scored_count == 3
    assert "Vielfalt" not in page.weakest_text.text()  # not every pillar scored yet: no "weakest"
    page.form.combos["participation.1"].setFocus()
    qtbot.keyClicks(page.form.combos["participation.1"], "3")
    # encounter +2.0 and diversity −2.0: on equal size the fall back is named
    assert "Vielfalt" in page.change_text.text() and "2,0" in page.change_text.text()

    # averages 3 / 3 / 2 / 2: the tie goes to the pillar first in the catalogue
    assert "Vielfalt" in page.weakest_text.text()
    page.activateWindow()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.focusWidget() is page.form.combos["diversity.1"])
    with qtbot.waitSignal(page.navigate) as went:
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert went.args == ["measures"]

    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.compare
    compare = page.compare
    assert (compare.before.currentData(), compare.after.currentData()) == (base.id, follow.id)
    improved = _cells(compare.improved_model)
    assert len(improved) == 1 and improved[0][0].startswith("1.1") and improved[0][2:] == ["1", "3", "+2"]
    fell_back = _cells(compare.fell_back_model)
    assert len(fell_back) == 1 and fell_back[0][0].startswith("3.2") and fell_back[0][4] == "-2"
    pillars = _cells(compare.pillar_model)
    assert pillars[0][1:] == ["1,0", "3,0", "+2,0"]
    assert compare.no_fell_back.isHidden() and not compare.fell_back_view.isHidden()

    # the other way round, what improved now fell back
    compare.before.setCurrentIndex(compare.before.findData(follow.id))
    compare.after.setCurrentIndex(compare.after.findData(base.id))
    assert _cells(compare.fell_back_model)[0][0].startswith("1.1")


def test_radar_shows_all_rounds_with_the_chosen_one_emphasised(qtbot, page, ctx, municipality) -> None:
    service = ctx.workspace.pillars
    first = service.create_round(municipality.id, RoundInput("Eins", date(2025, 1, 1)))
    service.set_score(first.id, "participation.3", 2, "", None)
    service.create_round(municipality.id, RoundInput("Zwei", date(2025, 6, 1)))
    page.refresh()
    ctx.tasks.settle()
    series = page.radar.series()
    assert [(s.label.split(" (")[0], s.emphasised) for s in series] == [("Eins", False), ("Zwei", True)]
    assert series[0].values["participation"] == 2.0
    page.round_combo.setCurrentIndex(0)
    assert [s.emphasised for s in page.radar.series()] == [True, False]
    assert page.form.combos["participation.3"].currentData() == 2
    qtbot.waitExposed(page.radar)
    assert not page.radar.grab().isNull()  # paints without error


def test_stale_score_keeps_the_other_change(qtbot, page, ctx, municipality) -> None:
    service = ctx.workspace.pillars
    rnd = service.create_round(municipality.id, RoundInput("Runde"))
    page.refresh()
    ctx.tasks.settle()
    service.set_score(rnd.id, "eye_level.4", 5, "von nebenan", None)  # someone else, after the page read
    combo = page.form.combos["eye_level.4"]
    combo.setFocus()
    qtbot.keyClicks(combo, "2")
    assert "inzwischen" in page.message.text() and page.message.isVisible()
    ctx.tasks.settle()  # a stale save reloads: the other person's value shows
    assert service.get_round(rnd.id).scores["eye_level.4"] == (5, "von nebenan")
    assert combo.currentData() == 5 and page.form.notes["eye_level.4"].text() == "von nebenan"


def test_edit_and_delete_round(qtbot, page, ctx, municipality) -> None:
    rnd = ctx.workspace.pillars.create_round(municipality.id, RoundInput("Alt", date(2025, 3, 1)))
    page.refresh()
    ctx.tasks.settle()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Neu")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.workspace.pillars.get_round(rnd.id).title == "Neu"
    assert "Neu" in page.round_combo.currentText()

    page.round_combo.setFocus()
    qtbot.keyClick(page.round_combo, Qt.Key.Key_Delete)
    box = page.confirm
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert len(_rounds(ctx, municipality)) == 1
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert _rounds(ctx, municipality) == []
    assert page.empty_state.isVisible() and not page.tabs.isVisible()


def test_wheel_over_an_unfocused_score_does_not_change_it(qtbot, page, ctx, municipality) -> None:
    ctx.workspace.pillars.create_round(municipality.id, RoundInput("Runde"))
    page.refresh()
    ctx.tasks.settle()
    combo = page.form.combos["diversity.1"]
    page.new_button.setFocus()
    pos = combo.rect().center()
    event = QWheelEvent(
        pos, combo.mapToGlobal(pos), pos * 0, pos * 0 + type(pos)(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(combo, event)  # through the event filters, as Qt delivers it
    assert combo.currentData() is None
    assert _rounds(ctx, municipality)[0].scores == {}
    page.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    QApplication.sendEvent(combo, event)  # the same turn of the wheel, now meant for the box
    assert combo.currentData() == 1
    assert _rounds(ctx, municipality)[0].scores == {"diversity.1": (1, "")}


def test_every_input_has_a_buddy_and_tables_keep_tab_for_focus(qtbot, page, ctx, municipality) -> None:
    ctx.workspace.pillars.create_round(municipality.id, RoundInput("Runde"))
    page.refresh()
    ctx.tasks.settle()
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    for key in page.form.combos:
        assert page.form.combos[key] in buddies and page.form.notes[key] in buddies
        assert page.form.combos[key].accessibleDescription()
    assert page.round_combo in buddies
    assert page.compare.before in buddies and page.compare.after in buddies
    for view in page.findChildren(QAbstractItemView):
        if view.objectName() != "qt_scrollarea_viewport" and not view.inherits("QComboBoxListView"):
            assert not view.tabKeyNavigation(), view
    assert page.radar.accessibleName() and page.radar.minimumWidth() >= 360


def test_follow_up_takes_the_notes_of_an_earlier_round(qtbot, page, ctx, municipality) -> None:
    base = ctx.workspace.pillars.create_round(municipality.id, RoundInput("Ausgangslage", date(2025, 3, 1)))
    ctx.workspace.pillars.set_score(base.id, "encounter.3", 2, "Nur der TSV", None)
    page.refresh()
    ctx.tasks.settle()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.kind.currentData() == "follow_up"  # not the first round any more
    qtbot.keyClicks(dialog.title, "Folgerunde")
    dialog.copy_from.setFocus()
    qtbot.keyClicks(dialog.copy_from, "Aus")  # keyboard search picks the earlier round
    assert dialog.copy_from.currentData() == base.id
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter presses the default button
    follow = _rounds(ctx, municipality)[-1]
    assert (follow.title, follow.kind) == ("Folgerunde", "follow_up")
    assert follow.scores == {"encounter.3": (None, "Nur der TSV")}
    assert page.round_combo.currentData() == follow.id
    assert page.form.notes["encounter.3"].text() == "Nur der TSV"
    assert page.form.combos["encounter.3"].currentData() is None


def test_round_deleted_elsewhere_is_reported_not_crashed(qtbot, page, ctx, municipality) -> None:
    keep = ctx.workspace.pillars.create_round(municipality.id, RoundInput("Bleibt", date(2025, 1, 1)))
    gone = ctx.workspace.pillars.create_round(municipality.id, RoundInput("Weg", date(2025, 6, 1)))
    page.refresh()
    ctx.tasks.settle()
    ctx.workspace.pillars.delete_round(gone.id)
    qtbot.keyClicks(page.form.combos["encounter.2"], "3")
    assert "existiert nicht mehr" in page.message.text()
    ctx.tasks.settle()
    assert page.round_combo.count() == 1 and page.round_combo.currentData() == keep.id
    assert page.form.combos["encounter.2"].currentData() is None
    assert ctx.workspace.pillars.get_round(keep.id).scores == {}


def _deleted_later() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_planned_round_needs_no_date_and_editing_keeps_it_undated(qtbot, page, ctx, municipality) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.held_on.check.isChecked()  # a new round is usually held today
    qtbot.keyClicks(dialog.title, "Geplante Runde")
    dialog.held_on.check.setFocus()
    qtbot.keyClick(dialog.held_on.check, Qt.Key.Key_Space)  # "Date known" off: not fixed yet
    assert not dialog.held_on.edit.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (rnd,) = _rounds(ctx, municipality)
    assert (rnd.title, rnd.held_on) == ("Geplante Runde", None)
    assert "ohne Datum" in page.round_combo.currentText()

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.held_on.check.isChecked() and not dialog.held_on.edit.isEnabled()
    qtbot.keyClicks(dialog.participants, "Beirat")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rnd = ctx.workspace.pillars.get_round(rnd.id)
    assert (rnd.held_on, rnd.participants) == (None, "Beirat")  # editing stamped no date on it

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClick(dialog.held_on.check, Qt.Key.Key_Space)  # now the date is fixed
    dialog.held_on.edit.setDate(QDate(2026, 2, 3))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.workspace.pillars.get_round(rnd.id).held_on == date(2026, 2, 3)
    assert "03.02.2026" in page.round_combo.currentText()


def test_the_date_label_leads_to_the_optional_date(qtbot, page, ctx, municipality) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    assert labels["&Datum:"].buddy() is dialog.held_on
    assert dialog.held_on.focusProxy() is dialog.held_on.check
    name = dialog.held_on.edit.accessibleName()  # the field says what it is, not "Date known"
    assert name and name != dialog.held_on.check.text()
    dialog.reject()


def test_closed_dialogs_and_questions_are_deleted(qtbot, page, ctx, municipality) -> None:
    """Each dialog is a child of the page: without deleteLater they would pile up all session."""
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.dialog.title, "Runde")
    qtbot.mouseClick(page.dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.dialog.reject()
    page.delete_round()
    qtbot.mouseClick(page.confirm.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert page.dialog is None and page.confirm is None
    _deleted_later()
    assert page.findChildren(QDialog) == []
    page.delete_round()
    qtbot.mouseClick(page.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    _deleted_later()
    assert page.findChildren(QDialog) == [] and _rounds(ctx, municipality) == []


def test_each_indicator_offers_the_answers_of_its_scale(qtbot, page, ctx, municipality) -> None:
    """ "Wie oft …?" is answered Nie … Regelmäßig, "Wie viele …?" Keine … Fast alle; 1–5 is stored."""
    rnd = ctx.workspace.pillars.create_round(municipality.id, RoundInput("Basis", date(2026, 1, 1)))
    page.refresh()
    ctx.tasks.settle()
    often, many, agree = (page.form.combos[k] for k in ("encounter.1", "encounter.3", "encounter.2"))
    assert [often.itemText(i) for i in range(1, 6)] == [
        "1 – Nie",
        "2 – Selten",
        "3 – Gelegentlich",
        "4 – Oft",
        "5 – Regelmäßig",
    ]
    assert many.itemText(1) == "1 – Keine" and many.itemText(5) == "5 – Fast alle"
    assert agree.itemText(5) == "5 – Trifft voll zu"
    often.setFocus()
    qtbot.keyClicks(often, "4")
    assert ctx.workspace.pillars.get_round(rnd.id).scores["encounter.1"] == (4, "")


def test_undo_and_redo_of_a_score_and_a_round(qtbot, page, ctx, municipality) -> None:
    """A score saves at once and Ctrl+Z takes it back ("Wert von Indikator 1.1"); a new round too."""
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.dialog.title, "Basis")
    qtbot.mouseClick(page.dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(_rounds(ctx, municipality)) == 1
    assert ctx.undo.undo_name() == "Neue Runde „Basis“"
    combo = page.form.combos["encounter.1"]
    combo.setFocus()
    qtbot.keyClicks(combo, "4")
    assert _rounds(ctx, municipality)[0].scores["encounter.1"] == (4, "")
    assert ctx.undo.undo_name() == "Wert von Indikator 1.1"

    assert ctx.undo.undo()
    ctx.tasks.settle()  # after an undo the page reads again
    page.reload()
    ctx.tasks.settle()
    assert _rounds(ctx, municipality)[0].score("encounter.1") is None
    assert combo.currentData() is None and page.radar.series()[0].values["encounter"] is None

    assert ctx.undo.redo()
    page.reload()
    ctx.tasks.settle()
    assert _rounds(ctx, municipality)[0].scores["encounter.1"] == (4, "")
    assert combo.currentData() == 4 and page.radar.series()[0].values["encounter"] == 4.0

    assert ctx.undo.undo() and ctx.undo.undo()  # the score, then the round itself
    page.reload()
    ctx.tasks.settle()
    assert _rounds(ctx, municipality) == [] and page.empty_state.isVisible()
    assert ctx.undo.redo()  # the round comes back
    assert [r.title for r in _rounds(ctx, municipality)] == ["Basis"]


def test_percent_two_and_html_in_a_round_title_show_literally(qtbot, page, ctx, municipality) -> None:
    """fmt() fills %1 once: a title "Runde %2 <b>fett</b>" is never rewritten nor read as HTML."""
    title = "Runde %2 <b>fett</b>"
    rnd = ctx.workspace.pillars.create_round(municipality.id, RoundInput(title, participants="<i>Beirat</i>"))
    for n, pillar in enumerate(("encounter", "participation", "diversity", "eye_level"), start=2):
        ctx.workspace.pillars.set_score(rnd.id, f"{pillar}.1", min(n, 5), "", None)
    page.refresh()
    ctx.tasks.settle()
    assert title in page.round_combo.currentText()
    assert f"„{title}“" in page.weakest_text.text() or f"“{title}”" in page.weakest_text.text()
    assert "Aktive Begegnung" in page.weakest_text.text()  # %2 filled once, with the pillar
    assert page.weakest_text.textFormat() == Qt.TextFormat.PlainText
    assert "<i>Beirat</i>" in page.info.text() and page.info.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.dialog.title.text() == title
    page.dialog.reject()


def test_a_note_still_being_typed_is_saved_when_the_page_is_left(qtbot, page, ctx, municipality) -> None:
    rnd = ctx.workspace.pillars.create_round(municipality.id, RoundInput("Runde"))
    page.refresh()
    ctx.tasks.settle()
    note = page.form.notes["diversity.2"]
    note.setFocus()
    qtbot.keyClicks(note, "Broschuere 2025 zeigt nur Vorstaende")  # no Enter, focus stays
    assert ctx.workspace.pillars.get_round(rnd.id).note("diversity.2") == ""
    assert page.leave_ok()
    assert (
        ctx.workspace.pillars.get_round(rnd.id).note("diversity.2") == "Broschuere 2025 zeigt nur Vorstaende"
    )


def test_deleting_a_round_is_undone_with_its_scores_and_the_earlier_score_undo_still_works(
    qtbot, page, ctx, municipality
) -> None:
    """F24: the delete was a plain write, so the score's undo then met a vanished round and failed."""
    rnd = ctx.workspace.pillars.create_round(municipality.id, RoundInput("Basis", date(2025, 3, 1)))
    ctx.workspace.pillars.set_score(rnd.id, "encounter.2", 2, "Beirat tagt selten", None)
    page.refresh()
    ctx.tasks.settle()
    combo = page.form.combos["encounter.1"]
    combo.setFocus()
    qtbot.keyClicks(combo, "4")
    assert ctx.undo.undo_name() == "Wert von Indikator 1.1"

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "rückgängig" not in page.confirm.text()
    qtbot.mouseClick(page.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert _rounds(ctx, municipality) == []
    assert ctx.undo.undo_name() == "Runde „Basis“ gelöscht"

    assert ctx.undo.undo()  # the round comes back whole, under its id
    page.reload()  # the window reloads every page after an undo
    ctx.tasks.settle()
    (back,) = _rounds(ctx, municipality)
    assert (back.id, back.title, back.held_on) == (rnd.id, "Basis", date(2025, 3, 1))
    assert back.scores == {"encounter.1": (4, ""), "encounter.2": (2, "Beirat tagt selten")}
    assert "Basis" in page.round_combo.currentText() and combo.currentData() == 4

    assert ctx.undo.undo_name() == "Wert von Indikator 1.1"
    assert ctx.undo.undo()  # the score edit before the delete is still valid
    assert _rounds(ctx, municipality)[0].score("encounter.1") is None
    assert ctx.undo.redo() and ctx.undo.redo()  # the score again, then the delete again
    assert _rounds(ctx, municipality) == []
