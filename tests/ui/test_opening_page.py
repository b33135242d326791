"""The Öffnung page driven as a person would: begin a club's checklist from the actor directory, tick,
add an own item, mark one not relevant, watch the progress, undo; overview, search, empty state."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.checklists import ItemInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.checklists.own_item import OwnItemDialog
from vopi_desktop.ui.pages.checklists.practice_dialog import PracticeDialog
from vopi_desktop.ui.pages.opening.page import OpeningPage
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF

from .conftest import shown_window

HTML = '<b>fett</b> <img src="x.png"> %2'


@pytest.fixture(autouse=True)
def no_modal_dialogs(discard_on_close):
    """A dialog nobody expected (e.g. "save?" when the window closes after a failure) must not hang."""
    yield


def _window(qtbot, ctx) -> MainWindow:
    window = shown_window(qtbot, ctx)
    ctx.tasks.settle()
    return window


def _key(qtbot, window: MainWindow, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def _save_button(dialog: QDialog):
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Save)


def _status(ctx, actor_id: str) -> dict[str, str]:
    checklist = ctx.workspace.checklists.for_actor(actor_id)
    return {i.key: i.status for i in checklist.items}


def test_begin_from_actor_directory_tick_own_item_not_relevant_and_undo(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    tsv = ws.actors.create(mid, ActorInput(name="TSV Teststadt", type="verein"))
    window = _window(qtbot, ctx)
    window.show_area("actors")
    ctx.tasks.settle()
    actors = window.page("actors")
    actors.table.setFocus()
    actors.table.selectRow(0)
    assert actors.opening_button.isEnabled()
    qtbot.mouseClick(actors.opening_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()

    page = window.current_page()
    assert isinstance(page, OpeningPage) and page.stack.currentIndex() == 1
    checklist = ws.checklists.for_actor(tsv.id)
    assert checklist is not None and len(checklist.items) == 26
    assert page.title.text() == "Interkulturelle Öffnung: TSV Teststadt"
    view = page.pane.view
    assert view.summary.text() == "0 von 26 erledigt" and view.overall.value() == 0

    # tick the first item by keyboard (space on the row)
    view.tree.setFocus()
    view.select_item(checklist.items[0].id)
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _status(ctx, tsv.id)["opening.01"] == "done")
    assert view.summary.text() == "1 von 26 erledigt" and view.overall.value() == 3
    assert view.section_bars["mission"].value() == 25

    # mark the website item not relevant in the form: the count drops to 25
    view.select_item(checklist.items[8].id)
    editor = page.pane.editor
    assert editor.row.key == "opening.09"
    editor.status.setFocus()
    editor.status.setCurrentIndex(editor.status.findData("not_relevant"))
    qtbot.keyClicks(editor.note, HTML)
    assert editor.is_dirty() and editor.save_button.isEnabled()
    _key(qtbot, window, editor.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    stored = ws.checklists.for_actor(tsv.id).item("opening.09")
    assert stored.status == "not_relevant" and stored.note == HTML  # stored as typed
    assert view.summary.text() == "1 von 25 erledigt · 1 nicht relevant"
    assert view.overall.value() == 4
    assert editor.note.toPlainText() == HTML and not editor.is_dirty()

    # add an own item to "Angebote" through the dialog
    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, OwnItemDialog)
        dialog.section.setCurrentIndex(dialog.section.findData("offers"))
        qtbot.keyClicks(dialog.text, "Eltern-Kind-Turnen am Samstag")
        qtbot.keyClicks(dialog.responsible, "Jugendleitung")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    with messages.use_runner(fill):
        qtbot.mouseClick(page.pane.add_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    own = [i for i in ws.checklists.for_actor(tsv.id).items if i.own]
    assert [(i.text, i.section, i.responsible) for i in own] == [
        ("Eltern-Kind-Turnen am Samstag", "offers", "Jugendleitung")
    ]
    assert view.summary.text() == "1 von 26 erledigt · 1 nicht relevant"
    assert view.current_item().id == own[0].id and page.pane.remove_button.isEnabled()

    # undo, step by step: the own item, the not-relevant mark, the tick
    assert window.undo_action.text().startswith("&Rückgängig: Eigener Punkt")
    _key(qtbot, window, view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    assert not [i for i in ws.checklists.for_actor(tsv.id).items if i.own]
    _key(qtbot, window, view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    assert _status(ctx, tsv.id)["opening.09"] == "open"
    _key(qtbot, window, view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    assert _status(ctx, tsv.id)["opening.01"] == "open"
    page = window.current_page()
    assert isinstance(page, OpeningPage)
    assert page.pane.view.summary.text() == "0 von 26 erledigt"
    # and redo brings the tick back
    _key(qtbot, window, page.pane.view.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    assert _status(ctx, tsv.id)["opening.01"] == "done"


def test_own_item_with_empty_or_huge_text_is_refused_in_the_dialog(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    tsv = ws.actors.create(mid, ActorInput(name="TSV", type="verein"))
    ws.checklists.start(mid, "opening", tsv.id)
    page = OpeningPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    ctx.tasks.settle()
    assert page.stack.currentIndex() == 1
    seen: list[str] = []

    def attempt(text: str):
        def fill(dialog: QDialog) -> int:
            if isinstance(dialog, QMessageBox):
                return QMessageBox.StandardButton.Yes
            dialog.text.setText(text)
            qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
            seen.append(dialog.error.text() if dialog.error.isVisibleTo(dialog) else "")
            return dialog.result()

        return fill

    for text in ("   ", "x" * 10_000):
        with messages.use_runner(attempt(text)):
            qtbot.mouseClick(page.pane.add_button, Qt.MouseButton.LeftButton)
    assert "Bitte einen Text für den eigenen Punkt angeben." in seen[0]
    assert "zu lang (höchstens 500 Zeichen)" in seen[1]
    assert len(ws.checklists.for_actor(tsv.id).items) == 26


def test_a_due_date_in_the_past_on_a_new_item_asks_first(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    tsv = ws.actors.create(mid, ActorInput(name="TSV", type="verein"))
    ws.checklists.start(mid, "opening", tsv.id)
    page = OpeningPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()
    page.open_current()
    ctx.tasks.settle()
    asked: list[str] = []

    def fill(answer: bool):
        def run(dialog: QDialog) -> int:
            if isinstance(dialog, QMessageBox):
                asked.append(dialog.text())
                return QMessageBox.StandardButton.Yes if answer else QMessageBox.StandardButton.No
            dialog.text.setText("Nachholen")
            dialog.due.set_value(date.today() - timedelta(days=5))
            qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
            return dialog.result()

        return run

    with messages.use_runner(fill(False)):
        page.pane.add_own()
    assert asked and "Vergangenheit" in asked[0]
    assert not [i for i in ws.checklists.for_actor(tsv.id).items if i.own]
    with messages.use_runner(fill(True)):
        page.pane.add_own()
    (own,) = [i for i in ws.checklists.for_actor(tsv.id).items if i.own]
    assert own.due_on == date.today() - timedelta(days=5)
    node = page.pane.view.tree.currentItem()
    assert node.text(3).startswith("⚠") and "überfällig" in node.toolTip(3)


def test_overview_sorts_searches_and_shows_overdue(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    names = ["Türkgücü Teststadt", "Chor Ökumene", "Alpenverein Sektion"]
    ids = {n: ws.actors.create(mid, ActorInput(name=n, type="verein")).id for n in names}
    ws.actors.create(mid, ActorInput(name="Moscheegemeinde", type="religious"))
    checklist = ws.checklists.start(mid, "opening", ids["Chor Ökumene"])
    item = checklist.items[0]
    ws.checklists.set_item(item.id, ItemInput("open", due_on=date.today() - timedelta(days=2)), item.version)
    page = OpeningPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()
    proxy = page.proxy
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == ["Alpenverein Sektion", "Chor Ökumene", "Türkgücü Teststadt"]
    assert page.count.text() == "1 von 3 begonnen · 1 Punkt überfällig"
    chor = proxy.index(1, 4).data()
    assert chor == "⚠ 1"
    # "Nächste Frist" is a date still ahead; the passed one is told as "überfällig seit" (F36)
    assert proxy.index(1, 5).data() == ""
    since = (date.today() - timedelta(days=2)).strftime("%d.%m.%Y")
    assert proxy.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == f"1 Punkt überfällig seit {since}"
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Chor Ökumene"
    qtbot.keyClicks(page.search, "turkgucu")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Türkgücü Teststadt"
    assert page.start_button.isEnabled() or page.table.currentIndex().isValid() is False


def test_empty_states(qtbot, ctx, municipality) -> None:
    page = OpeningPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(None)
    page.show()
    ctx.tasks.settle()
    assert page.empty_state.isVisible() and "Kommune" in page.empty_state.title.text()
    page.set_municipality(municipality.id)
    ctx.tasks.settle()
    assert page.empty_state.isVisible()
    assert page.empty_state.title.text() == "Noch keine Vereine erfasst"
    assert page.empty_state.button.text().replace("&", "") == "Zum Akteursverzeichnis"


def test_practice_examples_beside_the_item_and_an_own_one(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    tsv = ws.actors.create(mid, ActorInput(name="TSV", type="verein"))
    ws.actors.create(mid, ActorInput(name="Integrationsfachstelle", type="integration_office"))
    checklist = ws.checklists.start(mid, "opening", tsv.id)
    page = OpeningPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()
    page.open_current()
    ctx.tasks.settle()
    page.pane.view.select_item(checklist.item("opening.06").id)
    practice = page.pane.practice
    titles = [practice.list.item(n).text() for n in range(practice.list.count())]
    assert titles == [
        "Vereinslotsinnen und -lotsen aus den Communities",
        "Schnuppermonat ohne Mitgliedschaft",
    ]
    assert "Was geholfen hat:" in practice.text.toPlainText()
    assert "B1 Wissenslücke" in practice.text.toPlainText() or "B1 " in practice.text.toPlainText()

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, PracticeDialog)
        qtbot.keyClicks(dialog.title, "Schnuppertraining mit " + HTML)
        dialog.helped.setPlainText("Persönliche Einladung")
        dialog.contact.setCurrentIndex(dialog.contact.findText("Integrationsfachstelle"))
        dialog.barriers.item(1).setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    with messages.use_runner(fill):
        qtbot.mouseClick(practice.add_button, Qt.MouseButton.LeftButton)
    (own,) = ws.practice.list(mid)
    assert own.items == ("opening.06",) and own.barriers == ("B2",) and own.contact_actor_name
    assert practice.list.currentItem().text() == f"Schnuppertraining mit {HTML} (eigenes Beispiel)"
    assert practice.text.toPlainText().startswith(f"Schnuppertraining mit {HTML}")
    with messages.use_runner(lambda box: QMessageBox.StandardButton.Yes):
        qtbot.mouseClick(practice.delete_button, Qt.MouseButton.LeftButton)
    assert ws.practice.list(mid) == []
    assert ctx.undo.can_undo()


@pytest.mark.parametrize("area", ["opening"])
def test_every_control_has_a_name_or_buddy(qtbot, ctx, municipality, area: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit

    ws, mid = ctx.workspace, municipality.id
    tsv = ws.actors.create(mid, ActorInput(name="TSV", type="verein"))
    ws.checklists.start(mid, "opening", tsv.id)
    page = OpeningPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()
    page.open_current()
    ctx.tasks.settle()
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    fields = [w for kind in (QLineEdit, QComboBox, QPlainTextEdit) for w in page.findChildren(kind)]
    for widget in fields:
        if widget.isVisibleTo(page) and not widget.objectName().startswith("qt_"):  # Qt's inner parts
            named = widget.accessibleName() or widget in buddies or widget.parentWidget() in buddies
            assert named, widget
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(page):
            assert button.text() or button.accessibleName(), button


def _printed_on_reports(qtbot, window: MainWindow, ctx, act) -> tuple[list[str], object]:
    """Run ``act``; the print dialog it opens (through the Berichte page) is answered with Cancel."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialogs: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QPrintDialog):
            dialogs.append(dialog.windowTitle())
            return QDialog.DialogCode.Rejected
        return QMessageBox.StandardButton.Discard

    with messages.use_runner(answer):
        act()
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(dialogs), timeout=20_000)
    reports = window.page("reports")
    assert window.current_page() is reports
    return dialogs, reports.made[0]


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_print_makes_a_blank_and_a_filled_checklist_through_the_print_dialog(
    qtbot, ctx, municipality
) -> None:
    import subprocess

    from vopi_desktop.ui.pages.checklists.printing import print_checklist

    ws, mid = ctx.workspace, municipality.id
    tsv = ws.actors.create(mid, ActorInput(name="TSV <b>Teststadt</b>", type="verein"))
    checklist = ws.checklists.start(mid, "opening", tsv.id)
    item = checklist.item("opening.05")
    ws.checklists.set_item(item.id, ItemInput("done", "Sozialtarif seit März", "Kassenwart"), item.version)
    window = _window(qtbot, ctx)
    made = {}
    for blank in (False, True):
        window.show_area("opening")
        page = window.current_page()
        assert isinstance(page, OpeningPage)
        dialogs, made[blank] = _printed_on_reports(
            qtbot, window, ctx, lambda page=page, blank=blank: print_checklist(page, blank=blank)
        )
        assert dialogs[0].startswith("VOPI Desktop")
        assert window.page("reports").current_kind() == "opening-checklist"
    assert made[True].name.endswith("-leer-teststadt.pdf") and not made[False].name.endswith(
        "-leer-teststadt.pdf"
    )
    filled_text = subprocess.run(["pdftotext", str(made[False]), "-"], capture_output=True, text=True).stdout
    blank_text = subprocess.run(["pdftotext", str(made[True]), "-"], capture_output=True, text=True).stdout
    assert "TSV <b>Teststadt</b>" in filled_text and "Sozialtarif seit März" in filled_text
    assert "Leitbild" in blank_text and "Sozialtarif seit März" not in blank_text


