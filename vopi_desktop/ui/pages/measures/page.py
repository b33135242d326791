"""Maßnahmen (the Umsetzungsplan): a filtered, sortable list and the form with steps beside it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.actors import ActorSummary
from ....store.dto.measures import Measure, MeasureInput
from ....store.dto.outreach import Opportunity
from ....textsort import sort_key
from ...context import AppContext
from ...messages import ask, fmt
from ...record_commands import Edited, swap
from ...widgets.search_combo import SearchCombo
from ..base import Page
from ..new_record import NewRecordFlow
from . import commands, open_request
from .columns import MeasureColumns
from .form import MeasureForm
from .help import measures_help
from .model import ID, MeasureFilter, MeasureTableModel


@dataclass(frozen=True)
class Loaded:
    measures: list[Measure]
    actors: list[ActorSummary]  # the trash included: a measure may name one
    groups: list[tuple[str, str]]
    barriers: list[tuple[str, str]]
    opportunities: list[Opportunity]


def fetch(ws, mid: str) -> Loaded:
    """Measures and the choices the form offers (actors, target groups, stored barriers, engagement
    opportunities)."""
    actors = ws.actors.list(mid, include_deleted=True)
    groups = [(g.id, g.name) for g in ws.target_groups.list(mid)]
    barriers = [
        (b.id, (f"{b.key} " if b.key else "") + b.title) for b in ws.barriers.list(mid) if b.id is not None
    ]
    return Loaded(ws.measures.list(mid), actors, groups, barriers, ws.outreach.list(mid))


class MeasuresPage(NewRecordFlow, Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        catalog = ctx.catalog
        self._selecting = False
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Title, goal or who is responsible"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), "")
        for key, label in catalog.vocab("measure_status").items():
            self.status_filter.addItem(label, key)
        self.pillar_filter = QComboBox()
        self.pillar_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pillar_filter.setMinimumContentsLength(12)
        self.pillar_filter.addItem(self.tr("Every pillar"), "")
        for pillar in catalog.pillars:
            self.pillar_filter.addItem(pillar.title, pillar.key)
        # a Landkreis may have hundreds responsible: a part of the name finds one, as in the form
        self.responsible_filter = SearchCombo()
        self.responsible_filter.setMinimumContentsLength(12)
        self.responsible_filter.addItem(self.tr("Everyone responsible"), None)  # emptied text: everyone
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.count_label = QLabel()
        filters = QHBoxLayout()
        more = QHBoxLayout()  # a second row, so the page fits 1024 pixels
        for row, text, widget, stretch in (
            (filters, self.tr("Search:"), self.search, 1),
            (more, self.tr("Status:"), self.status_filter, 0),
            (more, self.tr("Pillar:"), self.pillar_filter, 1),
            (more, self.tr("Responsible:"), self.responsible_filter, 1),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            row.addWidget(label)
            row.addWidget(widget, stretch)
        filters.addWidget(self.count_label)
        more.addWidget(self.overdue)

        self.model = MeasureTableModel(catalog, self)
        self.proxy = MeasureFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Measures"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 230)
        header.resizeSection(2, 160)  # who is responsible; the layout memory may bring other widths
        ctx.layout.remember(header, "measures/columns")
        self.columns = MeasureColumns(self.table)  # the status in view beside the title at any width
        self.new_button = QPushButton(self.tr("&New measure"))
        self.new_button.setToolTip(self.tr("Add a measure (Insert)"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the selected measure with its steps (Del)"))
        # No Alt letter: the page's form takes every letter of the word; Ctrl+P is its key.
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the measures plan"))
        self.print_button.setToolTip(self.tr("Print the measures plan with every measure (Ctrl+P)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.form = MeasureForm(catalog)
        self.form.save_handler = self._save
        self.add_editor(self.form)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        ctx.layout.remember(splitter, "measures/splitter")

        layout = self.page_layout()
        layout.addLayout(filters)
        layout.addLayout(more)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.status_filter.currentIndexChanged.connect(
            lambda: self._filter(status=self.status_filter.currentData())
        )
        self.pillar_filter.currentIndexChanged.connect(
            lambda: self._filter(pillar=self.pillar_filter.currentData())
        )
        self.responsible_filter.currentIndexChanged.connect(
            lambda: self._filter(responsible=self.responsible_filter.currentData() or "")
        )
        self.overdue.toggled.connect(lambda on: self._filter(overdue=on))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_measure)
        self.form.revert_button.clicked.connect(self._after_revert)
        self.delete_button.clicked.connect(self.delete_current)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(False))
        insert = QShortcut(
            QKeySequence(Qt.Key.Key_Insert), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        insert.activated.connect(self.new_measure)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, context=Qt.ShortcutContext.WidgetShortcut
        )
        delete.activated.connect(self.delete_current)
        self.disable_while_loading(self.new_button, self.delete_button, insert, delete)

    # ----- loading
    def reload(self) -> None:
        mid = self.municipality_id
        if mid is not None:
            self.load(lambda ws: fetch(ws, mid), self._show)

    def lists(self, record_id: str) -> bool:
        return self.model.row_of(record_id) >= 0

    def clear(self) -> None:
        self.model.set_rows([])
        self.form.new = False
        self.form.show_row(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        wanted = open_request.take(self.ctx, "measures")
        if wanted:
            self.select_after_load = wanted
            if not self.loading:
                self.select(wanted)

    def _show(self, data: Loaded) -> None:
        shown = self.current_id()
        self.form.set_choices(data.actors, data.groups, data.barriers, data.opportunities)
        current = self.responsible_filter.currentData()
        self.responsible_filter.blockSignals(True)
        self.responsible_filter.clear()
        self.responsible_filter.addItem(self.tr("Everyone responsible"), None)
        named = {
            m.responsible_actor_id: m.responsible_actor_name for m in data.measures if m.responsible_actor_id
        }
        for actor_id, name in sorted(named.items(), key=lambda item: sort_key(item[1])):
            self.responsible_filter.addItem(name, actor_id)
        self.responsible_filter.setCurrentIndex(max(0, self.responsible_filter.findData(current)))
        self.responsible_filter.blockSignals(False)
        self.model.set_rows(data.measures)
        keep = self.take_selection(lambda wanted: self.model.row_of(wanted) >= 0, shown)
        if self.form.new:  # a measure being written, not stored yet: it stays in the form
            self.show_body()
            self._show_new()
            self._update_count()
            return
        if not data.measures:
            self.form.show_row(None)
            self.show_empty(
                self.tr("No measures yet"),
                self.tr(
                    "Plan the first measure of the Umsetzungsplan: what is to be done, for whom, against which "
                    "barrier, by whom and by when. Tip: on the Coverage page, the barriers rated 2 or 3 offer "
                    "the catalogue's approaches as ready-made measures."
                ),
                self.tr("&New measure"),
                self.new_measure,
            )
            return
        self.show_body()
        if self.model.row_of(keep) < 0:  # gone (deleted, or its creation undone): the first row instead
            keep = None
        self.select(keep or self.proxy.index(0, 0).data(ID))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("%n measure(s)", "", total)
            if shown == total
            else fmt(self.tr("%1 of %2 shown"), shown, total)
        )
        self.count_label.setText(text)

    # ----- selection
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID) if index.isValid() else None

    def select(self, measure_id: str | None) -> None:
        row = self.model.row_of(measure_id)
        if row < 0:
            self.form.show_row(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything so the record is in view
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.pillar_filter.setCurrentIndex(0)
            self.responsible_filter.setCurrentIndex(0)
            self.overdue.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._selecting = True
        try:
            self.table.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._selecting = False
        self.table.scrollTo(index)
        self.form.show_row(self.model.rows[row])
        self.update_actions()

    def _current_changed(self) -> None:
        if self._selecting:
            return
        measure_id = self.current_id()
        shown = self.form.row.id if self.form.row is not None else None
        if measure_id == shown:
            return
        if self.form.is_dirty() and not self.leave_ok():
            if self.form.new:
                self._show_new()
            else:
                self.select(shown)  # stay with the unsaved input
            return
        row = self.model.row_of(measure_id)
        self.form.show_row(self.model.rows[row] if row >= 0 else None)
        self.update_actions()

    def _filter(self, **values: object) -> None:
        keep = self.current_id()
        self.proxy.set_filter(**values)
        self._update_count()
        if keep and self.proxy.mapFromSource(self.model.index(self.model.row_of(keep), 0)).isValid():
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(keep), 0))
            self.table.setCurrentIndex(index)

    def update_actions(self) -> None:
        self.delete_button.setEnabled(not self.loading and self.current_id() is not None)

    # ----- writing
    def new_measure(self) -> None:
        """An empty form; the measure is stored by its first Save (``_save``), Revert drops it."""
        self.begin_new(self.form.title_edit)

    def record_list(self) -> QAbstractItemView:
        return self.table

    def first_listed(self) -> str | None:
        # "" when the search hides every row: select("") then shows no measure, as before
        return (self.proxy.index(0, 0).data(ID) or "") if self.model.rowCount() else None

    def _show_new(self) -> None:
        """The new measure's form stays; no row of the table is current (none is shown)."""
        self._selecting = True
        try:
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
        finally:
            self._selecting = False
        self.update_actions()

    def delete_current(self) -> None:
        row = self.form.row
        if row is None or self.municipality_id is None:
            return
        question = fmt(self.tr("Delete the measure “%1” with its steps?"), row.title)
        if row.idea_ids:  # they follow it: "Ausgewählt" again, Ctrl+Z takes them over again
            question += " " + self.tr(
                "%n idea(s) it came from will then be “Selected” again.", "", len(row.idea_ids)
            )
        if not ask(self, self.tr("Delete measure"), question):
            return
        self.change(
            fmt(self.tr("Measure “%1” deleted"), row.title),
            commands.Exists(self.municipality_id, record=row),
            commands.remove,
            commands.bring,
        )
        self.form.show_row(None)
        self.reload()

    def _save(self, data: MeasureInput) -> bool:
        current, mid = self.form.row, self.municipality_id
        if current is None:
            if not self.form.new or mid is None:
                return False
            name = fmt(self.tr("Measure “%1” created"), data.title.strip())
            state = commands.Exists(mid, data)
            return self.save_form(
                self.form, name, state, commands.bring, commands.remove, lambda st: st.record
            )
        name = fmt(self.tr("Measure “%1” edited"), data.title.strip() or current.title)
        return self.save_form(self.form, name, Edited("measures", current, data), swap, swap, Edited.stored)

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def help_text(self) -> str:
        return measures_help()
