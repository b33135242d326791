"""What an area shows until it is built: a plain sentence, never a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from .base import Page


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        text = QLabel(
            self.tr(
                "This area is not built yet. It will come with one of the next versions of VOPI Desktop. "
                "Your data is not affected."
            )
        )
        text.setWordWrap(True)
        for label in (heading, text):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            layout.addWidget(label)
        layout.addStretch(1)
