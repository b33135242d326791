"""Create a municipality (first start and Ctrl+N), load the fictional example town, or edit a
municipality's details (Datei → Kommune bearbeiten…, the Start page): the edit is one undoable
command on the app's undo stack, saved with the version it was read at."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...store.dto.municipality import Municipality, MunicipalityInput
from ...store.errors import StoreError
from ...store.names import name_key
from ...textnumbers import parse_int
from ..context import AppContext
from ..messages import fmt, may_discard
from ..record_commands import Edited, swap
from ..undo import Command
from ..widgets.busy import busy_cursor
from ..widgets.dialog_buttons import button_box, primary
from ..widgets.form_error import FormError


class MunicipalityDialog(QDialog):
    """Validation happens in the service; its message is shown here and the bad field focused.

    ``editing``: the municipality as read; the dialog then shows it and saves changes to it."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        first_start: bool = True,
        editing: Municipality | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing = editing
        self.created: Municipality | None = None  # created, or the edited one as saved
        self.loaded_example = False
        self.setWindowTitle(
            self.tr("VOPI Desktop – Edit municipality")
            if editing
            else self.tr("VOPI Desktop – New municipality")
        )
        self.setMinimumWidth(520)
        catalog = ctx.catalog

        if editing is not None:
            intro = QLabel(
                self.tr(
                    "The kind and the population decide the recommendation on the Anchoring page. Ctrl+Z "
                    "undoes the change after saving."
                )
            )
        elif first_start:
            intro = QLabel(
                self.tr(
                    "Welcome! Create the municipality whose process you support. You can change these "
                    "details later (File → Edit municipality…). Or load the fictional example town to look "
                    "around and practise."
                )
            )
        else:
            intro = QLabel(
                self.tr(
                    "Create another municipality in this workspace, or load the fictional example town if "
                    "it is not here yet."
                )
            )
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Musterstadt"))
        self.kind = QComboBox()
        for key, label in catalog.vocab("municipality_kinds").items():
            self.kind.addItem(label, key)
        self.state = QComboBox()
        for key, label in catalog.vocab("federal_states").items():
            self.state.addItem(label, key)
        self.state.setCurrentIndex(max(self.state.findData("BW"), 0))
        self.population = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_phone = QLineEdit()
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "kind": self.kind,
            "state": self.state,
            "population": self.population,
            "contact_name": self.contact_name,
            "contact_email": self.contact_email,
            "contact_phone": self.contact_phone,
        }

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Federal &state:"), self.state)
        form.addRow(self.tr("&Population:"), self.population)
        form.addRow(self.tr("&Contact person:"), self.contact_name)
        form.addRow(self.tr("&E-mail:"), self.contact_email)
        form.addRow(self.tr("&Telephone:"), self.contact_phone)

        self.error = FormError(self.fields)

        buttons = button_box(self)
        self.create_button = buttons.addButton(
            self.tr("Sa&ve") if editing else self.tr("C&reate municipality"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        primary(self.create_button)  # Enter in a field creates what was typed, never the example town
        self.example_button = buttons.addButton(
            self.tr("Load the e&xample town"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.example_button.clicked.connect(self._load_example)
        self.example_button.setVisible(editing is None)
        if editing is None and not first_start and self._example_here():
            self.example_button.setEnabled(False)  # the store would refuse it: say so beforehand
            self.example_button.setToolTip(self.tr("The example town is already in this workspace."))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self._save if editing else self._create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if editing is not None:
            self._fill(editing)
        self._shown = self._raw()  # what "typed input" is measured against

    def _fill(self, m: Municipality) -> None:
        self.name.setText(m.name)
        self.name.setCursorPosition(0)
        self.kind.setCurrentIndex(max(self.kind.findData(m.kind), 0))
        self.state.setCurrentIndex(max(self.state.findData(m.state), 0))
        self.population.setText("" if m.population is None else str(m.population))  # no separator to misread
        self.contact_name.setText(m.contact_name)
        self.contact_email.setText(m.contact_email)
        self.contact_phone.setText(m.contact_phone)

    def _raw(self) -> tuple[object, ...]:
        return tuple(w.currentData() if isinstance(w, QComboBox) else w.text() for w in self.fields.values())

    def is_dirty(self) -> bool:
        return self.result() != QDialog.DialogCode.Accepted and self._raw() != self._shown

    def reject(self) -> None:
        """Cancel, Esc or the close button: typed input is dropped only when confirmed."""
        if may_discard(self, self.is_dirty()):
            super().reject()

    def _example_here(self) -> bool:
        """The example town (or a municipality under its name) is here: loading it would be refused."""
        from ...store.demo_data import TOWN

        key = name_key(TOWN["name"])
        try:
            here = self.ctx.workspace.municipalities.list()
        except StoreError:
            return False  # the button stays; loading says what is wrong
        return any(m.is_example or name_key(m.name) == key for m in here)

    def _input(self) -> MunicipalityInput:
        text = self.population.text()
        return MunicipalityInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            state=self.state.currentData(),
            # "12.500" is 12500 in German; "etwa 12000" is refused with a message naming the field
            population=parse_int(text, "population", (self.tr("Population"), self.tr("Population"))),
            contact_name=self.contact_name.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
        )

    def _create(self) -> None:
        created = self.error.attempt(lambda: self.ctx.workspace.municipalities.create(self._input()))
        if created is not None:
            self.created = created
            self.accept()

    def _save(self) -> None:
        """One undoable command; a copy older than the stored record is refused (the message says
        so) and the typed input stays for another try or Cancel."""
        original = self.editing
        assert original is not None
        name = fmt(self.tr("Municipality “%1” edited"), original.name)

        def store() -> Edited:
            state = Edited("municipalities", original, self._input())
            return self.ctx.undo.do(Command(name, state, swap, swap, "start"))

        done = self.error.attempt(store)
        if done is not None:
            self.created = done.current
            self.accept()

    def _load_example(self) -> None:
        """The fictional town instead of what was typed: typed input is dropped only when confirmed."""
        if not may_discard(self, self.is_dirty()):
            return
        with busy_cursor():
            loaded = self.error.attempt(lambda: self.ctx.workspace.load_example("small"))
        if loaded is None:
            return
        self.loaded_example = True
        self.created = next((m for m in self.ctx.workspace.municipalities.list() if m.is_example), None)
        self.accept()
