"""Actor pick-lists of a Landkreis (review F38): a tick list of 1,261 organisations had no search, the
responsible actor was a combo of 1,262 names one could only scroll. Now a long tick list has a search
line above it (forgiving: "konigs" finds Königsbrück), keeps its ticks while filtered, counts them and
shows only them on request; the actor combos complete any part of a name and never take a name that
is no actor. Driven with keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.dto.outreach import OpportunityInput

B = QMessageBox.StandardButton
# ``actors``: the sixteen organisations of tests/ui/conftest.py, their ids by name


def _shown(ticks) -> list[str]:
    return [ticks.item(i).text() for i in range(ticks.count()) if not ticks.isRowHidden(i)]


def _press(qtbot, combo, key: Qt.Key) -> None:
    """A key as the keyboard delivers it: to the completer's popup while it is open."""
    popup = combo.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else combo.lineEdit(), key)


def _save(qtbot, ctx, form) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()


def test_search_the_organisations_tick_one_clear_it_stays_ticked_and_is_saved(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    event = ctx.workspace.events.create(municipality.id, EventInput(kind="round_table", title="Runder Tisch"))
    window = open_window("events")
    form = window.page("events").form
    ticks = form.organisations
    assert ticks.search.isVisible() and ticks.search.placeholderText() == "Suchen…"
    assert ticks.search.accessibleName()
    qtbot.keyClicks(ticks.search, "konigs")
    assert _shown(ticks) == ["Königsbrücker Tafel", "Kulturverein Königsbrück"]
    # Down from the search moves into the list, onto the first row found; Space ticks it
    qtbot.keyClick(ticks.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is ticks and ticks.currentItem().text() == "Königsbrücker Tafel"
    qtbot.keyClick(ticks, Qt.Key.Key_Down)
    qtbot.keyClick(ticks, Qt.Key.Key_Space)
    assert ticks.checked() == (actors["Kulturverein Königsbrück"],)
    assert "1 gewählt" in ticks.count_label.text()
    # the search cleared: every row back, the tick kept
    ticks.search.setFocus()
    qtbot.keyClick(ticks.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ticks.search, Qt.Key.Key_Backspace)
    assert len(_shown(ticks)) == len(actors)
    assert ticks.checked() == (actors["Kulturverein Königsbrück"],) and form.is_dirty()
    # Tab leaves the list for the next field (a list never traps Tab)
    ticks.setFocus()
    qtbot.keyClick(ticks, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.agenda
    _save(qtbot, ctx, form)
    assert ctx.workspace.events.get(event.id).organisation_ids == (actors["Kulturverein Königsbrück"],)


def test_only_the_ticked_ones_on_request_and_tab_order_search_then_list(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    ctx.workspace.events.create(
        municipality.id,
        EventInput(
            kind="round_table",
            title="Runder Tisch",
            organisation_ids=(actors["Caritas Fachdienst Migration"], actors["Verein 07"]),
        ),
    )
    window = open_window("events")
    form = window.page("events").form
    ticks = form.organisations
    assert "2 gewählt" in ticks.count_label.text()
    qtbot.mouseClick(ticks.only_ticked, Qt.MouseButton.LeftButton)
    assert _shown(ticks) == ["Caritas Fachdienst Migration", "Verein 07"]
    qtbot.mouseClick(ticks.only_ticked, Qt.MouseButton.LeftButton)
    assert len(_shown(ticks)) == len(actors)
    assert not form.is_dirty()
    # Tab from the field before reaches the search first, then the toggle, then the list
    form.migration.setFocus()
    qtbot.keyClick(form.migration, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ticks.search
    qtbot.keyClick(ticks.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ticks.only_ticked
    qtbot.keyClick(ticks.only_ticked, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ticks


def test_a_short_tick_list_has_no_search(qtbot, ctx, municipality, actors, open_window) -> None:
    ctx.workspace.measures.create(municipality.id, MeasureInput(title="Infoabende"))
    window = open_window("measures")
    form = window.page("measures").form
    assert form.partners.search.isVisible()  # 16 actors
    assert not form.pillars.search.isVisible() and not form.pillars.count_label.isVisible()


def test_measure_responsible_actor_found_by_typing_part_of_the_name(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    measure = ctx.workspace.measures.create(municipality.id, MeasureInput(title="Infoabende"))
    window = open_window("measures")
    form = window.page("measures").form
    combo = form.responsible
    assert combo.isEditable()
    edit = combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "beirat")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["Integrationsbeirat Teststadt"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == actors["Integrationsbeirat Teststadt"]
    assert combo.currentText() == "Integrationsbeirat Teststadt"
    _save(qtbot, ctx, form)
    assert (
        ctx.workspace.measures.get(measure.id).responsible_actor_id == actors["Integrationsbeirat Teststadt"]
    )


def test_a_typed_name_that_is_no_actor_is_not_taken(qtbot, ctx, municipality, actors, open_window) -> None:
    ctx.workspace.measures.create(
        municipality.id, MeasureInput(title="Infoabende", responsible_actor_id=actors["Verein 03"])
    )
    window = open_window("measures")
    form = window.page("measures").form
    combo = form.responsible
    combo.setFocus()
    edit = combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "Gibt es nicht")
    _press(qtbot, combo, Qt.Key.Key_Tab)
    assert combo.currentData() == actors["Verein 03"] and combo.currentText() == "Verein 03"
    assert not form.is_dirty()
    # a forgiving unique part is taken on leaving the field
    combo.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "konigsbrucker")
    _press(qtbot, combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.person  # Tab took the name and moved on
    assert combo.currentData() == actors["Königsbrücker Tafel"]
    assert combo.currentText() == "Königsbrücker Tafel"


def test_opportunity_actor_found_by_typing_part_of_the_name(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    offer = ctx.workspace.outreach.create(
        municipality.id, OpportunityInput(actor_id=actors["Verein 01"], title="Hausaufgabenhilfe", what="x")
    )
    window = open_window("outreach")
    form = window.page("outreach").form
    combo = form.actor
    assert combo.isEditable()
    edit = combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "fachdienst")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == actors["Caritas Fachdienst Migration"]
    _save(qtbot, ctx, form)
    assert ctx.workspace.outreach.get(offer.id).actor_id == actors["Caritas Fachdienst Migration"]


def test_ctrl_s_while_typing_saves_what_the_field_shows(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    measure = ctx.workspace.measures.create(
        municipality.id, MeasureInput(title="Infoabende", responsible_actor_id=actors["Verein 03"])
    )
    window = open_window("measures")
    form = window.page("measures").form
    combo = form.responsible
    combo.setFocus()
    edit = combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "beirat")
    _press(qtbot, combo, Qt.Key.Key_Escape)  # the popup closed, the text still typed
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    assert (
        ctx.workspace.measures.get(measure.id).responsible_actor_id == actors["Integrationsbeirat Teststadt"]
    )
    assert combo.currentText() == "Integrationsbeirat Teststadt"
