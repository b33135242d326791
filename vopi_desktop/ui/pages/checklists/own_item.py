"""Add an own item to a section: its statement, and optionally who and by when.

A due date in the past is allowed (the work may be late already) but the dialog says so once and
asks to confirm, since it is most often a typo.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.checklists import ChecklistItem, ItemInput
from ... import messages
from ...messages import may_discard, titled
from ...widgets.dialog_buttons import button_box, primary
from ...widgets.form_error import FormError
from ...widgets.optional_date import OptionalDate


class OwnItemDialog(QDialog):
    """``save(section, data)`` stores through the page (errors land in this dialog's FormError)."""

    def __init__(
        self,
        sections: Mapping[str, str],
        section: str | None,
        save: Callable[[str, ItemInput, FormError], ChecklistItem | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Add own item")))
        self._save = save
        self.saved: ChecklistItem | None = None
        self.section = QComboBox()
        for key, title in sections.items():
            self.section.addItem(title, key)
        if section is not None:
            self.section.setCurrentIndex(max(0, self.section.findData(section)))
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("What should be true, e.g. “The club festival has a halal grill.”")
        )
        self.responsible = QLineEdit()
        self.due = OptionalDate(self.tr("&Due by"), date_name=self.tr("Due date"))
        self.error = FormError({"text": self.text, "responsible": self.responsible, "due_on": self.due})
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Section:"), self.section),
            (self.tr("&Text:"), self.text),
            (self.tr("&Responsible:"), self.responsible),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.due)
        buttons = button_box(
            self, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        primary(buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self._shown = self._typed()  # what Cancel compares with

    def _typed(self) -> tuple[object, ...]:
        return self.section.currentData(), self.text.text(), self.responsible.text(), self.due.value()

    def is_dirty(self) -> bool:
        return self.saved is None and self._typed() != self._shown

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: typed input is dropped only when confirmed."""
        if may_discard(self, self.is_dirty()):
            super().reject()

    def _accept(self) -> None:
        due = self.due.value()
        if due is not None and due < date.today():
            question = self.tr("The due date lies in the past. Keep it anyway?")
            if not messages.ask(self, self.tr("Due date in the past"), question):
                self.due.setFocus()
                return
        data = ItemInput("open", "", self.responsible.text(), due, self.text.text())
        self.saved = self._save(self.section.currentData(), data, self.error)
        if self.saved is not None:
            self.accept()
