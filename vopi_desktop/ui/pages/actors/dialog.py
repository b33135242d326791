"""Add or edit an actor. The service validates; its message is shown here and the bad field focused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QVBoxLayout,
    QWidget,
)

from ....store.dto.actors import Actor, ActorInput
from ....textnumbers import parse_int
from ...context import AppContext
from ...messages import may_discard
from ...widgets.dialog_buttons import button_box, primary
from ...widgets.fit import FormScroll
from ...widgets.form_error import FormError
from ...widgets.optional_date import OptionalDate
from ...widgets.titles import titled

REVIEW_AFTER = timedelta(days=730)  # suggested review/deletion date: two years after consent
GUIDANCE_WIDTH = 360  # narrowest the data protection note may get (it wraps to more lines)
FORM_ROOM = 470  # the form's height before it scrolls: the dialog stays within a 1024×600 screen


def _check_list(labels: dict[str, str], chosen: tuple[str, ...], name: str) -> QListWidget:
    """A keyboard-friendly multiple choice: arrows move, space ticks, Tab leaves the list."""
    widget = QListWidget()
    widget.setTabKeyNavigation(False)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setAccessibleName(name)
    for key, label in labels.items():
        item = QListWidgetItem(label, widget)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll_bar = widget.verticalScrollBar().sizeHint().width()
    widget.setMinimumWidth(widget.sizeHintForColumn(0) + scroll_bar + 2 * widget.frameWidth() + 6)
    return widget


def checked_keys(widget: QListWidget) -> list[str]:
    return [
        widget.item(n).data(Qt.ItemDataRole.UserRole)
        for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    ]


class ActorDialog(QDialog):
    """The add/edit form; ``saved`` holds the stored actor after a successful save."""

    def __init__(
        self,
        ctx: AppContext,
        municipality_id: str,
        actor: Actor | None = None,
        parent: QWidget | None = None,
        store: Callable[[ActorInput, FormError], Actor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.municipality_id, self.actor = ctx, municipality_id, actor
        self.store = store  # the page's undoable write; refusals land in self.error
        self.saved: Actor | None = None
        catalog = ctx.catalog
        self.setWindowTitle(titled(self.tr("Edit actor") if actor else self.tr("New actor")))
        self.setMinimumWidth(880)

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.type = QComboBox()
        for key, label in catalog.vocab("actor_types").items():
            self.type.addItem(label, key)
        self.size_edit = QLineEdit()
        self.size_edit.setPlaceholderText(self.tr("members or active people"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(56)
        self.website = QLineEdit()
        self.org_email = QLineEdit()
        self.org_phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        org = QFormLayout()
        org.addRow(self.tr("&Name:"), self.name)
        org.addRow(self.tr("T&ype:"), self.type)
        org.addRow(self.tr("Si&ze:"), self.size_edit)
        org.addRow(self.tr("&Address:"), self.address)
        org.addRow(self.tr("&Website:"), self.website)
        org.addRow(self.tr("&E-mail (organisation):"), self.org_email)
        org.addRow(self.tr("&Telephone (organisation):"), self.org_phone)
        org.addRow(self.tr("N&otes:"), self.notes)

        chosen_fields = actor.fields if actor else ()
        chosen_languages = actor.languages if actor else ()
        self.fields = _check_list(
            catalog.vocab("engagement_fields"), chosen_fields, self.tr("Fields of engagement")
        )
        self.languages = _check_list(catalog.vocab("languages"), chosen_languages, self.tr("Languages"))
        lists = QGridLayout()
        fields_label = QLabel(self.tr("&Fields of engagement:"))
        fields_label.setBuddy(self.fields)
        languages_label = QLabel(self.tr("&Languages:"))
        languages_label.setBuddy(self.languages)
        lists.addWidget(fields_label, 0, 0)
        lists.addWidget(self.fields, 1, 0)
        lists.addWidget(languages_label, 0, 1)
        lists.addWidget(self.languages, 1, 1)

        top = QHBoxLayout()
        top.addLayout(org, 3)
        top.addLayout(lists, 2)

        self.contact_box = self._contact_group()
        self.fields_by_name: dict[str, QWidget] = {
            "name": self.name,
            "type": self.type,
            "size": self.size_edit,
            "address": self.address,
            "website": self.website,
            "org_email": self.org_email,
            "org_phone": self.org_phone,
            "notes": self.notes,
            "fields": self.fields,
            "languages": self.languages,
            "contact_name": self.contact_name,
            "contact_email": self.contact_email,
            "contact_phone": self.contact_phone,
            "legal_basis": self.legal_basis,
            "consent_date": self.consent_date,
            "review_date": self.review_date,
        }

        self.error = FormError(self.fields_by_name)
        buttons = button_box(
            self, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = primary(buttons.button(QDialogButtonBox.StandardButton.Save))
        self.save_button.setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(top)
        form_layout.addWidget(self.contact_box)
        # Taller than a 1024×600 screen: the form scrolls (the focused field always in view),
        # the error line and the buttons stay put.
        self.form_scroll = FormScroll(form, FORM_ROOM)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if actor is not None:
            self._fill(actor)
        self._shown = self._raw()  # what Cancel compares with: typed input is never dropped unasked
        self.name.setFocus()

    def _contact_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contact person (personal data)"))
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_phone = QLineEdit()
        self.legal_basis = QComboBox()
        self.legal_basis.addItem(self.tr("– please choose –"), "")
        for key, label in self.ctx.catalog.vocab("legal_bases").items():
            self.legal_basis.addItem(label, key)
        self.consent_date = OptionalDate(self.tr("given on"))
        self.review_date = OptionalDate(self.tr("on"))
        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.contact_name)
        form.addRow(self.tr("E-ma&il:"), self.contact_email)
        form.addRow(self.tr("&Phone:"), self.contact_phone)
        form.addRow(self.tr("Legal &basis:"), self.legal_basis)
        form.addRow(self.tr("&Consent:"), self.consent_date)
        form.addRow(self.tr("&Review or delete:"), self.review_date)
        self.consent_date.changed.connect(self._suggest_review)
        self.legal_basis.currentIndexChanged.connect(self._suggest_review)

        self.guidance = QLabel(self.ctx.catalog.contact_guidance)
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance.setAccessibleName(self.tr("Data protection guidance"))
        self.guidance.setStyleSheet(
            "QLabel { background: #eef4fb; border: 1px solid #9bb8d9; border-radius: 4px; padding: 8px; }"
        )
        # A word-wrapped label's height depends on its width, which the dialog's minimum size does not
        # count: squeezed, the layout pushed this group's title over the notes field. A floor on the
        # width with the height that width needs keeps the minimum honest.
        self.guidance.setMinimumWidth(GUIDANCE_WIDTH)
        self.guidance.setMinimumHeight(self.guidance.heightForWidth(GUIDANCE_WIDTH))
        row = QHBoxLayout(box)
        row.addLayout(form, 1)
        row.addWidget(self.guidance, 1)
        return box

    def _suggest_review(self) -> None:
        """A review date is required with a contact person: offer one two years ahead if none is set."""
        if self.review_date.value() is not None:
            return
        basis = self.legal_basis.currentData()
        consent = self.consent_date.value()
        if basis == "consent" and consent is not None:
            self.review_date.set_value(consent + REVIEW_AFTER)
        elif basis == "public_task":
            self.review_date.set_value(date.today() + REVIEW_AFTER)

    def _fill(self, actor: Actor) -> None:
        self.name.setText(actor.name)
        self.type.setCurrentIndex(max(self.type.findData(actor.type), 0))
        self.size_edit.setText("" if actor.size is None else str(actor.size))
        self.address.setPlainText(actor.address)
        self.website.setText(actor.website)
        self.org_email.setText(actor.org_email)
        self.org_phone.setText(actor.org_phone)
        self.notes.setPlainText(actor.notes)
        self.contact_name.setText(actor.contact_name)
        self.contact_email.setText(actor.contact_email)
        self.contact_phone.setText(actor.contact_phone)
        self.review_date.set_value(actor.review_date)  # before the basis, so nothing is suggested
        self.legal_basis.setCurrentIndex(max(self.legal_basis.findData(actor.legal_basis), 0))
        self.consent_date.set_value(actor.consent_date)

    def input(self) -> ActorInput:
        size = self.size_edit.text()  # "1.500" is 1500; "etwa 40" is refused with a message, not dropped
        return ActorInput(
            name=self.name.text(),
            type=self.type.currentData(),
            fields=checked_keys(self.fields),
            languages=checked_keys(self.languages),
            size=parse_int(size, "size", (self.tr("Size"), self.tr("Size"))),
            address=self.address.toPlainText(),
            website=self.website.text(),
            org_email=self.org_email.text(),
            org_phone=self.org_phone.text(),
            notes=self.notes.toPlainText(),
            contact_name=self.contact_name.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            legal_basis=self.legal_basis.currentData(),
            consent_date=self.consent_date.value(),
            review_date=self.review_date.value(),
        )

    def _save(self) -> None:
        """The form is read (a refused number is shown here), then stored through the page."""
        data = self.error.attempt(self.input)
        if data is None:
            return
        self.error.hide()
        saved = self.store(data, self.error) if self.store is not None else None
        if saved is not None:
            self.saved = saved
            self.accept()

    def show_error(self, message: str, field: str | None) -> None:
        self.error.show_message(message, field)

    def _raw(self) -> tuple[object, ...]:
        """Every field as typed (even a number that would not parse), for the unsaved-input check."""
        texts = (self.name, self.size_edit, self.website, self.org_email, self.org_phone)
        contact = (self.contact_name, self.contact_email, self.contact_phone)
        return (
            *(w.text() for w in texts + contact),
            self.address.toPlainText(),
            self.notes.toPlainText(),
            self.type.currentData(),
            self.legal_basis.currentData(),
            tuple(checked_keys(self.fields)),
            tuple(checked_keys(self.languages)),
            self.consent_date.value(),
            self.review_date.value(),
        )

    def is_dirty(self) -> bool:
        return self.saved is None and self._raw() != self._shown

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: typed input is discarded only when confirmed."""
        if may_discard(self, self.is_dirty()):
            super().reject()
