"""The timeline scene: a row per measure (bar from start to end, steps as ticks), events as diamonds on
the top row, month lines, today's line; items are focusable so the keyboard walks them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from ....store.dto.events import Event
from ....store.dto.measures import Measure
from ...messages import plain_tooltip
from ...widgets.optional_date import shown_date
from ..measures.model import STATUS_COLOURS

ROW = 26
TOP = 40  # month labels and the event row above the measures
INSIDE, OUTSIDE = QBrush(QColor("#ffffff")), QBrush(QColor("#000000"))  # a title on its bar, beside it
Title = tuple[QGraphicsSimpleTextItem, float, float, QBrush]  # a bar's title, its x0, x1, brush on it
MONTHS = {  # short month names by UI language (QLocale's German ones carry dots: "Jan.", "März")
    "de": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
Month = tuple[QGraphicsSimpleTextItem, float, date]  # a month's label, its x, its first day


class Item:
    """What a timeline item stands for: ("measures" | "events", record id)."""

    KEY = 0


class TimelineScene(QGraphicsScene):
    opened = Signal(str, str)  # area key, record id

    def __init__(self, parent: object = None, lang: str = "de") -> None:
        super().__init__(parent)
        self.items_in_order: list[QGraphicsItem] = []
        self.start = date.today().replace(month=1, day=1)
        self.per_day = 3.0
        self._titles: list[Title] = []
        self._names = MONTHS.get(lang, MONTHS["en"])
        self._month_labels: list[Month] = []
        self._edge: QGraphicsSimpleTextItem | None = None  # "Apr 2026": the month at the view's left edge
        self._edge_back: QGraphicsRectItem | None = None

    def x(self, day: date) -> float:
        return (day - self.start).days * self.per_day

    def build(self, measures: list[Measure], events: list[Event], per_day: float, today: date) -> None:
        """Measures with no date at all are left out (they have no place in time)."""
        self.clear()
        self.items_in_order = []
        self._titles = []
        self._month_labels = []
        self.per_day = per_day
        dated = [m for m in measures if m.start_on or m.end_on]
        days = [d for m in dated for d in (m.start_on, m.end_on) if d] + [
            e.held_on for e in events if e.held_on
        ]
        days.append(today)
        first, last = min(days), max(days)
        self.start = date(first.year, first.month, 1)
        end = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
        height = TOP + ROW * (len(dated) + 1)
        width = self.x(end)
        self._months(end, height)
        for event in sorted((e for e in events if e.held_on), key=lambda e: e.held_on):  # type: ignore[arg-type, return-value]
            self._diamond(event)
        for row, measure in enumerate(sorted(dated, key=lambda m: (m.start_on or m.end_on, m.title))):  # type: ignore[arg-type, return-value]
            self._bar(measure, TOP + ROW * row + 4)
        line = self.addLine(
            self.x(today), 16, self.x(today), height, QPen(QColor("#c00000"), 2)
        )  # below the months
        line.setToolTip(plain_tooltip(shown_date(today)))
        line.setZValue(5)
        self.setSceneRect(QRectF(-10, 0, width + 20, height))
        for view in self.views():
            self.keep_titles_in_view(view.mapToScene(0, 0).x())

    def keep_titles_in_view(self, left: float, titles: list[Title] | None = None) -> None:
        """A title sits inside the part of its bar in view while it fits there (a bar that began
        before the view's left edge carries it along), else right after the bar, never cut at the
        edge while the row is in view. The month header follows the view too."""
        if titles is None:
            self._keep_months_in_view(left)
        for label, x0, x1, inside in self._titles if titles is None else titles:
            width = label.boundingRect().width()
            start = max(x0, left)
            fits = x1 - start >= width + 8
            label.setX(start + 4 if fits else max(x1 + 4, left + 4))
            label.setBrush(inside if fits else OUTSIDE)

    def _months(self, end: date, height: float) -> None:
        """A line at each month's start and its name on top; January says its year, and the label at
        the view's left edge (``_keep_months_in_view``) the year of the first month in view."""
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        day = self.start
        pen = QPen(QColor("#d0d0d0"))
        while day < end:
            x = self.x(day)
            self.addLine(x, 0, x, height, pen).setZValue(-1)
            days_in = (date(day.year + (day.month == 12), day.month % 12 + 1, 1) - day).days
            name = self._names[day.month - 1]
            text = self.addSimpleText(f"{name} {day.year}" if day.month == 1 else name, font)
            text.setPos(x + 2, 0)
            self._month_labels.append((text, x, day))
            day += timedelta(days=days_in)
        self._edge_back = self.addRect(QRectF(), QPen(Qt.PenStyle.NoPen), QBrush(QColor("#ffffff")))
        self._edge_back.setZValue(6)
        self._edge = self.addSimpleText("", font)
        self._edge.setZValue(7)

    def _keep_months_in_view(self, left: float) -> None:
        """The month at the left edge is named with its year, whole; a label it would cover, or that
        would run into the one before it, is hidden (zoomed out, a month is narrower than "Jan 2027")."""
        if not self._month_labels or self._edge is None or self._edge_back is None:
            return
        at = max(left, self._month_labels[0][1])
        current = next(
            (day for _label, x, day in reversed(self._month_labels) if x <= at + 1), self._month_labels[0][2]
        )
        self._edge.setText(f"{self._names[current.month - 1]} {current.year}")
        self._edge.setPos(at + 2, 0)
        box = self._edge.sceneBoundingRect()
        self._edge_back.setRect(box.adjusted(-2, 0, 4, 0))
        right = box.right()
        for label, x, _day in self._month_labels:
            fits = x + 2 >= right + 6
            label.setVisible(fits)
            if fits:
                right = x + 2 + label.boundingRect().width()

    def _diamond(self, event: Event) -> None:
        x, y, r = self.x(event.held_on), TOP - 12, 7  # type: ignore[arg-type]
        shape = QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        item = QGraphicsPolygonItem(shape)
        item.setBrush(QBrush(QColor("#e0a000")))
        item.setPen(QPen(QColor("#805800")))
        self._register(item, "events", event.id, f"{shown_date(event.held_on)} {event.title}")  # type: ignore[arg-type]

    def _bar(self, m: Measure, y: float) -> None:
        start = m.start_on or m.end_on
        end = m.end_on or m.start_on
        x0, x1 = self.x(start), self.x(end) + max(self.per_day, 4)  # type: ignore[arg-type]
        bar = QGraphicsRectItem(x0, y, x1 - x0, ROW - 8)
        colour = QColor(STATUS_COLOURS.get(m.status, "#777777"))
        bar.setBrush(QBrush(colour.lighter(130) if m.status in ("idea", "cancelled") else colour))
        bar.setPen(QPen(colour.darker(130)))
        label = self.addSimpleText(m.title)
        label.setY(y + (ROW - 8 - label.boundingRect().height()) / 2)
        light = m.status in ("idea", "cancelled")
        self._titles.append((label, x0, x1, OUTSIDE if light else INSIDE))
        self.keep_titles_in_view(float("-inf"), [self._titles[-1]])  # in the bar when it fits, else after it
        label.setZValue(4)
        for step in m.steps:
            if step.due_on is None:
                continue
            sx = self.x(step.due_on)
            tick = self.addLine(
                sx, y - 2, sx, y + ROW - 6, QPen(QColor("#000000" if not step.done else "#ffffff"), 2)
            )
            tick.setZValue(3)
            tick.setToolTip(plain_tooltip(f"{shown_date(step.due_on)} {step.what}"))
        when = " – ".join(shown_date(d) for d in (m.start_on, m.end_on) if d)
        self._register(bar, "measures", m.id, f"{m.title}\n{when}")

    def _register(self, item: QGraphicsItem, area: str, record_id: str, tip: str) -> None:
        item.setData(Item.KEY, (area, record_id))
        item.setToolTip(plain_tooltip(tip))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        self.addItem(item)
        self.items_in_order.append(item)
