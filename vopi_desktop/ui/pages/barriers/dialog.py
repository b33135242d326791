"""Small dialogs of the barriers page: add or edit an own barrier, manage the target groups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.barriers import BarrierRow, OwnBarrierInput, TargetGroup, TargetGroupInput
from ....store.target_group_suggestions import suggestions_present
from ...context import AppContext
from ...messages import ask, fmt, may_discard, plain_tooltip
from ...record_commands import Edited, Exists, bring, remove, swap
from ...undo import Step
from ...widgets.dialog_buttons import button_box, primary
from ...widgets.fit import small_screen
from ...widgets.form_error import FormError

if TYPE_CHECKING:
    from ..base import Page

ID_ROLE = Qt.ItemDataRole.UserRole


class OwnBarrierDialog(QDialog):
    """Add a barrier the catalogue lacks, or edit one added before (``row`` given)."""

    def __init__(
        self,
        ctx: AppContext,
        municipality_id: str,
        row: BarrierRow | None,
        page: Page,
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page  # the store is reached through the page base only
        self.municipality_id = municipality_id
        self.row = row
        self.result_row: BarrierRow | None = None
        self.setWindowTitle(self.tr("VOPI Desktop – Own barrier"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Add a barrier that the catalogue does not list but that you see in your municipality. "
                "You rate it afterwards like the others."
            )
        )
        intro.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.group = QComboBox()
        for group in ctx.catalog.barrier_groups:
            self.group.addItem(group.title, group.key)
        self.group.addItem(self.tr("(no group)"), "")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Description:"), self.description)
        self.fields: dict[str, QWidget] = {
            "title": self.title,
            "group": self.group,
            "description": self.description,
        }
        self.error = FormError(self.fields)

        buttons = button_box(self)
        text = self.tr("&Save") if row else self.tr("&Add barrier")
        self.ok_button = primary(buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole))
        self.ok_button.clicked.connect(self._accept)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        if row is not None:
            intro.hide()
            self.title.setText(row.title)
            self.group.setCurrentIndex(max(self.group.findData(row.group), 0))
            self.description.setPlainText(row.description)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._shown = self._typed()  # what Cancel compares with

    def _typed(self) -> tuple[object, ...]:
        return self.title.text(), self.group.currentData(), self.description.toPlainText()

    def is_dirty(self) -> bool:
        return self.result_row is None and self._typed() != self._shown

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: typed input is dropped only when confirmed."""
        if may_discard(self, self.is_dirty()):
            super().reject()

    def _accept(self) -> None:
        title, text, group = self.title.text(), self.description.toPlainText(), self.group.currentData()
        row, mid = self.row, self.municipality_id
        self.error.hide()
        data = OwnBarrierInput(title, text, group)
        shown = data.title.strip()
        if row is None:
            name = fmt(self.tr("Own barrier “%1” added"), shown)
            state = self.page.change(name, Exists("barriers", mid, data), bring, remove, errors=self.error)
            saved = state.record if state is not None else None
        else:
            name = fmt(self.tr("Own barrier “%1” changed"), shown)
            state = self.page.change(name, Edited("barriers", row, data), swap, swap, errors=self.error)
            saved = state.current if state is not None else None
        if saved is not None:
            self.result_row = saved
            self.accept()


