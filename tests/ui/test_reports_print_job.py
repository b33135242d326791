"""Printing from the Berichte page runs on the jobs lane: the window stays responsive while the pages go
to the printer (about 0.2 s a page at printer resolution), shows progress, can be cancelled, and says
what happened — printed, cancelled, or why the printer did not start."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from vopi_desktop.app import install_translators
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.reports import print_job
from vopi_desktop.ui.pages.reports.page import ReportsPage
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF
from vopi_desktop.ui.tasks import TaskRunner

from .conftest import print_into

pytestmark = pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")


@pytest.fixture
def threaded(qapp, workspace, config, municipality):
    install_translators(qapp, "de")
    workspace.actors.create(municipality.id, ActorInput(name="Kulturverein Brücke", type="migrant_org"))
    runner = TaskRunner()
    yield AppContext(workspace, config, runner, "de")
    runner.cancel_all()


def _made(qtbot, ctx, kind: str = "opening-checklist") -> ReportsPage:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("reports")
    page = window.page("reports")
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.blank.setChecked(True)  # a blank checklist: several pages, nothing to fill in
    page.make_document()
    qtbot.waitUntil(lambda: page.preview.pages() >= 2 and page.print_button.isEnabled(), timeout=30000)
    return page


def _held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Every page waits for the returned event before it goes to the printer: a print run in progress."""
    release = threading.Event()
    real_page = print_job.paint_page

    def held(*args, **kwargs):
        release.wait(10)
        return real_page(*args, **kwargs)

    monkeypatch.setattr(print_job, "paint_page", held)
    return release


def test_pages_go_to_the_printer_off_the_ui_thread_and_the_page_says_so(
    qtbot, threaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _made(qtbot, threaded)
    threads: list[threading.Thread] = []
    real_page = print_job.paint_page

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_page(*args, **kwargs)

    monkeypatch.setattr(print_job, "paint_page", recording)
    out = tmp_path / "printed.pdf"
    with messages.use_runner(print_into(out)):
        page.print_document()
    said = page.window().statusBar()  # a confirmation goes to the status bar, as "Gespeichert: …"
    qtbot.waitUntil(lambda: "gedruckt" in said.currentMessage(), timeout=30000)
    pages = page.preview.pages()
    assert len(threads) == pages and all(t is not threading.main_thread() for t in threads)
    assert len(PdfReader(out).pages) == pages
    assert said.currentMessage() == f"{pages} Seiten gedruckt."
    assert page.status.text().startswith("Erstellt:")  # "Wird gedruckt…" gone again
    assert page.print_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.progress.isHidden()


def test_cancel_stops_the_print_job_between_pages(
    qtbot, threaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _made(qtbot, threaded)
    real_page = print_job.paint_page
    first = threading.Event()

    def slow(*args, **kwargs):
        first.set()
        time.sleep(0.3)  # a printer at 600 dpi: long enough to press Cancel between two pages
        return real_page(*args, **kwargs)

    monkeypatch.setattr(print_job, "paint_page", slow)
    with messages.use_runner(print_into(tmp_path / "printed.pdf")):
        page.print_document()
    assert first.wait(10)
    assert page.cancel_button.isEnabled() and not page.print_button.isEnabled()
    assert not page.make_button.isEnabled()  # the options hold still while the job runs
    page.cancel_button.click()
    assert "abgebrochen" in page.status.text()
    qtbot.waitUntil(lambda: page.print_button.isEnabled(), timeout=10000)
    assert page.made and page.preview.pages() >= 2  # the document is still there to print again


def test_a_printer_that_does_not_start_is_said(qtbot, threaded, tmp_path: Path) -> None:
    page = _made(qtbot, threaded)
    with messages.use_runner(print_into(tmp_path / "no such folder" / "printed.pdf")):
        page.print_document()
    qtbot.waitUntil(lambda: "nicht gedruckt" in page.message.text(), timeout=30000)
    assert "Drucker" in page.message.text()
    assert page.print_button.isEnabled()


def test_ctrl_p_while_printing_says_so(
    qtbot, threaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vopi_desktop.ui.printing import nothing_to_print

    page = _made(qtbot, threaded)
    release = _held(monkeypatch)
    with messages.use_runner(print_into(tmp_path / "printed.pdf")):
        page.print_document()
    try:
        assert "gedruckt" in nothing_to_print(page.window(), page)
    finally:
        release.set()
    qtbot.waitUntil(lambda: page.print_button.isEnabled(), timeout=30000)


def test_a_municipality_switch_lets_the_print_run_finish(
    qtbot, threaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The switch retires the document on screen; the pages already on their way still reach the printer."""
    from PySide6.QtCore import Qt

    from vopi_desktop.store.dto.municipality import MunicipalityInput

    other = threaded.workspace.municipalities.create(
        MunicipalityInput(name="Zweitstadt", kind="gemeinde", state="BW")
    )
    page = _made(qtbot, threaded)
    release = _held(monkeypatch)
    out = tmp_path / "printed.pdf"
    pages = page.preview.pages()
    with messages.use_runner(print_into(out)):
        page.print_document()
    window = page.window()
    window.switcher.setFocus()
    while window.switcher.currentData() != other.id:
        qtbot.keyClick(window.switcher, Qt.Key.Key_Down)
    assert page.made == [] and page.printing()  # the document retired, its printing goes on
    release.set()
    qtbot.waitUntil(lambda: "gedruckt" in window.statusBar().currentMessage(), timeout=30000)
    assert len(PdfReader(out).pages) == pages
    assert "andere Kommune" in page.status.text()  # the switch's words stay, not "Erstellt: …"
    assert page.make_button.isEnabled()


def test_closing_the_window_while_printing_asks_first(
    qtbot, threaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing aborts the print run still going to the printer: only when the clerk says so."""
    from PySide6.QtWidgets import QMessageBox

    page = _made(qtbot, threaded)
    window = page.window()
    release = _held(monkeypatch)
    with messages.use_runner(print_into(tmp_path / "printed.pdf")):
        page.print_document()
    asked: list[str] = []

    def answer(yes: bool):
        def run(dialog) -> int:
            assert isinstance(dialog, QMessageBox)
            asked.append(dialog.text())
            return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

        return run

    with messages.use_runner(answer(False)):
        assert not window.close()  # the default: go on printing
    assert asked and "gedruckt" in asked[0] and page.printing()
    with messages.use_runner(answer(True)):
        assert window.close()
    release.set()
    assert len(asked) == 2
