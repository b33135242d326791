"""Asking for the password of a sealed .vopi file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ... import messages
from ...messages import fmt, titled


def ask_password(parent: QWidget, file_name: str) -> str | None:
    """The password typed for ``file_name``, or None when the user cancels."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(titled(QCoreApplication.translate("ExchangePassword", "Password")))
    text = QCoreApplication.translate("ExchangePassword", "%1 is protected by a password. Password:")
    dialog.setLabelText(fmt(text, file_name))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    if messages.run(dialog) != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue() or None
