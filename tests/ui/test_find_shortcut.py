"""Strg+F on Mitmachen puts the cursor into the offers' search (review 2, G28): the page has a "Suche:" field
but said "Diese Seite hat kein Suchfeld."; from another tab it switches to Angebote first. The status line
of a page without a search field does not stay behind on the next page or after a search found its field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from vopi_desktop.ui.main_window import MainWindow

NO_SEARCH = "Diese Seite hat kein Suchfeld."


def _find(qtbot, window: MainWindow) -> None:
    """Strg+F where the focus is, as a user presses it."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_f_on_mitmachen_goes_to_the_offers_search(qtbot, ctx, open_example) -> None:
    window = open_example()
    window.show_area("outreach")
    ctx.tasks.settle()
    page = window.page("outreach")
    page.tabs.setCurrentWidget(page.document)  # another tab shown
    page.tabs.tabBar().setFocus()
    _find(qtbot, window)
    assert page.tabs.currentWidget() is page.opportunities
    qtbot.waitUntil(page.search.hasFocus)
    assert window.statusBar().currentMessage() != NO_SEARCH
    qtbot.keyClicks(page.search, "Sprach")
    assert 0 < page.table.model().rowCount() < len(ctx.workspace.outreach.list(page.municipality_id))


def test_the_no_search_message_does_not_stay_behind(qtbot, ctx, open_example) -> None:
    window = open_example()
    window.show_area("events")  # Beteiligung: no search field
    ctx.tasks.settle()
    _find(qtbot, window)
    assert window.statusBar().currentMessage() == NO_SEARCH
    window.show_area("actors")
    ctx.tasks.settle()
    assert window.statusBar().currentMessage() == ""  # another page: the message was about the last one
    window.show_area("events")
    ctx.tasks.settle()
    _find(qtbot, window)
    assert window.statusBar().currentMessage() == NO_SEARCH
    # the message shown, and then the page's search becomes reachable (Mitmachen, actors arrive): found
    window.show_area("outreach")
    ctx.tasks.settle()
    window.statusBar().showMessage(NO_SEARCH, 4000)
    _find(qtbot, window)
    qtbot.waitUntil(window.page("outreach").search.hasFocus)
    assert window.statusBar().currentMessage() == ""
    # a status line of another kind stays on a page change
    window.statusBar().showMessage("Gespeichert: Test", 5000)
    window.show_area("actors")
    ctx.tasks.settle()
    assert window.statusBar().currentMessage() == "Gespeichert: Test"
