"""Item models of the actor directory: the filtered, sorted table and the trash list.

The table filters in Python over precomputed search keys (``textsort.search_key``) instead of using a
QSortFilterProxyModel: the proxy calls back into Python (filterAcceptsRow or data) once per row
and keystroke, while a list comprehension over plain strings handles 10,000 rows in about a
millisecond. The rows are kept in the current sort order, so filtering never has to sort.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ....catalog import Catalog
from ....store.dto.actors import ActorSummary
from ....textsort import search_key, search_words, sort_key
from ...messages import fmt, plain_tooltip
from ...widgets.optional_date import date_pattern

Index = QModelIndex | QPersistentModelIndex
NAME, TYPE, FIELDS, LANGUAGES, SIZE, CONTACT, REVIEW = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole
# Plain ints: data() runs about 1,500 times per repaint, and comparing against Qt's enum members
# costs an enum look-up each time.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_ID = ID_ROLE.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
OVERDUE_COLOR = QColor("#a40000")
_NO_INDEX = QModelIndex()


def format_date(value: date | datetime | None) -> str:
    """Dates as town-hall staff write them (01.03.2026 in German), in the UI language."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def format_number(value: int) -> str:
    return QLocale().toString(value)


class ActorTableModel(QAbstractTableModel):
    """The actors of one municipality (or all of them), with search, type and language filters."""

    def __init__(self, catalog: Catalog, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._types = catalog.vocab("actor_types")
        self._fields = catalog.vocab("engagement_fields")
        self._languages = catalog.vocab("languages")
        self._rows: list[ActorSummary] = []
        self._display: list[tuple[str, ...]] = []
        self._keys: list[str] = []
        self._overdue: list[bool] = []
        self._order: list[int] = []  # all rows, in the sort order
        self._visible: list[int] = []  # the rows passing the filters, in the sort order
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._text = ""
        self._type = ""
        self._language = ""
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Fields"),
            self.tr("Languages"),
            self.tr("Size"),
            self.tr("Contact"),
            self.tr("Review by"),
        )

    # ----- data in
    def set_rows(self, rows: list[ActorSummary], today: date | None = None) -> None:
        """Take a fresh list from the service; labels and search keys are computed once, here.

        The same field lists, language lists, dates and sizes recur across thousands of actors, so
        each text is made once and looked up after that.
        """
        today = today or date.today()
        types, fields, languages = self._types, self._fields, self._languages
        overdue_text = self.tr("⚠ %1")  # not by colour alone (EN 301 549)
        missing_text = self.tr("missing")
        field_texts: dict[tuple[str, ...], str] = {}
        language_texts: dict[tuple[str, ...], str] = {}
        dates: dict[date, str] = {}
        sizes: dict[int | None, str] = {None: ""}
        label_keys: dict[tuple[str, str, str], str] = {}
        display, keys, overdue = [], [], []
        for r in rows:
            type_label = types.get(r.type, r.type)
            field_text = field_texts.get(r.fields)
            if field_text is None:
                field_text = field_texts[r.fields] = ", ".join(fields.get(k, k) for k in r.fields)
            language_text = language_texts.get(r.languages)
            if language_text is None:
                language_text = language_texts[r.languages] = ", ".join(
                    languages.get(k, k) for k in r.languages
                )
            size = sizes.get(r.size)
            if size is None:
                size = sizes[r.size] = format_number(r.size)  # type: ignore[arg-type]
            review_date = r.review_date
            late = r.has_contact and review_date is not None and review_date < today
            if review_date is None:
                review = missing_text if r.has_contact else ""
            else:
                review = dates.get(review_date) or dates.setdefault(review_date, format_date(review_date))
                if late:
                    review = fmt(overdue_text, review)
            display.append((r.name, type_label, field_text, language_text, size, r.contact_name, review))
            labels = (type_label, field_text, language_text)  # few distinct ones: folded once each
            label_key = label_keys.get(labels)
            if label_key is None:
                label_key = label_keys[labels] = search_key("\n".join(labels))
            keys.append(f"{search_key(r.name)}\n{label_key}\n{search_key(r.contact_name)}")
            overdue.append(late)
        self.beginResetModel()
        self._rows, self._display, self._keys, self._overdue = rows, display, keys, overdue
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.endResetModel()

    def set_filter(
        self, text: str | None = None, type_key: str | None = None, language: str | None = None
    ) -> None:
        """Change any of the three filters (None keeps it) and show the matching rows."""
        if text is not None:
            self._text = text
        if type_key is not None:
            self._type = type_key
        if language is not None:
            self._language = language
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        rows, result = self._rows, self._order
        if self._type:
            wanted = self._type
            result = [i for i in result if rows[i].type == wanted]
        if self._language:
            language = self._language
            result = [i for i in result if language in rows[i].languages]
        keys = self._keys
        for needle in search_words(self._text):
            result = [i for i in result if needle in keys[i]]
        return result

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        rows, display = self._rows, self._display
        names = [sort_key(r.name) for r in rows]  # "Ökumenischer Kreis" with the O's, not after Z
        if column == SIZE:
            keys: list[object] = [
                (-1 if r.size is None else r.size, n) for r, n in zip(rows, names, strict=True)
            ]
        elif column == REVIEW:
            keys = [(r.review_date or date.max, n) for r, n in zip(rows, names, strict=True)]
        elif column == NAME:
            keys = names  # type: ignore[assignment]
        else:
            keys = [(sort_key(d[column]), n) for d, n in zip(display, names, strict=True)]
        result = sorted(range(len(rows)), key=keys.__getitem__)
        if order == Qt.SortOrder.DescendingOrder:
            result.reverse()
        return result

    # ----- data out
    def total(self) -> int:
        return len(self._rows)

    def summary(self, row: int) -> ActorSummary:
        return self._rows[self._visible[row]]

    def row_of(self, actor_id: str) -> int:
        """The visible row of an actor, -1 when it is filtered out or unknown."""
        for position, i in enumerate(self._visible):
            if self._rows[i].id == actor_id:
                return position
        return -1

    def holds(self, actor_id: str) -> bool:
        """Whether the rows hold this actor, shown or filtered out."""
        return any(r.id == actor_id for r in self._rows)

    def visible_names(self) -> list[str]:
        return [self._rows[i].name for i in self._visible]

    # ----- QAbstractTableModel
    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        if role == _DISPLAY:  # the common case first, without further checks
            return self._display[self._visible[index.row()]][index.column()]
        if role in (_FOREGROUND, _FONT):
            i = self._visible[index.row()]
            if index.column() == REVIEW and self._overdue[i]:
                return OVERDUE_COLOR if role == _FOREGROUND else self._bold
            return None
        if role == _ALIGN:
            return _RIGHT if index.column() == SIZE else None
        if role == _TOOLTIP:
            i = self._visible[index.row()]
            if index.column() == REVIEW and self._overdue[i]:
                return self.tr("Review date passed: review or delete the contact details.")
            return plain_tooltip(self._display[i][index.column()])  # a name with <b> shows its brackets
        if role == _ID:
            return self._rows[self._visible[index.row()]].id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when a header is clicked."""
        if (column, order) == self._sort and self._order:
            return
        self._sort = (column, order)
        self.beginResetModel()
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.endResetModel()


class TrashModel(QAbstractTableModel):
    """The actors in the trash: name, type and when they were moved there."""

    def __init__(self, catalog: Catalog, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._types = catalog.vocab("actor_types")
        self._rows: list[ActorSummary] = []
        self._headers = (self.tr("Name"), self.tr("Type"), self.tr("Moved to the trash"))

    def set_rows(self, rows: list[ActorSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def summary(self, row: int) -> ActorSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, ID_ROLE):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if index.column() == 0:
            return row.name
        if index.column() == 1:
            return self._types.get(row.type, row.type)
        return format_date(row.deleted_at)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
