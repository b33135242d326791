"""The own concern: a one-field form with explicit Save (Ctrl+S), like every form of the house."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...editor import EditorPanel


class ConcernEditor(EditorPanel):
    """``row`` is the stored concern (a string); ``save_handler(text)`` writes it (the page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        label = QLabel(self.tr("&Your own concern:"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        label.setBuddy(self.text)
        self.save_button.setText(self.tr("S&ave concern"))
        self.watch(self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title_label)
        buttons.addStretch(1)  # the buttons stay their size on the right, marker shown or not
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.error)  # stays hidden: the page says a refusal in its message line
        layout.addLayout(buttons)
        self.title_label.setStyleSheet("color: #555;")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.show_row("")

    def values(self) -> str:
        return self.text.toPlainText().strip()

    def fill(self, row: str | None) -> None:
        self.text.setPlainText(row or "")

    def to_input(self) -> str:
        return self.text.toPlainText()  # as typed; ``values`` strips only to compare
