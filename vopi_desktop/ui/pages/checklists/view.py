"""A checklist on screen: overall progress, sections with their progress bars, items with tick boxes.

The tick box of an item saves at once (done or open) as an undoable command, as the house does for
single ticks; the rest of an item (state, note, responsible, due date) is edited in the item form
beside the list. Not-relevant items are greyed and leave the count. Overdue items carry a warning
sign. Every user text is plain: tree items never interpret markup, tooltips are escaped.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....analysis.checklists import Progress, is_overdue, progress
from ....catalog import Catalog, ChecklistTemplate
from ....store.dto.checklists import Checklist, ChecklistItem
from ...messages import fmt, plain_tooltip
from ...widgets.optional_date import date_pattern

ITEM_ROLE = Qt.ItemDataRole.UserRole
CHECK = {"done": Qt.CheckState.Checked, "in_progress": Qt.CheckState.PartiallyChecked}


def format_date(value: date | None) -> str:
    """A date in the locale's short form with a four-digit year ("" for none)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def progress_text(widget: QWidget, value: Progress) -> str:
    if value.counted == 0:
        return QCoreApplication.translate("Checklists", "nothing to count")
    return fmt(QCoreApplication.translate("Checklists", "%1 of %2 done"), value.done, value.counted)


def make_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setAccessibleName(name)
    bar.setTextVisible(True)
    return bar


def set_bar(bar: QProgressBar, value: Progress, text: str) -> None:
    bar.setValue(value.percent or 0)
    bar.setFormat(f"{value.percent} %" if value.percent is not None else "–")
    bar.setToolTip(plain_tooltip(text))
    bar.setAccessibleDescription(text)


class ChecklistView(QWidget):
    """Shows one checklist; ``current_changed(item or None)``, ``tick(item, done)``."""

    current_changed = Signal(object)
    tick = Signal(object, bool)

    def __init__(
        self, catalog: Catalog, status_labels: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.status_labels = dict(status_labels)
        self.checklist: Checklist | None = None
        self.today = date.today()
        self._filling = False
        self.overall = make_bar(self.tr("Overall progress"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Checklist items"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("State"), self.tr("Responsible"), self.tr("Due")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)  # names elide, tooltip has them
        header.resizeSection(2, self.fontMetrics().horizontalAdvance("Vielfaltsbeauftragte") // 2 + 40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overall)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.tree.currentItemChanged.connect(self._current)
        self.tree.itemChanged.connect(self._changed)
        self.section_bars: dict[str, QProgressBar] = {}

    # ----- showing
    def template(self) -> ChecklistTemplate | None:
        return None if self.checklist is None else self.catalog.checklists[self.checklist.template_key]

    def text_of(self, item: ChecklistItem) -> tuple[str, str]:
        """The statement and hint of an item: from the catalogue, or the own item's text."""
        if item.own:
            return item.text, self.tr("Own item of this checklist.")
        tpl = self.template()
        found = next((i for i in tpl.items if i.key == item.key), None) if tpl else None
        return (found.text, found.hint) if found else (item.key, "")

    def set_checklist(self, checklist: Checklist | None, today: date | None = None) -> None:
        """Show a checklist (None: nothing); the current item stays current when it is still there."""
        self.today = today or date.today()
        keep = self.current_item()
        self.checklist = checklist
        self._filling = True
        self.tree.clear()
        self.section_bars = {}
        try:
            if checklist is not None:
                self._fill(checklist)
        finally:
            self._filling = False
        target = None
        if keep is not None:
            target = self._find(keep.id)
        if target is None and self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            target = first.child(0) if first.childCount() else first
        if target is not None:
            self.tree.setCurrentItem(target)
        self._current()

    def _fill(self, checklist: Checklist) -> None:
        tpl = self.template()
        assert tpl is not None
        result = progress(checklist.items, [s.key for s in tpl.sections])
        late = sum(1 for i in checklist.items if is_overdue(i, self.today))
        summary = progress_text(self, result.overall)
        if result.overall.not_relevant:
            summary += " · " + self.tr("%n not relevant", "", result.overall.not_relevant)
        if late:
            summary += " · " + self.tr("%n overdue", "", late)
        self.summary.setText(summary)
        set_bar(self.overall, result.overall, summary)
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        by_section: dict[str, list[ChecklistItem]] = {}
        for item in checklist.items:
            by_section.setdefault(item.section, []).append(item)
        for section in tpl.sections:
            node = QTreeWidgetItem([section.title, "", "", ""])
            node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            self.tree.addTopLevelItem(node)
            value = result.sections.get(section.key, Progress())
            text = fmt(self.tr("%1: %2"), section.title, progress_text(self, value))
            bar = make_bar(fmt(self.tr("Progress of %1"), section.title))
            set_bar(bar, value, text)
            bar.setMaximumHeight(self.tree.fontMetrics().height() + 4)
            self.section_bars[section.key] = bar
            node.setData(0, ITEM_ROLE, section.key)
            node.setToolTip(0, plain_tooltip(text))
            for item in by_section.get(section.key, []):
                statement, _hint = self.text_of(item)
                overdue = is_overdue(item, self.today)
                state = self.status_labels.get(item.status, item.status)
                shown = statement if not item.own else fmt(self.tr("%1 (own item)"), statement)
                due = format_date(item.due_on) if item.due_on else ""
                if overdue:
                    due = "⚠ " + due
                child = QTreeWidgetItem([shown, state, item.responsible, due])
                if overdue:
                    child.setToolTip(3, fmt(self.tr("%1, overdue"), due))
                    child.setData(3, Qt.ItemDataRole.AccessibleTextRole, fmt(self.tr("%1, overdue"), due))
                child.setData(0, ITEM_ROLE, item)
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                child.setCheckState(0, CHECK.get(item.status, Qt.CheckState.Unchecked))
                child.setToolTip(0, plain_tooltip(statement))
                child.setToolTip(2, plain_tooltip(item.responsible))
                if item.status == "not_relevant":
                    for column in range(4):
                        child.setForeground(column, grey)
                node.addChild(child)
            node.setExpanded(True)
            self.tree.setItemWidget(node, 1, bar)

    def _find(self, item_id: str) -> QTreeWidgetItem | None:
        for n in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(n)
            for m in range(node.childCount()):
                data = node.child(m).data(0, ITEM_ROLE)
                if isinstance(data, ChecklistItem) and data.id == item_id:
                    return node.child(m)
        return None

    # ----- reading
    def current_item(self) -> ChecklistItem | None:
        node = self.tree.currentItem()
        data = node.data(0, ITEM_ROLE) if node is not None else None
        return data if isinstance(data, ChecklistItem) else None

    def current_section(self) -> str | None:
        node = self.tree.currentItem()
        if node is None:
            return None
        data = node.data(0, ITEM_ROLE)
        return data.section if isinstance(data, ChecklistItem) else str(data)

    def select_item(self, item_id: str) -> None:
        node = self._find(item_id)
        if node is not None:
            self.tree.setCurrentItem(node)

    # ----- signals
    def _current(self, *_args: object) -> None:
        if not self._filling:
            self.current_changed.emit(self.current_item())

    def _changed(self, node: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        item = node.data(0, ITEM_ROLE)
        if not isinstance(item, ChecklistItem):
            return
        checked = node.checkState(0) == Qt.CheckState.Checked
        if checked == (item.status == "done"):
            return
        # Later, not inside the view's own click or key handling: the write rebuilds the tree, and
        # deleting the item Qt is still toggling would crash.
        QTimer.singleShot(0, self, lambda: self.tick.emit(item, checked))
