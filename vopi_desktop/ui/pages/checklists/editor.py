"""The form of one checklist item: state, note, responsible person, due date (and an own item's text).

It follows the house editing model: explicit Save (Ctrl+S), a marker while unsaved, revert. The
catalogue's statement and hint are shown as plain text above the fields; an own item's statement is
an editable field instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.checklists import ChecklistItem, ItemInput
from ...editor import EditorPanel
from ...widgets.optional_date import OptionalDate

STATUSES = ("open", "in_progress", "done", "not_relevant")


class ItemEditor(EditorPanel):
    """Its ``save_handler`` (the pane) stores the item's ``values()`` through the page."""

    def __init__(
        self,
        status_labels: Mapping[str, str],
        text_of: Callable[[ChecklistItem], tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Item"), parent)
        self._text_of = text_of
        self.statement = QLabel()
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.statement.setWordWrap(True)
        font = self.statement.font()
        font.setBold(True)
        self.statement.setFont(font)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.own_text = QLineEdit()
        self.own_text.setAccessibleName(self.tr("Text of the own item"))
        self.status = QComboBox()
        for key in STATUSES:
            self.status.addItem(status_labels.get(key, key), key)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMinimumHeight(48)
        self.responsible = QLineEdit()
        self.responsible.setAccessibleName(self.tr("Responsible"))
        self.due = OptionalDate(self.tr("Due &by"), date_name=self.tr("Due date"))
        self.name_fields(
            {"text": self.own_text, "note": self.note, "responsible": self.responsible, "due_on": self.due,
             "status": self.status}
        )  # fmt: skip

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        self.own_label = QLabel(self.tr("&Text:"))
        self.own_label.setBuddy(self.own_text)
        form.addRow(self.own_label, self.own_text)
        for text, widget in (
            (self.tr("State:"), self.status),
            (self.tr("&Note:"), self.note),
            (self.tr("Responsib&le:"), self.responsible),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.due)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.statement)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.watch(self.own_text, self.status, self.note, self.responsible, self.due)
        self.show_row(None)

    def values(self) -> ItemInput:
        return ItemInput(
            self.status.currentData() or "open",
            self.note.toPlainText(),
            self.responsible.text(),
            self.due.value(),
            self.own_text.text(),
        )

    def fill(self, row: ChecklistItem | None) -> None:
        enabled = row is not None
        for widget in (self.status, self.note, self.responsible, self.due):
            widget.setEnabled(enabled)
        own = row is not None and row.own
        self.own_text.setVisible(own)
        self.own_label.setVisible(own)
        if row is None:
            self.statement.setText(self.tr("Choose an item in the list to record its state."))
            self.hint.clear()
            self.hint.hide()
            self.own_text.clear()
            self.status.setCurrentIndex(0)
            self.note.clear()
            self.responsible.clear()
            self.due.set_value(None)
            return
        statement, hint = self._text_of(row)
        self.statement.setText(statement)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.own_text.setText(row.text if own else "")
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self.note.setPlainText(row.note)
        self.responsible.setText(row.responsible)
        self.due.set_value(row.due_on)
