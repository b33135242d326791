"""Abdeckung: barriers rated 2–3 against the measures (or the pillars, when there are many measures),
gaps highlighted, and from each uncovered barrier a measure from the catalogue in two clicks."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ....analysis.coverage import SHOWN, Coverage, coverage
from ....store.dto.barriers import BarrierRow
from ....store.dto.measures import Measure
from ...context import AppContext
from ...messages import fmt, plain_tooltip
from ..base import Page
from ..measures import open_request
from ..measures.help import coverage_help
from ..measures.model import STATUS_COLOURS
from ..measures.suggest import approach_menu

MAX_MEASURE_COLUMNS = 12  # more measures than this: barriers × pillars instead
GAP = QColor("#f8d7d7")
BARRIER = Qt.ItemDataRole.UserRole
SPOKEN = Qt.ItemDataRole.AccessibleTextRole
# A mark of its own per status besides its colour, so no one needs to tell the colours apart (the legend).
STATUS_MARKS = {"idea": "○", "planned": "◐", "running": "●", "done": "✓"}


@dataclass(frozen=True)
class Loaded:
    barriers: list[BarrierRow]
    measures: list[Measure]


class CoveragePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result: Coverage[BarrierRow, Measure] | None = None
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Coverage matrix: important barriers against measures"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setMaximumWidth(320)
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:  # Qt's "select all" button in the corner has no name of its own
            corner.setAccessibleName(self.tr("Select the whole matrix"))
        self.suggest_button = QPushButton(self.tr("Measure from &an approach…"))
        self.suggest_button.setToolTip(
            self.tr(
                "The catalogue's approaches against the selected barrier; one click creates a linked measure"
            )
        )
        self.open_button = QPushButton(self.tr("&Open measure"))
        self.open_button.setToolTip(self.tr("Open the measure of the selected cell on the Measures page"))
        self.legend = QLabel()  # what a dot or a number means: set by ``_explain`` for the matrix shown
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # our words and catalogue labels, escaped
        self.legend.setAccessibleName(self.tr("Legend"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.legend, 1)
        layout = self.page_layout()
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.suggest_button.clicked.connect(self.suggest)
        self.open_button.clicked.connect(self.open_current)
        self.table.cellActivated.connect(lambda _r, _c: self.open_current())
        self.table.currentCellChanged.connect(lambda *_: self.update_actions())
        self.disable_while_loading(self.suggest_button, self.open_button)

    def reload(self) -> None:
        mid = self.municipality_id
        if mid is not None:
            self.load(lambda ws: Loaded(ws.barriers.list(mid), ws.measures.list(mid)), self._show)

    def clear(self) -> None:
        self.table.clear()
        self.result = None

    def _show(self, data: Loaded) -> None:
        pillars = self.ctx.catalog.pillars
        self.result = result = coverage(data.barriers, data.measures, [p.key for p in pillars])
        if not result.barriers:
            self.show_empty(
                self.tr("No important barriers rated yet"),
                self.tr(
                    "Coverage compares the barriers rated 2 (medium) or 3 (high) with the measures. Rate the "
                    "barriers first; then this page shows which of them no measure addresses yet."
                ),
                self.tr("Go to &Barriers"),
                lambda: self.navigate.emit("barriers"),
            )
            return
        self.show_body()
        by_measure = (
            0 < len(result.measures) <= MAX_MEASURE_COLUMNS
        )  # none yet: the pillars, so rows can be chosen
        columns = [m.title for m in result.measures] if by_measure else [p.title for p in pillars]
        self.table.clear()
        self.table.setRowCount(len(result.barriers))
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([c if len(c) <= 28 else c[:27] + "…" for c in columns])
        for column, name in enumerate(columns):
            self.table.horizontalHeaderItem(column).setToolTip(plain_tooltip(name))
            self.table.horizontalHeaderItem(column).setData(SPOKEN, name)  # the whole title, read out
        statuses = self.ctx.catalog.vocab("measure_status")
        for row, barrier in enumerate(result.barriers):
            covered = bool(result.covered_by.get(barrier.id or ""))
            named = f"{barrier.key} {barrier.title}" if barrier.key else barrier.title
            head = QTableWidgetItem(f"{barrier.key or '•'} {barrier.title} ({barrier.relevance})")
            head.setData(BARRIER, barrier.id)
            head.setToolTip(plain_tooltip(barrier.title))
            if not covered:  # the red row in words too
                head.setBackground(QBrush(GAP))
                gap = fmt(self.tr("%1: no planned or running measure"), named)
                head.setToolTip(plain_tooltip(gap))
                head.setData(SPOKEN, gap)
            self.table.setVerticalHeaderItem(row, head)
            for column in range(len(columns)):
                item = QTableWidgetItem()
                if by_measure:
                    measure = result.measures[column]
                    if barrier.id in measure.barrier_ids:
                        item.setText(STATUS_MARKS.get(measure.status, "●"))
                        item.setForeground(QBrush(QColor(STATUS_COLOURS.get(measure.status, "#000000"))))
                        status = statuses.get(measure.status, measure.status)
                        said = fmt(self.tr("%1 (%2) addresses %3"), measure.title, status, named)
                    else:
                        said = fmt(self.tr("%1 does not address %2"), measure.title, named)
                    item.setData(Qt.ItemDataRole.UserRole, measure.id)
                else:
                    count = result.pillar_count(barrier.id or "", pillars[column].key)
                    item.setText(str(count) if count else "")
                    said = self._pillar_said(count, pillars[column].title, named)
                item.setToolTip(plain_tooltip(said))  # in words: not by colour or a mark alone
                item.setData(SPOKEN, said)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not covered:
                    item.setBackground(QBrush(GAP))
                self.table.setItem(row, column, item)
        self._summarise(result)
        self._explain(by_measure)
        self.table.setCurrentCell(0, 0)
        self.update_actions()

    def _pillar_said(self, count: int, pillar: str, barrier: str) -> str:
        if not count:
            return fmt(self.tr("%1: no planned or running measure of the pillar “%2”"), barrier, pillar)
        return fmt(
            self.tr("%1: %n planned or running measure(s) of the pillar “%2”", "", count), barrier, pillar
        )

    def _summarise(self, result: Coverage[BarrierRow, Measure]) -> None:
        parts = [
            self.tr("%n important barrier(s) without a planned or running measure", "", len(result.uncovered))
        ]
        if result.uncovered:
            parts[0] += ": " + ", ".join(b.title for b in result.uncovered)
        if result.without_barrier:
            parts.append(
                self.tr("%n measure(s) address no barrier", "", len(result.without_barrier))
                + ": "
                + ", ".join(m.title for m in result.without_barrier)
            )
        if result.pillars_without_measure:
            titles = [self.ctx.catalog.pillar(k).title for k in result.pillars_without_measure]
            parts.append(fmt(self.tr("Pillars without a measure: %1"), ", ".join(titles)))
        self.summary.setText("\n".join(parts))

    def _explain(self, by_measure: bool) -> None:
        """The legend of the matrix shown: dots in the status colours, or counts per pillar."""
        gap = self.tr("red row: no planned or running measure")
        if by_measure:
            statuses = self.ctx.catalog.vocab("measure_status")
            shown = [(STATUS_COLOURS.get(k, "#000000"), STATUS_MARKS[k], statuses.get(k, k)) for k in SHOWN]
            head = self.tr("A mark: the measure addresses the barrier; its shape and colour give the status:")
            marks = " ".join(
                f'<span style="color:{c}">{mark}</span>&nbsp;{escape(name)}' for c, mark, name in shown
            )
            self.legend.setText(f"{escape(head)} {marks} · {escape(gap)}")
            plain = f"{head} " + ", ".join(f"{mark} {name}" for _c, mark, name in shown) + f" · {gap}"
        else:
            head = self.tr("Number: how many planned or running measures of the pillar address the barrier")
            self.legend.setText(f"{escape(head)} · {escape(gap)}")
            plain = f"{head} · {gap}"
        self.legend.setAccessibleDescription(plain)

    # ----- actions
    def current_barrier(self) -> BarrierRow | None:
        row = self.table.currentRow()
        if self.result is None or not 0 <= row < len(self.result.barriers):
            return None
        return self.result.barriers[row]

    def update_actions(self) -> None:
        item = self.table.currentItem()
        self.suggest_button.setEnabled(not self.loading and self.current_barrier() is not None)
        self.open_button.setEnabled(
            not self.loading
            and item is not None
            and bool(item.data(Qt.ItemDataRole.UserRole))
            and bool(item.text())
        )

    def suggest(self) -> None:
        barrier = self.current_barrier()
        if barrier is None or barrier.id is None:
            return
        menu = approach_menu(self, barrier.id, barrier.key, self.suggest_button)
        self.show_menu(menu)
        menu.deleteLater()

    def show_menu(self, menu: QMenu) -> None:
        """Under the button; tests replace this to pick an entry as a user would."""
        menu.exec(self.suggest_button.mapToGlobal(self.suggest_button.rect().bottomLeft()))

    def open_current(self) -> None:
        item = self.table.currentItem()
        measure_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if measure_id:
            open_request.request(self.ctx, "measures", measure_id)
            self.navigate.emit("measures")

    def help_text(self) -> str:
        return coverage_help()
