"""Ctrl+P as a clerk presses it on every page: it prints that page's document, a checklist page asks
blank or filled first as its "Drucken…" button does, and where there is nothing to print — a page
without a document of its own, no municipality yet, nothing made on Berichte — the page says so in its
message line instead of doing nothing. The print dialog is answered through ``messages.use_runner``."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF


def _ctrl_p(qtbot, window: MainWindow) -> None:
    """Ctrl+P where the focus is, as a person presses it."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def _said(page) -> str:
    return page.message.text() if page.message.isVisible() else ""


@pytest.mark.parametrize(
    ("area", "words"),
    [
        ("exchange", ("kein eigenes Dokument", "Berichte")),
    ],
)
def test_a_page_without_a_document_says_so(qtbot, open_window, municipality, area, words) -> None:
    window = open_window(area)
    page = window.current_page()
    _ctrl_p(qtbot, window)
    window.ctx.tasks.settle()
    assert window.current_page() is page  # not moved to an empty Berichte page without a word
    assert all(word in _said(page) for word in words), _said(page)
    assert not page.message.is_error  # a hint, not a failure
    assert not window.page("reports").made
    window.show_area("start")
    window.show_area(area)
    assert _said(page) == ""  # it answered that key press; coming back later it is gone


@pytest.mark.parametrize("area", ["start", "consultant"])
def test_no_municipality_yet_says_there_is_nothing_to_print(qtbot, open_window, area) -> None:
    window = open_window(area)
    page = window.current_page()
    _ctrl_p(qtbot, window)
    assert window.current_page() is page
    assert "noch keine Kommune" in _said(page) and "Strg+N" in _said(page)


@pytest.mark.parametrize("how", ["Ctrl+P", "Drucken…"])
def test_the_comparison_of_one_municipality_says_it_needs_two(qtbot, open_window, municipality, how) -> None:
    """One municipality: the comparison would only say it needs more; the page says so, nothing printed."""
    window = open_window("consultant")
    page = window.current_page()
    asked: list[QDialog] = []
    with messages.use_runner(lambda d: asked.append(d) or QDialog.DialogCode.Rejected):
        if how == "Ctrl+P":
            _ctrl_p(qtbot, window)
        else:
            qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
        window.ctx.tasks.settle()
    assert window.current_page() is page and not asked and not window.page("reports").made
    assert "mindestens zwei Kommunen" in _said(page) and "Austausch" in _said(page), _said(page)
    assert not page.message.is_error


def test_the_comparison_of_two_municipalities_prints(qtbot, open_window, ctx, municipality) -> None:
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    ctx.workspace.municipalities.create(MunicipalityInput(name="Nachbarort", kind="gemeinde", state="BW"))
    window = open_window("consultant")
    asked: list[QDialog] = []
    with messages.use_runner(lambda d: asked.append(d) or QDialog.DialogCode.Rejected):
        _ctrl_p(qtbot, window)
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)  # the print dialog
    assert window.page("reports").current_kind() == "consultant"


def test_ctrl_p_on_berichte_before_a_document_is_made_says_how(qtbot, open_window, municipality) -> None:
    window = open_window("reports")
    reports = window.current_page()
    _ctrl_p(qtbot, window)
    assert "Dokument erstellen" in _said(reports) and "Strg+P" in _said(reports)
    reports.make_document()
    window.ctx.tasks.settle()
    assert reports.made  # once made, Ctrl+P prints it: the hint is gone
    asked: list[QDialog] = []
    with messages.use_runner(lambda d: asked.append(d) or QDialog.DialogCode.Rejected):
        _ctrl_p(qtbot, window)
    assert asked and _said(reports) == ""


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
@pytest.mark.parametrize("area", ["opening", "anchoring"])
def test_ctrl_p_on_a_checklist_asks_blank_or_filled_as_its_button_does(
    qtbot, open_window, ctx, municipality, monkeypatch, tmp_path: Path, area
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from vopi_desktop.ui.pages.checklists import printing

    ws, mid = ctx.workspace, municipality.id
    club = ws.actors.create(mid, ActorInput(name="Musikverein Harmonie", type="verein"))
    ws.checklists.start(mid, "opening", club.id)
    ws.checklists.start(mid, "anchoring", None)
    offered: list[list[str]] = []

    def choose_blank(menu: QMenu, _where) -> object:
        offered.append([a.text() for a in menu.actions()])
        return menu.actions()[0]

    monkeypatch.setattr(printing, "exec_menu", choose_blank)
    window = open_window(area)
    page = window.current_page()
    if area == "opening":
        page.open_current()
        ctx.tasks.settle()
        assert page.print_subject() is not None
    else:
        page.tabs.setCurrentIndex(1)
    assert "Strg+P" in page.pane.print_button.toolTip()
    out = tmp_path / "printed.pdf"
    printed: list[str] = []

    def answer(dialog: QDialog) -> int:
        if not isinstance(dialog, QPrintDialog):
            return QMessageBox.StandardButton.Discard
        printed.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        dialog.printer().setResolution(72)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(answer):
        _ctrl_p(qtbot, window)
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(printed), timeout=20_000)
        qtbot.waitUntil(lambda: not window.page("reports").printing(), timeout=20_000)  # the jobs lane
    assert offered == [["&Leer, für einen Workshop", "&Ausgefüllt, für den Gemeinderat"]]
    reports = window.page("reports")
    assert reports.made[0].name.startswith(
        f"checkliste-{'interkulturelle-oeffnung' if area == 'opening' else 'verankerung'}-leer"
    )
    assert len(PdfReader(out).pages) == len(PdfReader(reports.made[0]).pages)


