"""Hilfe → Über: the version and where everything lives, with a button that copies it for a support e-mail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...config import Config
from ...support import support_lines, support_text
from ..messages import plain_label
from ..widgets.dialog_buttons import button_box


class AboutDialog(QDialog):
    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.setWindowTitle(self.tr("VOPI Desktop – About"))
        intro = QLabel(
            self.tr(
                "The offline workbench for opening civic engagement to people with a migration background. "
                "It works without internet; your data stays in the database named below."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.values: list[QLabel] = []
        for label, value in support_lines(config):
            shown = plain_label(value)  # folder names are user text
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}:", shown)
            self.values.append(shown)
        self.copy_button = QPushButton(self.tr("&Copy for a support e-mail"))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel()
        buttons = button_box(self, QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(support_text(self.config))
        self.copied.setText(self.tr("Copied. Paste it into your e-mail to the support."))
