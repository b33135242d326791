"""The barriers page: the catalogue tree with filter and progress, the edit form, the top barriers;
the own barriers' dialogs in ``own_barriers.py``."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QWidget,
)

from ....analysis.barriers import progress
from ....store.dto.barriers import BarrierInput, BarrierRow, TargetGroup
from ...context import AppContext
from ...messages import ask_unsaved, fmt
from ...widgets.fit import fit_width
from ..base import Page
from ..measures.suggest import pop_up, with_button_below
from .commands import RatingChange, input_of, redo_rating, undo_rating
from .dialog import TargetGroupsDialog
from .form import BarrierForm
from .model import BarrierTreeModel, matches
from .own_barriers import OwnBarrierActions
from .top import TopBarriers


class BarriersPage(Page, OwnBarrierActions):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[BarrierRow] = []
        self._names: dict[str, str] = {}
        self._current_ref: str | None = None
        self._switching = False

        heading = QLabel("<h1>" + self.tr("Barriers") + "</h1>")
        intro = QLabel(
            self.tr(
                "What keeps people with a migration background from engaging in your municipality? "
                "Rate each barrier from the catalogue, say what the rating rests on and whom it affects."
            )
        )
        intro.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("barrier_progress")
        self.progress.setStyleSheet("font-weight: bold;")

        filter_label = QLabel(self.tr("Sho&w:"))
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All barriers"), "all")
        self.filter.addItem(self.tr("Not assessed yet"), "not_assessed")
        self.filter.addItem(self.tr("Rated high"), "high")
        filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.add_button = QPushButton(self.tr("Add own &barrier…"))
        self.add_button.clicked.connect(self.add_own_barrier)
        self.groups_button = QPushButton(self.tr("Manage &target groups…"))
        self.groups_button.clicked.connect(self.manage_target_groups)
        self.measure_button = QPushButton(self.tr("Measure from an a&pproach…"))  # planning hook (issue 8)
        self.measure_button.setToolTip(
            self.tr("For a barrier rated 2 or 3: a linked measure from the catalogue")
        )
        self.measure_button.clicked.connect(self.suggest_measure)
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addSpacing(12)
        bar.addWidget(self.progress)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.groups_button)

        self.model = BarrierTreeModel(ctx.catalog, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setTabKeyNavigation(False)
        self.tree.setAccessibleName(self.tr("Barriers by group"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the catalogue labels once: ResizeToContents would ask every cell on each reload.
        metrics = self.tree.fontMetrics()
        texts = [
            *ctx.catalog.vocab("relevance").values(),
            self.model.headerData(1, Qt.Orientation.Horizontal),
        ]
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, max(metrics.horizontalAdvance(t) for t in texts) + 34)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)  # the names of the barriers get the room; groups are elided
        header.setMinimumSectionSize(60)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.top = TopBarriers(ctx.catalog)
        self.top.chosen.connect(self.select_barrier)

        left = QSplitter(Qt.Orientation.Vertical)  # on a low screen the tree can take the room
        left.addWidget(with_button_below(self.tree, self.measure_button))  # the bar has no room at 1024
        left.addWidget(self.top)
        left.setStretchFactor(0, 1)
        left.setChildrenCollapsible(False)

        self.form = BarrierForm(ctx)
        self.form.save_handler = self._save_rating
        self.add_editor(self.form)
        self.form.edit_own.connect(self.edit_own_barrier)
        self.form.delete_own.connect(self.delete_own_barrier)
        self.form.reload_requested.connect(self._reload_current)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        fit_width(form_scroll)  # never narrower than the form: nothing cut at the right edge

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(form_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 380])
        splitter.setChildrenCollapsible(False)
        ctx.layout.remember(splitter, "barriers/splitter")
        ctx.layout.remember(left, "barriers/left")
        ctx.layout.remember(header, "barriers/columns")

        layout = self.page_layout()  # message line, then this body or an empty state
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.content = splitter
        # Save is the form's Ctrl+S (editor panel); the rest waits for the rows of this municipality.
        self.disable_while_loading(self.filter, self.add_button, self.groups_button)

    # ----- loading
    def reload(self) -> None:
        """Read rows and target groups off the UI thread; unsaved input in the form stays."""
        mid = self.municipality_id or ""
        self.form.municipality_id = mid
        self.load(lambda ws: (ws.barriers.list(mid), ws.target_groups.list(mid)), self._loaded)

    def lists(self, record_id: str) -> bool:
        return any(r.id == record_id for r in self.rows)

    def clear(self) -> None:
        self.rows, self._names = [], {}
        self.model.set_rows([], {})
        self.form.show_row(None)
        self.progress.clear()
        self.top.show_rows(self.rows)

    def _loaded(self, result: tuple[list[BarrierRow], list[TargetGroup]], keep_form: bool = True) -> None:
        rows, groups = result
        self.rows = rows
        self._names = {g.id: g.name for g in groups}
        self.form.set_target_groups(groups)
        shown = self.form.row
        if shown is not None and self.form.is_dirty():
            fresh = next((r for r in rows if r.ref == shown.ref), None)
            if fresh is not None and fresh.version != shown.version:
                # Changed elsewhere while being edited here: the input stays, and the form offers
                # the stored state (saving the old version again would be refused as stale).
                self.form.reload_button.show()
        ref_of = {r.id: r.ref for r in rows if r.id is not None}
        wanted = self.take_selection(ref_of.__contains__, None)
        if wanted is not None:  # an own barrier an undo brought back, or a rating it set back
            self._current_ref = ref_of[wanted]
        self._show_rows(keep_form)

    def _show_rows(self, keep_form: bool) -> None:
        """Tree, progress and top barriers from ``self.rows``; ``keep_form`` leaves unsaved input alone."""
        self.model.set_rows(self.rows, self._names)
        self._expand()
        done, total = progress(self.rows)
        self.progress.setText(fmt(self.tr("%1 of %2 rated"), str(done), str(total)))
        self.top.show_rows(self.rows)
        self._reselect(keep_form)

    def _expand(self) -> None:
        self.tree.expandAll()

    def _reselect(self, keep_form: bool, fallback_row: int = 0) -> None:
        """Select the current barrier again after a reset; if the filter hides it, the one in its place."""
        index = self.model.index_of(self._current_ref) if self._current_ref else QModelIndex()
        if not index.isValid():
            index = self.model.flat_index(fallback_row)
        self._set_current(index)
        row = self.model.row_at(index)
        same = row is not None and self.form.row is not None and row.ref == self.form.row.ref
        if not (keep_form and same and self.form.is_dirty()):
            self._show(row)
        self._current_ref = row.ref if row else None

    def _set_current(self, index: QModelIndex) -> None:
        """Move the tree's current row without the form reacting (the caller shows what it needs)."""
        self._switching = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.tree.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._switching = False

    def _show(self, row: BarrierRow | None) -> None:
        self.form.show_row(row)
        self._current_ref = row.ref if row else None
        self.measure_button.setEnabled(row is not None and row.id is not None and (row.relevance or 0) >= 2)

    def suggest_measure(self) -> None:
        if self.form.row is not None and self.form.row.id is not None:
            pop_up(self, self.measure_button, self.form.row.id, self.form.row.key)

    # ----- selection
    def select_barrier(self, ref: str) -> bool:
        """Select a barrier in the tree (switching the filter to "all" if it hides it)."""
        if not self.model.index_of(ref).isValid():
            self.filter.setCurrentIndex(self.filter.findData("all"))
        index = self.model.index_of(ref)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.form.row is not None and self.form.row.ref == ref

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching:
            return
        row = self.model.row_at(current)
        if row is not None and self.form.row is not None and row.ref == self.form.row.ref:
            return
        if self.form.is_dirty():
            target = self.model.locator(current)
            if not self._resolve_unsaved():
                self._set_current(previous)  # go back to the barrier being edited
                return
            # Saving reloaded the tree onto the saved barrier: go on to where the user was heading,
            # so tree and form agree and the next arrow press starts from there.
            current = self.model.locate(target)
            if current.isValid():
                self._set_current(current)
            else:  # gone meanwhile: stay with what the reload selected
                current = self.tree.currentIndex()
            row = self.model.row_at(current)
            if row is not None and self.form.row is not None and row.ref == self.form.row.ref:
                return
        if row is None:  # a group row: say what the group is about
            self._current_ref = None
            group = self.model.group_at(current)
            if group is not None:
                self.form.show_group(group.title, group.description)
            else:
                self.form.show_row(None)
            return
        self._show(row)

    def _resolve_unsaved(self) -> bool:
        """True when the form may be left (a dialog may reload it): nothing unsaved, saved, or the user
        chose to discard (then the stored state shows again)."""
        if not self.form.is_dirty():
            return True
        answer = ask_unsaved(
            self,
            self.tr("Unsaved assessment"),
            self.tr("The assessment you are editing is not saved yet. Save it now?"),
        )
        if answer == "save":
            return self.form.commit()
        if answer == "discard":
            self.form.revert()
            return True
        return False

    # ----- reactions
    def _filter_changed(self) -> None:
        mode = self.filter.currentData()
        hides_current = self.form.row is not None and not matches(self.form.row, mode)
        if hides_current and self.form.is_dirty() and not self._resolve_unsaved():
            self.filter.blockSignals(True)  # stay with the barrier being edited
            self.filter.setCurrentIndex(self.filter.findData(self.model.filter_mode))
            self.filter.blockSignals(False)
            return
        position = self.model.flat_position(self._current_ref)
        self.model.set_filter(self.filter.currentData())
        self._expand()
        self._reselect(keep_form=True, fallback_row=position)

    def _save_rating(self, data: BarrierInput) -> bool:
        """The form's Save: one undoable command ("Bewertung von B3"); True when stored."""
        row, mid = self.form.row, self.municipality_id
        self.form.reload_button.hide()  # a new attempt; a stale refusal offers it again after the reload
        if row is None or mid is None:
            return False
        state = RatingChange(mid, input_of(row), data, row.version)
        name = fmt(self.tr("Rating of %1"), row.key or row.title)
        return self.save_form(self.form, name, state, redo_rating, undo_rating, lambda d: d.row, self._saved)

    def _saved(self, row: BarrierRow) -> None:
        """Show the stored row at once (no reload): tree, progress, top barriers (the form shows it)."""
        position = self.model.flat_position(row.ref)
        self.rows = [row if r.ref == row.ref else r for r in self.rows]
        self._current_ref = row.ref
        self._show_rows(keep_form=True)
        if not self.model.index_of(row.ref).isValid():  # the filter hides it now: on to the next one
            self._current_ref = None
            self._reselect(keep_form=False, fallback_row=position)
        self.show_info(self.tr("Saved."))

    def _reload_current(self) -> None:
        self.form.revert()  # the input goes on purpose; the load shows what is stored now
        self.reload()
        self.status_message.emit(
            self.tr("The stored state is shown again. Please enter your change once more.")
        )

    # ----- dialogs (adding, changing and deleting an own barrier: own_barriers.py)
    def manage_target_groups(self) -> None:
        if self.municipality_id is None:
            return
        dialog = TargetGroupsDialog(self.ctx, self.municipality_id, self)
        self.exec_dialog(dialog)
        changed = dialog.changed
        dialog.deleteLater()
        if changed:
            self.reload()

    def help_text(self) -> str:
        return self.tr(
            "Choose a barrier in the list (arrow keys), rate its relevance from 0 (none) to 3 (high), say "
            "what the rating rests on, and tick the target groups it affects. Save with Ctrl+S. The top "
            "barriers below the list are the highest-rated ones that touch the most target groups; they "
            "are the first candidates for measures. Ctrl+P prints the analysis."
        )
