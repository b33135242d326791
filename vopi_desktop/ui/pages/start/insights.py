"""The insights box of the Start page: what the analysis shows so far, each with a way to act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...messages import fmt
from ...widgets.numbers import format_decimal

if TYPE_CHECKING:
    from ....analysis.insights import Insights
    from ....catalog import Catalog


class InsightsBox(QGroupBox):
    """``navigate(area, detail)``: the area to show and what to point at there ("" for nothing;
    for the network ``network.wanted``'s requests)."""

    navigate = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What the analysis shows"))
        self._layout = QVBoxLayout(self)
        self.buttons: list[QCommandLinkButton] = []
        self.empty = QLabel(
            self.tr(
                "No insights yet. Rate the barriers, record the actors and their links, and score the pillars."
            )
        )
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)

    def show_insights(self, insights: Insights, catalog: Catalog) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []

        if insights.top_barriers:
            names = ", ".join(b.title for b in insights.top_barriers)
            self._add("barriers", self.tr("Top barriers"), names)
        if insights.isolated:
            names = ", ".join(n.name for n in insights.isolated[:4])
            more = len(insights.isolated) - 4
            if more > 0:
                names += fmt(self.tr(" and %1 more"), str(more))
            title = fmt(self.tr("Migrant organisations without a link: %1"), str(len(insights.isolated)))
            self._add("network", title, names, "isolated")
        if insights.missing_types:
            parts = []
            for missing in insights.missing_types:
                label = catalog.label("actor_types", missing.type)
                parts.append(label if missing.absent else fmt(self.tr("%1 (recorded, not linked)"), label))
            linkable = next((m.type for m in insights.missing_types if not m.absent), None)
            target = "actors" if linkable is None else "network"
            detail = "" if linkable is None else f"type:{linkable}"
            self._add(target, self.tr("Missing in the network"), "; ".join(parts), detail)
        if insights.weakest_pillar and insights.weakest_average is not None:
            pillar = catalog.pillar(insights.weakest_pillar).title
            text = fmt(self.tr("%1 (average %2 of 5)"), pillar, format_decimal(insights.weakest_average))
            self._add("pillars", self.tr("Weakest pillar"), text)
        change = insights.biggest_change
        if (
            change
            and change.change.delta
            and change.change.before is not None
            and change.change.after is not None
        ):
            pillar = catalog.pillar(change.change.key).title
            sign = "+" if change.change.delta > 0 else "−"
            text = (
                f"{pillar}: {format_decimal(change.change.before)} → {format_decimal(change.change.after)} "
                f"({sign}{format_decimal(abs(change.change.delta))})"
            )
            self._add("pillars", self.tr("Biggest change since the last round"), text)
        if insights.uncovered:
            count = len(insights.uncovered)
            names = ", ".join(b.title for b in insights.uncovered[:4]) + (" …" if count > 4 else "")
            self._add("coverage", self.tr("%n important barrier(s) without a measure", "", count), names)
        self.empty.setVisible(not self.buttons)

    def _add(self, area: str, title: str, description: str, detail: str = "") -> None:
        button = QCommandLinkButton(title, description)
        button.setAccessibleName(title)
        button.setAccessibleDescription(description)
        button.setObjectName(f"insight_{area}")
        button.clicked.connect(lambda _=False, key=area, at=detail: self.navigate.emit(key, at))
        self._layout.addWidget(button)
        self.buttons.append(button)
