"""Prozessbegleitung: every municipality of the workspace (from their .vopi files) side by side —
phases, barriers, pillar means, measures, checklists, last file received — sortable, with a chart
of the column the table is sorted by."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QWidget,
)

from ....store.dto.consultant import PlaceOverview
from ...context import AppContext
from ...messages import fmt, plain_label
from ..base import Page
from .chart import BarChart
from .model import BARRIERS, NAME, PHASE, SORT_ROLE, ComparisonModel


class ConsultantPage(Page):
    needs_municipality = False  # it is about all of them
    open_municipality = Signal(str)  # a row opened (Enter, double-click): the window switches to it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = ComparisonModel(ctx.catalog, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Comparison of the municipalities"))
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no Tab trap)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = plain_label()
        self.chart = BarChart()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        chart_area = QScrollArea()
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.chart)
        splitter.addWidget(chart_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 280])
        splitter.setChildrenCollapsible(False)
        ctx.layout.remember(splitter, "consultant/splitter")
        # the comparison on paper for a network meeting, as Ctrl+P prints it
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the comparison of all municipalities"))
        self.print_button.setToolTip(self.tr("Print the comparison of all municipalities (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(False))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button)
        layout = self.page_layout()
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        header.sortIndicatorChanged.connect(self._sorted)
        self.table.activated.connect(self._opened)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)

    # ----- page protocol
    def reload(self) -> None:
        self.load(lambda ws: ws.consultant.overview(), self._show)

    def clear(self) -> None:
        self.model.set_rows([])

    def help_text(self) -> str:
        return self.tr(
            "One row per municipality of this workspace, e.g. from the files they sent. Click a column "
            "header to sort by it; the chart below shows that column for all municipalities. Enter or a "
            "double-click on a row opens that municipality. “Print…” or Ctrl+P prints the comparison "
            "(from two municipalities on)."
        )

    def _show(self, rows: list[PlaceOverview]) -> None:
        if not rows:
            self.show_empty(
                self.tr("No municipalities yet"),
                self.tr(
                    "Take in the .vopi files the municipalities send (area Exchange); each one then appears here."
                ),
                self.tr("Go to &Exchange"),
                lambda: self.navigate.emit("exchange"),
            )
            return
        self.show_body()
        self.model.set_rows(rows)
        received = sum(1 for r in rows if r.last_file_at is not None)
        self.summary.setText(
            fmt(self.tr("Municipalities: %1, a file received from %2 of them"), len(rows), received)
        )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long texts elide; a number column shows its header
            if not self.model.numeric(column):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._sorted(
            self.table.horizontalHeader().sortIndicatorSection(),
            self.table.horizontalHeader().sortIndicatorOrder(),
        )

    def _opened(self, index: QModelIndex) -> None:
        row = self.proxy.mapToSource(index).row()
        if 0 <= row < len(self.model.rows):
            self.open_municipality.emit(self.model.rows[row].id)

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        """The chart follows the sorted column (barriers rated when the table is sorted by a text column)."""
        if not self.model.numeric(column):
            column = BARRIERS
        values: list[tuple[str, float | None]] = []
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, NAME)).row()
            place = self.model.rows[source]
            value = self.model.value(place, column)
            values.append((place.name, float(value) if value >= 0 else None))  # below 0: the table's "–"
        maximum = {PHASE: 6.0, BARRIERS: float(self.model.barrier_count)}.get(column)
        if column in self.model.pillar_columns:
            maximum = 5.0
        elif column == self.model.CHECKLISTS:  # shares as percent
            values = [(name, None if v is None else round(v * 100)) for name, v in values]
            maximum = 100.0
        title = self.model.headers()[column]
        if column == self.model.MEASURES:  # one bar for three numbers: say what it stands for
            title = fmt(self.tr("%1 (their sum)"), title)
        self.chart.show_values(title, values, maximum)
