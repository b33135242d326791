"""Record where the topic is placed: the option, the date, and the reasons (needed when overruling)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....catalog import Catalog
from ....store.dto.anchoring import PlacementDecision
from ...messages import fmt, titled
from ...widgets.form_error import FormError
from ...widgets.optional_date import date_pattern

Save = Callable[[str, str, date, FormError], PlacementDecision | None]


class DecisionDialog(QDialog):
    def __init__(
        self,
        catalog: Catalog,
        recommended: str,
        option: str,
        current: PlacementDecision | None,
        save: Save,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Decide where the topic is placed")))
        self._save = save
        self._recommended = recommended
        self.saved: PlacementDecision | None = None
        self.option = QComboBox()
        for placement in catalog.placements:
            title = placement.title
            if placement.key == recommended:
                title = fmt(self.tr("%1 (recommended)"), title)
            self.option.addItem(title, placement.key)
        self.option.setCurrentIndex(max(0, self.option.findData(option)))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_pattern())
        self.day.setDate(QDate.currentDate())
        self.reasons = QPlainTextEdit(
            current.reasons if current is not None and current.option == option else ""
        )
        self.reasons.setTabChangesFocus(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = FormError({"option": self.option, "reasons": self.reasons, "decided_on": self.day})
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Placement:"), self.option),
            (self.tr("&Decided on:"), self.day),
            (self.tr("&Reasons:"), self.reasons),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.option.currentIndexChanged.connect(self._hint)
        self._hint()
        self.resize(560, 360)

    def _hint(self) -> None:
        overrule = self.option.currentData() != self._recommended
        self.hint.setText(
            self.tr("You depart from the recommendation: please give your reasons, the council will ask.")
            if overrule
            else self.tr("You follow the recommendation; reasons are welcome but not needed.")
        )

    def _accept(self) -> None:
        day = self.day.date().toPython()
        self.saved = self._save(self.option.currentData(), self.reasons.toPlainText(), day, self.error)  # type: ignore[arg-type]
        if self.saved is not None:
            self.accept()
