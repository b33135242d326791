"""The barriers page: the catalogue tree with filter and progress, the edit form, the top barriers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ....analysis.barriers import progress
from ....store.dto.barriers import BarrierRow
from ....store.errors import StoreError
from ...context import AppContext
from ...messages import fmt
from ...widgets.titles import titled
from ..base import Page
from .dialog import OwnBarrierDialog, TargetGroupsDialog
from .form import BarrierForm
from .model import BarrierTreeModel, matches
from .top import TopBarriers


class BarriersPage(Page):
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
        header.resizeSection(2, 190)
        header.setMinimumSectionSize(60)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.top = TopBarriers(ctx.catalog)
        self.top.chosen.connect(self.select_barrier)

        left = QSplitter(Qt.Orientation.Vertical)  # on a low screen the tree can take the room
        left.addWidget(self.tree)
        left.addWidget(self.top)
        left.setStretchFactor(0, 1)
        left.setChildrenCollapsible(False)

        self.form = BarrierForm(ctx)
        self.form.saved.connect(self._saved)
        self.form.edit_own.connect(self.edit_own_barrier)
        self.form.delete_own.connect(self.delete_own_barrier)
        self.form.reload_requested.connect(self._reload_current)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumWidth(340)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

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

        self.empty = QLabel(self.tr("Create or choose a municipality first (toolbar above)."))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.content = splitter

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.form.save)

    # ----- loading
    def reload(self) -> None:
        has = self.municipality_id is not None
        self.empty.setVisible(not has)
        self.content.setVisible(has)
        for widget in (self.filter, self.add_button, self.groups_button):
            widget.setEnabled(has)
        self.form.municipality_id = self.municipality_id
        if not has:
            self.rows, self._names = [], {}
            self.model.set_rows([], {})
            self.form.show_row(None)
            self.progress.clear()
            self.top.show_rows(self.rows)
            return
        self._load(keep_form=False)

    def _load(self, keep_form: bool) -> None:
        """Read rows and target groups; ``keep_form`` leaves the user's unsaved input alone."""
        service = self.ctx.workspace.barriers
        try:
            self.rows = service.list(self.municipality_id or "")
            groups = service.target_groups(self.municipality_id or "")
        except StoreError as exc:
            self.status_message.emit(str(exc))
            return
        self._names = {g.id: g.name for g in groups}
        self.form.set_target_groups(groups)
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
            self._show(None)
            group = self.model.group_at(current)
            if group is not None:
                self.form.title.setText(f"<h2>{escape(group.title)}</h2>")
                self.form.explanation.setText(group.description)
            return
        self._show(row)

    def leave_ok(self) -> bool:
        return not self.form.is_dirty() or self._resolve_unsaved()

    def _resolve_unsaved(self) -> bool:
        """True when the form may be left: saved, or the user chose to discard."""
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.form.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask what to do with unsaved input (tests replace this)."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            titled(self.tr("Unsaved assessment")),
            self.tr("The assessment you are editing is not saved yet. Save it now?"),
            buttons,
        )

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

    def _saved(self, row: BarrierRow) -> None:
        position = self.model.flat_position(row.ref)
        self._current_ref = row.ref
        self._load(keep_form=True)
        if not self.model.index_of(row.ref).isValid():  # the filter hides it now: on to the next one
            self._current_ref = None
            self._reselect(keep_form=False, fallback_row=position)
        self.status_message.emit(self.tr("Saved."))
        self.data_changed.emit()

    def _reload_current(self) -> None:
        self._load(keep_form=False)
        self.status_message.emit(
            self.tr("The stored state is shown again. Please enter your change once more.")
        )

    # ----- dialogs
    def _settle_form(self) -> bool:
        """Before a dialog reloads the form: save or discard unsaved input; False = the user cancelled."""
        if not self.form.is_dirty():
            return True
        if not self._resolve_unsaved():
            return False
        if self.form.is_dirty():  # discarded: show the stored state, the input is gone on purpose
            self.form.show_row(self.form.row)
        return True

    def add_own_barrier(self) -> None:
        if self.municipality_id is None or not self._settle_form():
            return
        dialog = OwnBarrierDialog(self.ctx, self.municipality_id, None, self)
        accepted, added = self.exec_dialog(dialog), dialog.result_row
        dialog.deleteLater()  # parented to the page: delete it, or every use leaves one behind
        if accepted and added is not None:
            self.filter.setCurrentIndex(self.filter.findData("all"))
            self._current_ref = added.ref
            self._load(keep_form=False)
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status_message.emit(self.tr("Own barrier added. Rate it on the right."))
            self.data_changed.emit()

    def edit_own_barrier(self, row: BarrierRow) -> None:
        if self.municipality_id is None or not self._settle_form():
            return
        # Saving the assessment just now raised the row's version: edit the stored state.
        fresh = next((r for r in self.rows if r.ref == row.ref), None)
        if fresh is None:
            return
        dialog = OwnBarrierDialog(self.ctx, self.municipality_id, fresh, self)
        accepted, edited = self.exec_dialog(dialog), dialog.result_row
        dialog.deleteLater()
        if accepted and edited is not None:
            self._current_ref = fresh.ref
            self._load(keep_form=False)
            self.data_changed.emit()

    def delete_own_barrier(self, row: BarrierRow) -> None:
        question = fmt(self.tr("Delete the own barrier “%1” and its assessment?"), row.title)
        if self.form.is_dirty():
            question += " " + self.tr("Your unsaved changes to it are discarded as well.")
        if not self.confirm(question):
            return
        position = self.model.flat_position(row.ref)
        try:
            self.ctx.workspace.barriers.delete_custom(row.id or "", row.version)
        except StoreError as exc:
            QMessageBox.warning(self, titled(self.tr("Barriers")), str(exc))
            return
        self._current_ref = None
        self.form.show_row(None)
        self._load(keep_form=False)
        self._reselect(keep_form=False, fallback_row=position)
        self.status_message.emit(self.tr("Own barrier deleted."))
        self.data_changed.emit()

    def manage_target_groups(self) -> None:
        if self.municipality_id is None:
            return
        dialog = TargetGroupsDialog(self.ctx, self.municipality_id, self)
        self.exec_dialog(dialog)
        changed = dialog.changed
        dialog.deleteLater()
        if changed:
            self._load(keep_form=True)
            self.data_changed.emit()

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog modally (tests replace this to drive it without a nested event loop)."""
        return bool(dialog.exec())

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, titled(self.tr("Barriers")), question)
        return answer == QMessageBox.StandardButton.Yes

    def help_text(self) -> str:
        return self.tr(
            "Choose a barrier in the list (arrow keys), rate its relevance from 0 (none) to 3 (high), say "
            "what the rating rests on, and tick the target groups it affects. Save with Ctrl+S. The top "
            "barriers below the list are the highest-rated ones that touch the most target groups; they "
            "are the first candidates for measures."
        )
