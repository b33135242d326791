"""The actor directory: search, filter and sort the organisations, edit them, move them to the trash."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from ....store.dto.actors import Actor, ActorInput, ActorSummary
from ... import messages
from ...context import AppContext
from ...messages import fmt, short_name
from ...widgets.form_error import FormError
from ..base import Page
from . import changes
from .columns import ActorColumns
from .detail import ActorDetail
from .dialog import ActorDialog
from .model import ActorTableModel, format_number
from .trash import TrashDialog


class ActorsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._shown_id: str | None = None
        self._pending: str | None = None  # the actor to select again after the next model reset
        self._remembered: str | None = None  # the user's last choice, back once a filter lets it through
        self._first_after_load = False
        catalog = ctx.catalog

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, type, field, language or contact person"))
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), "")
        for key, label in catalog.vocab("actor_types").items():
            self.type_filter.addItem(label, key)
        self.language_filter = QComboBox()
        self.language_filter.addItem(self.tr("All languages"), "")
        for key, label in catalog.vocab("languages").items():
            self.language_filter.addItem(label, key)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        for text, widget, stretch in (
            (self.tr("Se&arch:"), self.search, 3),
            (self.tr("T&ype:"), self.type_filter, 0),  # Alt+P is "Print…"'s
            (self.tr("&Language:"), self.language_filter, 0),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)

        self.model = ActorTableModel(catalog, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Actors"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.columns = ActorColumns(self.table, self.model, ctx.layout)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.detail = ActorDetail(catalog)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 290])
        splitter.setChildrenCollapsible(False)
        ctx.layout.remember(splitter, "actors/splitter")

        self.new_button = QPushButton(self.tr("&New actor"))
        self.new_button.setToolTip(self.tr("Add an actor (Insert)"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setToolTip(self.tr("Edit the selected actor (Enter or double-click)"))
        self.trash_button = QPushButton(self.tr("Move to t&rash"))
        self.trash_button.setToolTip(self.tr("Move the selected actor to the trash (Del)"))
        self.trash_dialog_button = QPushButton(self.tr("&Trash…"))
        self.trash_dialog_button.setToolTip(self.tr("Show the trash: restore or delete for good"))
        self.opening_button = QPushButton(self.tr("&Opening checklist"))
        self.opening_button.setToolTip(self.tr("Show the selected club's opening checklist, or begin it"))
        # the actors document, as Ctrl+P prints it: every actor, not only those the search shows
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the list of actors"))
        self.print_button.setToolTip(self.tr("Print the list of all actors (Ctrl+P)"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.trash_button, self.trash_dialog_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.opening_button)
        buttons.addWidget(self.print_button)

        layout = self.page_layout()
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._filter_text)
        self.type_filter.currentIndexChanged.connect(self._filter_combos)
        self.language_filter.currentIndexChanged.connect(self._filter_combos)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self.edit_current)  # Enter, and double-click
        self.new_button.clicked.connect(self.new_actor)
        self.edit_button.clicked.connect(self.edit_current)
        self.trash_button.clicked.connect(self.trash_current)
        self.trash_dialog_button.clicked.connect(self.open_trash)
        self.opening_button.clicked.connect(self.open_checklist)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(False))
        insert = QShortcut(
            QKeySequence(Qt.Key.Key_Insert), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        insert.activated.connect(self.new_actor)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, context=Qt.ShortcutContext.WidgetShortcut
        )
        delete.activated.connect(self.trash_current)
        # Del, Enter, Edit and Trash act on a row of the list on screen: never while another loads.
        self.disable_while_loading(self.edit_button, self.trash_button, delete)
        self._update_state()

    # ----- loading
    def reload(self) -> None:
        mid = self.municipality_id
        self.count_label.setText(self.tr("Loading…"))
        self.load(
            lambda ws: (ws.actors.list(mid), bool(ws.actors.trash_list(mid))),
            self._loaded,
            failed=lambda _exc: self.set_rows([]),
        )

    def _loaded(self, answer: tuple[list[ActorSummary], bool]) -> None:
        rows, trash = answer
        if not rows and not trash:
            self.show_empty(
                self.tr("No actors recorded yet"),
                self.tr(
                    "Record the organisations of your municipality: clubs, migrant organisations, "
                    "religious communities, schools, the administration. Contact persons are optional."
                ),
                self.tr("&New actor"),
                self.new_actor,
            )
        else:
            self.show_body()
        self.set_rows(rows)

    def clear(self) -> None:
        self.set_rows([])

    def set_rows(self, rows: list[ActorSummary]) -> None:
        """Show these rows (also the benchmark's way in); the selection follows the actor, not the row."""
        asked = self.select_after_load
        keep = self.take_selection(lambda wanted: any(r.id == wanted for r in rows), self._shown_id)
        self._shown_id = None
        self._pending = keep
        self._first_after_load = True
        self.model.set_rows(rows)
        if keep is not None and keep == asked and self.model.row_of(keep) < 0:
            self._show_all(keep)  # the actor just saved (or brought back) is hidden by the search

    def _show_all(self, actor_id: str) -> None:
        """Empty the search and the filters, then select ``actor_id``: a record just saved is seen."""
        for widget in (self.search, self.type_filter, self.language_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.type_filter.setCurrentIndex(0)
        self.language_filter.setCurrentIndex(0)
        for widget in (self.search, self.type_filter, self.language_filter):
            widget.blockSignals(False)
        self._pending = actor_id
        self.model.set_filter(text="", type_key="", language="")

    # ----- filtering and selection
    def _filter_text(self, text: str) -> None:
        self._pending = self._shown_id or self._remembered
        self.model.set_filter(text=text)

    def _filter_combos(self) -> None:
        self._pending = self._shown_id or self._remembered
        self.model.set_filter(
            type_key=self.type_filter.currentData(), language=self.language_filter.currentData()
        )

    def _after_reset(self) -> None:
        """After every reset (load, filter, sort) select the same actor again if it is still shown."""
        wanted, self._pending = self._pending, None
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and self._first_after_load and self.model.rowCount():
            row = 0  # a fresh list starts with its first actor shown in the detail panel
        self._first_after_load = False
        if row >= 0:
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        else:
            self._show_detail(None)
        self._update_state()

    def _current_changed(self) -> None:
        actor_id = self.current_id()
        if actor_id is not None:
            self._remembered = actor_id
        self._show_detail(actor_id)
        self._update_state()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.summary(index.row()).id if index.isValid() else None

    def _update_state(self) -> None:
        has_place = self.municipality_id is not None
        has_row = self.current_id() is not None and not self.loading
        for button in (self.new_button, self.trash_dialog_button):
            button.setEnabled(has_place)
        self.edit_button.setEnabled(has_row)
        self.trash_button.setEnabled(has_row)
        self.opening_button.setEnabled(has_row)
        shown, total = self.model.rowCount(), self.model.total()
        # "%Ln": Qt's plural form for the total ("1 von 1 Akteur", "3 von 41 Akteuren"), locale digits
        self.count_label.setText(fmt(self.tr("%1 of %Ln actor(s)", "", total), format_number(shown)))

    def open_checklist(self) -> None:
        """The selected actor's opening checklist on the Öffnung page (begun first if need be)."""
        from ..opening.start import open_for_actor

        index = self.table.currentIndex()
        if index.isValid():
            summary = self.model.summary(index.row())
            open_for_actor(self, summary.id, summary.name)

    def update_actions(self) -> None:
        self._update_state()

    def lists(self, record_id: str) -> bool:
        return self.model.holds(record_id)

    # ----- detail panel
    def _show_detail(self, actor_id: str | None) -> None:
        if actor_id == self._shown_id and actor_id is not None:
            return
        self._shown_id = actor_id
        if actor_id is None:
            if self.municipality_id is None:
                self.detail.clear()
            else:
                self.detail.show_hint(self.model.total() == 0)
            return
        actor = self.read_now(lambda ws: ws.actors.get(actor_id))
        if actor is None:
            self.detail.clear()
            return
        self.detail.show_actor(actor)

    # ----- actions
    def new_actor(self) -> None:
        if self.municipality_id is None:
            return
        self._edit(None)

    def edit_current(self) -> None:
        actor_id = self.current_id()
        if actor_id is None or self.loading:
            return
        actor = self.read_now(lambda ws: ws.actors.get(actor_id))
        if actor is not None:
            self._edit(actor)

    def _edit(self, actor: Actor | None) -> None:
        mid = self.municipality_id
        assert mid is not None

        def store(data: ActorInput, errors: FormError) -> Actor | None:
            if actor is None:
                return changes.create(self, mid, data, errors)
            return changes.edit(self, actor, data, errors)

        dialog = ActorDialog(self.ctx, mid, actor, self, store=store)
        accepted, saved = messages.run(dialog), dialog.saved
        if accepted and saved is not None:
            self._shown_id = None  # show the saved state in the detail panel
            self.show_info(fmt(self.tr("Saved: %1. Ctrl+Z undoes it."), short_name(saved.name)))
            self.reload_at(saved.id)  # shown even when the search hid it (``set_rows``)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def trash_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.loading:
            return
        summary = self.model.summary(index.row())
        neighbour = index.row() + 1 if index.row() + 1 < self.model.rowCount() else index.row() - 1
        after = self.model.summary(neighbour).id if neighbour >= 0 else None
        if changes.trash(self, summary) is None:
            return  # refused: the message line says why, the page reloads
        self.select_after_load = after
        self._shown_id = None
        self.show_info(
            fmt(
                self.tr("Moved to the trash: %1. Ctrl+Z brings it back, as does Trash…"),
                short_name(summary.name),
            )
        )
        self.reload()

    def open_trash(self) -> None:
        if self.municipality_id is None:
            return
        dialog = TrashDialog(self, self.municipality_id, self)
        messages.run(dialog)
        changed, restored = dialog.changed, list(dialog.restored)
        if changed:
            if restored:
                self.select_after_load = restored[-1]
                self._shown_id = None
            self.reload()

    # ----- page protocol
    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def help_text(self) -> str:
        return self.tr(
            "The actor directory lists the organisations of your municipality. Type in the search field "
            "(Ctrl+F) or choose a type or language to narrow the list; click a column header to sort. "
            "Insert adds an actor, Enter edits the selected one, Del moves it to the trash (Ctrl+Z or "
            "Trash… brings it back); Ctrl+Z undoes every change, Ctrl+Y redoes it. Contact persons are personal data: record the legal basis and a "
            "date by which the details are reviewed or deleted. “Print…” or Ctrl+P prints the directory with every "
            "actor; contact persons only when the Reports page's “With contact persons” is ticked."
        )
