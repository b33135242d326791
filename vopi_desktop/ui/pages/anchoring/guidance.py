"""The placement guidance: the recommendation and why, the six options with fit, pro and contra,
and the decision the municipality recorded (accepted or overruled, date, reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....catalog import Catalog
from ....store.dto.anchoring import Guidance
from ...messages import fmt
from ..checklists.view import format_date

ROLE = Qt.ItemDataRole.UserRole


def _label(bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def decision_text(widget: QWidget, catalog: Catalog, guidance: Guidance | None) -> str:
    """One or two sentences on the decision, for this page and the Start page."""
    decision = guidance.decision if guidance else None
    if decision is None:
        return QCoreApplication.translate("Checklists", "No decision recorded yet.")
    title = catalog.placement(decision.option).title
    when = format_date(decision.decided_on)
    if decision.accepted:
        text = fmt(
            QCoreApplication.translate("Checklists", "Decided on %1: %2 (the recommendation was followed)."),
            when,
            title,
        )
    else:
        recommended = catalog.placement(decision.recommended).title
        text = fmt(
            QCoreApplication.translate(
                "Checklists", "Decided on %1: %2, departing from the recommendation (%3)."
            ),
            when,
            title,
            recommended,
        )
    if decision.reasons:
        text += "\n" + fmt(QCoreApplication.translate("Checklists", "Reasons: %1"), decision.reasons)
    return text


class GuidancePanel(QWidget):
    """``accept_requested()`` and ``choose_requested(option key)``."""

    accept_requested = Signal()
    choose_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.guidance: Guidance | None = None
        self.principle = _label()
        self.principle.setText(catalog.anchoring_principle)
        self.recommendation = _label(bold=True)
        self.reason = _label()
        self.decision = _label()
        self.accept_button = QPushButton(self.tr("Follow &the recommendation"))
        self.accept_button.setToolTip(self.tr("Record the recommended placement as decided today"))
        self.choose_button = QPushButton(self.tr("&Decide for the chosen option…"))
        self.choose_button.setToolTip(self.tr("Record the option chosen in the list, with date and reasons"))
        rec_box = QGroupBox(self.tr("Recommendation"))
        rec_layout = QVBoxLayout(rec_box)
        rec_layout.addWidget(self.recommendation)
        rec_layout.addWidget(self.reason)
        dec_box = QGroupBox(self.tr("Decision"))
        dec_layout = QVBoxLayout(dec_box)
        dec_layout.addWidget(self.decision)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        dec_layout.addLayout(buttons)
        self.options = QListWidget()
        self.options.setAccessibleName(self.tr("Placement options"))
        self.options.setWordWrap(True)  # long option titles wrap instead of scrolling sideways
        options_label = QLabel(self.tr("&Placement options:"))
        options_label.setBuddy(self.options)
        self.fits, self.pro, self.contra = _label(), _label(), _label()
        detail = QVBoxLayout()
        for widget in (self.fits, self.pro, self.contra):
            detail.addWidget(widget)
        detail.addStretch(1)
        options_row = QHBoxLayout()
        options_row.addWidget(self.options, 1)
        options_row.addLayout(detail, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.principle)
        layout.addWidget(rec_box)
        layout.addWidget(options_label)
        layout.addLayout(options_row, 1)
        layout.addWidget(dec_box)
        self.options.currentItemChanged.connect(self._option)
        self.accept_button.clicked.connect(self.accept_requested)
        self.choose_button.clicked.connect(lambda: self.choose_requested.emit(self.current_option() or ""))
        self.options.itemActivated.connect(
            lambda _item: self.choose_requested.emit(self.current_option() or "")
        )

    def set_guidance(self, guidance: Guidance | None) -> None:
        keep = self.current_option()
        self.guidance = guidance
        self.options.clear()
        if guidance is None:
            for widget in (self.recommendation, self.reason, self.decision, self.fits, self.pro, self.contra):
                widget.clear()
            return
        rec = guidance.recommendation
        kind = self.catalog.label("municipality_kinds", guidance.kind)
        size = (
            fmt(self.tr("%1 with %2 inhabitants"), kind, QLocale().toString(guidance.population))
            if guidance.population
            else fmt(self.tr("%1, population not entered (File → Edit municipality…)"), kind)
        )
        self.recommendation.setText(
            fmt(self.tr("%1 – recommended: %2"), size, self.catalog.placement(rec.option).title)
        )
        self.reason.setText(rec.reason)
        decided = guidance.decision.option if guidance.decision else None
        for placement in self.catalog.placements_for(guidance.kind, guidance.population):
            marks = []
            if placement.key == rec.option:
                marks.append(self.tr("recommended"))
            if placement.key == decided:
                marks.append(self.tr("decided"))
            text = placement.title + (f" ({', '.join(marks)})" if marks else "")
            item = QListWidgetItem(("★ " if placement.key == rec.option else "") + text)
            item.setData(ROLE, placement.key)
            self.options.addItem(item)
        self.decision.setText(decision_text(self, self.catalog, guidance))
        wanted = keep or decided or rec.option
        row = next((n for n in range(self.options.count()) if self.options.item(n).data(ROLE) == wanted), 0)
        self.options.setCurrentRow(row)
        self.accept_button.setEnabled(not (guidance.decision and guidance.decision.option == rec.option))

    def current_option(self) -> str | None:
        item = self.options.currentItem()
        return item.data(ROLE) if item is not None else None

    def _option(self, *_args: object) -> None:
        key = self.current_option()
        if key is None:
            return
        placement = self.catalog.placement(key)
        self.fits.setText(fmt(self.tr("Fits: %1"), placement.fits))
        self.pro.setText(fmt(self.tr("For: %1"), placement.pro))
        self.contra.setText(fmt(self.tr("Against: %1"), placement.contra))
