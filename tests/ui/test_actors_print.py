"""“Drucken…” on the Akteure page: the actors list printed from the list, as Ctrl+P prints it.

The button takes the one printing path of the window: the Berichte page makes the ``actors``
document on the jobs lane, previews it and opens the system's print dialog, which a test hook
answers by printing into a PDF file that is read back. The button sits in the page's button row,
which must show every button whole at 1024×600 in German and in English.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import print_into
from vopi_desktop.app import install_translators
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.actors.page import ActorsPage
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF
from vopi_desktop.ui.tasks import TaskRunner


@pytest.fixture
def lang() -> str:
    return "de"


@pytest.fixture
def ctx(qapp, workspace, config, municipality, lang: str):
    """Two actors, one with a contact person; the real task runner (the document is made on the jobs
    lane, the print dialog opens when it is done): the shared ``open_window`` opens the window on it."""
    install_translators(qapp, lang)
    ws, mid = workspace, municipality.id
    ws.actors.create(
        mid,
        ActorInput(
            name="Kulturverein Brücke",
            type="migrant_org",
            contact_name="Aylin Demirtaş",
            contact_email="aylin@bruecke.example",
            legal_basis="public_task",
            review_date=date.today() + timedelta(days=300),
        ),
    )
    ws.actors.create(mid, ActorInput(name="TSV Teststadt", type="verein"))
    runner = TaskRunner()
    yield AppContext(ws, config, runner, lang)
    runner.cancel_all()
    install_translators(qapp, "de")


def _actors_page(qtbot, open_window) -> tuple[MainWindow, ActorsPage]:
    window = open_window("actors")
    page = window.current_page()
    assert isinstance(page, ActorsPage)
    qtbot.waitUntil(lambda: page.model.total() == 2, timeout=20000)
    return window, page


def _printed(qtbot, window: MainWindow, press, out: Path) -> list[str]:
    """``press()`` the print button; the print dialog is answered by printing into ``out``."""
    asked: list[str] = []
    with messages.use_runner(print_into(out, asked)):
        press()
        qtbot.waitUntil(lambda: bool(asked), timeout=30000)
        qtbot.waitUntil(lambda: not window.page("reports").printing(), timeout=30000)  # the jobs lane
    return asked


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_drucken_prints_the_list_of_every_actor_without_contact_persons(
    qtbot, open_window, tmp_path: Path
) -> None:
    window, page = _actors_page(qtbot, open_window)
    button = page.print_button
    assert button.isVisible() and button.isEnabled()
    assert button.text() == "Dr&ucken…"  # Alt+U: no other U on this page (test_mnemonics)
    assert button.accessibleName() == "Akteursliste drucken"
    assert "Strg+P" in button.toolTip()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClicks(page.search, "TSV")  # the list shows one; the printout holds every actor
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    out = tmp_path / "printed.pdf"
    asked = _printed(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton), out)
    reports = window.page("reports")
    assert window.current_page() is reports and reports.current_kind() == "actors"
    assert asked[0].startswith("VOPI Desktop")
    made = PdfReader(reports.made[0])
    text = "".join(p.extract_text() for p in made.pages)
    assert "Akteure" in text and "Teststadt" in text
    assert "Kulturverein Brücke" in text and "TSV Teststadt" in text
    assert "Ohne Ansprechpersonen" in text and "Aylin" not in text  # contact persons only when asked
    assert len(PdfReader(out).pages) == len(made.pages)  # every page reached the printer


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_alt_u_reaches_drucken_from_the_list(qtbot, open_window, tmp_path: Path) -> None:
    window, page = _actors_page(qtbot, open_window)
    page.table.setFocus()
    out = tmp_path / "printed.pdf"
    _printed(
        qtbot, window, lambda: qtbot.keyClick(page.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier), out
    )
    reports = window.page("reports")
    assert reports.current_kind() == "actors"
    made = PdfReader(reports.made[0])
    assert "TSV Teststadt" in "".join(p.extract_text() for p in made.pages)
    assert len(PdfReader(out).pages) == len(made.pages)


def _row(page: ActorsPage) -> list[QPushButton]:
    return [
        page.new_button,
        page.edit_button,
        page.trash_button,
        page.trash_dialog_button,
        page.opening_button,
        page.print_button,
    ]


@pytest.mark.parametrize(("lang", "print_text"), [("de", "Dr&ucken…"), ("en", "&Print…")])
def test_the_button_row_shows_every_button_whole_at_1024x600(
    qtbot, qapp, open_window, lang: str, print_text: str
) -> None:
    window, page = _actors_page(qtbot, open_window)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.size().width() == 1024 and window.size().height() == 600)
    qapp.processEvents()
    assert page.print_button.text() == print_text
    shown = QRect(page.mapTo(window, QPoint(0, 0)), page.size())
    rects = []
    for button in _row(page):
        assert button.isVisible(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # its text is not cut
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert shown.contains(rect), button.text()  # inside the page, not cut by the window's edge
        assert button.accessibleName() or button.text().replace("&", ""), button.text()
        rects.append((button.text(), rect))
    for (a, first), (b, second) in itertools.pairwise(rects):
        assert not first.intersects(second), (a, b)
