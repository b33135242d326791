"""Create a municipality (first start and Ctrl+N), or load the fictional example town."""

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
from ...textnumbers import parse_int
from ..context import AppContext
from ..widgets.busy import busy_cursor
from ..widgets.form_error import FormError


class MunicipalityDialog(QDialog):
    """Validation happens in the service; its message is shown here and the bad field focused."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, first_start: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: Municipality | None = None
        self.loaded_example = False
        self.setWindowTitle(self.tr("VOPI Desktop – New municipality"))
        self.setMinimumWidth(520)
        catalog = ctx.catalog

        intro = QLabel(
            self.tr(
                "Welcome! Create the municipality whose process you support. You can change these "
                "details later. Or load the fictional example town to look around and practise."
            )
            if first_start
            else self.tr(
                "Create another municipality in this workspace, or load the fictional example town if it "
                "is not here yet."
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

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("C&reate municipality"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.example_button = buttons.addButton(
            self.tr("Load the e&xample town"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.example_button.clicked.connect(self._load_example)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self._create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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

    def _load_example(self) -> None:
        with busy_cursor():
            loaded = self.error.attempt(lambda: self.ctx.workspace.load_example("small"))
        if loaded is None:
            return
        self.loaded_example = True
        self.created = next((m for m in self.ctx.workspace.municipalities.list() if m.is_example), None)
        self.accept()
