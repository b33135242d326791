"""Practice examples beside a checklist item: the built-in ones and the municipality's own.

Built-in examples come from the catalogue (both languages); own examples are records of the
municipality (title, what was done, what helped, a contact organisation) linked to the same item
keys. Everything is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....catalog import Catalog, Practice
from ....store.dto.practice import OwnPractice
from ...messages import fmt

ROLE = Qt.ItemDataRole.UserRole


class PracticePanel(QWidget):
    """``add_requested()``, ``edit_requested(example)``, ``delete_requested(example)`` for own examples."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.own: list[OwnPractice] = []
        self.heading = QLabel(self.tr("&Practice examples"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Practice examples for this item"))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 5 + 8)
        self.heading.setBuddy(self.list)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Practice example"))
        self.text.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("&Own example…"))
        self.add_button.setToolTip(self.tr("Record an example of your own for this item"))
        self.edit_button = QPushButton(self.tr("Edit e&xample…"))
        self.delete_button = QPushButton(self.tr("&Delete example"))
        buttons = QGridLayout()  # two rows, so the panel stays narrow on a small screen
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.edit_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._own_action(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._own_action(self.delete_requested))
        self.show_for(None)

    def set_own(self, examples: Sequence[OwnPractice]) -> None:
        self.own = list(examples)

    def show_for(self, key: str | None, keep: str | None = None) -> None:
        """The examples linked to a checklist item key (None: no item chosen)."""
        self.list.clear()
        self.add_button.setEnabled(key is not None)
        if key is not None:
            for example in self.catalog.practices_for(key):
                item = QListWidgetItem(example.title)
                item.setData(ROLE, example)
                self.list.addItem(item)
            for own in self.own:
                if key in own.items:
                    item = QListWidgetItem(fmt(self.tr("%1 (own example)"), own.title))
                    item.setData(ROLE, own)
                    self.list.addItem(item)
        if self.list.count():
            row = next(
                (
                    n
                    for n in range(self.list.count())
                    if getattr(self.list.item(n).data(ROLE), "id", None) == keep
                ),
                0,
            )
            self.list.setCurrentRow(row)
        else:
            self.text.setPlainText(
                self.tr("No practice example for this item yet. Add one of your own, if you know one.")
                if key is not None
                else ""
            )
        self._show()

    def current(self) -> Any:
        item = self.list.currentItem()
        return item.data(ROLE) if item is not None else None

    def _show(self, *_args: object) -> None:
        example = self.current()
        own = isinstance(example, OwnPractice)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        if example is None:
            return
        self.text.setPlainText(self.describe(example))

    def describe(self, example: Practice | OwnPractice) -> str:
        what = example.what
        parts = [example.title, "", what] if what else [example.title]
        if example.helped:
            parts += ["", fmt(self.tr("What helped: %1"), example.helped)]
        barriers = [
            f"{key} {self.catalog.barrier(key).title}" for key in example.barriers if key.startswith("B")
        ]
        if barriers:
            parts += ["", fmt(self.tr("Addresses: %1"), "; ".join(barriers))]
        if isinstance(example, OwnPractice) and example.contact_actor_name:
            parts += ["", fmt(self.tr("Contact: %1"), example.contact_actor_name)]
        return "\n".join(parts)

    def _own_action(self, signal: Any) -> None:
        example = self.current()
        if isinstance(example, OwnPractice):
            signal.emit(example)
