"""The line under a form that says why a save was refused, and puts the cursor where to fix it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...store.errors import StoreError, ValidationError

T = TypeVar("T")


class FormError(QLabel):
    """``attempt(save)`` runs a store call; a refusal shows its message and nothing was written."""

    def __init__(self, fields: Mapping[str, QWidget] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = dict(fields or {})
        self.setTextFormat(Qt.TextFormat.PlainText)  # store messages quote the user's input
        self.setStyleSheet("color: #a40000; font-weight: bold;")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Error message"))
        self.hide()

    def attempt(self, save: Callable[[], T]) -> T | None:
        self.hide()
        try:
            return save()
        except ValidationError as exc:
            self.show_message(str(exc), exc.field)
        except StoreError as exc:
            self.show_message(str(exc))
        return None

    def show_message(self, message: str, field: str | None = None) -> None:
        self.setText(message)
        self.show()
        widget = self.fields.get(field or "")
        if widget is None:
            return
        focus = getattr(widget, "focus", None)  # composite fields know their own focus target
        if callable(focus):
            focus()
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
