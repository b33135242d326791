"""The Mitmachen page's Document tab makes the bilingual document: German and one other language side by
side (pytest-qt clicks; the PDF read back), and refuses side by side with more than one other language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from tests.reports.outreach_pdf import find_line, words
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.outreach import LanguageText, OpportunityInput
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.outreach.page import OutreachPage


def _page(qtbot, ctx) -> OutreachPage:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("outreach")
    page = window.page("outreach")
    assert isinstance(page, OutreachPage)
    ctx.tasks.settle()
    page.tabs.setCurrentWidget(page.document)
    return page


def _tick(page: OutreachPage, *codes: str) -> None:
    for code, box in page.document.languages.items():
        box.setChecked(code in codes)


def test_side_by_side_german_and_arabic(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    actor = ws.actors.create(
        mid, ActorInput(name="Chor Harmonie", type="verein", org_email="info@chor.example")
    ).id
    arabic = LanguageText("ar", "جوقة للجميع", "نغني معا كل يوم خميس")
    ws.outreach.create(mid, OpportunityInput(actor_id=actor, title="Singen im Chor", what="Wir singen.",
                                             texts=(arabic,)))  # fmt: skip
    page = _page(qtbot, ctx)
    _tick(page, "de", "ar")
    box = page.document.bilingual
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # its tick
    assert page.document.bilingual.isChecked()
    qtbot.mouseClick(page.document.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    qtbot.waitUntil(lambda: page.document.make_button.isEnabled())
    found = words(Path(page.document.made_path))
    german = find_line(found, "Singen im Chor")
    other = find_line(found, "جوقة للجميع", page=german[0].page)
    assert abs(german[0].y0 - other[0].y0) < 4 and max(w.x1 for w in german) < min(w.x0 for w in other)
    assert other[0].x0 > other[1].x0, "the Arabic column reads right to left"


def test_side_by_side_with_two_other_languages_is_refused(qtbot, ctx, municipality) -> None:
    page = _page(qtbot, ctx)
    _tick(page, "de", "ar", "tr")
    page.document.bilingual.setChecked(True)
    qtbot.mouseClick(page.document.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert page.document.made_path is None
    assert page.message.is_error and ("Deutsch" in page.message.text() or "German" in page.message.text())
