"""Zeitplan: measures and events over months and quarters; zoom, filters, keyboard, click opens the record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QShortcut, QWheelEvent
from PySide6.QtWidgets import QComboBox, QGraphicsView, QHBoxLayout, QLabel, QWidget

from ....store.dto.events import Event
from ....store.dto.measures import Measure
from ....textsort import sort_key
from ...context import AppContext
from ...widgets.search_combo import SearchCombo
from ..base import Page
from ..measures import open_request
from ..measures.help import timeline_help
from .legend import legend
from .scene import Item, TimelineScene

ZOOMS = {"year": 1.2, "quarter": 3.5, "month": 14.0}  # pixels per day


@dataclass(frozen=True)
class Loaded:
    measures: list[Measure]
    events: list[Event]


class TimelineView(QGraphicsView):
    """Arrow keys (or Tab) walk the items in time order, Enter opens one; Ctrl+wheel zooms."""

    def __init__(self, page: TimelinePage) -> None:
        super().__init__()
        self.page = page
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.page.step(+1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.page.step(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.page.open_selected()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        super().mouseDoubleClickEvent(event)
        self.page.open_selected()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        scene = self.scene()
        if isinstance(scene, TimelineScene):
            scene.keep_titles_in_view(self.mapToScene(0, 0).x())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.page.zoom_by(+1 if event.angleDelta().y() > 0 else -1)
        else:
            super().wheelEvent(event)


class TimelinePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data = Loaded([], [])
        self.zoom = QComboBox()
        for key, text in (
            ("year", self.tr("Year")),
            ("quarter", self.tr("Quarter")),
            ("month", self.tr("Month")),
        ):
            self.zoom.addItem(text, key)
        self.zoom.setCurrentIndex(1)
        self.pillar = QComboBox()
        self.pillar.addItem(self.tr("Every pillar"), "")
        for pillar in ctx.catalog.pillars:
            self.pillar.addItem(pillar.title, pillar.key)
        self.pillar.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pillar.setMinimumContentsLength(12)
        self.responsible = SearchCombo()  # a part of the name finds one among hundreds
        self.responsible.addItem(self.tr("Everyone responsible"), None)  # emptied text: everyone
        self.responsible.setMinimumContentsLength(19)  # "Alle Verantwortlichen" whole
        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("&Zoom:"), self.zoom),
            (self.tr("&Pillar:"), self.pillar),
            (self.tr("&Responsible:"), self.responsible),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            bar.addWidget(label)
            bar.addWidget(widget)
        self.hint = QLabel(self.tr("Arrow keys go from item to item, Enter opens it; Ctrl+wheel zooms."))
        self.hint.setWordWrap(True)
        bar.addWidget(self.hint, 1)
        self.scene = TimelineScene(self, ctx.lang)
        self.view = TimelineView(self)
        self.view.setScene(self.scene)
        self.view.setAccessibleName(self.tr("Timeline of measures and events"))
        layout = self.page_layout()
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.legend = legend(ctx.catalog)  # bar colours, step strokes, diamonds, today
        layout.addWidget(self.legend)
        self.zoom.currentIndexChanged.connect(self.redraw)
        self.pillar.currentIndexChanged.connect(self.redraw)
        self.responsible.currentIndexChanged.connect(self.redraw)
        self.scene.selectionChanged.connect(self._selection_changed)
        for keys, delta in (("Ctrl++", +1), ("Ctrl+-", -1)):
            shortcut = QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(lambda d=delta: self.zoom_by(d))

    def reload(self) -> None:
        mid = self.municipality_id
        if mid is not None:
            self.load(lambda ws: Loaded(ws.measures.list(mid), ws.events.list(mid)), self._show)

    def clear(self) -> None:
        self.scene.clear()
        self.scene.items_in_order = []

    def _show(self, data: Loaded) -> None:
        self.data = data
        if not any(m.start_on or m.end_on for m in data.measures) and not any(e.held_on for e in data.events):
            self.show_empty(
                self.tr("Nothing with a date yet"),
                self.tr(
                    "The timeline shows measures from their start to their end, their steps and the events. "
                    "Plan a measure with dates on the Measures page, or record an event with its date."
                ),
                self.tr("Go to &Measures"),
                lambda: self.navigate.emit("measures"),
            )
            return
        self.show_body()
        current = self.responsible.currentData()
        self.responsible.blockSignals(True)
        self.responsible.clear()
        self.responsible.addItem(self.tr("Everyone responsible"), None)
        named = {
            m.responsible_actor_id: m.responsible_actor_name for m in data.measures if m.responsible_actor_id
        }
        for actor_id, name in sorted(named.items(), key=lambda item: sort_key(item[1])):
            self.responsible.addItem(name, actor_id)
        self.responsible.setCurrentIndex(max(0, self.responsible.findData(current)))
        self.responsible.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        pillar, who = self.pillar.currentData(), self.responsible.currentData()
        measures = [
            m
            for m in self.data.measures
            if (not pillar or pillar in m.pillars) and (not who or m.responsible_actor_id == who)
        ]
        today = date.today()
        self.scene.build(measures, self.data.events, ZOOMS[self.zoom.currentData()], today)
        # today two thirds across, so what is under way and what comes next are both in view
        self.view.horizontalScrollBar().setValue(
            int(self.scene.x(today) - self.view.viewport().width() * 2 / 3 + 10)
        )

    def zoom_by(self, delta: int) -> None:
        self.zoom.setCurrentIndex(max(0, min(self.zoom.count() - 1, self.zoom.currentIndex() + delta)))

    def step(self, delta: int) -> None:
        items = self.scene.items_in_order
        if not items:
            return
        selected = self.scene.selectedItems()
        index = items.index(selected[0]) + delta if selected and selected[0] in items else 0
        index = max(0, min(len(items) - 1, index))
        self.scene.clearSelection()
        items[index].setSelected(True)
        items[index].setFocus()
        self.view.ensureVisible(items[index])

    def _selection_changed(self) -> None:
        selected = self.scene.selectedItems()
        if selected:
            self.status_message.emit(
                selected[0].toolTip().replace("<qt>", "").replace("</qt>", "").replace("<br>", " ")
            )

    def open_selected(self) -> None:
        selected = self.scene.selectedItems()
        if not selected:
            return
        area, record_id = selected[0].data(Item.KEY)
        open_request.request(self.ctx, area, record_id)
        self.navigate.emit(area)

    def help_text(self) -> str:
        return timeline_help()
