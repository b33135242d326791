"""The overview of all Vereine: started or not, how far, what is overdue (a table model, sortable)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ....catalog import Catalog
from ....store.dto.checklists import OpeningRow
from ....textsort import sort_key
from ...messages import fmt
from ..checklists.view import format_date

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class OverviewModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.rows: list[OpeningRow] = []

    def set_rows(self, rows: Sequence[OpeningRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, actor_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.actor_id == actor_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Club"),
            self.tr("Type"),
            self.tr("Started"),
            self.tr("Progress"),
            self.tr("Overdue"),
            self.tr("Next due"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and row.started:
            p = row.progress
            return fmt(self.tr("%1 of %2 items done, %3 in progress, %4 not relevant"), p.done, p.counted,
                       p.in_progress, p.not_relevant)  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.overdue_since is not None:
            return fmt(
                self.tr("%n item(s) overdue since %1", "", row.overdue),
                format_date(row.overdue_since),
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and row.started:
            return self.tr("The next due date still ahead (overdue items are counted in the column before)")
        return None

    def _text(self, row: OpeningRow, column: int) -> str:
        if column == 0:
            return row.actor_name
        if column == 1:
            return self.catalog.label("actor_types", row.actor_type)
        if not row.started:
            return self.tr("not started") if column == 2 else ""
        if column == 2:
            return format_date(row.started_on)
        if column == 3:
            percent = row.progress.percent
            return "–" if percent is None else f"{percent} %"
        if column == 4:
            return f"⚠ {row.overdue}" if row.overdue else "0"
        return format_date(row.next_due)

    @staticmethod
    def _sort(row: OpeningRow, column: int) -> Any:
        if column == 0:
            return sort_key(row.actor_name)
        if column == 1:
            return row.actor_type
        if column == 2:
            return (row.started_on or date.min).toordinal()
        if column == 3:
            return -1 if row.progress.percent is None else row.progress.percent
        if column == 4:
            return row.overdue
        return (row.next_due or date.max).toordinal()

    def search_text(self, row: int) -> str:
        r = self.rows[row]
        return f"{r.actor_name} {self.catalog.label('actor_types', r.actor_type)}"
