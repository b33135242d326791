"""The network map page: actors and their links, a layout computed off the UI thread, the insights."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....analysis.network import degrees, isolated_migrant_orgs, missing_actor_types
from ....store.dto.network import Graph, Link, Node
from ...context import AppContext
from ...messages import ask, fmt
from ...tasks import TaskHandle
from ..base import Page
from . import texts, wanted
from .commands import LinkChanged, LinkDrawn, change_link, deletion, draw, unchange_link, undraw
from .filters import FilterBar
from .panel import NetworkPanel
from .scene import NetworkScene
from .tasks import Laid, lay_out_and_save, saved_positions
from .toolbar import MapBar
from .view import LegendScroll, NetworkLegend, NetworkView


class NetworkPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        catalog = ctx.catalog
        self.type_labels = catalog.vocab("actor_types")
        self.kind_labels = catalog.vocab("link_kinds")
        self.graph: Graph | None = None
        self._by_id: dict[str, Node] = {}
        self._degrees: dict[str, int] = {}
        self._isolated: set[str] = set()
        self._task: TaskHandle | None = None
        self._token = 0

        self.scene = NetworkScene(self)
        self.view = NetworkView()
        self.view.setScene(self.scene)
        self.view.setAccessibleName(self.tr("Network map"))
        self.bar = MapBar(self.view)
        self.zoom, self.rearrange, self.link_mode = self.bar.zoom, self.bar.rearrange, self.bar.link_mode
        self.busy, self.progress, self.print_button = self.bar.busy, self.bar.progress, self.bar.print_button
        self.rearrange.clicked.connect(self._rearrange)
        self.link_mode.toggled.connect(self._set_link_mode)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(False))
        self._show_busy(None)

        self.filters = FilterBar(self.type_labels, self.kind_labels)
        self.filters.changed.connect(self._filter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.bar)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.view, 1)
        self.legend = LegendScroll(NetworkLegend(self.type_labels, self.kind_labels), left)
        left_layout.addWidget(self.legend)

        self.panel = NetworkPanel(self.kind_labels)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        scroll.setMinimumWidth(300)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lists elide instead
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([700, 330])
        splitter.setChildrenCollapsible(False)
        ctx.layout.remember(splitter, "network/splitter")
        layout = self.page_layout()  # message line, then this body or an empty state
        layout.addWidget(splitter)
        self.disable_while_loading(self.rearrange, self.link_mode, self.panel.add_button)

        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(lambda: self.link_mode.setChecked(False))
        self.addAction(escape)

        self.scene.built.connect(self._on_built)
        self.scene.names_placed.connect(lambda: QTimer.singleShot(0, self.view, self._show_map))
        self.scene.current_changed.connect(lambda node_id: self.select(node_id, centre=False))
        self.scene.nodes_moved.connect(self._save_moved)
        self.scene.link_drawn.connect(self._link_drawn)
        # Names are placed one event-loop turn after a zoom: wheel steps coalesce, and after a
        # build the fit and the placing do not block the window in one go.
        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.setInterval(0)
        self._label_timer.timeout.connect(self._place_labels)
        self.view.zoom_changed.connect(lambda _scale: self._label_timer.start())
        self.panel.node_chosen.connect(lambda node_id: self.select(node_id, centre=True))
        self.panel.add_link.connect(self._add_link)
        self.panel.update_link.connect(self._update_link)
        self.panel.delete_link.connect(self._delete_link)
        self.panel.navigate.connect(self.navigate)
        self.panel.type_chosen.connect(self._choose_type)
        self.panel.opening.connect(self._open_checklist)

    # ----- loading: the graph on the reads lane, a layout (if some actors have no place) on jobs
    def reload(self) -> None:
        self.link_mode.setChecked(False)
        self._cancel_task()
        mid = self.municipality_id or ""
        self._show_busy(self.tr("Loading the network…"))
        self.load(lambda ws: ws.network.graph(mid), self._graph_read, lambda _exc: self._show_busy(None))

    def clear(self) -> None:
        self._cancel_task()
        self._show_no_actors(None)

    def _graph_read(self, graph: Graph) -> None:
        self._show_busy(None)
        self._apply(graph)
        if not graph.nodes:
            self._show_no_actors(graph)
            return
        self.show_body()
        if len(saved_positions(graph)) == len(graph.nodes):
            self._draw(saved_positions(graph))
        else:
            self.start_layout(keep_placed=True)

    def _rearrange(self) -> None:
        """A new layout replaces every position, the ones the team arranged by hand too: asked first
        (the button sits beside "Whole map", easy to hit; No is the default)."""
        if ask(
            self,
            self.tr("Re-arrange layout"),
            self.tr("Arrange all actors anew? Positions you moved by hand are lost."),
            yes=self.tr("&Re-arrange"),
            no=self.tr("&Keep the map"),
        ):
            self.start_layout(keep_placed=False)

    def start_layout(self, keep_placed: bool) -> None:
        """Compute and save positions on the jobs lane (the write of a large map would hold the UI
        thread for tens of milliseconds); draw the map when it reports."""
        graph, mid = self.graph, self.municipality_id
        if graph is None or not graph.nodes or mid is None:
            return
        self._cancel_task()
        token = self._token
        self._show_busy(self.tr("Computing the layout…"), 0)
        self._task = self.run_job(
            lambda ws, progress: lay_out_and_save(ws, mid, graph, keep_placed, progress),
            on_done=lambda laid: self._laid_out(token, mid, laid),
            on_error=lambda exc: self._layout_failed(token, exc),
            on_progress=lambda done, total: self._layout_progress(token, done, total),
        )

    def _laid_out(self, token: int, mid: str, laid: Laid) -> None:
        if token != self._token or mid != self.municipality_id:
            return  # another municipality or a newer reload took over
        self._task = None
        self._show_busy(None)
        # Saved by the job already: ``write`` only reports a refusal, or tells the other pages.
        if laid.new and self.write(lambda _ws: laid.saved()):
            self.status_message.emit(self.tr("Layout computed and saved."))
        self._draw(laid.positions)

    def _layout_progress(self, token: int, done: int, total: int) -> None:
        if token == self._token:
            self._show_busy(self.tr("Computing the layout…"), int(100 * done / max(1, total)))

    def _layout_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self._task = None
        self._show_busy(None)
        self.show_error(self.tr("The layout could not be computed; the map shows the saved positions."))
        if self.graph is not None:
            self._draw({n.id: (n.x or 0.0, n.y or 0.0) for n in self.graph.nodes})

    def _show_no_actors(self, graph: Graph | None) -> None:
        self.graph = graph
        self.scene.build([], [], {}, {}, {})
        self.panel.set_graph([], self.type_labels, [], [])
        self.panel.set_current(None, [])
        self.rearrange.setEnabled(False)
        if graph is not None:
            self.show_empty(
                self.tr("No actors yet"),
                self.tr("Add the local actors in the Actors area; then they appear here as a map."),
                self.tr("Go to the &actors"),
                lambda: self.navigate.emit("actors"),
            )

    def _apply(self, graph: Graph) -> None:
        """Take a freshly read graph: analyses, panel lists, and the selected actor's links."""
        self.graph = graph
        self._by_id = {n.id: n for n in graph.nodes}
        self._degrees = degrees(graph.links)
        isolated = isolated_migrant_orgs(graph.nodes, graph.links)
        self._isolated = {n.id for n in isolated}
        self.panel.set_graph(
            graph.nodes, self.type_labels, isolated, missing_actor_types(graph.nodes, graph.links)
        )
        current = self.scene.current if self.scene.current in self._by_id else None
        self._show_current(current)

    def _cancel_task(self) -> None:
        """Forget a running layout; its result will be ignored (the token no longer matches)."""
        self._token += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._show_busy(None)

    def _show_busy(self, text: str | None, percent: int | None = None) -> None:
        self.bar.show_busy(text, percent)
        self.rearrange.setEnabled(text is None and bool(self.scene.nodes))

    def update_actions(self) -> None:
        self.rearrange.setEnabled(not self.loading and self._task is None and bool(self.scene.nodes))

    # ----- drawing and filtering
    def _draw(self, positions: Mapping[str, tuple[float, float]]) -> None:
        assert self.graph is not None
        # No paints of the half-built map: each would cost as much as painting the whole one.
        self.view.setUpdatesEnabled(False)
        graph = self.graph
        tips = texts.Tips(graph, self._by_id, self._degrees, self.type_labels, self.kind_labels)
        self.scene.build(graph.nodes, graph.links, positions, self._degrees, tips)

    def _on_built(self) -> None:
        self.scene.set_isolated(self._isolated)
        self._filter(fit=False)
        self.view.fit()
        self._label_timer.start()
        self.rearrange.setEnabled(self._task is None and bool(self.scene.nodes))
        wanted.point(self)  # an insight of the Start page named an actor

    def _place_labels(self) -> None:
        if self.view.updatesEnabled():  # a zoom step: at once
            self.scene.update_labels(self.view.scale_factor())
        else:  # after a build, before the map shows: in slices, then the first paint in a turn of its own
            self.scene.update_labels_in_steps(self.view.scale_factor())

    def _show_map(self) -> None:
        if not self.scene.building and not self.scene.naming:  # not while a newer map is on its way
            self.view.setUpdatesEnabled(True)

    def _filter(self, fit: bool = True) -> None:
        """Show what the filter bar asks for: actor types, link kinds, the focus on the selection."""
        if self.graph is not None and not self.scene.building:
            self.filters.apply(self.graph, self.scene, self.view, fit)

    # ----- selection
    def select(self, node_id: str, centre: bool) -> None:
        node = self._by_id.get(node_id)
        if node is None:
            return
        self.filters.reveal(node.type, self.type_labels.get(node.type, node.type))  # never edit unseen
        self.scene.set_current(node_id)
        self._show_current(node_id)
        if self.filters.steps():
            self._filter()  # the focus follows the selection
        item = self.scene.nodes.get(node_id)
        if centre and item is not None and not self.filters.steps():
            self.view.show_node(item.sceneBoundingRect())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reads again if stale: the request then waits for the new map
        if self.graph is not None and not (self.loading or self.scene.building) and self.scene.nodes:
            wanted.point(self)

    def _choose_type(self, kind: str) -> None:
        """From "missing actor types": go to the first actor of that type, ready to link it."""
        node = next((n for n in self.graph.nodes if n.type == kind), None) if self.graph else None
        if node is not None:
            self.select(node.id, centre=True)
            self.panel.target.setFocus()

    def _show_current(self, node_id: str | None) -> None:
        node = self._by_id.get(node_id) if node_id else None
        rows = texts.link_rows(self.graph, node, self._by_id, self.kind_labels) if node and self.graph else []
        self.panel.set_current(node, rows, self.type_labels.get(node.type, node.type) if node else "")

    # ----- writing: every link change is an undoable command
    def _add_link(self, source: str, target: str, kind: str, strength: int, note: str) -> None:
        if self.municipality_id is None:
            return
        state = LinkDrawn(self.municipality_id, source, target, kind, strength, note)
        name = fmt(self.tr("Link %1"), texts.pair(self._by_id, source, target))
        if self.change(name, state, draw, undraw, errors=self.panel) is not None:
            self.panel.link_added()
            self._after_write(self.tr("Link saved."))

    def _link_drawn(self, source: str, target: str) -> None:
        kind, strength, note = self.panel.values()
        self._add_link(source, target, kind, strength, note)

    def _update_link(self, link: Link, kind: str, strength: int, note: str) -> None:
        state = LinkChanged(
            link.id, (link.kind, link.strength, link.note), (kind, strength, note), link.version
        )
        name = fmt(self.tr("Link %1 changed"), texts.pair(self._by_id, link.source, link.target))
        if self.change(name, state, change_link, unchange_link, errors=self.panel) is not None:
            self.panel.end_edit()
            self._after_write(self.tr("Link changed."))

    def _delete_link(self, link: Link) -> None:
        a, b = self._by_id.get(link.source), self._by_id.get(link.target)
        question = fmt(
            self.tr("Delete the link between %1 and %2?"), a.name if a else "?", b.name if b else "?"
        )
        if not self.confirm(question) or self.municipality_id is None:
            return
        name = fmt(self.tr("Link %1 deleted"), texts.pair(self._by_id, link.source, link.target))
        if self.change(name, deletion(self.municipality_id, link), undraw, draw) is not None:
            self._after_write(self.tr("Link deleted."))

    def confirm(self, question: str) -> bool:  # tests replace this
        return ask(self, self.tr("Delete link"), question)

    def _after_write(self, message: str) -> None:
        """Re-read the graph and bring map and panel up to date without a new layout."""
        mid = self.municipality_id or ""
        graph = self.read_now(lambda ws: ws.network.graph(mid))
        if graph is None:
            return
        if {n.id for n in graph.nodes} != set(self.scene.nodes):
            self.reload()  # actors came or went meanwhile: start over
        else:
            self._apply(graph)
            tips = texts.Tips(graph, self._by_id, self._degrees, self.type_labels, self.kind_labels)
            self.scene.sync_links(graph.links, tips)
            for node in graph.nodes:
                item = self.scene.nodes[node.id]
                if item.degree != self._degrees.get(node.id, 0):
                    item.set_degree(self._degrees.get(node.id, 0))
            self.scene.set_isolated(self._isolated)
            self._filter(fit=False)
        self.show_info(message)

    def _save_moved(self, moved: dict[str, tuple[float, float]]) -> None:
        mid = self.municipality_id or ""
        self.write(lambda ws: ws.network.save_positions(mid, moved))

    def _set_link_mode(self, on: bool) -> None:
        self.scene.set_link_mode(on)
        if on:
            self.status_message.emit(
                self.tr("Link mode: click an actor, then the actor to link it to. Esc ends.")
            )

    # ----- page API
    def settling(self) -> bool:
        """Still drawing (layout, map built in slices, names): ``smoke`` waits before its picture."""
        return self._task is not None or self.scene.building or not self.view.updatesEnabled()

    def _open_checklist(self, node: object) -> None:
        from ..opening.start import open_for_actor

        open_for_actor(self, node.id, node.name)  # type: ignore[attr-defined]

    def focus_search(self) -> bool:
        self.panel.search.setFocus()
        self.panel.search.selectAll()
        return True

    def help_text(self) -> str:
        return self.tr(
            "The map shows the actors as dots coloured by type and their links as lines: the thicker, "
            "the stronger; the line style shows the kind. Zoom with the mouse wheel or Ctrl++ / Ctrl+- "
            "(Ctrl+0 shows the whole map), drag the background to pan, drag an actor to move it. "
            "Choose an actor in the list or on the map to see its links; draw a new link with the form "
            "or in link mode by clicking two actors. Red rings mark migrant organisations without a "
            "link to a Verein, school, church or the administration. “Print…” or Ctrl+P prints the map "
            "with its index."
        )
