"""A list of tickable choices (pillars, channels, languages, linked records): keyboard with Space,
the choice read back as keys in the order the choices came (the usual order).

The ticked choices stand first, each part in the usual order, so a record's three partners are seen at
once among 1,261 actors. The rows are sorted so when the list is filled for a record (``set_choices``,
``set_checked``) and when the search changes, never while one ticks: the row under the mouse stays.

A long list (a Landkreis ticks partners among 1,261 actors) brings a bar above it: a search line with
the house's forgiving search ("konigs" finds Königsbrück), the count of ticked choices and "only
ticked". Filtering only hides rows, so a tick is never lost. The list stays the field the form knows
(``checked()``, ``item()``, focus); ``form_field()`` is what a form's row shows — bar and list —
and ``FormRows`` places it by itself. A short list shows no bar and looks as it always did.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...textsort import search_key, search_words
from ..messages import fmt, plain_tooltip

SEARCH_FROM = 13  # a list of more than 12 choices gets the search bar
_TIP_NAMES = 15  # the count's tooltip names this many ticked choices, then "…"


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
        self._choices: list[tuple[str, str]] = []  # (key, label) in the usual order
        self._search_keys: list[str] = []  # each choice's search key, built once per set_choices
        self._position: dict[str, int] = {}  # a key's place in the usual order
        self._rows: list[int] = []  # the choice each row shows (ticked first)
        self._keys: list[str] = []  # each row's search key
        self._hidden: set[int] = set()  # the rows the search hides now
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setAccessibleName(fmt(self.tr("Search in: %1"), name))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.only_ticked = QCheckBox(self.tr("only ticked"))
        self.only_ticked.setAccessibleName(fmt(self.tr("Show only the ticked ones: %1"), name))
        # The row a form shows: the bar, then the list (``form_field``). The bar's widgets join the
        # row first, so Tab goes search, toggle, list, next field.
        self._field = QWidget()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.only_ticked)
        self._column = QVBoxLayout(self._field)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(2)
        self._column.addLayout(bar)
        self._show_bar(False)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._search_changed)
        self.only_ticked.toggled.connect(self._filter)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.changed.connect(self._count)

    def set_choices(self, choices: Iterable[tuple[str, str]], checked: Sequence[str] = ()) -> None:
        """(key, label) pairs in their usual order; labels are user or catalogue text, shown as
        plain text. The ticked ones stand first."""
        self._choices = list(choices)
        self._search_keys = [search_key(label) for _key, label in self._choices]
        self._position = {key: i for i, (key, _label) in enumerate(self._choices)}
        self._fill(set(checked))
        self._show_bar(self.count() >= SEARCH_FROM)
        self._filter()
        self.changed.emit()

    def set_checked(self, keys: Sequence[str]) -> None:
        """Tick these keys, ticked first; a key not among the choices (a record gone meanwhile) is
        ignored. Another record shown starts with the whole list: search and "only ticked" are cleared."""
        wanted = set(keys)
        if self._order(wanted) != self._rows:
            self._fill(wanted)
        else:  # the rows stand right: only the changed ticks, each one repaints
            on, off, key_role = Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.ItemDataRole.UserRole
            self.blockSignals(True)
            for item in map(self.item, range(self.count())):
                state = on if item.data(key_role) in wanted else off
                if item.checkState() != state:
                    item.setCheckState(state)
            self.blockSignals(False)
        for widget in (self.search, self.only_ticked):
            widget.blockSignals(True)
        self.search.clear()
        self.only_ticked.setChecked(False)
        for widget in (self.search, self.only_ticked):
            widget.blockSignals(False)
        self._filter()
        self.changed.emit()

    def checked(self) -> tuple[str, ...]:
        """The ticked keys in the usual order, wherever their rows stand."""
        on, key_role = Qt.CheckState.Checked, Qt.ItemDataRole.UserRole
        ticked = [
            item.data(key_role) for item in map(self.item, range(self.count())) if item.checkState() == on
        ]
        return tuple(sorted(ticked, key=self._position.__getitem__))

    def keys(self) -> tuple[str, ...]:
        """Every choice's key in the usual order."""
        return tuple(key for key, _label in self._choices)

    # ----- ticked first
    def _order(self, ticked: set[str]) -> list[int]:
        """The choices' order on screen: the ticked ones, then the rest, each in the usual order."""
        first = [i for i, (key, _label) in enumerate(self._choices) if key in ticked]
        chosen = set(first)
        return first + [i for i in range(len(self._choices)) if i not in chosen]

    def _fill(self, ticked: set[str]) -> None:
        """Make the rows anew, ``ticked`` first (every row shown; ``_filter`` hides again)."""
        on, off = Qt.CheckState.Checked, Qt.CheckState.Unchecked  # looked up once, not per row
        checkable, key_role = Qt.ItemFlag.ItemIsUserCheckable, Qt.ItemDataRole.UserRole
        self._rows = self._order(ticked)
        self.blockSignals(True)
        self.setUpdatesEnabled(False)
        self.clear()
        for i in self._rows:
            key, label = self._choices[i]
            item = QListWidgetItem(label)
            item.setData(key_role, key)
            item.setToolTip(plain_tooltip(label))
            item.setFlags(item.flags() | checkable)
            item.setCheckState(on if key in ticked else off)
            self.addItem(item)
        self._keys = [self._search_keys[i] for i in self._rows]
        self._hidden = set()
        self.setUpdatesEnabled(True)
        self.blockSignals(False)

    def _search_changed(self) -> None:
        """A new search sorts again: what was ticked since goes to the top of what is found."""
        ticked = set(self.checked())
        if self._order(ticked) != self._rows:
            self._fill(ticked)
        self._filter()

    # ----- the search bar
    def form_field(self) -> QWidget:
        """What a form's row shows: the search bar (for a long list) above the list."""
        if self.parentWidget() is not self._field:
            self._column.addWidget(self)
        return self._field

    def _has_bar(self) -> bool:
        return self.parentWidget() is self._field and not self.search.isHidden()

    def _show_bar(self, on: bool) -> None:
        for widget in (self.search, self.count_label, self.only_ticked):
            widget.setVisible(on)
        # the row's label (Alt+letter) lands on the search when there is one
        self._field.setFocusProxy(self.search if on else self)

    def _filter(self) -> None:
        """Hide the rows the search does not find (and unticked ones under "only ticked")."""
        words = search_words(self.search.text()) if self._has_bar() else []
        only = self._has_bar() and self.only_ticked.isChecked()
        hide: set[int] = set()
        if words or only:
            checked = Qt.CheckState.Checked
            hide = {
                i
                for i, key in enumerate(self._keys)
                if not all(w in key for w in words) or (only and self.item(i).checkState() != checked)
            }
        if hide != self._hidden:
            self.setUpdatesEnabled(False)
            for i in hide ^ self._hidden:
                self.setRowHidden(i, i in hide)
            self._hidden = hide
            self.setUpdatesEnabled(True)
        current = self.currentRow()
        if current >= 0 and self.isRowHidden(current):
            self.setCurrentRow(-1)

    def _count(self) -> None:
        if self.search.isHidden():
            return  # a short list shows no count
        checked = Qt.CheckState.Checked
        ticked = [item.text() for item in map(self.item, range(self.count())) if item.checkState() == checked]
        self.count_label.setText(self.tr("%n ticked", "", len(ticked)))
        names = "\n".join(ticked[:_TIP_NAMES]) + ("\n…" if len(ticked) > _TIP_NAMES else "")
        self.count_label.setToolTip(plain_tooltip(names) if ticked else "")

    def _first_shown(self) -> int:
        return next((i for i in range(self.count()) if i not in self._hidden), -1)

    def _into_list(self) -> None:
        current = self.currentRow()
        if current < 0 or self.isRowHidden(current):
            self.setCurrentRow(self._first_shown())
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search: Down (or Enter) moves into the list, Escape empties the search."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._first_shown() >= 0:
                    self._into_list()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up on the first row found goes back to the search."""
        if (
            event.key() == Qt.Key.Key_Up
            and not event.modifiers()
            and self._has_bar()
            and self.currentRow() == self._first_shown()
        ):
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Letters typed in a long list go into its search line (a 1,261-row list is not browsed)."""
        if self._has_bar() and search.strip():
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.insert(search)
            return
        super().keyboardSearch(search)
