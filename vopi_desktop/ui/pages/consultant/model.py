"""The comparison table: one row per municipality, sortable by every column (numbers by value)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ....catalog import Catalog
from ....store.dto.consultant import PHASES, PlaceOverview
from ....textsort import sort_key
from ...messages import fmt, plain_tooltip
from ...widgets.numbers import format_decimal
from ..actors.model import format_date

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, PHASE, BARRIERS, TOP = range(4)
SHOWN_STATUSES = ("planned", "running", "done")  # the measures column's three numbers, in its header's order


class ComparisonModel(QAbstractTableModel):
    def __init__(self, catalog: Catalog, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.catalog = catalog
        self.pillars = [(p.key, p.title) for p in catalog.pillars]
        self.barrier_count = len(catalog.barriers)
        self.rows: list[PlaceOverview] = []
        first = TOP + 1
        self.pillar_columns = {first + i: key for i, (key, _) in enumerate(self.pillars)}
        self.ACTORS = first + len(self.pillars)
        self.MEASURES = self.ACTORS + 1
        self.CHECKLISTS = self.MEASURES + 1
        self.LAST_FILE = self.CHECKLISTS + 1

    def set_rows(self, rows: list[PlaceOverview]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # ----- headers
    def headers(self) -> list[str]:
        return [
            self.tr("Municipality"),
            self.tr("Phases"),
            self.tr("Barriers rated"),
            self.tr("Top barriers"),
            *[title for _, title in self.pillars],
            self.tr("Actors"),
            # the statuses by the catalogue's names, as the measures page and the tooltip say them
            fmt(
                self.tr("Measures: %1"),
                " · ".join(self.catalog.label("measure_status", status) for status in SHOWN_STATUSES),
            ),
            self.tr("Checklists done"),
            self.tr("Last file received"),
        ]

    def phase_names(self) -> dict[str, str]:
        return {
            "occasion": self.tr("Occasion"),
            "analysis": self.tr("Analysis"),
            "participation": self.tr("Participation"),
            "implementation": self.tr("Implementation"),
            "opening": self.tr("Intercultural opening"),
            "anchoring": self.tr("Anchoring"),
        }

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.LAST_FILE + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.headers()[section]
            if role == Qt.ItemDataRole.DisplayRole and section in self.pillar_columns:
                return text if len(text) <= 16 else text[:15] + "…"
            if role == Qt.ItemDataRole.ToolTipRole and section == self.MEASURES:
                return fmt(
                    self.tr("%1\nSorted by their sum; ideas and cancelled measures in each cell's tooltip."),
                    text,
                )
            return text
        return None

    # ----- cells
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (NAME, TOP, self.LAST_FILE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: PlaceOverview, column: int) -> str:
        if column == NAME:
            return row.name
        if column == PHASE:
            return f"{len(row.phases)}/{len(PHASES)}"
        if column == BARRIERS:
            return f"{row.barriers_assessed}/{self.barrier_count}"
        if column == TOP:
            return "; ".join(self.barrier_title(b.key, b.title) for b in row.top_barriers)
        if column in self.pillar_columns:
            score = row.pillar_scores.get(self.pillar_columns[column])
            return "–" if score is None else format_decimal(score)
        if column == self.ACTORS:
            return str(row.actors)
        if column == self.MEASURES:
            return " · ".join(str(row.measures.get(status, 0)) for status in SHOWN_STATUSES)
        if column == self.CHECKLISTS:
            share = row.checklist_share
            return "–" if share is None else f"{round(share * 100)} %"
        if column == self.LAST_FILE:
            return format_date(row.last_file_at) if row.last_file_at else "–"
        return ""

    def value(self, row: PlaceOverview, column: int) -> Any:
        """What the column sorts and charts by: numbers by value, text by the house's order."""
        if column == NAME:
            return sort_key(row.name)
        if column == PHASE:
            return len(row.phases)
        if column == BARRIERS:
            return row.barriers_assessed
        if column == TOP:
            return max((b.relevance for b in row.top_barriers), default=-1)
        if column in self.pillar_columns:
            return row.pillar_scores.get(self.pillar_columns[column], -1.0)
        if column == self.ACTORS:
            return row.actors
        if column == self.MEASURES:  # what the cell shows: ideas and cancelled ones only in the tooltip
            return sum(row.measures.get(status, 0) for status in SHOWN_STATUSES)
        if column == self.CHECKLISTS:
            return -1.0 if row.checklist_share is None else row.checklist_share
        if column == self.LAST_FILE:
            return row.last_file_at.timestamp() if row.last_file_at else 0.0
        return 0

    def tooltip(self, row: PlaceOverview, column: int) -> str:
        if column == PHASE:
            names = self.phase_names()
            return ", ".join(names[p] for p in row.phases) or self.tr("Nothing recorded yet")
        if column == TOP:
            return "\n".join(
                fmt(self.tr("%1 (relevance %2)"), self.barrier_title(b.key, b.title), b.relevance)
                for b in row.top_barriers
            )
        if column == self.MEASURES:
            labels = self.catalog.vocab("measure_status")  # the UI language's names, the catalogue's order
            others = sorted(set(row.measures) - set(labels))  # a status of a newer release: its key
            return "\n".join(
                fmt(
                    self.tr("%1: %2"),
                    self.catalog.label("measure_status", status),
                    row.measures.get(status, 0),
                )
                for status in [*labels, *others]
            )
        if column == self.LAST_FILE:
            return row.last_file
        return self.text(row, column)

    def barrier_title(self, key: str | None, own: str) -> str:
        if key is None:
            return own
        try:
            return self.catalog.barrier(key).title
        except KeyError:
            return key

    def numeric(self, column: int) -> bool:
        return column not in (NAME, TOP, self.LAST_FILE)
