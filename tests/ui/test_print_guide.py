"""The Mitmachen guide prints from its own page: "Drucken…" in the Dokument tab (or Ctrl+P anywhere on
the page) makes the guide in the languages and the layout ticked there, on the Berichte page as every
printout, and opens the print dialog. No language ticked: the page says so, nothing is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF

from .conftest import print_into

pytestmark = pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")


def _document_tab(qtbot, open_window, codes: set[str], side_by_side: bool):
    window = open_window("outreach")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.document)
    tab = page.document
    for code, box in tab.languages.items():
        if box.isChecked() != (code in codes):
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    if tab.bilingual.isChecked() != side_by_side:
        qtbot.mouseClick(tab.bilingual, Qt.MouseButton.LeftButton)
    return window, page, tab


def test_drucken_in_the_document_tab_prints_the_guide_as_ticked(
    qtbot, open_window, ctx, municipality, tmp_path: Path
) -> None:
    window, _page, tab = _document_tab(qtbot, open_window, {"de", "tr"}, side_by_side=True)
    button = tab.print_button
    assert button.isVisible() and button.isEnabled() and "Strg+P" in button.toolTip()
    assert button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    out, asked = tmp_path / "printed.pdf", []
    with messages.use_runner(print_into(out, asked)):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(asked), timeout=30000)
        ctx.tasks.settle()
    reports = window.page("reports")
    assert window.current_page() is reports and reports.current_kind() == "outreach"
    assert reports.choices.chosen_languages() == ["de", "tr"] and reports.choices.side_by_side.isChecked()
    text = " ".join(p.extract_text() for p in PdfReader(reports.made[0]).pages)
    assert "Seite 1 von" in text and "Sayfa 1/" in text  # German and Turkish, one footer: side by side
    assert len(PdfReader(out).pages) == len(PdfReader(reports.made[0]).pages)


def test_ctrl_p_on_the_page_prints_the_guide_in_the_ticked_languages(
    qtbot, open_window, ctx, municipality, tmp_path: Path
) -> None:
    window, page, _tab = _document_tab(qtbot, open_window, {"de", "uk"}, side_by_side=False)
    page.tabs.setCurrentWidget(page.opportunities)  # Ctrl+P from any tab of the page
    out, asked = tmp_path / "printed.pdf", []
    with messages.use_runner(print_into(out, asked)):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(asked), timeout=30000)
        ctx.tasks.settle()
    reports = window.page("reports")
    assert reports.choices.chosen_languages() == ["de", "uk"] and not reports.choices.side_by_side.isChecked()
    assert out.exists()


def test_no_language_ticked_says_so_and_makes_nothing(qtbot, open_window, ctx, municipality) -> None:
    window, page, tab = _document_tab(qtbot, open_window, set(), side_by_side=False)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert window.current_page() is page
    assert "Sprache" in page.message.text() and page.message.isVisible()
    assert not window.page("reports").made
