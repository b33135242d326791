"""The round form: title, kind, date and who took part; a new round may take the notes of an earlier one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.pillars import Round, RoundInput
from ...context import AppContext
from ...messages import may_discard
from ...widgets.dialog_buttons import button_box, primary
from ...widgets.form_error import FormError
from ...widgets.optional_date import OptionalDate, date_pattern
from ...widgets.titles import titled


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


class RoundDialog(QDialog):
    """Create (``existing`` None) or edit a round; the service validates, the message shows inline."""

    def __init__(
        self,
        ctx: AppContext,
        municipality_id: str,
        rounds: list[Round],
        existing: Round | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.municipality_id = municipality_id
        self.existing = existing
        self.saved: Round | None = None
        # (input, round being edited or None, round to copy notes from or None, error line) -> stored round
        self.save_handler: (
            Callable[[RoundInput, Round | None, str | None, FormError], Round | None] | None
        ) = None
        self.setWindowTitle(titled(self.tr("Edit round") if existing else self.tr("New assessment round")))
        self.setMinimumWidth(480)

        self.title = QLineEdit(existing.title if existing else "")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. Baseline autumn 2025"))
        self.kind = QComboBox()
        for key, label in ctx.catalog.vocab("round_kinds").items():
            self.kind.addItem(label, key)
        kind = existing.kind if existing else ("follow_up" if rounds else "baseline")
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        # A planned round may not have a date yet: then the box stays unticked and none is stored.
        self.held_on = OptionalDate(self.tr("Date known"), date_name=self.tr("Date of the round"))
        self.held_on.set_range(date(1990, 1, 1), date.today() + timedelta(days=365))
        self.held_on.set_value(existing.held_on if existing else date.today())
        self.participants = QPlainTextEdit(existing.participants if existing else "")
        self.participants.setTabChangesFocus(True)
        self.participants.setPlaceholderText(self.tr("e.g. steering group, integration council, two clubs"))
        self.participants.setMaximumHeight(90)
        self.copy_from = QComboBox()
        self.copy_from.addItem(self.tr("– start empty –"), None)
        for r in reversed(rounds):
            self.copy_from.addItem(f"{r.title} ({date_text(r.held_on)})" if r.held_on else r.title, r.id)
        self.fields: dict[str, QWidget] = {
            "title": self.title,
            "kind": self.kind,
            "held_on": self.held_on,
            "participants": self.participants,
        }

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Participants:"), self.participants)
        if existing is None and rounds:
            form.addRow(self.tr("Take &notes from:"), self.copy_from)
            self.copy_from.setToolTip(
                self.tr(
                    "The notes of an earlier round show what its scores were based on; the scores stay empty."
                )
            )

        self.error = FormError(self.fields)

        buttons = button_box(self)
        self.save_button = buttons.addButton(
            self.tr("&Save") if existing else self.tr("C&reate round"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        primary(self.save_button)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._shown = self._typed()  # what Cancel compares with

    def _typed(self) -> tuple[object, ...]:
        return self._input(), self.copy_from.currentData()

    def is_dirty(self) -> bool:
        return self.saved is None and self._typed() != self._shown

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: typed input is dropped only when confirmed."""
        if may_discard(self, self.is_dirty()):
            super().reject()

    def _input(self) -> RoundInput:
        return RoundInput(
            title=self.title.text(),
            held_on=self.held_on.value(),
            participants=self.participants.toPlainText(),
            kind=self.kind.currentData(),
        )

    def _save(self) -> None:
        """The page stores it (an undoable command) and shows a refusal in this dialog's error line."""
        self.error.hide()
        data, existing, source = self._input(), self.existing, self.copy_from.currentData()
        saved = self.save_handler(data, existing, source or None, self.error) if self.save_handler else None
        if saved is not None:
            self.saved = saved
            self.accept()
