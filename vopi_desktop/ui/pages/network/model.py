"""Qt list models over the network's plain data: the actors, and the links of one actor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ....store.dto.network import Link, Node
from ....textsort import search_key, search_words

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class NodeListModel(QAbstractListModel):
    """Actors as "Name · Type"; the id in ``ID_ROLE``. Used by the actor list and the target combo."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._nodes: list[Node] = []
        self._texts: list[str] = []

    def set_nodes(self, nodes: Sequence[Node], type_labels: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._nodes = list(nodes)
        self._texts = [f"{n.name} · {type_labels.get(n.type, n.type)}" for n in self._nodes]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._nodes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._nodes):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[index.row()]
        if role == ID_ROLE:
            return self._nodes[index.row()].id
        return None

    def search(self, text: str) -> list[int]:
        """The rows whose "Name · Type" contains every word of ``text``, umlauts and accents folded."""
        words = search_words(text)
        keys = [search_key(t) for t in self._texts]
        return [row for row, key in enumerate(keys) if all(w in key for w in words)]

    def row_of(self, node_id: str | None) -> int:
        for row, node in enumerate(self._nodes):
            if node.id == node_id:
                return row
        return -1


@dataclass(frozen=True)
class LinkRow:
    link: Link
    partner: str  # name of the actor at the other end
    kind_label: str


class LinkListModel(QAbstractListModel):
    """The links of the selected actor: "●●○  Partner · Kind"."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[LinkRow] = []

    def set_rows(self, rows: Sequence[LinkRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            dots = "●" * row.link.strength + "○" * (3 - row.link.strength)
            return f"{dots}  {row.partner} · {row.kind_label}"  # strength first: never elided
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.link.note or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.partner}, {row.kind_label}, {row.link.strength}/3"
        if role == ID_ROLE:
            return row.link.id
        return None

    def row(self, n: int) -> LinkRow | None:
        return self._rows[n] if 0 <= n < len(self._rows) else None
