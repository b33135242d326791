"""The items of the network map and their look: coloured nodes, styled edges, name labels.

The items are Qt's own shape items, so painting stays in C++ and a map of 1,000+ actors pans
smoothly; pens and brushes are shared, and a label is only made once it has room to show.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from .... import palette
from ....palette import TYPE_COLOURS
from ....store.dto.network import Link, Node
from .labels import label_box

KIND_STYLES = {
    "cooperation": Qt.PenStyle.SolidLine,
    "membership": Qt.PenStyle.DashLine,
    "funding": Qt.PenStyle.DotLine,
    "informal": Qt.PenStyle.DashDotLine,
}
STRENGTH_WIDTHS = {1: 1.0, 2: 2.0, 3: 3.5}
EDGE_COLOUR = QColor(80, 90, 110, 120)
HIGHLIGHT = QColor("#1A3E8C")
ISOLATED_COLOUR = QColor(palette.ISOLATED_COLOUR)
OUTLINE = QColor(40, 40, 40)


def node_radius(degree: int) -> float:
    return 8.0 + 2.0 * math.sqrt(min(degree, 100))


def type_colour(kind: str) -> QColor:
    return QColor(TYPE_COLOURS.get(kind, TYPE_COLOURS["other"]))


@lru_cache(maxsize=64)
def edge_pen(kind: str, strength: int, highlight: bool = False) -> QPen:
    """Shared pens: thousands of edges use a dozen of them."""
    pen = QPen(HIGHLIGHT if highlight else EDGE_COLOUR)
    pen.setCosmetic(True)  # stays readable at any zoom
    pen.setWidthF(STRENGTH_WIDTHS.get(strength, 1.0) + (1.0 if highlight else 0.0))
    pen.setStyle(KIND_STYLES.get(kind, Qt.PenStyle.SolidLine))
    return pen


@lru_cache(maxsize=8)
def _outline(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)
    return pen


@lru_cache(maxsize=32)
def _brush(kind: str) -> QBrush:
    return QBrush(type_colour(kind))


@lru_cache(maxsize=1)
def label_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.5)
    return font


@lru_cache(maxsize=1)
def _label_metrics() -> tuple[QFontMetricsF, dict[str, float]]:
    """The label font's metrics and every name width measured with them (one label font per process,
    so the widths are kept per font and text)."""
    return QFontMetricsF(label_font()), {}


def label_width(name: str) -> float:
    """The pixels a name needs on the map, its plate and a little air (``label_box`` width).
    Measured once per text: the 1,261 names of a large map cost 20–30 ms to measure, and the map is
    built again after every reload."""
    metrics, widths = _label_metrics()
    width = widths.get(name)
    if width is None:
        if len(widths) > 50_000:  # every name of a large workspace several times over
            widths.clear()
        width = widths[name] = metrics.horizontalAdvance(name) + 8
    return width


def label_height() -> float:
    return _label_metrics()[0].height() + 2


class NodeItem(QGraphicsEllipseItem):
    """A node. It has no Python ``itemChange``: the scene moves edges and label along while
    dragging, so building a large map does not call into Python for every property set."""

    def __init__(self, node: Node, degree: int) -> None:
        r = node_radius(degree)
        super().__init__(-r, -r, 2 * r, 2 * r)
        # Not ``self.type``: that would hide QGraphicsItem.type(), which Qt calls on every item.
        self.node_id, self.name, self.actor_type, self.degree = node.id, node.name, node.type, degree
        self.edges: list[EdgeItem] = []
        self.isolated = False
        self.current = False
        self.label: Label | None = None  # made when it first has room to show
        self.radius = r
        self.label_width = label_width(node.name)  # measured here: a large map is built in slices
        self.setBrush(_brush(node.type))
        self.setZValue(1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self._apply_pen()

    def set_degree(self, degree: int) -> None:
        self.degree = degree
        r = self.radius = node_radius(degree)
        self.setRect(-r, -r, 2 * r, 2 * r)
        self.follow()

    def set_state(self, isolated: bool | None = None, current: bool | None = None) -> None:
        if isolated is not None:
            self.isolated = isolated
        if current is not None:
            self.current = current
        self._apply_pen()

    def _apply_pen(self) -> None:
        self.setZValue(2.5 if self.current else 1)  # the selected actor above its links and names
        if self.current:
            self.setPen(_outline(HIGHLIGHT.name(), 4))
        elif self.isolated:
            self.setPen(_outline(ISOLATED_COLOUR.name(), 3))
        else:
            self.setPen(_outline(OUTLINE.name(), 1))

    def follow(self) -> None:
        """Bring edges and label to where the node is now."""
        for edge in self.edges:
            edge.adjust()
        if self.label is not None:
            self.label.follow(self)


class Label(QGraphicsRectItem):
    """The name beside a node at a constant size on screen, on a light plate so it reads over edges."""

    def __init__(self, node: NodeItem) -> None:
        super().__init__()
        self.node = node
        self.side = "below"
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QColor(255, 255, 255, 200))
        self.setZValue(2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = QGraphicsSimpleTextItem(node.name, self)
        self.text.setFont(label_font())
        rect = self.text.boundingRect()
        self.setRect(rect.adjusted(-2, 0, 2, 0))
        self.place("below")

    def place(self, side: str) -> None:
        """Sit on ``side`` of the node: the position is on the circle's edge in scene units, the
        shift from there in pixels (the label ignores the zoom), as ``label_box`` counts it."""
        self.side = side
        rect = self.rect()
        width, height = rect.width(), rect.height()
        left, top, _, _ = label_box(side, 0.0, 0.0, 0.0, width, height)
        self.setTransform(QTransform.fromTranslate(left - rect.left(), top - rect.top()))
        self.follow(self.node)

    def follow(self, node: NodeItem) -> None:
        r = node.rect().height() / 2
        edge = {"above": QPointF(0, -r), "right": QPointF(r, 0), "left": QPointF(-r, 0)}.get(
            self.side, QPointF(0, r)
        )
        self.setPos(node.pos() + edge)


class EdgeItem(QGraphicsLineItem):
    """A link; ``offset`` shifts it sideways so two links of different kinds between one pair both show."""

    def __init__(self, link: Link, a: NodeItem, b: NodeItem, offset: float = 0.0) -> None:
        super().__init__()
        self.link, self.a, self.b, self.offset = link, a, b, offset
        self.setPen(edge_pen(link.kind, link.strength))
        self.adjust()

    def set_highlight(self, on: bool) -> None:
        self.setPen(edge_pen(self.link.kind, self.link.strength, on))
        self.setZValue(1.5 if on else 0)  # the selected actor's links run above the other nodes

    def adjust(self) -> None:
        line = QLineF(self.a.pos(), self.b.pos())
        if self.offset and line.length() > 0:
            normal = line.normalVector().unitVector()
            side = 1 if self.link.source < self.link.target else -1  # the same side whichever way it runs
            shift = QPointF(normal.dx(), normal.dy()) * self.offset * side
            line.translate(shift)
        self.setLine(line)
