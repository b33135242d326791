"""Print a checklist, blank for a workshop or filled in for the council, through the Documents module.

The PDF is written with ``reports.run.make`` (the same as ``vopi-desktop report opening-checklist``)
into the data folder's exports, then opened in the system's PDF viewer, which prints it. Until a
version has the documents, the action says plainly that printing comes with them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QUrl
from PySide6.QtGui import QAction, QCursor, QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from ... import messages
from ...messages import fmt

if TYPE_CHECKING:
    from ..base import Page


def exec_menu(menu: QMenu, where: QPoint) -> QAction | None:
    """The blank-or-filled menu; tests replace this to choose without a pop-up."""
    return menu.exec(where)


def documents_available() -> bool:
    return importlib.util.find_spec("vopi_desktop.reports.run") is not None


def print_checklist(
    page: Page, kind: str, blank: bool | None = None, anchor: QWidget | None = None
) -> Path | None:
    """Ask blank or filled (unless given; the menu opens below ``anchor``), make the PDF and open it;
    the path, or None."""
    title = QCoreApplication.translate("Checklists", "Print checklist")
    if not documents_available():
        messages.inform(
            page,
            title,
            QCoreApplication.translate(
                "Checklists", "Printing the checklists comes with the documents (PDF) module."
            ),
        )
        return None
    if blank is None:
        menu = QMenu(page)
        blank_action = menu.addAction(QCoreApplication.translate("Checklists", "&Blank, for a workshop"))
        filled_action = menu.addAction(
            QCoreApplication.translate("Checklists", "&Filled in, for the council")
        )
        where = anchor.mapToGlobal(anchor.rect().bottomLeft()) if anchor is not None else QCursor.pos()
        chosen = exec_menu(menu, where)
        menu.deleteLater()
        if chosen is None:
            return None
        blank = chosen is blank_action
        assert chosen in (blank_action, filled_action)
    mid = page.municipality_id
    if mid is None and not blank:
        return None
    from ....reports.run import Options, ReportError, file_name, make

    folder = page.ctx.config.exports_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        page.show_error(
            fmt(
                QCoreApplication.translate("Checklists", "The documents folder cannot be created: %1"),
                exc.strerror or exc,
            )
        )
        return None
    suffix = "-leer" if blank else ""

    def produce(ws):  # type: ignore[no-untyped-def]
        name = ws.municipalities.get(mid).name if mid else ""
        out = folder / file_name(kind + suffix, name)
        return make(ws, kind, out, mid, Options(blank=bool(blank)))

    try:
        path = page.read_now(produce)
    except (ReportError, OSError) as exc:
        page.show_error(str(exc))
        return None
    if path is not None:
        page.show_info(fmt(QCoreApplication.translate("Checklists", "Document written: %1"), str(path)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
