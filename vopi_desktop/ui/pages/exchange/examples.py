"""The checkable list of the current municipality's practice examples, to send chosen ones back
(a consultant's file that a municipality takes in as its own)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole


class ExampleList(QListWidget):
    """Each example with a tick (Space ticks the current one); ticks survive a reload."""

    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Practice examples to send"))
        self.setMaximumHeight(110)  # a few rows; the page fits 1024x600
        self.itemChanged.connect(lambda _item: self.ticks_changed.emit())

    def fill(self, rows: list[tuple[str, str]]) -> None:
        """(id, title) pairs in the order to show."""
        ticked = set(self.checked_ids())
        self.blockSignals(True)
        self.clear()
        for example_id, title in rows:
            item = QListWidgetItem(title)  # item text is plain text
            item.setData(ID_ROLE, example_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if example_id in ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        if self.count():
            self.setCurrentRow(0)
        self.ticks_changed.emit()

    def checked_ids(self) -> list[str]:
        return [
            self.item(row).data(ID_ROLE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
