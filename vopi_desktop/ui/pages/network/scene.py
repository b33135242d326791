"""The network map as a QGraphicsScene: builds the items, places the names, handles the mouse.

A large map is built in slices from a timer, so the window never freezes while it fills.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence

from PySide6.QtCore import QLineF, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
)

from ....store.dto.network import Link, Node
from ...messages import plain_tooltip
from .items import HIGHLIGHT, EdgeItem, Label, NodeItem, label_height
from .labels import Box
from .naming import naming

SYNC_ITEMS = 1000  # up to this many nodes + links the scene is built in one go
SLICE_SECONDS = 0.008  # otherwise in slices of 8 ms: with Qt's own work after each, under 20 ms


class NetworkScene(QGraphicsScene):
    built = Signal()
    names_placed = Signal()  # update_labels_in_steps is done
    current_changed = Signal(str)  # a node was clicked
    nodes_moved = Signal(dict)  # {actor id: (x, y)} after a drag
    link_drawn = Signal(str, str)  # source, target: two nodes clicked in link mode

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#FAFAF7"))
        # No BSP index: (re)building it for thousands of new items costs the UI thread tens of
        # milliseconds in one go, while a linear search over a few thousand items is instant.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.current: str | None = None
        self.link_mode = False
        self._link_source: str | None = None
        self._rubber: QGraphicsLineItem | None = None
        self._pressed: dict[str, QPointF] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)
        self._naming_timer = QTimer(self)
        self._naming_timer.setInterval(0)
        self._naming_timer.timeout.connect(self._next_names)
        self._names: Iterator[None] = iter(())
        self._work: Iterator[None] | None = None
        self._by_degree: list[NodeItem] = []
        self._label_scale = -1.0
        self.tips: Mapping[str, str] = {}
        self.shown_nodes: frozenset[str] | None = None  # None: every actor (no filter)
        self.shown_links: frozenset[str] | None = None
        self.building = False
        self.build_seconds = 0.0  # wall time from build() to built, for the benchmark
        self.longest_slice = 0.0  # the longest the UI thread was busy in one go while building
        self._started = 0.0

    # ----- building
    def build(
        self,
        nodes: Sequence[Node],
        links: Sequence[Link],
        positions: Mapping[str, tuple[float, float]],
        degrees: Mapping[str, int],
        tips: Mapping[str, str],
    ) -> None:
        """Replace the map; emits ``built`` when done (at once for a small map).

        ``tips`` holds the tooltip of each node and link by id; the scene shows them itself
        (``helpEvent``) instead of setting one on each of thousands of items.
        """
        self._timer.stop()
        self._naming_timer.stop()
        self._names = iter(())
        self.clear()
        self.nodes, self.edges, self._by_degree, self.tips = {}, {}, [], tips
        self.shown_nodes = self.shown_links = None  # the page applies its filter once built
        self._rubber, self._link_source, self._label_scale, self._pressed = None, None, -1.0, {}
        self.building = True
        self._started = time.perf_counter()
        self.longest_slice = 0.0
        work = self._items(nodes, links, positions, degrees)
        if len(nodes) + len(links) <= SYNC_ITEMS:
            for _ in work:
                pass
            self._finish()
        else:
            self._work = work
            self._timer.start()

    def _items(
        self,
        nodes: Sequence[Node],
        links: Sequence[Link],
        positions: Mapping[str, tuple[float, float]],
        degrees: Mapping[str, int],
    ) -> Iterator[None]:
        for node in nodes:
            item = NodeItem(node, degrees.get(node.id, 0))
            x, y = positions.get(node.id, (0.0, 0.0))
            item.setPos(x, y)
            self.addItem(item)
            self.nodes[node.id] = item
            yield
        for link in links:
            self.add_edge(link)
            yield

    def _next_slice(self) -> None:
        start = time.perf_counter()
        deadline = start + SLICE_SECONDS
        assert self._work is not None
        for _ in self._work:
            if time.perf_counter() >= deadline:
                break
        else:
            self._timer.stop()
            self._work = None
            QTimer.singleShot(0, self._finish)  # in a turn of its own: fit and names take a while too
        self.longest_slice = max(self.longest_slice, time.perf_counter() - start)

    def _finish(self) -> None:
        start = time.perf_counter()
        self._by_degree = sorted(self.nodes.values(), key=lambda i: (-i.degree, i.name))
        self.building = False
        self.build_seconds = time.perf_counter() - self._started
        if self.current in self.nodes:
            self.set_current(self.current)
        self.built.emit()
        self.longest_slice = max(self.longest_slice, time.perf_counter() - start)

    def extents(self) -> list[tuple[float, float, float, float, float]]:
        """Per node: x, y, radius, name width and height; read once, so fitting can try scales fast."""
        height = label_height()
        result = []
        for item in self.nodes.values():
            pos = item.pos()
            result.append((pos.x(), pos.y(), item.radius, item.label_width, height))
        return result

    def add_edge(self, link: Link) -> EdgeItem | None:
        a, b = self.nodes.get(link.source), self.nodes.get(link.target)
        if a is None or b is None:
            return None
        parallel = sum(1 for e in a.edges if e.b is b or e.a is b)
        # 0, +6, −6, +12 …: every further link between the same pair runs beside the others
        offset = ((parallel + 1) // 2) * 6.0 * (1 if parallel % 2 else -1)
        edge = EdgeItem(link, a, b, offset)
        self.addItem(edge)
        a.edges.append(edge)
        b.edges.append(edge)
        self.edges[link.id] = edge
        if self.shown_links is not None and link.id not in self.shown_links:
            edge.setVisible(False)
        if self.current in (link.source, link.target):
            edge.set_highlight(True)
        return edge

    def remove_edge(self, link_id: str) -> None:
        edge = self.edges.pop(link_id, None)
        if edge is None:
            return
        for end in (edge.a, edge.b):
            if edge in end.edges:
                end.edges.remove(edge)
        self.removeItem(edge)

    def sync_links(self, links: Sequence[Link], tips: Mapping[str, str]) -> None:
        """Bring the edges in line with the stored links after an add, edit or delete."""
        self.tips = tips  # every link's and actor's, written on demand (``texts.Tips``)
        wanted = {link.id: link for link in links}
        for link_id in [i for i in self.edges if i not in wanted]:
            self.remove_edge(link_id)
        for link in links:
            edge = self.edges.get(link.id)
            if edge is not None and edge.link == link:
                continue
            if edge is not None:
                self.remove_edge(link.id)
            self.add_edge(link)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        widget = event.widget()
        view = widget.parentWidget() if widget is not None else None
        transform = view.transform() if isinstance(view, QGraphicsView) else QTransform()
        item = self.itemAt(event.scenePos(), transform)
        if isinstance(item, QGraphicsSimpleTextItem):
            item = item.parentItem()
        if isinstance(item, Label):
            item = item.node
        key = (
            item.node_id if isinstance(item, NodeItem) else item.link.id if isinstance(item, EdgeItem) else ""
        )
        text = self.tips.get(key, "")
        if text:
            QToolTip.showText(event.screenPos(), plain_tooltip(text), widget)  # names are user text
        else:
            QToolTip.hideText()
        event.accept()

    def set_shown(self, node_ids: frozenset[str] | None, link_ids: frozenset[str] | None) -> None:
        """Show only these actors and links (None: all), then place the names again among them."""
        self.shown_nodes, self.shown_links = node_ids, link_ids
        for node_id, item in self.nodes.items():
            visible = node_ids is None or node_id in node_ids
            if item.isVisible() != visible:
                item.setVisible(visible)
                if not visible and item.label is not None:
                    item.label.setVisible(False)
        for link_id, edge in self.edges.items():
            visible = link_ids is None or link_id in link_ids
            if edge.isVisible() != visible:
                edge.setVisible(visible)
        self.refresh_labels()

    def refresh_labels(self) -> None:
        """Place the names again at the current zoom (after a filter, a drag or a new selection)."""
        if self._label_scale > 0:
            scale, self._label_scale = self._label_scale, -1.0
            self.update_labels(scale)

    def set_isolated(self, ids: set[str]) -> None:
        for item in self.nodes.values():
            if item.isolated != (item.node_id in ids):
                item.set_state(isolated=item.node_id in ids)

    # ----- selection and labels
    def set_current(self, node_id: str | None) -> None:
        old = self.nodes.get(self.current) if self.current else None
        if old is not None:
            old.set_state(current=False)
            for edge in old.edges:
                edge.set_highlight(False)
        self.current = node_id
        item = self.nodes.get(node_id) if node_id else None
        if item is not None:
            item.set_state(current=True)
            for edge in item.edges:
                edge.set_highlight(True)
        self.refresh_labels()  # the current actor's name always shows: place the names again

    def update_labels(self, scale: float) -> None:
        """Show as many names as fit, the selected actor's and the best-connected first. A name
        never covers another name or another actor's circle (zoomed in on a focus, circles are
        large and close): it sits below its node, else above, right or left; the rest show on hover.

        Works in screen pixels at the given zoom through grids of placed boxes and circles
        (``labels.Room``); runs only when the zoom, the selection or what is shown changes.
        """
        stepping = self.naming
        if stepping:  # a placement in steps is overtaken: from the start, and say it is done
            self._naming_timer.stop()
            self._label_scale = -1.0
        for _ in self._naming(scale):
            pass
        if stepping:
            self.names_placed.emit()

    def update_labels_in_steps(self, scale: float) -> None:
        """``update_labels`` in slices of event-loop turns (after a build, before the map shows:
        a large map's names take 10–40 ms); ``names_placed`` when done."""
        if self.naming:
            self._label_scale = -1.0  # the unfinished placement starts again
        self._names = self._naming(scale)
        self._naming_timer.start()

    @property
    def naming(self) -> bool:
        return self._naming_timer.isActive()

    def _next_names(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        for _ in self._names:
            if time.perf_counter() >= deadline:
                return
        self._naming_timer.stop()
        self.names_placed.emit()

    def _naming(self, scale: float) -> Iterator[None]:
        if abs(scale - self._label_scale) < 1e-6 or not self._by_degree:
            return
        self._label_scale = scale
        current = self.nodes.get(self.current) if self.current else None
        yield from naming(self, self._by_degree, current, scale, self._seen(scale))

    def _seen(self, scale: float) -> Box | None:
        """The view's visible area in the pixels names are placed in (None without a view)."""
        views = self.views()
        if not views:
            return None
        area = views[0].mapToScene(views[0].viewport().rect()).boundingRect()
        return (area.left() * scale, area.top() * scale, area.right() * scale, area.bottom() * scale)

    # ----- mouse: select, drag, link mode
    def set_link_mode(self, on: bool) -> None:
        self.link_mode = on
        self._link_source = None
        self._drop_rubber()
        for item in self.nodes.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not on)

    def node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.node_at(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        if item is not None and self.link_mode:
            event.accept()
            if self._link_source is None or self._link_source == item.node_id:
                self._link_source = item.node_id
                self.set_current(item.node_id)
                self.current_changed.emit(item.node_id)
            else:
                source, self._link_source = self._link_source, None
                self._drop_rubber()
                self.link_drawn.emit(source, item.node_id)
            return
        super().mousePressEvent(event)
        if item is not None:
            self._pressed = {item.node_id: item.pos()}
            if item.node_id != self.current:
                self.set_current(item.node_id)
                self.current_changed.emit(item.node_id)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        source = self.nodes.get(self._link_source) if self._link_source else None
        if self.link_mode and source is not None:
            if self._rubber is None:
                self._rubber = QGraphicsLineItem()
                pen = QPen(HIGHLIGHT, 2, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                self._rubber.setPen(pen)
                self._rubber.setZValue(3)
                self.addItem(self._rubber)
            self._rubber.setLine(QLineF(source.pos(), event.scenePos()))
        super().mouseMoveEvent(event)
        for node_id in self._pressed:  # the dragged node: its edges and name come along
            self.nodes[node_id].follow()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, {}
        moved = {
            node_id: (round(item.pos().x(), 1), round(item.pos().y(), 1))
            for node_id, start in pressed.items()
            if (item := self.nodes.get(node_id)) is not None and item.pos() != start
        }
        if moved:
            self.refresh_labels()
            self.nodes_moved.emit(moved)

    def _drop_rubber(self) -> None:
        if self._rubber is not None:
            self.removeItem(self._rubber)
            self._rubber = None
