"""What a page shows instead of a spread-out empty layout: a title, a sentence, maybe one button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.button = QPushButton()
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.hide()
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def set_content(
        self, title: str, text: str, action_text: str = "", action: Callable[[], None] | None = None
    ) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        self._action = action
        self.button.setText(action_text)
        shown = bool(action_text and action)
        self.button.setVisible(shown)
        # a hidden button with no words must not count as an unnamed control
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if shown else Qt.FocusPolicy.NoFocus)

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()
