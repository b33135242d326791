"""Record where the topic is placed: the option, the date, and the reasons (needed when overruling)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
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
from ...messages import fmt, may_discard, titled
from ...widgets.dialog_buttons import button_box, primary
from ...widgets.form_error import FormError
from ...widgets.optional_date import date_edit

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
        self.day = date_edit()
        self.reasons = QPlainTextEdit()
        self.reasons.setTabChangesFocus(True)
        self._current = current
        self._preset = (self.day.date(), "")  # the day and reasons the dialog put in, not the user
        self._follow_option()
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
        buttons = button_box(
            self, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        primary(buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.option.currentIndexChanged.connect(self._hint)
        self.option.currentIndexChanged.connect(self._follow_option)
        self._hint()
        self.resize(560, 360)
        self._shown = self._raw()

    def _follow_option(self) -> None:
        """Day and reasons follow the option while the user has not changed them: on the stored decision's
        option its date and reasons (adding a sentence keeps the council's date), else today and none."""
        current = self._current
        day, reasons = QDate.currentDate(), ""
        if current is not None and current.option == self.option.currentData():
            stored = current.decided_on or date.today()
            day, reasons = QDate(stored.year, stored.month, stored.day), current.reasons
        if self.day.date() == self._preset[0]:
            self.day.setDate(day)
        if self.reasons.toPlainText() == self._preset[1]:
            self.reasons.setPlainText(reasons)
        self._preset = (day, reasons)

    def _raw(self) -> tuple[object, ...]:
        return (self.option.currentData(), self.day.date(), self.reasons.toPlainText())

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: typed input is discarded only when confirmed."""
        if may_discard(self, self.saved is None and self._raw() != self._shown):
            super().reject()

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
