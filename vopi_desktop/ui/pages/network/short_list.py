"""The side panel's lists (actors, links, isolated organisations): each asks for only a few rows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView


class ShortList(QListView):
    """A list that asks for only a few rows, so the whole panel fits beside the map."""

    def __init__(self, rows: int, most: int) -> None:
        super().__init__()
        self._rows = rows
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumHeight(self._height(rows))
        self.setMaximumHeight(self._height(most))

    def _height(self, rows: int) -> int:
        return rows * self.fontMetrics().height() + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:
        return QSize(200, self._height(self._rows))
