"""Berichte: after a document whose text holds characters the fonts lack (printed as "�"), the status
line names them, as ``vopi-desktop report`` does; the next document without any says nothing of it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui.pages.reports.page import ReportsPage


def _make(qtbot, ctx, page: ReportsPage, kind: str) -> str:
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.made = []
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    qtbot.waitUntil(lambda: bool(page.made))
    return page.status.text()


def test_the_status_line_names_the_characters_printed_as_missing(qtbot, ctx, workspace, municipality) -> None:
    workspace.actors.create(municipality.id, ActorInput(name="Verein ✓", type="verein", notes="→ Halle"))
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(municipality.id)
    page.show()
    ctx.tasks.settle()
    status = _make(qtbot, ctx, page, "actors")
    assert status.startswith("Erstellt: akteursverzeichnis-teststadt.pdf")
    assert "Hinweis: 2 Zeichen fehlen in der Schrift und wurden durch „�“ ersetzt: → ✓" in status
    status = _make(qtbot, ctx, page, "opening-checklist")  # nothing the fonts lack
    assert "Hinweis" not in status and ".pdf" in status