def test_ctrl_p_on_a_checklist_asked_and_dismissed_prints_nothing(
    qtbot, open_window, ctx, municipality, monkeypatch
) -> None:
    from vopi_desktop.ui.pages.checklists import printing

    monkeypatch.setattr(printing, "exec_menu", lambda _menu, _where: None)  # Esc in the menu
    window = open_window("anchoring")
    page = window.current_page()
    _ctrl_p(qtbot, window)
    ctx.tasks.settle()
    assert window.current_page() is page and not window.page("reports").made


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_ctrl_p_after_switching_municipality_prints_the_one_shown(
    qtbot, open_window, ctx, municipality
) -> None:
    from vopi_desktop.store.dto.measures import MeasureInput
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    ws = ctx.workspace
    ws.measures.create(municipality.id, MeasureInput(title="Sprachcafé Teststadt"))
    other = ws.municipalities.create(MunicipalityInput(name="Nachbarort", kind="gemeinde", state="BW"))
    ws.measures.create(other.id, MeasureInput(title="Elternabend Nachbarort"))
    window = open_window("measures")
    window.switcher.setCurrentIndex(window.switcher.findData(municipality.id))
    ctx.tasks.settle()
    asked: list[QDialog] = []
    with messages.use_runner(lambda d: asked.append(d) or QDialog.DialogCode.Rejected):
        _ctrl_p(qtbot, window)
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
        window.show_area("measures")
        window.switcher.setCurrentIndex(window.switcher.findData(other.id))
        ctx.tasks.settle()
        _ctrl_p(qtbot, window)
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    reports = window.page("reports")
    text = " ".join(p.extract_text() for p in PdfReader(reports.made[0]).pages)
    assert "Elternabend Nachbarort" in text and "Sprachcafé Teststadt" not in text


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_ctrl_p_while_typing_a_protocol_saves_it_first_and_prints_it(
    qtbot, open_window, ctx, municipality
) -> None:
    """The cursor in the protocol's text, typed and not saved: Ctrl+P still reaches the window, asks
    save/discard/stay, and the printed protocol holds what was typed."""
    from datetime import date

    from vopi_desktop.store.dto.events import EventInput

    ctx.workspace.events.create(
        municipality.id,
        EventInput(kind="round_table", title="Runder Tisch im Rathaus", held_on=date(2026, 3, 2)),
    )
    window = open_window("events")
    page = window.current_page()
    page.form.decisions.setFocus()
    qtbot.keyClicks(page.form.decisions, "Tandem mit dem TSV vereinbart")  # ASCII: QTest types no umlauts
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        asked.append(type(dialog).__name__)
        if isinstance(dialog, QMessageBox):
            return QMessageBox.StandardButton.Save
        return QDialog.DialogCode.Rejected  # the print dialog

    with messages.use_runner(answer):
        qtbot.keyClick(page.form.decisions, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    assert asked == ["QMessageBox", "QPrintDialog"]
    reports = window.page("reports")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(reports.made[0]).pages).split())
    assert "Tandem mit dem TSV vereinbart" in text and "Runder Tisch im Rathaus" in text
