"""A date that may be left out (a round still being planned, a consent without a known day), and the one
date editor every date field uses (``date_edit``): a four-digit year and the range of ``dates.EDIT_RANGE``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from ...dates import EDIT_RANGE
from .wheel_guard import guard_one


def date_pattern() -> str:
    """The one way the app writes a date, in lists, texts and date editors: German 01.03.2026 (the
    locale's short date with a four-digit year, not 01.03.26); English 2026-03-01, as the English
    documents print it (reports/sections/common.py), never the US 3/1/2026 that a reader in a German
    town hall takes for the 3rd of January."""
    locale = QLocale()
    if locale.language() != QLocale.Language.German:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def shown_date(day: date) -> str:
    """A date as the UI language writes it (13.06.2026, 2026-06-13), for lists and tooltips."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_pattern())


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date editor showing today: calendar popup, four-digit year, 1900–2100 (not back to 1752). A date
    inside that range but implausible (01.01.1900, 2099) is refused on Save with the date named. The wheel
    changes it only with the focus (``wheel_guard``): scrolling a form or dialog over it leaves the date."""
    edit = QDateEdit(parent)
    guard_one(edit)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setDateRange(qdate(EDIT_RANGE[0]), qdate(EDIT_RANGE[1]))
    edit.setDate(QDate.currentDate())
    return edit


class OptionalDate(QWidget):
    """A check box switches the date field on; ``value()`` is None while it is off.

    The check box is the focus proxy, so a form label's buddy (Alt+letter) lands on it; ``focus()``
    is what FormError calls to put the cursor on the part to fix.
    """

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, date_name: str | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = date_edit()
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
