"""The Berichte page: a document is made off the UI thread, shown in the preview, printed and cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize, QPdfWriter

from vopi_desktop.app import install_translators
from vopi_desktop.reports import run as report_run
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.reports import page as page_module
from vopi_desktop.ui.pages.reports.page import ReportsPage
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF
from vopi_desktop.ui.pages.reports.print_job import print_pages
from vopi_desktop.ui.tasks import Progress, TaskRunner


@pytest.fixture
def threaded(qapp, workspace, config, municipality):
    """A context with the real task runner: the document is made on a worker thread."""
    install_translators(qapp, "de")
    workspace.actors.create(municipality.id, ActorInput(name="Kulturverein Brücke", type="migrant_org"))
    runner = TaskRunner()
    yield AppContext(workspace, config, runner, "de")
    runner.cancel_all()


def _open(qtbot, ctx) -> tuple[MainWindow, ReportsPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    return window, page


def test_the_page_makes_a_document_off_the_ui_thread_and_opens_the_preview(
    qtbot, threaded, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_make = report_run.make

    def recording_make(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_make(*args, **kwargs)

    monkeypatch.setattr(page_module, "make", recording_make)
    _window, page = _open(qtbot, threaded)
    page.kind.setCurrentIndex(page.kind.findData("analysis"))
    assert page.make_button.isEnabled()
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled() or page.made  # running (or already done)
    qtbot.waitUntil(lambda: bool(page.made), timeout=30000)
    assert threads and threads[0] is not threading.main_thread()
    assert page.made[0].exists()
    assert "Analyse" in PdfReader(page.made[0]).pages[0].extract_text()
    if HAVE_QTPDF:
        qtbot.waitUntil(lambda: page.preview.pages() >= 1)
        assert page.preview.pages() == len(PdfReader(page.made[0]).pages)
    assert page.print_button.isEnabled() and page.save_button.isEnabled()


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_preview_pages_print_onto_a_paged_device(qtbot, threaded, tmp_path: Path) -> None:
    _window, page = _open(qtbot, threaded)
    page.kind.setCurrentIndex(page.kind.findData("opening-checklist"))
    page.blank.setChecked(True)
    page.make_document()
    qtbot.waitUntil(lambda: page.preview.pages() >= 2, timeout=30000)
    page.preview.go_to(2)
    assert page.preview.page_spin.value() == 2
    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))  # stands in for a QPrinter: same paged paint device
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    writer.fromPage = lambda: 0  # QPrinter's page range: all pages
    writer.toPage = lambda: 0
    print_pages(writer, page.preview.sources(writer), Progress(lambda _done, _total: None))
    assert len(PdfReader(out).pages) == page.preview.pages()


def test_cancel_stops_the_job_and_keeps_no_document(qtbot, threaded, monkeypatch: pytest.MonkeyPatch) -> None:
    started, release = threading.Event(), threading.Event()
    real_make = report_run.make

    def slow_make(ws, kind, out, mid, options, progress=None, cancelled=None):
        started.set()
        release.wait(10)
        return real_make(ws, kind, out, mid, options, progress, cancelled)

    monkeypatch.setattr(page_module, "make", slow_make)
    _window, page = _open(qtbot, threaded)
    page.make_document()
    assert started.wait(10)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    threaded.tasks.wait()
    qtbot.wait(50)
    assert page.made == []
    assert "Abgebrochen" in page.status.text() or "Cancelled" in page.status.text()
    assert page.make_button.isEnabled()
    assert list(Path(page._folder.name).iterdir()) == []


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_ctrl_p_on_another_page_makes_its_document_and_opens_the_print_dialog(qtbot, threaded) -> None:
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    from vopi_desktop.ui import messages

    window = MainWindow(threaded)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_area("network")
    shown: list[tuple[type, str]] = []

    def answer(dialog: QDialog) -> int:
        shown.append((type(dialog), dialog.windowTitle()))
        return QDialog.DialogCode.Rejected

    with messages.use_runner(answer):
        window.print_action.trigger()
        page = window.page("reports")
        assert window.current_page() is page
        assert page.current_kind() == "network"
        qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert issubclass(shown[0][0], QPrintDialog)
    assert shown[0][1].startswith("VOPI Desktop")
    assert "Netzwerkkarte" in PdfReader(page.made[0]).pages[0].extract_text()


def test_the_progress_bar_shows_only_while_a_document_is_made(qtbot, threaded, monkeypatch) -> None:
    """An empty bar under "Dokument erstellen" looked like a text field to fill in."""
    seen: list[bool] = []
    real_make = report_run.make
    _window, page = _open(qtbot, threaded)

    def watching_make(*args, **kwargs):
        seen.append(page.progress.isVisible())  # read from the worker: a plain flag, no painting
        return real_make(*args, **kwargs)

    monkeypatch.setattr(page_module, "make", watching_make)
    assert not page.progress.isVisible()
    page.kind.setCurrentIndex(page.kind.findData("analysis"))
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.made), timeout=30000)
    assert seen == [True]
    assert not page.progress.isVisible()