class TargetGroupsDialog(QDialog):
    """The municipality's own list of target groups; suggestions are added with one click."""

    def __init__(self, ctx: AppContext, municipality_id: str, page: Page) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page  # the store is reached through the page base only
        self.municipality_id = municipality_id
        self.changed = False
        self._groups: list[TargetGroup] = []
        self.setWindowTitle(self.tr("VOPI Desktop – Target groups"))
        self.setMinimumSize(560, 480)
        intro = QLabel(
            self.tr(
                "Whom do you want to reach? Name the groups as your municipality speaks of them. "
                "Barriers and measures refer to this list."
            )
        )
        intro.setWordWrap(True)

        list_label = QLabel(self.tr("Target &groups:"))
        self.list = QListWidget()
        self.list.setTabKeyNavigation(False)
        list_label.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._picked)

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.description = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        self.add_button = QPushButton(self.tr("&Add as new group"))
        self.rename_button = QPushButton(self.tr("&Change selected"))
        self.delete_button = QPushButton(self.tr("De&lete selected"))
        self.add_button.clicked.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.delete_button.clicked.connect(self._delete)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)

        # Every suggestion keeps its place: one already in the list is ticked and greyed, so the
        # buttons never move under the mouse (they used to re-flow after each click).
        self.suggestions = QGroupBox(self.tr("Suggestions: one click adds the group"))
        self.suggestion_layout = QGridLayout(self.suggestions)
        self.suggestion_buttons: dict[str, QPushButton] = {}
        self._suggestion_labels = ctx.catalog.vocab("target_group_suggestions")
        for i, key in enumerate(self._suggestion_labels):
            button = QPushButton()
            button.clicked.connect(lambda _=False, k=key: self._add_suggested(k))
            self.suggestion_buttons[key] = button
            self.suggestion_layout.addWidget(button, i // 2, i % 2)

        self.error = FormError({"name": self.name})
        buttons = button_box(self, QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        primary(self.add_button)  # Enter in Name adds the group (now that the button is inside)
        self._load()  # a group picked in the list makes "Change selected" the default (``_picked``)

    def sizeHint(self) -> QSize:
        return small_screen(super().sizeHint())  # its lists shrink to fit a 1024×600 screen

    # ----- showing
    def _load(self, select: str | None = None) -> None:
        mid = self.municipality_id
        self._groups = self.page.read_now(lambda ws: ws.target_groups.list(mid)) or []
        self.list.clear()
        for group in self._groups:
            item = QListWidgetItem(self._describe(group))
            item.setData(ID_ROLE, group.id)
            item.setToolTip(plain_tooltip(group.description))
            self.list.addItem(item)
            if group.id == select:
                self.list.setCurrentItem(item)
        held = suggestions_present(g.name for g in self._groups)  # named in any language
        for key, button in self.suggestion_buttons.items():
            label = self._suggestion_labels[key]
            present = key in held
            had_focus = button.hasFocus()
            button.setText(("✓ " if present else "+ ") + label.replace("&", "&&"))
            button.setEnabled(not present)
            button.setAccessibleName(
                fmt(self.tr("Already in the list: %1"), label)
                if present
                else fmt(self.tr("Add suggestion: %1"), label)
            )
            if had_focus and present:  # keep the keyboard in the suggestions: the next open one
                following = [b for b in self.suggestion_buttons.values() if b.isEnabled()]
                (following[0] if following else self.name).setFocus(Qt.FocusReason.OtherFocusReason)
        self._picked(self.list.currentItem())

    def _describe(self, group: TargetGroup) -> str:
        uses = []
        if group.barrier_count:
            uses.append(fmt(self.tr("barriers: %1"), str(group.barrier_count)))
        if group.measure_count:
            uses.append(fmt(self.tr("measures: %1"), str(group.measure_count)))
        return group.name + (f"  ({', '.join(uses)})" if uses else "")

    def _selected(self) -> TargetGroup | None:
        item = self.list.currentItem()
        group_id = item.data(ID_ROLE) if item else None
        return next((g for g in self._groups if g.id == group_id), None)

    def _picked(self, _item: QListWidgetItem | None = None) -> None:
        group = self._selected()
        self.rename_button.setEnabled(group is not None)
        self.delete_button.setEnabled(group is not None)
        # Enter does what the fields hold: a picked group's name being corrected renames it, a name
        # typed with none picked is a new group (review 2, G24: Enter added a second group instead)
        primary(self.rename_button if group is not None else self.add_button)
        if group is not None:
            self.name.setText(group.name)
            self.description.setText(group.description)

    # ----- writing
    def _change(self, name: str, state: Exists | Edited, redo: Step, undo: Step) -> Any:
        """One undoable write (Ctrl+Z in the window takes it back); its state, None when refused."""
        self.error.hide()
        done = self.page.change(name, state, redo, undo, errors=self.error)
        self.changed = self.changed or done is not None
        return done

    def _add(self) -> None:
        data = TargetGroupInput(self.name.text(), self.description.text())
        name = fmt(self.tr("Target group “%1” added"), data.name.strip())
        state = self._change(name, Exists("target_groups", self.municipality_id, data), bring, remove)
        if state is not None:
            self._added(state.record.id)
            self.name.clear()  # ready for the next group: none picked, so Enter adds again
            self.description.clear()
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _added(self, group_id: str) -> None:
        """The list with the new group in view but not picked: Enter after the next typed name adds
        that one instead of renaming this one."""
        self._load()
        self.list.setCurrentItem(None)
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == group_id:
                self.list.scrollToItem(self.list.item(row))

    def _rename(self) -> None:
        group = self._selected()
        if group is None:
            return
        data = TargetGroupInput(self.name.text(), self.description.text())
        name = fmt(self.tr("Target group “%1” changed"), data.name.strip())
        if self._change(name, Edited("target_groups", group, data), swap, swap):
            self._load(select=group.id)

    def _delete(self) -> None:
        group = self._selected()
        if group is None:
            return
        if group.barrier_count or group.measure_count:
            uses = [
                self.tr("%n barrier(s)", "", group.barrier_count) if group.barrier_count else "",
                self.tr("%n measure(s)", "", group.measure_count) if group.measure_count else "",
            ]
            used = fmt(self.tr("%1 and %2"), *uses) if all(uses) else "".join(uses)
            question = self.tr(
                "“%1” is used by %2. Delete it anyway? They keep everything else; Ctrl+Z brings the "
                "target group back."
            )
            if not self.confirm(fmt(question, group.name, used)):
                return
        state = Exists("target_groups", self.municipality_id, record=group)
        if self._change(fmt(self.tr("Target group “%1” deleted"), group.name), state, remove, bring):
            self.name.clear()
            self.description.clear()
            self._load()

    def _add_suggested(self, key: str) -> None:
        data = TargetGroupInput(self._suggestion_labels[key])
        name = fmt(self.tr("Target group “%1” added"), data.name)
        state = self._change(name, Exists("target_groups", self.municipality_id, data), bring, remove)
        if state is not None:
            self._added(state.record.id)

    def confirm(self, question: str) -> bool:
        """Ask before a delete that touches barriers or measures (tests replace this)."""
        return ask(self, self.tr("Delete target group"), question)
