"""The method's own part of an event protocol: World Café rounds, the five phases of a
Zukunftskonferenz, the agreements of a Runder Tisch, the exchange of a Netzwerktreffen."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....catalog import Catalog
from ....store.dto.events import FUTURE_PHASES
from ...widgets.optional_date import shown_date

SECTION_OF_KIND = {
    "world_cafe": "rounds",
    "future_conference": "phases",
    "round_table": "agreements",
    "network_meeting": "exchange",
}


class _Rows(QWidget):
    """A table of text items (one protocol section) with add and remove."""

    changed = Signal()

    def __init__(self, name: str, fields: tuple[str, ...], headers: list[str], add_text: str) -> None:
        super().__init__()
        self.fields = fields
        self.table = QTableWidget(0, len(fields))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove row"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self.add_button.clicked.connect(lambda: self.add_row())  # clicked(bool) would pass False as values
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())

    def add_row(self, values: dict[str, str] | None = None) -> None:
        blocked = self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, name in enumerate(self.fields):
            value = (values or {}).get(name, "")
            if name == "due":  # stored as ISO, shown (and typed) as everywhere: 30.04.2026, 2026-04-30
                value = _shown(value)
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(blocked)
        if values is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
            self.changed.emit()

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.changed.emit()

    def set_items(self, items: list[dict[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item)
        self.table.blockSignals(False)

    def items(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            values = {
                name: (self.table.item(row, c).text() if self.table.item(row, c) else "")
                for c, name in enumerate(self.fields)
            }
            if any(v.strip() for v in values.values()):
                out.append(values)
        return out


def _shown(value: str) -> str:
    try:
        return shown_date(date.fromisoformat(value))
    except ValueError:
        return value


class ProtocolEditor(QWidget):
    """Shows the section of the chosen kind; ``value()`` keeps the sections of other kinds as stored,
    so switching the kind by mistake loses nothing."""

    changed = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: dict[str, Any] = {}
        self.kind = ""
        self.heading = QLabel()
        self.stack = QStackedWidget()
        self.none = QLabel(
            self.tr("This kind of event has no protocol part of its own; use the fields above.")
        )
        self.none.setWordWrap(True)
        # Focusable, so the form's "Protocol of the method" shortcut lands here and is read out.
        self.none.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.none.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rounds = _Rows(
            self.tr("World Café rounds"), ("question", "summary"),
            [self.tr("Question of the round"), self.tr("Summary of the table hosts")], self.tr("Add &round"),
        )  # fmt: skip
        self.agreements = _Rows(
            self.tr("Agreements of the round table"), ("what", "who", "due"),
            [self.tr("Agreement"), self.tr("Who"), self.tr("By (YYYY-MM-DD)")], self.tr("Add a&greement"),
        )  # fmt: skip
        self.exchange = _Rows(
            self.tr("Exchange between municipalities"), ("municipality", "contribution"),
            [self.tr("Municipality"), self.tr("What it brought in")], self.tr("Add contri&bution"),
        )  # fmt: skip
        method = catalog.method("future_conference")
        self.phases: dict[str, QPlainTextEdit] = {}
        phases = QWidget()
        form = QFormLayout(phases)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, phase in zip(FUTURE_PHASES, method.phases, strict=True):
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setAccessibleName(phase.title)
            box.setToolTip(phase.description)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
            label = QLabel(phase.title + ":")
            label.setBuddy(box)
            form.addRow(label, box)
            box.textChanged.connect(self.changed)
            self.phases[key] = box
        self._pages = {"": self.none, "rounds": self.rounds, "phases": phases, "agreements": self.agreements}
        self._pages["exchange"] = self.exchange
        for widget in self._pages.values():
            self.stack.addWidget(widget)
        for rows in (self.rounds, self.agreements, self.exchange):
            rows.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        page = self._pages[SECTION_OF_KIND.get(kind, "")]
        self.stack.setCurrentWidget(page)
        self.setFocusProxy(page)

    def set_value(self, protocol: dict[str, Any]) -> None:
        self._stored = dict(protocol or {})
        self.rounds.set_items(list(self._stored.get("rounds", [])))
        self.agreements.set_items(list(self._stored.get("agreements", [])))
        self.exchange.set_items(list(self._stored.get("exchange", [])))
        phases = self._stored.get("phases", {})
        for key, box in self.phases.items():
            box.blockSignals(True)
            box.setPlainText(phases.get(key, ""))
            box.blockSignals(False)

    def value(self) -> dict[str, Any]:
        out = dict(self._stored)
        for key, items in (
            ("rounds", self.rounds.items()),
            ("agreements", self.agreements.items()),
            ("exchange", self.exchange.items()),
        ):
            if items:
                out[key] = items
            else:
                out.pop(key, None)
        phases = {k: box.toPlainText() for k, box in self.phases.items() if box.toPlainText().strip()}
        if phases:
            out["phases"] = phases
        else:
            out.pop("phases", None)
        return out
