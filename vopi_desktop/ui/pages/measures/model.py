"""The measure list: a table model over ``Measure`` records and a proxy that searches (forgiving key),
filters by status, pillar, responsible actor and "overdue", and sorts (umlaut-aware)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ....catalog import Catalog
from ....palette import MEASURE_STATUS_COLOURS
from ....store.dto.measures import Measure
from ....textsort import search_key, search_words, sort_key
from ...messages import fmt, plain_tooltip
from ...widgets.optional_date import shown_date

SORT = Qt.ItemDataRole.UserRole + 1
ID = Qt.ItemDataRole.UserRole
#: One colour per status, shared by the list, the timeline and the coverage matrix.
STATUS_COLOURS = MEASURE_STATUS_COLOURS  # the printed plan uses the same (palette.py)
Index = QModelIndex | QPersistentModelIndex


def day(value: date | None) -> str:
    return shown_date(value) if value else ""


class MeasureTableModel(QAbstractTableModel):
    def __init__(self, catalog: Catalog, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.rows: list[Measure] = []
        self.today = date.today()
        self._status = catalog.vocab("measure_status")
        self._headers = [
            QCoreApplication.translate("MeasureTableModel", "Title"),
            QCoreApplication.translate("MeasureTableModel", "Status"),
            QCoreApplication.translate("MeasureTableModel", "Responsible"),
            QCoreApplication.translate("MeasureTableModel", "Start"),
            QCoreApplication.translate("MeasureTableModel", "End"),
            QCoreApplication.translate("MeasureTableModel", "Steps"),
        ]

    def set_rows(self, rows: list[Measure]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = date.today()
        self.endResetModel()

    def row_of(self, measure_id: str | None) -> int:
        return next((i for i, m in enumerate(self.rows) if m.id == measure_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m, column = self.rows[index.row()], index.column()
        if role == ID:
            return m.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, column)
        if role == SORT:
            if column in (3, 4):
                value = m.start_on if column == 3 else m.end_on
                return value.isoformat() if value else "9999"
            if column == 1:
                return list(self._status).index(m.status) if m.status in self._status else 99
            if column == 5:
                return m.steps_done / len(m.steps) if m.steps else -1.0
            return sort_key(self._text(m, column))
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(QColor(STATUS_COLOURS.get(m.status, "#000000")))
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and m.overdue(self.today):
            return QBrush(QColor("#a40000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = m.title if column == 0 else self._text(m, column)
            if column == 4 and m.overdue(self.today):
                tip = QCoreApplication.translate(
                    "MeasureTableModel", "Overdue: past its end, or a step is past due"
                )
            return plain_tooltip(tip)
        return None

    def _text(self, m: Measure, column: int) -> str:
        if column == 0:
            return m.title
        if column == 1:
            return self._status.get(m.status, m.status)
        if column == 2:
            return " · ".join(p for p in (m.responsible_actor_name, m.responsible_person) if p)
        if column == 3:
            return day(m.start_on)
        if column == 4:
            return ("⚠ " if m.overdue(self.today) else "") + day(m.end_on)
        done = QCoreApplication.translate("MeasureTableModel", "%1 of %2")
        return fmt(done, m.steps_done, len(m.steps)) if m.steps else ""


class MeasureFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT)
        self.words: list[str] = []
        self.status = ""
        self.pillar = ""
        self.responsible = ""
        self.overdue = False
        self._keys: dict[str, str] = {}

    def set_filter(self, **values: Any) -> None:
        # Qt's current way (invalidateRowsFilter is deprecated): the criteria change between begin and end.
        self.beginFilterChange()
        if "text" in values:
            self.words = search_words(values.pop("text"))
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model: MeasureTableModel = self.sourceModel()  # type: ignore[assignment]
        m = model.rows[row]
        if self.status and m.status != self.status:
            return False
        if self.pillar and self.pillar not in m.pillars:
            return False
        if self.responsible and m.responsible_actor_id != self.responsible:
            return False
        if self.overdue and not m.overdue(model.today):
            return False
        if not self.words:
            return True
        key = self._keys.get(f"{m.id}:{m.version}")
        if key is None:
            text = " ".join((m.title, m.goal, m.responsible_actor_name, m.responsible_person))
            key = self._keys[f"{m.id}:{m.version}"] = search_key(text)
        return all(w in key for w in self.words)
