"""The municipality's own barriers on the barriers page: add and edit one in its dialog, delete one
(asked first, undoable), the new or changed one then shown in the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QTreeView

from ....store.dto.barriers import BarrierRow
from ...context import AppContext
from ...messages import ask, fmt, run
from ...record_commands import Exists, bring, remove
from .dialog import OwnBarrierDialog
from .form import BarrierForm
from .model import BarrierTreeModel


class OwnBarrierActions:
    """Mixed into the barriers page, after ``Page``: the attributes below are the page's (its texts are
    translated in the page's context, where they were written first)."""

    ctx: AppContext
    municipality_id: str | None
    rows: list[BarrierRow]
    _current_ref: str | None
    filter: QComboBox
    tree: QTreeView
    model: BarrierTreeModel
    form: BarrierForm
    if TYPE_CHECKING:

        def show_info(self, text: str) -> None: ...
        def change(self, name: str, state: object, redo, undo, on_done=None, errors=None) -> object: ...
        def _resolve_unsaved(self) -> bool: ...
        def _show_rows(self, keep_form: bool) -> None: ...
        def _reselect(self, keep_form: bool, fallback_row: int = 0) -> None: ...

    def add_own_barrier(self) -> None:
        if self.municipality_id is None or not self._resolve_unsaved():
            return
        dialog = OwnBarrierDialog(self.ctx, self.municipality_id, None, self)
        accepted, added = self.exec_dialog(dialog), dialog.result_row
        dialog.deleteLater()  # parented to the page: delete it, or every use leaves one behind
        if accepted and added is not None:
            self.filter.setCurrentIndex(self.filter.findData("all"))
            self.rows = [*self.rows, added]
            self._current_ref = added.ref
            self._show_rows(keep_form=False)
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            self.show_info(
                QCoreApplication.translate("BarriersPage", "Own barrier added. Rate it on the right.")
            )

    def edit_own_barrier(self, row: BarrierRow) -> None:
        if self.municipality_id is None or not self._resolve_unsaved():
            return
        # Saving the assessment just now raised the row's version: edit the stored state.
        fresh = next((r for r in self.rows if r.ref == row.ref), None)
        if fresh is None:
            return
        dialog = OwnBarrierDialog(self.ctx, self.municipality_id, fresh, self)
        accepted, edited = self.exec_dialog(dialog), dialog.result_row
        dialog.deleteLater()
        if accepted and edited is not None:
            self.rows = [edited if r.ref == edited.ref else r for r in self.rows]
            self._current_ref = fresh.ref
            self._show_rows(keep_form=False)

    def delete_own_barrier(self, row: BarrierRow) -> None:
        question = fmt(
            QCoreApplication.translate("BarriersPage", "Delete the own barrier “%1” and its assessment?"),
            row.title,
        )
        if self.form.is_dirty():
            question += " " + QCoreApplication.translate(
                "BarriersPage", "Your unsaved changes to it are discarded as well."
            )
        if not self.confirm(question):
            return
        position = self.model.flat_position(row.ref)
        name = fmt(QCoreApplication.translate("BarriersPage", "Own barrier “%1” deleted"), row.title)
        if (
            self.change(name, Exists("barriers", self.municipality_id or "", record=row), remove, bring)
            is None
        ):
            return  # refused: the message line says why
        self.rows = [r for r in self.rows if r.ref != row.ref]
        self._current_ref = None
        self.form.show_row(None)
        self._show_rows(keep_form=False)
        self._reselect(keep_form=False, fallback_row=position)
        self.show_info(QCoreApplication.translate("BarriersPage", "Own barrier deleted."))

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog modally through the one dialog runner (tests replace either)."""
        return bool(run(dialog))

    def confirm(self, question: str) -> bool:
        return ask(self, QCoreApplication.translate("BarriersPage", "Barriers"), question)
