"""The map view (wheel zoom, drag to pan), its zoom buttons with shortcuts, and the legend."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QToolButton,
    QWidget,
)

from .items import ISOLATED_COLOUR, KIND_STYLES, OUTLINE, edge_pen, type_colour
from .reach import Reach
from .scene import NetworkScene

MIN_SCALE, MAX_SCALE = 0.05, 6.0
STEP = 1.25
SMOOTH_EDGES = 600  # antialiasing while at most about this many edges are in view
FIT_MARGIN = 16  # pixels left free around the whole map
MAX_FIT_SCALE = 1.5  # a small network is not blown up beyond this


class NetworkView(QGraphicsView):
    """Wheel zooms around the mouse; dragging the background pans; nodes can be dragged."""

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll the map
        self.auto_fit = True
        self._map_area = 0.0
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # pan by dragging
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.auto_fit = False
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(STEP**steps)
        event.accept()

    def zoom_by(self, factor: float) -> None:
        current = self.scale_factor()
        target = min(MAX_SCALE, max(MIN_SCALE, current * factor))
        if abs(target - current) > 1e-9:
            self.scale(target / current, target / current)
            self._update_quality()
            self.zoom_changed.emit(target)

    def _update_quality(self) -> None:
        """Antialiasing only while few edges are in view: a thousand smooth lines take 80 ms to paint
        in software, jagged ones 15 ms, and from far out the difference does not show."""
        scene = self.scene()
        edges = len(getattr(scene, "edges", ()))
        scale = self.scale_factor()
        view = self.viewport().rect()
        seen = (view.width() / scale) * (view.height() / scale)
        visible = edges * min(1.0, seen / max(self._map_area, 1.0))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, visible <= SMOOTH_EDGES)

    def zoom_in(self) -> None:
        self.auto_fit = False
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(STEP)
        self.setTransformationAnchor(anchor)

    def zoom_out(self) -> None:
        self.auto_fit = False
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(1 / STEP)
        self.setTransformationAnchor(anchor)

    def fit(self) -> None:
        """Show the whole map with the names at its edges: they keep their size on screen, so the
        room they need depends on the zoom; a few rounds of adjusting settle it."""
        scene = self.scene()
        if not isinstance(scene, NetworkScene) or not scene.nodes:
            return
        view = self.viewport().rect()
        width, height = max(view.width() - FIT_MARGIN, 50), max(view.height() - FIT_MARGIN, 50)
        reach = Reach(scene.extents())
        scale = 1.0
        for _ in range(6):
            drawn = reach.rect(scale)
            factor = min(width / max(drawn.width(), 1.0), height / max(drawn.height(), 1.0))
            scale = max(MIN_SCALE, min(MAX_FIT_SCALE, scale * factor))
            if abs(factor - 1) < 0.02:
                break
        drawn = reach.rect(scale)
        target = QRectF(drawn.x() / scale, drawn.y() / scale, drawn.width() / scale, drawn.height() / scale)
        scene.setSceneRect(
            target.adjusted(-target.width(), -target.height(), target.width(), target.height())
        )
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(target.center())
        self.auto_fit = True
        self._map_area = target.width() * target.height()
        self._update_quality()
        self.zoom_changed.emit(scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:  # until the user zooms or pans, the whole map stays in view
            self.fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.auto_fit = False
        super().mousePressEvent(event)

    def show_nodes(self, rects: list[QRectF]) -> None:
        """Zoom to a group of nodes (the focus mode's actor and its neighbours), names readable."""
        if not rects:
            return
        area = rects[0]
        for rect in rects[1:]:
            area = area.united(rect)
        area = area.adjusted(-60, -40, 60, 60)  # room for the names below and beside the nodes
        view = self.viewport().rect()
        scale = min(view.width() / max(area.width(), 1.0), view.height() / max(area.height(), 1.0))
        scale = max(MIN_SCALE, min(MAX_FIT_SCALE, scale))
        self.auto_fit = False
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(area.center())
        self._update_quality()
        self.zoom_changed.emit(scale)

    def show_node(self, pos: QRectF) -> None:
        """Centre on a node, zooming in far enough to read the names around it."""
        self.auto_fit = False
        if self.scale_factor() < 0.8:
            self.zoom_by(0.9 / self.scale_factor())
        self.centerOn(pos.center())


class NetworkZoomBar(QWidget):
    """Zoom in / out / whole map: buttons with accessible names and page-wide shortcuts."""

    def __init__(self, view: NetworkView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.actions_: list[QAction] = []
        specs = (
            (
                "+",
                self.tr("Zoom in"),
                [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
                view.zoom_in,
            ),
            ("−", self.tr("Zoom out"), [QKeySequence.StandardKey.ZoomOut], view.zoom_out),
            (self.tr("Whole map"), self.tr("Show the whole map"), [QKeySequence("Ctrl+0")], view.fit),
        )
        for text, name, keys, slot in specs:
            action = QAction(text, self)
            shortcuts: list[QKeySequence] = []
            for key in keys:
                shortcuts += QKeySequence.keyBindings(key) if not isinstance(key, QKeySequence) else [key]
            action.setShortcuts(shortcuts)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            hint = " (" + shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) + ")"
            action.setToolTip(name + hint)
            action.triggered.connect(slot)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(32)
            layout.addWidget(button)
            self.addAction(action)  # the shortcut works while the page is shown
            self.actions_.append(action)
        self.zoom_in_button, self.zoom_out_button, self.fit_button = (
            layout.itemAt(i).widget() for i in range(3)
        )


class FlowLayout(QLayout):
    """Lays its items out in rows that wrap, so the legend fits any window width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + 2, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class NetworkLegend(QWidget):
    """What the colours, line styles and red rings mean; catalogue labels are already translated."""

    def __init__(
        self, types: Mapping[str, str], kinds: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        flow = FlowLayout(self)
        flow.setContentsMargins(4, 2, 4, 2)
        entries = [(_dot(type_colour(key)), label) for key, label in types.items()]
        entries += [(_line(kind), label) for kind, label in kinds.items() if kind in KIND_STYLES]
        entries.append((_ring(), self.tr("Isolated migrant organisation")))
        for pixmap, text in entries:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(3)
            swatch = QLabel()
            swatch.setPixmap(pixmap)
            label = QLabel(text)
            row.addWidget(swatch)
            row.addWidget(label)
            flow.addWidget(entry)
        self.setAccessibleName(self.tr("Legend"))


class LegendScroll(QScrollArea):
    """The legend below the map: as tall as its rows need, but never more than a quarter of the
    column it sits in, so on a small screen the map keeps the room and the legend scrolls."""

    SHARE = 4

    def __init__(self, legend: NetworkLegend, column: QWidget) -> None:
        super().__init__()
        self._column = column  # set first: the scroll area filters its widget's events from here on
        self.setWidget(legend)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap
        column.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._column and event.type() == QEvent.Type.Resize:
            self.fit(self._column.width(), self._column.height())
            return False
        return super().eventFilter(watched, event)

    def fit(self, width: int, height: int) -> None:
        need = self.widget().heightForWidth(max(width - 20, 100))  # room for a scroll bar
        self.setFixedHeight(max(min(need, height // self.SHARE), 24))


def _canvas(width: int = 26, height: int = 14) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _dot(colour: object) -> QPixmap:
    pixmap, painter = _canvas()
    painter.setPen(OUTLINE)
    painter.setBrush(colour)  # type: ignore[arg-type]
    painter.drawEllipse(7, 1, 12, 12)
    painter.end()
    return pixmap


def _line(kind: str) -> QPixmap:
    pixmap, painter = _canvas()
    pen = QPen(edge_pen(kind, 2))  # a copy: the cached pen is shared by the map
    pen.setColor(OUTLINE)
    painter.setPen(pen)
    painter.drawLine(1, 7, 25, 7)
    painter.end()
    return pixmap


def _ring() -> QPixmap:
    pixmap, painter = _canvas()
    pen = painter.pen()
    pen.setColor(ISOLATED_COLOUR)
    pen.setWidth(3)
    painter.setPen(pen)
    painter.setBrush(type_colour("migrant_org"))
    painter.drawEllipse(7, 1, 12, 12)
    painter.end()
    return pixmap
