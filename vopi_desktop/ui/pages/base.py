"""The base of every page: knows the current municipality, loads its data when first shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...store.snapshot import StartSnapshot
from ..context import AppContext


class Page(QWidget):
    """A page reloads lazily: switching municipality only marks it stale until it is shown again."""

    navigate = Signal(str)  # ask the main window to show the area with this key
    data_changed = Signal()  # this page wrote something other pages may show
    status_message = Signal(str)
    create_municipality = Signal()  # ask for the new-municipality dialog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.municipality_id: str | None = None
        self._stale = True

    def set_municipality(self, municipality_id: str | None) -> None:
        self.municipality_id = municipality_id
        self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.reload()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def preload(self, snapshot: StartSnapshot) -> None:
        """Data read at start-up without the Workspace, for the first page shown (see app.py)."""

    def reload(self) -> None:
        """Read this page's data from the workspace and show it."""

    def leave_ok(self) -> bool:
        """Asked before the window shows another page, municipality or closes: False keeps it here.

        Pages that hold unsaved input ask the user (save, discard or stay); the others just agree.
        """
        return True

    def focus_search(self) -> bool:
        """Put the cursor into the page's search field (Ctrl+F); False when the page has none."""
        return False

    def help_text(self) -> str:
        """What F1 shows for this page."""
        return ""
