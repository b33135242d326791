"""Öffnung: the intercultural opening of Vereine — an overview of all of them and each one's checklist.

The overview lists every Verein of the municipality (and any other actor with a checklist): begun
or not, how far, how many items are overdue; sortable by every column and searched with the house's
forgiving key. Enter (or double-click) opens a Verein's checklist; for one not begun yet it asks to
begin it. The checklist view is a ``ChecklistPane`` with a way back to the overview.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.checklists import Checklist, OpeningRow
from ...context import AppContext
from ...messages import fmt
from ...widgets.search import SearchFilterProxy
from ..base import Page
from ..checklists.pane import ChecklistPane
from ..checklists.printing import print_checklist
from . import start
from .model import ROW_ROLE, SORT_ROLE, OverviewModel


class OpeningPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._shown_actor: str | None = None  # the Verein whose checklist is open, None: overview
        self._shown_name = ""
        self._select_after: str | None = None  # the Verein to select in the overview after a load
        layout = self.page_layout()
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        # --- overview
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name of the club"))
        search_label = QLabel(self.tr("Sea&rch:"))
        search_label.setBuddy(self.search)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        self.model = OverviewModel(ctx.catalog, self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Clubs and their opening checklists"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("&Open checklist"))
        self.open_button.setToolTip(self.tr("Show the chosen club's checklist (Enter)"))
        self.start_button = QPushButton(self.tr("&Begin checklist"))
        self.start_button.setToolTip(self.tr("Begin the opening checklist for the chosen club"))
        self.actors_button = QPushButton(self.tr("&Actor directory"))
        self.actors_button.setToolTip(self.tr("Record more clubs in the actor directory"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.start_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.actors_button)
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addLayout(top)
        overview_layout.addWidget(self.table, 1)
        overview_layout.addLayout(buttons)
        self.stack.addWidget(overview)

        # --- one Verein's checklist
        self.back_button = QPushButton(self.tr("← &Overview"))
        self.back_button.setToolTip(self.tr("Back to all clubs (Esc)"))
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.pane = ChecklistPane(self, self.tr("opening checklist"))
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(head)
        detail_layout.addWidget(self.pane, 1)
        self.stack.addWidget(detail)
        ctx.layout.remember(self.pane.splitter, "opening/splitter")

        self.search.textChanged.connect(self._search)
        self.table.activated.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.open_button.clicked.connect(self.open_current)
        self.start_button.clicked.connect(self.start_current)
        self.actors_button.clicked.connect(lambda: self.navigate.emit("actors"))
        self.back_button.clicked.connect(self.show_overview)
        self.pane.print_requested.connect(self.request_print)
        escape = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), detail, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        escape.activated.connect(self.show_overview)
        self.disable_while_loading(self.open_button, self.start_button)

    # ----- loading
    def reload(self) -> None:
        mid = self.municipality_id
        if mid is None:
            return
        wanted = start.pending(self.ctx) or self._shown_actor

        def fetch(ws):  # type: ignore[no-untyped-def]
            rows = ws.checklists.overview(mid)
            if wanted is None:
                return rows, None, [], []
            checklist = ws.checklists.for_actor(wanted)
            actors = ws.actors.list(mid, include_deleted=True)  # an example's contact may be trashed
            return rows, checklist, ws.practice.list(mid), actors

        self.load(fetch, lambda result: self._show(wanted, *result))

    def _show(
        self, wanted: str | None, rows: list[OpeningRow], checklist: Checklist | None, own: list, actors: list
    ) -> None:
        start.done(self.ctx)  # the request is served (a checklist not found: the overview instead)
        self.model.set_rows(rows)
        self.count.setText(self._count_text(rows))
        if not rows:
            self._shown_actor = None
            self.show_empty(
                self.tr("No clubs recorded yet"),
                self.tr(
                    "The opening checklist is kept per club. Record the clubs of your municipality in the "
                    "actor directory (type “Club”); they then appear here, and you can begin a checklist "
                    "for each of them."
                ),
                self.tr("Go to the &actor directory"),
                lambda: self.navigate.emit("actors"),
            )
            return
        self.show_body()
        if wanted is not None and checklist is not None:
            self._show_checklist(checklist, own, actors)
        else:
            self._shown_actor = None
            self.stack.setCurrentIndex(0)
            self._select(self._select_after or wanted)
            self._select_after = None

    def _count_text(self, rows: list[OpeningRow]) -> str:
        started = sum(1 for r in rows if r.started)
        late = sum(r.overdue for r in rows)
        text = fmt(self.tr("%1 of %2 begun"), started, len(rows))
        return text + (" · " + self.tr("%n item(s) overdue", "", late) if late else "")

    def _show_checklist(self, checklist: Checklist, own: list, actors: list) -> None:
        self._shown_actor = checklist.actor_id
        self._shown_name = checklist.actor_name
        self.title.setText(fmt(self.tr("Intercultural opening: %1"), checklist.actor_name))
        self.pane.actors.set_actors(actors)
        self.pane.show_checklist(checklist, own)
        self.stack.setCurrentIndex(1)
        self.pane.view.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select(self, actor_id: str | None) -> None:
        row = self.model.row_of(actor_id) if actor_id else -1
        index = self.proxy.mapFromSource(self.model.index(max(row, 0), 0))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        self.update_actions()

    def clear(self) -> None:
        self.model.set_rows([])
        self.pane.show_checklist(None)
        self._shown_actor = None
        self.stack.setCurrentIndex(0)

    def request_print(self) -> None:
        """Ctrl+P as the checklist's Print button: blank or filled (the open club's, else every begun one)."""
        open_one = self.stack.currentIndex() == 1
        print_checklist(self, anchor=self.pane.print_button if open_one else self.table)

    def print_subject(self) -> tuple[str, str] | None:
        """The club whose checklist is open: its board gets its own self-assessment, not the others'."""
        if self.stack.currentIndex() != 1 or self._shown_actor is None:
            return None
        return self._shown_actor, self._shown_name

    # ----- actions
    def current_row(self) -> OpeningRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def update_actions(self, *_args: object) -> None:
        row = self.current_row()
        idle = not self.loading
        self.open_button.setEnabled(idle and row is not None and row.started)
        self.start_button.setEnabled(idle and row is not None and not row.started)
        self.pane.update_actions()

    def open_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not row.started:
            self.start_current()
            return
        start.request(self.ctx, row.actor_id)
        self.reload()

    def start_current(self) -> None:
        row = self.current_row()
        if row is None or row.started:
            return
        if start.start_checklist(self, row.actor_id, row.actor_name):
            start.request(self.ctx, row.actor_id)
            self.reload()

    def show_overview(self) -> None:
        if not self.pane.editor.commit():
            return
        self._select_after, self._shown_actor = self._shown_actor, None
        self.stack.setCurrentIndex(0)
        self.reload()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.update_actions()

    # ----- page protocol
    def focus_search(self) -> bool:
        if self.stack.currentIndex() != 0:
            return False
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def help_text(self) -> str:
        return self.tr(
            "Intercultural opening: the overview lists every club of the municipality, whether its "
            "checklist has been begun, how far it has got and what is overdue. Enter opens a club's "
            "checklist (or begins it). Tick an item when it is done, or choose its state, note, person "
            "responsible and due date beside the list and save with Ctrl+S. Items that do not apply are "
            "marked not relevant and leave the count. Own items can be added to every section. "
            "Practice examples for the chosen item are shown below the form; Ctrl+Z undoes. “Print…” or "
            "Ctrl+P prints the checklist, blank for a workshop or filled in."
        )