def test_the_network_maps_actor_panel_opens_the_checklist(qtbot, ctx, municipality) -> None:
    from vopi_desktop.ui.pages.network.page import NetworkPage

    ws, mid = ctx.workspace, municipality.id
    chor = ws.actors.create(mid, ActorInput(name="Chor Harmonie", type="verein"))
    window = _window(qtbot, ctx)
    window.show_area("network")
    network = window.current_page()
    assert isinstance(network, NetworkPage)
    qtbot.waitUntil(lambda: chor.id in network._by_id, timeout=10_000)
    assert not network.panel.opening_button.isEnabled()  # no actor chosen yet
    network.select(chor.id, centre=False)
    assert network.panel.opening_button.isEnabled()
    qtbot.mouseClick(network.panel.opening_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    page = window.current_page()
    assert isinstance(page, OpeningPage) and page.stack.currentIndex() == 1
    assert page.title.text() == "Interkulturelle Öffnung: Chor Harmonie"
    assert ws.checklists.for_actor(chor.id) is not None
    assert window.undo_action.text() == "&Rückgängig: Öffnungs-Checkliste für „Chor Harmonie“ begonnen"


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_the_print_button_asks_blank_or_filled_and_prints_that(qtbot, ctx, municipality, monkeypatch) -> None:
    from PySide6.QtWidgets import QMenu

    from vopi_desktop.ui.pages.checklists import printing

    offered: list[list[str]] = []

    def choose_blank(menu: QMenu, _where) -> object:
        offered.append([a.text() for a in menu.actions()])
        return menu.actions()[0]

    monkeypatch.setattr(printing, "exec_menu", choose_blank)
    ws, mid = ctx.workspace, municipality.id
    tsv = ws.actors.create(mid, ActorInput(name="TSV", type="verein"))
    ws.checklists.start(mid, "opening", tsv.id)
    window = _window(qtbot, ctx)
    window.show_area("opening")
    page = window.current_page()
    assert isinstance(page, OpeningPage)
    ctx.tasks.settle()
    page.open_current()
    ctx.tasks.settle()
    button = page.pane.print_button
    _dialogs, made = _printed_on_reports(
        qtbot, window, ctx, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    )
    assert offered == [["&Leer, für einen Workshop", "&Ausgefüllt, für den Gemeinderat"]]
    assert made.name.endswith("-leer-teststadt.pdf")
