"""A list of tickable choices (pillars, channels, languages, linked records): keyboard with Space,
the choice read back as keys in list order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..messages import plain_tooltip


class _NoWiderThanView(QStyledItemDelegate):
    """A choice is never wider than the list: a long one ends in "…" (its tooltip has it whole)
    instead of the list scrolling sideways."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListWidget):
            hint.setWidth(min(hint.width(), view.viewport().width()))
        return hint


class CheckList(QListWidget):
    changed = Signal()

    def __init__(self, name: str, rows: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setUniformItemSizes(True)
        self.setItemDelegate(_NoWiderThanView(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # lay the choices out again at a new width
        self.setMaximumHeight((self.fontMetrics().height() + 6) * rows + 8)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: Iterable[tuple[str, str]], checked: Sequence[str] = ()) -> None:
        """(key, label) pairs; labels are user or catalogue text, shown as plain text."""
        self.blockSignals(True)
        self.clear()
        for key, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(plain_tooltip(label))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.changed.emit()

    def set_checked(self, keys: Sequence[str]) -> None:
        """Tick these keys; a key not among the choices (a record gone meanwhile) is ignored."""
        wanted = set(keys)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def checked(self) -> tuple[str, ...]:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def keys(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count()))
