"""A measure names the engagement opportunities it promotes (ticked in its form, saved with Ctrl+S,
undone with Ctrl+Z), and the Mitmachen page shows for an opportunity the measures promoting it and
jumps to one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.ui.pages.measures.page import MeasuresPage
from vopi_desktop.ui.pages.outreach.page import OutreachPage

from .conftest import shown_window


def _key(qtbot, window, widget, key: Qt.Key, ctx, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.keyClick(widget, key, modifiers)
    ctx.tasks.settle()


def _opportunities(ws, mid: str) -> dict[str, str]:
    actor = ws.actors.create(mid, ActorInput(name="TSV Teststadt", type="verein")).id
    return {
        title: ws.outreach.create(mid, OpportunityInput(actor_id=actor, title=title, what="x")).id
        for title in ("Fußball für alle", "Jugendorchester")
    }


def test_tick_an_opportunity_in_the_measure_form_save_and_undo(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    offers = _opportunities(ws, mid)
    measure = ws.measures.create(mid, MeasureInput(title="Mitmach-Messe"))
    window = shown_window(qtbot, ctx)
    window.show_area("measures")
    ctx.tasks.settle()
    page = window.page("measures")
    assert isinstance(page, MeasuresPage) and page.form.row is not None
    chooser = page.form.opportunities
    labels = [chooser.item(i).text() for i in range(chooser.count())]
    assert labels == ["Fußball für alle", "Jugendorchester"]
    # by keyboard: focus the list, go to the second entry, tick it with Space
    chooser.setFocus()
    chooser.setCurrentRow(0)
    qtbot.keyClick(chooser, Qt.Key.Key_Down)
    qtbot.keyClick(chooser, Qt.Key.Key_Space)
    assert chooser.checked() == (offers["Jugendorchester"],)
    assert page.form.is_dirty() and page.form.save_button.isEnabled()
    _key(qtbot, window, page.form.title_edit, Qt.Key.Key_S, ctx)
    stored = ws.measures.get(measure.id)
    assert stored.opportunity_ids == (offers["Jugendorchester"],) and stored.version == measure.version + 1
    assert not page.form.is_dirty()

    _key(qtbot, window, page.table, Qt.Key.Key_Z, ctx)  # undo
    assert ws.measures.get(measure.id).opportunity_ids == ()
    assert page.form.opportunities.checked() == ()
    _key(
        qtbot,
        window,
        page.table,
        Qt.Key.Key_Z,
        ctx,
        modifiers=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert ws.measures.get(measure.id).opportunity_ids == (offers["Jugendorchester"],)


def test_the_mitmachen_page_names_the_promoting_measures_and_jumps_to_one(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    offers = _opportunities(ws, mid)
    ws.measures.create(mid, MeasureInput(title="Plakate", opportunity_ids=[offers["Jugendorchester"]]))
    messe = ws.measures.create(
        mid, MeasureInput(title="Mitmach-Messe", opportunity_ids=list(offers.values()))
    )
    window = shown_window(qtbot, ctx)
    window.show_area("outreach")
    ctx.tasks.settle()
    page = window.page("outreach")
    assert isinstance(page, OutreachPage)
    page.search.setText("Fußball")
    page.table.selectRow(0)
    promoters = page.form.promoters
    assert [promoters.item(i).text() for i in range(promoters.count())] == ["Mitmach-Messe"]
    page.search.setText("Jugend")
    page.table.selectRow(0)
    assert [promoters.item(i).text() for i in range(promoters.count())] == ["Mitmach-Messe", "Plakate"]
    assert page.form.promoters_label.buddy() is promoters

    promoters.setCurrentRow(0)
    assert page.form.open_measure_button.isEnabled()
    qtbot.mouseClick(page.form.open_measure_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    measures = window.page("measures")
    assert window.current_page() is measures
    assert measures.form.row is not None and measures.form.row.id == messe.id
    assert set(measures.form.opportunities.checked()) == set(offers.values())


def test_an_opportunity_no_measure_promotes_says_so(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    _opportunities(ws, mid)
    window = shown_window(qtbot, ctx)
    window.show_area("outreach")
    ctx.tasks.settle()
    page = window.page("outreach")
    page.table.selectRow(0)
    assert page.form.promoters.count() == 0
    assert not page.form.open_measure_button.isEnabled()
    assert "keine Maßnahme" in page.form.promoters_note.text() and page.form.promoters_note.isVisibleTo(
        page.form
    )


def test_deleting_a_promoted_opportunity_and_undo_brings_the_link_back(qtbot, ctx, municipality) -> None:
    from PySide6.QtWidgets import QMessageBox

    from vopi_desktop.ui import messages

    ws, mid = ctx.workspace, municipality.id
    offers = _opportunities(ws, mid)
    messe = ws.measures.create(
        mid, MeasureInput(title="Mitmach-Messe", opportunity_ids=[offers["Jugendorchester"]])
    )
    window = shown_window(qtbot, ctx)
    window.show_area("outreach")
    ctx.tasks.settle()
    page = window.page("outreach")
    page.search.setText("Jugend")
    page.table.selectRow(0)
    assert page.form.row is not None and page.form.row.title == "Jugendorchester"
    asked: list[str] = []

    def yes(box) -> int:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    with messages.use_runner(yes):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert asked and "Jugendorchester" in asked[0]
    assert offers["Jugendorchester"] not in {o.id for o in ws.outreach.list(mid)}
    assert ws.measures.get(messe.id).opportunity_ids == ()

    _key(qtbot, window, page.table, Qt.Key.Key_Z, ctx)  # undo the deletion
    assert ws.measures.get(messe.id).opportunity_ids == (offers["Jugendorchester"],)
    page.search.setText("Jugend")
    page.table.selectRow(0)
    assert [page.form.promoters.item(i).text() for i in range(page.form.promoters.count())] == [
        "Mitmach-Messe"
    ]


def test_the_measure_form_says_which_opportunities_are_no_longer_offered(qtbot, ctx, municipality) -> None:
    from datetime import date

    ws, mid = ctx.workspace, municipality.id
    actor = ws.actors.create(mid, ActorInput(name="TSV Teststadt", type="verein")).id
    for title, extra in (
        ("Altes Fest", {"valid_until": date(2020, 1, 1)}),
        ("Chor", {"status": "paused"}),
        ("Fußball", {}),
    ):
        ws.outreach.create(mid, OpportunityInput(actor_id=actor, title=title, what="x", **extra))
    ws.measures.create(mid, MeasureInput(title="Plakate"))
    window = shown_window(qtbot, ctx)
    window.show_area("measures")
    ctx.tasks.settle()
    chooser = window.page("measures").form.opportunities
    assert [chooser.item(i).text() for i in range(chooser.count())] == [
        "Altes Fest (abgelaufen)",
        "Chor (pausiert)",
        "Fußball",
    ]
