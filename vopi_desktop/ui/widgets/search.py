"""A filter proxy for short lists that searches with the house's forgiving key (``textsort.search_key``).

Qt's own fixed-string filter is case-insensitive only: "konigsbruck" would not find "Königsbrück".
The keys are built once per source reset, so a keystroke costs one substring test per row. Long
tables (the 10,000-row actor directory) filter in their own model over precomputed keys instead.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...textsort import search_key, search_words


class SearchFilterProxy(QSortFilterProxyModel):
    """Rows whose display text contains every typed word, umlauts and accents folded."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._keys: dict[int, str] = {}

    def setSourceModel(self, model: object) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in self._signals(old):
                signal.disconnect(self._forget)
        # Connected before the proxy's own handlers, so the keys are gone before it filters again.
        if model is not None:  # None: detached (a combo's completer between two searches)
            for signal in self._signals(model):
                signal.connect(self._forget)
        self._keys = {}
        super().setSourceModel(model)

    @staticmethod
    def _signals(model: object) -> tuple:
        return (
            model.modelAboutToBeReset,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.layoutAboutToBeChanged,
            model.dataChanged,
        )

    def set_search(self, text: str) -> None:
        """Filter by the typed text; an empty text shows every row."""
        words = search_words(text)
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        key = self._keys.get(row)
        if key is None:
            text = (
                self.sourceModel()
                .index(row, self.filterKeyColumn(), parent)
                .data(Qt.ItemDataRole.DisplayRole)
            )
            key = self._keys[row] = search_key(str(text or ""))
        return all(w in key for w in self._words)

    def _forget(self, *_args: object) -> None:
        self._keys = {}
