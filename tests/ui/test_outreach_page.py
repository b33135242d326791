"""The Mitmachen page driven like a user would: create an opportunity, add an Arabic description,
mark a text reviewed, undo and redo, filter, and make the document that names what it left out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.outreach.page import OutreachPage

ARABIC_TITLE = "جوقة للجميع"
ARABIC_TEXT = "نغني معًا كل يوم خميس"


def _window(qtbot, ctx) -> tuple[MainWindow, OutreachPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_area("outreach")
    page = window.page("outreach")
    assert isinstance(page, OutreachPage)
    ctx.tasks.settle()
    return window, page


def _key(qtbot, window, widget, key: Qt.Key, ctx) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()


def _type_by_input_method(widget, text: str) -> None:
    """Arabic or Turkish letters arrive through the input method (QTest has no key codes for them)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _actor(ws, mid: str, name: str = "Chor Harmonie") -> str:
    return ws.actors.create(
        mid,
        ActorInput(name=name, type="verein", org_email="info@chor.example", org_phone="07000 123",
                   contact_name="Petra Privat", contact_phone="0170 999", legal_basis="consent",
                   consent_date=date(2026, 1, 1), review_date=date(2027, 1, 1)),
    ).id  # fmt: skip


def test_create_describe_in_arabic_undo_and_redo(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    _actor(ws, mid)
    window, page = _window(qtbot, ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.title, "Singen im Chor")
    qtbot.keyClicks(page.form.what, "Wir singen jeden Donnerstag.")
    page.form.features["trial_visit"].setChecked(True)
    assert page.form.is_dirty() and page.form.save_button.isEnabled()
    _key(qtbot, window, page.form.title, Qt.Key.Key_S, ctx)
    (stored,) = ws.outreach.list(mid)
    assert stored.title == "Singen im Chor" and stored.features == ("trial_visit",)
    assert not page.form.is_dirty()
    assert page.model.rowCount() == 1 and "Arabisch" in page.model.missing(stored)

    page.form.show_language("ar")
    _type_by_input_method(page.form.text_title, ARABIC_TITLE)
    _type_by_input_method(page.form.text_body, ARABIC_TEXT)
    _key(qtbot, window, page.form.text_body, Qt.Key.Key_S, ctx)
    (stored,) = ws.outreach.list(mid)
    assert stored.text("ar") is not None and stored.text("ar").description == ARABIC_TEXT
    ctx.tasks.settle()
    assert "Arabisch" not in page.model.missing(page.model.rows[0])

    _key(qtbot, window, page.table, Qt.Key.Key_Z, ctx)  # undo the Arabic description
    assert ws.outreach.list(mid)[0].text("ar") is None
    _key(qtbot, window, page.table, Qt.Key.Key_Y, ctx)  # and redo it
    assert ws.outreach.list(mid)[0].text("ar").title == ARABIC_TITLE
    _key(qtbot, window, page.table, Qt.Key.Key_Z, ctx)
    _key(qtbot, window, page.table, Qt.Key.Key_Z, ctx)  # undo the creation too
    assert ws.outreach.list(mid) == []


def test_mark_a_text_reviewed_and_undo(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    window, page = _window(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    page.texts.select("residence", "ar")
    form = page.texts.form
    assert "(ar)" in form.title_label.text()
    qtbot.keyClicks(form.reviewer, "Amal Haddad")
    qtbot.mouseClick(form.review_button, Qt.MouseButton.LeftButton)
    stored = {(t.topic, t.language): t for t in ws.outreach.texts(mid)}[("residence", "ar")]
    assert stored.review_status == "reviewed" and stored.reviewed_by == "Amal Haddad"
    assert stored.reviewed_on == date.today()
    assert page.texts.table.item(page.texts.table.currentRow(), 3).text().startswith("Amal Haddad")
    _key(qtbot, window, page.texts.table, Qt.Key.Key_Z, ctx)
    stored = {(t.topic, t.language): t for t in ws.outreach.texts(mid)}[("residence", "ar")]
    assert stored.review_status == "unreviewed" and stored.reviewed_by == ""

    page.tabs.setCurrentIndex(1)
    page.texts.select("verein", "tr")
    _type_by_input_method(form.body, "Dernek, birlikte bir şey yapan insanlardır.")
    _key(qtbot, window, form.body, Qt.Key.Key_S, ctx)
    stored = {(t.topic, t.language): t for t in ws.outreach.texts(mid)}[("verein", "tr")]
    assert stored.body.startswith("Dernek, birlikte") and stored.review_status == "unreviewed"


def test_filters_and_the_document_names_what_it_left_out(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    chor = _actor(ws, mid)
    ws.outreach.create(mid, OpportunityInput(actor_id=chor, title="Singen", what="Chor", contact="person",
                                             features=["free"]))  # fmt: skip
    ws.outreach.create(mid, OpportunityInput(actor_id=chor, title="Altes Fest", what="x",
                                             valid_until=date(2020, 1, 1)))  # fmt: skip
    _win, page = _window(qtbot, ctx)
    assert page.proxy.rowCount() == 2
    page.feature_filter.setCurrentIndex(page.feature_filter.findData("free"))
    assert page.proxy.rowCount() == 1
    qtbot.keyClicks(page.search, "altes")
    assert page.proxy.rowCount() == 0
    page.search.clear()
    page.feature_filter.setCurrentIndex(0)
    page.table.selectRow(1)
    ctx.tasks.settle()
    assert "Petra Privat" not in page.form.flags.text()
    assert page.form.flags.isVisibleTo(page.form)

    page.tabs.setCurrentIndex(2)
    for code, box in page.document.languages.items():
        box.setChecked(code in ("de", "ar"))
    qtbot.mouseClick(page.document.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    qtbot.waitUntil(lambda: page.document.make_button.isEnabled())
    assert page.document.made_path.exists()
    report = page.document.left_out.toPlainText()
    assert "„Singen“" in report and "Einwilligung" in report
    assert "„Altes Fest“" in report and "abgelaufen" in report


def test_the_sidebar_names_the_page_as_its_heading_does(qtbot, ctx) -> None:
    """The sidebar said "Ansprache" while the page said "Mitmachen"."""
    from vopi_desktop.ui.navigation import titles

    window, _page = _window(qtbot, ctx)
    assert titles()["outreach"] == "Mitmachen"
    assert any(label.text() == "<h1>Mitmachen</h1>" for label in window.findChildren(QLabel))


def test_without_actors_the_count_says_what_comes_first(qtbot, ctx, municipality) -> None:
    """A fresh municipality showed "0 of 0 shown" beside a greyed form; New could not work."""
    from vopi_desktop.store.dto.actors import ActorInput

    _win, page = _window(qtbot, ctx)
    # an empty state with the way to the actors instead (review 2, G14: tests/ui/test_wording_review2.py)
    assert page.no_actors.isVisible() and "Akteure" in page.no_actors.title.text()
    assert not page.count.isVisible() and not page.new_button.isEnabled()
    ctx.workspace.actors.create(municipality.id, ActorInput(name="Chor Harmonie", type="verein"))
    page.refresh()
    ctx.tasks.settle()
    assert page.count.text().startswith("0 von 0") and page.count.isVisible()
