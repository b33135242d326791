"""Record or edit an own practice example: title, what was done, what helped, contact, barriers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....catalog import Catalog
from ....store.dto.practice import OwnPractice, PracticeInput
from ...messages import may_discard, titled
from ...widgets.actor_choices import ActorChoices
from ...widgets.dialog_buttons import button_box, primary
from ...widgets.fit import small_screen
from ...widgets.form_error import FormError

ROLE = Qt.ItemDataRole.UserRole


class PracticeDialog(QDialog):
    """``save(data, error)`` stores through the page and returns the example, or None (refused)."""

    def __init__(
        self,
        catalog: Catalog,
        actors: ActorChoices,
        items: tuple[str, ...],
        example: OwnPractice | None,
        save: Callable[[PracticeInput, FormError], OwnPractice | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        new = example is None
        self.setWindowTitle(
            titled(self.tr("New practice example") if new else self.tr("Edit practice example"))
        )
        self._save = save
        self._items = example.items if example is not None else items
        self.saved: OwnPractice | None = None
        self.title = QLineEdit(example.title if example else "")
        self.what = QPlainTextEdit(example.what if example else "")
        self.what.setTabChangesFocus(True)
        self.helped = QPlainTextEdit(example.helped if example else "")
        self.helped.setTabChangesFocus(True)
        self.contact = QComboBox()
        # a contact in the trash stays chosen, marked, and is saved unchanged
        actors.pick(self.contact, example.contact_actor_id if example else None, self.tr("(none)"))
        self.barriers = QListWidget()
        chosen = set(example.barriers) if example else set()
        for barrier in catalog.barriers:
            entry = QListWidgetItem(f"{barrier.key} {barrier.title}")
            entry.setData(ROLE, barrier.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if barrier.key in chosen else Qt.CheckState.Unchecked)
            self.barriers.addItem(entry)
        self.error = FormError(
            {"title": self.title, "what": self.what, "helped": self.helped, "barriers": self.barriers,
             "contact_actor_id": self.contact}
        )  # fmt: skip
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Title:"), self.title),
            (self.tr("&What was done:"), self.what),
            (self.tr("What &helped:"), self.helped),
            (self.tr("&Contact organisation:"), self.contact),
            (self.tr("&Barriers it addresses:"), self.barriers),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = button_box(
            self, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        primary(buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self._shown = self.values()  # what Cancel compares with

    def sizeHint(self) -> QSize:
        return small_screen(super().sizeHint())  # its lists shrink to fit a 1024×600 screen

    def values(self) -> PracticeInput:
        barriers = tuple(
            self.barriers.item(n).data(ROLE)
            for n in range(self.barriers.count())
            if self.barriers.item(n).checkState() == Qt.CheckState.Checked
        )
        return PracticeInput(
            self.title.text(),
            self.what.toPlainText(),
            self.helped.toPlainText(),
            self._items,
            barriers,
            self.contact.currentData(),
        )

    def is_dirty(self) -> bool:
        return self.saved is None and self.values() != self._shown

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: typed input is dropped only when confirmed."""
        if may_discard(self, self.is_dirty()):
            super().reject()

    def _accept(self) -> None:
        self.saved = self._save(self.values(), self.error)
        if self.saved is not None:
            self.accept()
