"""A two-level tree model: the nine barrier groups, each with its barriers, filtered in place."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ....catalog import Catalog
from ....store.dto.barriers import BarrierRow
from ...messages import fmt, plain_tooltip

REF_ROLE = Qt.ItemDataRole.UserRole  # BarrierRow.ref for barrier rows, None for group rows
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # the group key on both levels
FILTERS = ("all", "not_assessed", "high")
RELEVANCE_COLOURS = {0: "#9e9e9e", 1: "#f2c94c", 2: "#f2994a", 3: "#c0392b"}
OTHER_GROUP = ""  # own barriers without (or with an unknown) group

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Group:
    key: str
    title: str
    description: str
    rows: list[BarrierRow] = field(default_factory=list)
    assessed: int = 0
    total: int = 0


def matches(row: BarrierRow, mode: str) -> bool:
    """Whether a row passes the filter: all, not yet assessed, or rated high (3)."""
    if mode == "not_assessed":
        return row.relevance is None
    if mode == "high":
        return row.relevance == 3
    return True


class BarrierTreeModel(QAbstractItemModel):
    """Group rows have internal id 0; a barrier row's internal id is its group's position + 1."""

    COLUMNS = 3  # barrier, relevance, target groups; the evidence shows in the form and the tooltip

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._groups: list[_Group] = []
        self._rows: list[BarrierRow] = []
        self._group_names: dict[str, str] = {}
        self._mode = "all"
        self._relevance = catalog.vocab("relevance")
        self._evidence = catalog.vocab("evidence_kinds")

    # ----- data in
    def set_rows(self, rows: list[BarrierRow], target_group_names: dict[str, str]) -> None:
        self._rows = list(rows)
        self._group_names = dict(target_group_names)
        self._rebuild()

    def set_filter(self, mode: str) -> None:
        self._mode = mode if mode in FILTERS else "all"
        self._rebuild()

    @property
    def filter_mode(self) -> str:
        return self._mode

    def _rebuild(self) -> None:
        self.beginResetModel()
        known = {g.key for g in self.catalog.barrier_groups}
        groups = {g.key: _Group(g.key, g.title, g.description) for g in self.catalog.barrier_groups}
        groups[OTHER_GROUP] = _Group(
            OTHER_GROUP, self.tr("Own barriers without a group"), self.tr("Barriers you added yourself.")
        )
        for row in self._rows:
            group = groups[row.group if row.group in known else OTHER_GROUP]
            group.total += 1
            group.assessed += row.relevance is not None
            if matches(row, self._mode):
                group.rows.append(row)
        self._groups = [g for g in groups.values() if g.rows]
        self.endResetModel()

    # ----- look-ups for the page
    def row_at(self, index: Index) -> BarrierRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].rows[index.row()]

    def group_at(self, index: Index) -> _Group | None:
        if not index.isValid():
            return None
        position = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._groups[position]

    def index_of(self, ref: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, row in enumerate(group.rows):
                if row.ref == ref:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def locator(self, index: Index) -> tuple[str, str] | None:
        """What an index points at in a form that survives a reset: ("row", ref) or ("group", key)."""
        row = self.row_at(index)
        if row is not None:
            return ("row", row.ref)
        group = self.group_at(index)
        return ("group", group.key) if group is not None else None

    def locate(self, locator: tuple[str, str] | None) -> QModelIndex:
        """The index for a ``locator`` after a reset; invalid when the filter hides it now."""
        if locator is None:
            return QModelIndex()
        kind, key = locator
        if kind == "row":
            return self.index_of(key)
        position = next((g for g, group in enumerate(self._groups) if group.key == key), None)
        return self.createIndex(position, 0, 0) if position is not None else QModelIndex()

    def visible_count(self) -> int:
        return sum(len(g.rows) for g in self._groups)

    def flat_position(self, ref: str | None) -> int:
        """Where a barrier sits in the visible list, counting barrier rows only (0 if it is hidden)."""
        rows = [row.ref for group in self._groups for row in group.rows]
        return rows.index(ref) if ref in rows else 0

    def flat_index(self, position: int) -> QModelIndex:
        """The barrier at this position of the visible list, or the last one; invalid when none shows."""
        seen = 0
        for g, group in enumerate(self._groups):
            if position < seen + len(group.rows):
                return self.createIndex(position - seen, 0, g + 1)
            seen += len(group.rows)
        if not self._groups:
            return QModelIndex()
        return self.createIndex(len(self._groups[-1].rows) - 1, 0, len(self._groups))

    # ----- QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Barrier"), self.tr("Relevance"), self.tr("Target groups"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._row_data(self._groups[index.internalId() - 1].rows[index.row()], index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int):  # type: ignore[no-untyped-def]
        if role == GROUP_ROLE:
            return group.key
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return group.title
            if column == 1:
                return f"{group.assessed}/{group.total}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return fmt(self.tr("%1 of %2 rated"), str(group.assessed), str(group.total))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == 0:
            return group.description
        return None

    def _row_data(self, row: BarrierRow, column: int, role: int):  # type: ignore[no-untyped-def]
        if role == REF_ROLE:
            return row.ref
        if role == GROUP_ROLE:
            return row.group
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the full text of a cut cell; user text stays plain
            if column == 0:
                name = self._text(row, 0)
                return plain_tooltip(f"{name}\n\n{row.description}" if row.description else name)
            if column == 1 and row.evidence_kind:
                evidence = self._evidence.get(row.evidence_kind, row.evidence_kind)
                return plain_tooltip(fmt(self.tr("%1, evidence: %2"), self._text(row, 1), evidence))
            return plain_tooltip(self._text(row, column))
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row.relevance is None:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and row.relevance is not None:
            return QColor(RELEVANCE_COLOURS.get(row.relevance, "#9e9e9e"))
        return None

    def _text(self, row: BarrierRow, column: int) -> str:
        if column == 0:
            if row.is_custom:
                return row.title + " " + self.tr("(own)")
            return f"{row.key} {row.title}"
        if column == 1:
            if row.relevance is None:
                return self._relevance.get("not_assessed", "–")
            return self._relevance.get(str(row.relevance), str(row.relevance))
        names = sorted(self._group_names.get(i, "?") for i in row.target_group_ids)
        return ", ".join(names)
