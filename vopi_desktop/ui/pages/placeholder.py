"""What an area shows until it is built: which area it is and what it will do, never a crash."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .base import Page


class PlaceholderPage(Page):
    needs_municipality = False

    def __init__(self, ctx: AppContext, title: str, purpose: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_layout()
        self.show_empty(
            title,
            " ".join(
                part
                for part in (
                    purpose,
                    self.tr(
                        "This area is not built yet. It will come with one of the next versions of VOPI "
                        "Desktop. Your data is not affected."
                    ),
                )
                if part
            ),
        )

    def reload(self) -> None:
        pass

    def refresh(self) -> None:
        self._stale = False
