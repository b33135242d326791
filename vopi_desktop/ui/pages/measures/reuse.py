"""The question "Maßnahme aus einem Ansatz…" asks when the approach is already planned for other
barriers: every measure of it in a list (several may exist, each for other barriers), one of them to
address this barrier too, or a new measure, or nothing. A list rather than buttons, so any number fits
and the arrow keys pick; the text is plain (a measure's title is user text)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...messages import plain_tooltip, titled
from ...widgets.dialog_buttons import button_box, primary

NEW = 2  # the dialog's result for "a new measure" (Accepted: use the chosen one, Rejected: nothing)


class ReuseDialog(QDialog):
    """``items``: the measures' labels ("„Titel“ – für B3 …"), in the order of the caller's measures;
    ``chosen()`` is the index picked when the result is Accepted."""

    def __init__(self, items: Sequence[str], text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Measure from an approach")))
        self.question = QLabel(text)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Measures of this approach for other barriers"))
        # a long title ends in "…" (its tooltip whole): a sideways scroll bar would cover the last row
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for label in items:
            item = QListWidgetItem(label)
            item.setToolTip(plain_tooltip(label))  # a long title is cut by the list's width
            self.choices.addItem(item)
        self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(lambda _item: self.accept())  # Enter or a double click
        listed = QLabel(self.tr("&Measures already planned:"))
        listed.setBuddy(self.choices)
        buttons = button_box(self)
        role = QDialogButtonBox.ButtonRole
        self.use_button = buttons.addButton(self.tr("&Use it for this barrier too"), role.AcceptRole)
        self.new_button = buttons.addButton(self.tr("Create a &new measure"), role.ActionRole)
        cancel = buttons.addButton(self.tr("&Cancel"), role.RejectRole)
        self.use_button.setEnabled(bool(items))
        primary(self.use_button)  # nothing is lost either way: the link is one undoable step
        self.use_button.clicked.connect(self.accept)
        self.new_button.clicked.connect(lambda: self.done(NEW))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(listed)
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self.choices.setFocus()
        # as tall as its rows (three to eight, then it scrolls), not the list's stock 192 pixels
        rows = min(max(len(items), 3), 8)
        frame = 2 * self.choices.frameWidth()
        self.choices.setFixedHeight(rows * max(self.choices.sizeHintForRow(0), 18) + frame)
        height = self.layout().heightForWidth(560) if self.layout().hasHeightForWidth() else -1
        self.resize(560, height if height > 0 else self.sizeHint().height())

    def chosen(self) -> int:
        return self.choices.currentRow()
