"""One checklist with everything around it: the tree, the item form, own items and practice examples.

Both checklist pages embed a pane. Every write goes through the page (``Page.change``), so it is
undoable, lands refusals in the page's message line (or the dialog's FormError) and marks other
pages stale. After a write the pane shows the record the store returned, without a reload.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.checklists import Checklist, ChecklistItem, ItemInput
from ....store.dto.practice import OwnPractice, PracticeInput
from ... import messages
from ...messages import fmt
from ...widgets.actor_choices import ActorChoices
from ...widgets.form_error import FormError
from . import commands as c
from .editor import ItemEditor
from .own_item import OwnItemDialog
from .practice import PracticePanel
from .practice_dialog import PracticeDialog
from .view import ChecklistView

if TYPE_CHECKING:
    from ..base import Page


class ChecklistPane(QWidget):
    """``print_requested()`` when the user asks to print this checklist."""

    print_requested = Signal()

    def __init__(self, page: Page, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.catalog = page.ctx.catalog
        self.actors = ActorChoices()  # for an example's contact: the trash included, set by the page
        labels = self.catalog.vocab("checklist_status")
        self.view = ChecklistView(self.catalog, labels)
        self.editor = ItemEditor(labels, self.view.text_of)
        self.editor.save_handler = self._save_item
        page.add_editor(self.editor)
        self.practice = PracticePanel(self.catalog)
        self.add_button = QPushButton(self.tr("Add own &item…"))
        self.add_button.setToolTip(self.tr("Add an item of your own to the chosen section"))
        self.remove_button = QPushButton(self.tr("Remo&ve own item"))
        self.remove_button.setToolTip(
            self.tr("Remove the chosen own item (catalogue items are marked not relevant)")
        )
        self.print_button = QPushButton(self.tr("Prin&t…"))
        self.print_button.setAccessibleName(fmt(self.tr("Print the %1"), name))
        self.print_button.setToolTip(
            fmt(self.tr("Print the %1, blank for a workshop or filled in (Ctrl+P)"), name)
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        right_body = QWidget()
        right_layout = QVBoxLayout(right_body)
        right_layout.setContentsMargins(4, 0, 4, 0)
        right_layout.addWidget(self.editor)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        right_layout.addWidget(line)
        right_layout.addWidget(self.practice, 1)
        right = QScrollArea()
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setWidget(right_body)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields wrap instead
        right.setMinimumWidth(260)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        page.disable_while_loading(self.add_button, self.remove_button)

        self.view.current_changed.connect(self._current)
        self.view.tick.connect(self._tick)
        self.add_button.clicked.connect(self.add_own)
        self.remove_button.clicked.connect(self.remove_own)
        self.print_button.clicked.connect(self.print_requested)
        self.practice.add_requested.connect(lambda: self._edit_example(None))
        self.practice.edit_requested.connect(self._edit_example)
        self.practice.delete_requested.connect(self._delete_example)

    # ----- showing
    def show_checklist(self, checklist: Checklist | None, own: Sequence[OwnPractice] = ()) -> None:
        self.practice.set_own(own)
        self.view.set_checklist(checklist)
        self.update_actions()

    def update_actions(self) -> None:
        item = self.view.current_item()
        has = self.view.checklist is not None and not self.page.loading
        self.add_button.setEnabled(has)
        self.remove_button.setEnabled(has and item is not None and item.own)

    def _current(self, item: ChecklistItem | None) -> None:
        if self.editor.is_dirty() and (
            item is None or self.editor.row is None or item.id != self.editor.row.id
        ):
            self.editor.commit()  # no input is lost when moving on in the list
        self.editor.show_row(item)
        self.practice.show_for(item.key if item else None)
        self.update_actions()

    def _replace_item(self, item: ChecklistItem) -> None:
        """Show a saved item without reloading the whole checklist."""
        checklist = self.view.checklist
        if checklist is None:
            return
        items = [item if i.id == item.id else i for i in checklist.items]
        if all(i.id != item.id for i in checklist.items):
            items.append(item)
            items.sort(key=lambda i: (self._section_pos(i.section), i.own, i.key if not i.own else ""))
        self.view.set_checklist(replace(checklist, items=tuple(items)))
        self.view.select_item(item.id)

    def _section_pos(self, section: str) -> int:
        tpl = self.view.template()
        keys = [s.key for s in tpl.sections] if tpl else []
        return keys.index(section) if section in keys else len(keys)

    def _drop_item(self, item_id: str) -> None:
        checklist = self.view.checklist
        if checklist is not None:
            self.view.set_checklist(
                replace(checklist, items=tuple(i for i in checklist.items if i.id != item_id))
            )

    # ----- item writes
    def _name(self, item: ChecklistItem) -> str:
        statement = self.view.text_of(item)[0]
        return statement if len(statement) <= 40 else statement[:39] + "…"

    def _save_item(self, values: ItemInput) -> bool:
        item = self.editor.row
        if item is None:
            return True  # nothing chosen: nothing to store
        return self.page.save_form(
            self.editor,
            fmt(self.tr("Item “%1”"), self._name(item)),
            c.set_item_state(item, values),
            c.redo_set_item,
            c.undo_set_item,
            stored=lambda state: state.data["item"],
            then=self._replace_item,
        )

    def _tick(self, item: ChecklistItem, done: bool) -> None:
        if self.editor.is_dirty() and self.editor.row is not None and self.editor.row.id == item.id:
            if not self.editor.commit():
                self.view.set_checklist(self.view.checklist)
                return
            item = self.editor.row
        status = "done" if done else "open"
        name = fmt(self.tr("Ticked “%1”") if done else self.tr("Unticked “%1”"), self._name(item))
        state = self.page.change(name, c.set_item_state(item, c.item_input(item, status=status)),
                                 c.redo_set_item, c.undo_set_item)  # fmt: skip
        if state is None:
            self.view.set_checklist(self.view.checklist)  # put the tick back as stored
            return
        self._replace_item(state.data["item"])
        self.editor.show_row(state.data["item"])

    def add_own(self) -> None:
        checklist, tpl = self.view.checklist, self.view.template()
        if checklist is None or tpl is None:
            return
        sections = {s.key: s.title for s in tpl.sections}

        def save(section: str, data: ItemInput, error: FormError) -> ChecklistItem | None:
            state = self.page.change(
                fmt(self.tr("Own item “%1”"), data.text.strip()),
                c.add_item_state(checklist.id, section, data),
                c.redo_add_item,
                c.undo_add_item,
                errors=error,
            )
            return None if state is None else state.data["item"]

        dialog = OwnItemDialog(sections, self.view.current_section(), save, self)
        messages.run(dialog)
        saved = dialog.saved
        dialog.deleteLater()
        if saved is not None:
            self._replace_item(saved)
            self.view.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_own(self) -> None:
        item = self.view.current_item()
        if item is None or not item.own:
            return
        state = self.page.change(
            fmt(self.tr("Removed own item “%1”"), self._name(item)),
            c.remove_item_state(item),
            c.redo_remove_item,
            c.undo_remove_item,
        )
        if state is not None:
            self._drop_item(item.id)

    # ----- practice examples
    def _edit_example(self, example: OwnPractice | None) -> None:
        item = self.view.current_item()
        mid = self.page.municipality_id
        if mid is None or (example is None and item is None):
            return
        keys = (item.key,) if item is not None and not item.own else ()

        def save(data: PracticeInput, error: FormError) -> OwnPractice | None:
            name = fmt(self.tr("Practice example “%1”"), data.title.strip())
            state = self.page.change(name, c.practice_state(mid, example, data), c.redo_practice,
                                     c.undo_practice, errors=error)  # fmt: skip
            return None if state is None else state.data["example"]

        dialog = PracticeDialog(self.catalog, self.actors, keys, example, save, self)
        messages.run(dialog)
        saved = dialog.saved
        dialog.deleteLater()
        if saved is not None:
            own = [e for e in self.practice.own if e.id != saved.id] + [saved]
            self.practice.set_own(own)
            self.practice.show_for(item.key if item else None, keep=saved.id)

    def _delete_example(self, example: OwnPractice) -> None:
        mid = self.page.municipality_id
        if mid is None:
            return
        question = fmt(self.tr("Delete the practice example “%1”? Ctrl+Z brings it back."), example.title)
        if not messages.ask(self, self.tr("Delete practice example"), question):
            return
        name = fmt(self.tr("Deleted practice example “%1”"), example.title)
        state = self.page.change(name, c.practice_state(mid, example, None), c.redo_practice, c.undo_practice)
        if state is not None:
            self.practice.set_own([e for e in self.practice.own if e.id != example.id])
            item = self.view.current_item()
            self.practice.show_for(item.key if item else None)
