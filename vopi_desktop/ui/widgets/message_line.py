"""The line at the top of every page that says what went wrong (or right) with the last action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "QLabel { color: #a40000; font-weight: bold; padding: 2px 0; }"
INFO_STYLE = "QLabel { color: #1f5f1f; padding: 2px 0; }"


class MessageLine(QLabel):
    """Plain text (store messages may quote user input), selectable, hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)
        self.setVisible(bool(text))

    def show_info(self, text: str) -> None:
        self.setStyleSheet(INFO_STYLE)
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()

    @property
    def is_error(self) -> bool:
        return bool(self.text()) and self.styleSheet() == ERROR_STYLE
