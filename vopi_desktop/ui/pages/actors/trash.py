"""The trash of the actor directory: restore an actor, or delete it for good after a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...messages import ask, fmt, short_name
from ...widgets.dialog_buttons import button_box, primary
from ...widgets.form_error import FormError
from ...widgets.titles import titled
from . import changes
from .model import TrashModel

if TYPE_CHECKING:
    from ..base import Page


class TrashDialog(QDialog):
    """``changed`` tells the page whether it has to reload."""

    def __init__(self, page: Page, municipality_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page, self.municipality_id = page, municipality_id
        ctx = page.ctx
        self.changed = False
        self.restored: list[str] = []
        self.setWindowTitle(titled(self.tr("Trash – actors")))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Actors in the trash are hidden everywhere, but their links, events and measures are kept. "
                "Restore brings them back as they were."
            )
        )
        intro.setWordWrap(True)
        self.model = TrashModel(ctx.catalog, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # a short list: fitting the contents costs nothing here
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Actors in the trash"))
        label = QLabel(self.tr("&Actors in the trash:"))
        label.setBuddy(self.table)
        self.empty = QLabel(self.tr("The trash is empty."))
        self.message = FormError()  # why a restore or delete was refused

        buttons = button_box(self)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        primary(self.restore_button)  # Enter in the list restores the chosen actor
        self.purge_button = buttons.addButton(
            self.tr("&Delete for good…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.purge_button.clicked.connect(self._purge)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        mid = self.municipality_id
        rows = self.page.read_now(lambda ws: ws.actors.trash_list(mid), errors=self.message) or []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.summary(index.row()).id if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self._current_id() is not None
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def _restore(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        summary = self.model.summary(index.row())
        if changes.restore(self.page, summary, self.message) is None:
            return
        self.message.hide()
        self.changed = True
        self.restored.append(summary.id)
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _purge(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.summary(index.row())
        question = fmt(
            self.tr(
                "Delete “%1” for good? Its links, its opening checklist and its place in events and measures "
                "are removed as well. This cannot be undone."
            ),
            row.name,
        )
        if not ask(self, self.tr("Delete for good"), question):
            return
        # Not undoable, and the question says so: the record and its links are gone.
        if not self.page.write(lambda ws: ws.actors.purge(row.id), errors=self.message):
            return
        # Earlier steps may name the actor or its links (trashed, edited, linked): undoing them could only
        # fail now, so the history ends here, as after an import.
        undo = self.page.ctx.undo
        had_steps = len(undo) > 0
        undo.clear()
        template = (
            self.tr("“%1” deleted for good – earlier steps can no longer be undone.")
            if had_steps
            else self.tr("“%1” deleted for good.")
        )
        self.page.show_info(fmt(template, short_name(row.name)))
        self.message.hide()
        self.changed = True
        self.reload()
