"""“Drucken” where a user expects it: the network map prints from the map, the measures plan from the list,
an event's protocol from the event, the comparison of the municipalities from the comparison.

Both buttons take the one printing path of the window (Ctrl+P): the Berichte page makes the page's
document on the jobs lane, shows it in the preview and opens the system's print dialog. Here the
dialog is answered by a test hook that prints into a PDF file, which is read back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from vopi_desktop.app import install_translators
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF
from vopi_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")


@pytest.fixture
def ctx(qapp, workspace, config, municipality):
    """The app's context with the real task runner (a document is made on the jobs lane, the print
    dialog opens when it is done): the shared ``open_window`` opens the window on it."""
    install_translators(qapp, "de")
    ws, mid = workspace, municipality.id
    brucke = ws.actors.create(mid, ActorInput(name="Kulturverein Brücke", type="migrant_org"))
    tsv = ws.actors.create(mid, ActorInput(name="TSV Teststadt", type="verein"))
    ws.network.add_link(mid, brucke.id, tsv.id, "cooperation", 2, "Sommerfest")
    ws.measures.create(mid, MeasureInput(title="Infoabende für Eltern"))
    for n, title in enumerate(("Runder Tisch im Rathaus", "Erzählcafé in der Bücherei")):
        ws.events.create(mid, EventInput(kind="round_table", title=title, held_on=date(2026, 3, 1 + n)))
    runner = TaskRunner()
    yield AppContext(workspace, config, runner, "de")
    runner.cancel_all()


def _print_by_keyboard(qtbot, window: MainWindow, button: QPushButton, out: Path) -> list[str]:
    """Press the button with the keyboard; the print dialog is answered by printing into ``out``."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    titles: list[str] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        titles.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)  # small page images: the test reads pages, not pixels
        return QDialog.DialogCode.Accepted

    button.setFocus()
    assert button.hasFocus()
    with messages.use_runner(answer):
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: bool(titles), timeout=30000)
        qtbot.waitUntil(lambda: not window.page("reports").printing(), timeout=30000)  # the jobs lane
    return titles


