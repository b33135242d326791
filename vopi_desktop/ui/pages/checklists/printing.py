"""Print a checklist, blank for a workshop or filled in for the council, through the one printing path.

The menu asks which; then the page asks the window to print its document (``Page.print_requested``),
as Ctrl+P does: the Berichte page makes the checklist on the jobs lane, shows it and opens the
system's print dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ..base import Page


def exec_menu(menu: QMenu, where: QPoint) -> QAction | None:
    """The blank-or-filled menu; tests replace this to choose without a pop-up."""
    return menu.exec(where)


def print_checklist(page: Page, blank: bool | None = None, anchor: QWidget | None = None) -> bool | None:
    """Ask blank or filled (unless given; the menu opens below ``anchor``) and print that;
    which was chosen (True: blank), or None."""
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
        assert chosen in (blank_action, filled_action)
        blank = chosen is blank_action
    page.print_requested.emit(blank)
    return blank
