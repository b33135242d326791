"""A date that may be left out (a round still being planned, a consent without a known day)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


def date_pattern() -> str:
    """The locale's short date with a four-digit year: 01.03.2026, not 01.03.26."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def shown_date(day: date) -> str:
    """A date as the UI language writes it (13.06.2026, 6/13/2026), for lists and tooltips."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_pattern())


class OptionalDate(QWidget):
    """A check box switches the date field on; ``value()`` is None while it is off.

    The check box is the focus proxy, so a form label's buddy (Alt+letter) lands on it; ``focus()``
    is what FormError calls to put the cursor on the part to fix.
    """

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, date_name: str | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_pattern())
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(date_name or text.replace("&", ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        # A label's Alt+letter focuses its buddy only when the buddy takes focus (QLabel checks the
        # policy, not the proxy); a widget with a proxy is no tab stop of its own, so Tab is unchanged.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self.changed)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.check.hasFocus():
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.check.setChecked(value is not None)

    def set_range(self, earliest: date, latest: date) -> None:
        self.edit.setDateRange(
            QDate(earliest.year, earliest.month, earliest.day), QDate(latest.year, latest.month, latest.day)
        )

    def focus(self) -> None:
        (self.edit if self.check.isChecked() else self.check).setFocus(Qt.FocusReason.OtherFocusReason)