def _check_button(button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled()
    assert button.accessibleName() and "&" not in button.accessibleName()
    assert "Strg+P" in button.toolTip()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_network_page_prints_the_network_map(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window("network")
    network = window.current_page()
    qtbot.waitUntil(lambda: len(network.scene.nodes) == 2 and not network.settling(), timeout=20000)
    _check_button(network.print_button)
    assert network.print_button.text() == "Dru&cken…"  # Alt+C (test_mnemonics: no other C here)
    out = tmp_path / "printed.pdf"
    titles = _print_by_keyboard(qtbot, window, network.print_button, out)
    reports = window.page("reports")
    assert window.current_page() is reports and reports.current_kind() == "network"
    assert titles[0].startswith("VOPI Desktop")
    made = PdfReader(reports.made[0])
    text = made.pages[0].extract_text()
    assert "Netzwerkkarte" in text and "Teststadt" in text
    assert len(PdfReader(out).pages) == len(made.pages)  # every page reached the printer


def test_the_measures_page_prints_the_measures_plan(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window("measures")
    measures = window.current_page()
    qtbot.waitUntil(lambda: measures.model.rowCount() == 1, timeout=20000)
    _check_button(measures.print_button)
    out = tmp_path / "printed.pdf"
    _print_by_keyboard(qtbot, window, measures.print_button, out)
    reports = window.page("reports")
    assert reports.current_kind() == "plan"
    text = "".join(p.extract_text() for p in PdfReader(reports.made[0]).pages)
    assert "Maßnahmenplan" in text and "Infoabende für Eltern" in text
    assert len(PdfReader(out).pages) == len(PdfReader(reports.made[0]).pages)


def test_the_events_page_prints_the_protocol_of_the_event_shown(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window("events")
    events = window.current_page()
    qtbot.waitUntil(lambda: len(events.events) == 2, timeout=20000)
    events.select(next(e.id for e in events.events if e.title == "Erzählcafé in der Bücherei"))
    _check_button(events.print_button)
    out = tmp_path / "printed.pdf"
    _print_by_keyboard(qtbot, window, events.print_button, out)
    reports = window.page("reports")
    assert reports.current_kind() == "events"
    text = "".join(p.extract_text() for p in PdfReader(reports.made[0]).pages)
    assert "Erzählcafé in der Bücherei" in text and "Runder Tisch im Rathaus" not in text
    assert len(PdfReader(out).pages) == len(PdfReader(reports.made[0]).pages)
    window.show_area("events")
    qtbot.mouseClick(events.new_button, Qt.MouseButton.LeftButton)  # a new event has no protocol yet
    assert not events.print_button.isEnabled()


def test_the_consultant_page_prints_the_comparison(qtbot, open_window, workspace, tmp_path: Path) -> None:
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    workspace.municipalities.create(MunicipalityInput(name="Nachbarort", kind="gemeinde", state="BW"))
    window = open_window("consultant")  # one municipality alone is no comparison (test_print_shortcut)
    consultant = window.current_page()
    qtbot.waitUntil(lambda: consultant.model.rowCount() == 2, timeout=20000)
    _check_button(consultant.print_button)
    assert consultant.print_button.text() == "Dr&ucken…"  # Alt+U: no other use of U on this page
    out = tmp_path / "printed.pdf"
    _print_by_keyboard(qtbot, window, consultant.print_button, out)
    reports = window.page("reports")
    assert reports.current_kind() == "consultant"
    text = PdfReader(reports.made[0]).pages[0].extract_text()
    assert "Vergleich der Kommunen" in text and "Teststadt" in text and "Nachbarort" in text
    assert len(PdfReader(out).pages) == len(PdfReader(reports.made[0]).pages)


def test_print_while_another_document_is_being_made_says_so(qtbot, open_window, monkeypatch) -> None:
    import threading

    from vopi_desktop.reports import run as report_run
    from vopi_desktop.ui.pages.reports import page as page_module

    started, release = threading.Event(), threading.Event()
    real_make = report_run.make

    def slow_make(*args, **kwargs):
        started.set()
        release.wait(10)
        return real_make(*args, **kwargs)

    monkeypatch.setattr(page_module, "make", slow_make)
    window = open_window("reports")
    reports = window.page("reports")
    reports.make_document()  # the dossier, slowly
    assert started.wait(10)
    window.show_area("measures")
    measures = window.current_page()
    qtbot.waitUntil(lambda: measures.model.rowCount() == 1, timeout=20000)
    qtbot.mouseClick(measures.print_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is reports
    assert "noch" in reports.message.text() and reports.message.isVisible()
    release.set()
    qtbot.waitUntil(lambda: bool(reports.made), timeout=30000)
    assert reports.current_kind() == "dossier"  # the running job was left alone


def test_a_document_that_cannot_be_made_says_why_and_prints_nothing(qtbot, open_window, monkeypatch) -> None:
    from vopi_desktop.reports.run import ReportError
    from vopi_desktop.ui.pages.reports import page as page_module

    def broken_make(*_args, **_kwargs):
        raise ReportError("Der Exportordner ist schreibgeschützt.")

    monkeypatch.setattr(page_module, "make", broken_make)
    window = open_window("measures")
    measures = window.current_page()
    qtbot.waitUntil(lambda: measures.model.rowCount() == 1, timeout=20000)
    asked: list[QDialog] = []
    with messages.use_runner(lambda d: asked.append(d) or QDialog.DialogCode.Rejected):
        qtbot.mouseClick(measures.print_button, Qt.MouseButton.LeftButton)
        reports = window.page("reports")
        qtbot.waitUntil(lambda: reports.message.isVisible(), timeout=20000)
    assert window.current_page() is reports and not reports.made and not asked
    assert reports.message.is_error
    assert reports.message.text() == "Es wurde kein Dokument erstellt: Der Exportordner ist schreibgeschützt."
