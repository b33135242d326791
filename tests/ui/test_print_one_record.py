"""Printing from a club's open checklist hands out that club's self-assessment only, and printing
from an open event its protocol only (review 2, G16: "Drucken…" printed every club's checklist and
every event). Ctrl+P takes the window's one printing path; the Berichte page's own "this municipality"
document still holds them all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from vopi_desktop.app import install_translators
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF
from vopi_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
CLUBS = ("Feuerwehr-Förderverein Teststadt", "Musikverein Harmonie Teststadt")
EVENTS = ("Runder Tisch im Rathaus", "Erzählcafé in der Bücherei")


@pytest.fixture
def ctx(qapp, workspace, config, municipality):
    """The real task runner: the document is made on the jobs lane, then the print dialog opens."""
    install_translators(qapp, "de")
    ws, mid = workspace, municipality.id
    for name in CLUBS:
        club = ws.actors.create(mid, ActorInput(name=name, type="verein"))
        ws.checklists.start(mid, "opening", club.id)
    for n, title in enumerate(EVENTS):
        ws.events.create(mid, EventInput(kind="round_table", title=title, held_on=date(2026, 3, 1 + n)))
    runner = TaskRunner()
    yield AppContext(workspace, config, runner, "de")
    runner.cancel_all()


def _printed(qtbot, window, out: Path) -> str:
    """Ctrl+P's path on the current page, the print dialog answered into ``out``: the made text."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        asked.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        dialog.printer().setResolution(72)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(answer):
        window.print_action.trigger()
        qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    reports = window.page("reports")
    qtbot.waitUntil(lambda: not reports.printing(), timeout=30000)  # the pages go out on the jobs lane
    return " ".join(" ".join(p.extract_text() for p in PdfReader(reports.made[0]).pages).split())


def test_a_clubs_open_checklist_prints_that_club_only(
    qtbot, open_window, tmp_path: Path, monkeypatch
) -> None:
    from vopi_desktop.ui.pages.checklists import printing

    asked: list[str] = []  # Ctrl+P asks blank or filled as the checklist's button does: filled
    monkeypatch.setattr(printing, "exec_menu", lambda menu, _where: asked.append("?") or menu.actions()[1])
    window = open_window("opening")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)
    page._select(next(r.actor_id for r in page.model.rows if r.actor_name == CLUBS[1]))
    chosen = page.current_row()
    assert chosen is not None and chosen.actor_name == CLUBS[1]
    page.open_current()
    qtbot.waitUntil(lambda: page.print_subject() is not None, timeout=20000)
    text = _printed(qtbot, window, tmp_path / "one.pdf")
    assert asked == ["?"]
    assert f"{CLUBS[1]} Interkulturelle Öffnung eines Vereins" in text  # its name as the title (K22)
    assert CLUBS[0] not in text
    assert (
        window.page("reports").made[0].name.startswith("checkliste-interkulturelle-oeffnung-musikverein")
    )  # named as "Speichern unter…" would
    # the Berichte page's own document: every begun checklist of the municipality
    window.page("reports").make_document()
    qtbot.waitUntil(lambda: window.page("reports")._job is None, timeout=30000)
    reports = window.page("reports")
    every = " ".join(" ".join(p.extract_text() for p in PdfReader(reports.made[0]).pages).split())
    assert all(f"{club} Interkulturelle Öffnung eines Vereins" in every for club in CLUBS)  # K22 titles


def test_an_open_event_prints_its_protocol_only(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window("events")
    page = window.current_page()
    qtbot.waitUntil(lambda: len(page.events) == 2, timeout=20000)
    page.select(next(e.id for e in page.events if e.title == EVENTS[1]))
    text = _printed(qtbot, window, tmp_path / "event.pdf")
    assert EVENTS[1] in text and EVENTS[0] not in text
