"""The table of opportunities and its filter: forgiving search, language, feature, actor type."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ....catalog.outreach import OutreachCatalog
from ....store.dto.outreach import Opportunity
from ...messages import plain_tooltip
from ...widgets.search import SearchFilterProxy

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def language_names(cat: OutreachCatalog, ui_lang: str, codes: Sequence[str]) -> str:
    """Languages by their name in the UI language ("Einfache Sprache, Englisch"), not their codes."""
    names = []
    for code in codes:
        lang = cat.language(code)
        names.append(lang.de if ui_lang == "de" else lang.en)
    return ", ".join(names)


class OpportunityModel(QAbstractTableModel):
    def __init__(self, cat: OutreachCatalog, ui_lang: str, parent: object = None) -> None:
        super().__init__(parent)
        self.cat, self.ui_lang = cat, ui_lang
        self.rows: list[Opportunity] = []
        self.today = date.today()
        self.headers = [
            self.tr("Opportunity"),
            self.tr("Actor"),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("Missing languages"),
        ]

    def set_rows(self, rows: Sequence[Opportunity]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = date.today()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def state(self, o: Opportunity) -> str:
        """Open, paused, ended – and why a document leaves it out."""
        if o.actor_trashed:
            return self.tr("Actor in the trash: left out")
        if o.expired(self.today):
            return self.tr("Expired: left out")
        return {"open": self.tr("Open"), "paused": self.tr("Paused"), "ended": self.tr("Ended")}.get(
            o.status, o.status
        )

    def missing(self, o: Opportunity) -> str:
        return language_names(self.cat, self.ui_lang, o.missing(self.cat.codes)) or self.tr("none")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        o = self.rows[index.row()]
        if role == ROW_ROLE:
            return o
        if role == Qt.ItemDataRole.ToolTipRole:  # user text: shown literally, never as HTML
            return plain_tooltip(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return o.title
            if column == 1:
                return o.actor_name
            if column == 2:
                return self.cat.s(self.ui_lang, f"kind.{o.kind}")
            if column == 3:
                return self.state(o)
            return self.missing(o)
        return None


class OpportunityFilter(SearchFilterProxy):
    """The house's forgiving search over title and actor, plus the three choice filters."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.language = ""
        self.feature = ""
        self.actor_type = ""

    def set_choices(self, language: str, feature: str, actor_type: str) -> None:
        self.beginFilterChange()
        self.language, self.feature, self.actor_type = language, feature, actor_type
        self.endFilterChange(SearchFilterProxy.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        o: Opportunity = self.sourceModel().index(row, 0, parent).data(ROW_ROLE)
        if (
            self.language
            and self.language not in o.described_in([self.language])
            and self.language not in o.languages
        ):
            return False
        if self.feature and self.feature not in o.features:
            return False
        if self.actor_type and o.actor_type != self.actor_type:
            return False
        return super().filterAcceptsRow(row, parent)
