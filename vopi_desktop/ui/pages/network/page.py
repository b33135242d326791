"""The network map page: actors and their links, a layout computed off the UI thread, the insights."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....analysis.network import degrees, isolated_migrant_orgs, missing_actor_types
from ....store.dto.network import Graph, Link, Node
from ....store.errors import StoreError
from ...context import AppContext
from ...messages import fmt
from ...tasks import Progress, TaskHandle
from ...widgets.titles import titled
from ..base import Page
from .model import LinkRow
from .panel import NetworkPanel
from .scene import NetworkScene
from .tasks import Positions, placed
from .view import NetworkLegend, NetworkView, NetworkZoomBar


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
        self.zoom = NetworkZoomBar(self.view)
        self.rearrange = QPushButton(self.tr("Re-arrange la&yout"))
        self.rearrange.setToolTip(
            self.tr("Compute a new layout for all actors (positions moved by hand are lost).")
        )
        self.rearrange.clicked.connect(lambda: self.start_layout(keep_placed=False))
        self.link_mode = QPushButton(self.tr("Link &by clicking"))
        self.link_mode.setCheckable(True)
        self.link_mode.setToolTip(
            self.tr(
                "Click one actor on the map, then another: they are linked with the kind and strength "
                "chosen under “Draw a link”. Esc ends."
            )
        )
        self.link_mode.toggled.connect(self._set_link_mode)
        self.busy, self.progress = QLabel(), QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Layout progress"))
        self._show_busy(None)
        bar = QHBoxLayout()
        bar.addWidget(self.zoom)
        bar.addWidget(self.rearrange)
        bar.addWidget(self.link_mode)
        bar.addSpacing(12)
        bar.addWidget(self.busy)
        bar.addWidget(self.progress)
        bar.addStretch(1)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.empty.linkActivated.connect(self.navigate)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(NetworkLegend(self.type_labels, self.kind_labels))

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(lambda: self.link_mode.setChecked(False))
        self.addAction(escape)

        self.scene.built.connect(self._on_built)
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

    # ----- loading (reading and layout run off the UI thread, as one task)
    def reload(self) -> None:
        self.link_mode.setChecked(False)
        self._cancel_task()
        if self.municipality_id is None:
            self._show_empty(self.tr("Create a municipality first; its actors and their links appear here."))
            return
        mid, ws, token = self.municipality_id, self.ctx.workspace, self._token
        text = self.tr("Loading the network…")
        self._show_busy(text)
        # Start reading after this turn of the event loop: the page paints first, instead of
        # competing for the interpreter with the reading thread.
        QTimer.singleShot(0, self, lambda: token == self._token and self._run(
            text, lambda progress: placed(ws, mid, None, True, progress)
        ))  # fmt: skip

    def start_layout(self, keep_placed: bool) -> None:
        """Compute positions in the background, save them there too, then draw the map."""
        if self.graph is None or not self.graph.nodes or self.municipality_id is None:
            return
        graph, mid, ws = self.graph, self.municipality_id, self.ctx.workspace
        self._run(
            self.tr("Computing the layout…"), lambda progress: placed(ws, mid, graph, keep_placed, progress)
        )

    def _run(self, text: str, work: Callable[[Progress], tuple[Graph, Positions]]) -> None:
        self._cancel_task()
        token = self._token
        self._show_busy(text, None)
        self._task = self.ctx.tasks.run(
            work,
            on_done=lambda result: self._loaded(token, *result),
            on_error=lambda exc: self._failed(token, exc),
            on_progress=lambda done, total: self._layout_progress(token, done, total),
        )

    def _loaded(self, token: int, graph: Graph, positions: Positions) -> None:
        if token != self._token:
            return  # another municipality or a newer reload took over
        laid_out = self.progress.isVisibleTo(self)
        self._task = None
        self._show_busy(None)
        self._apply(graph)
        if not graph.nodes:
            self._show_empty(
                self.tr(
                    'There are no actors yet. Add the local actors in the <a href="actors">Actors</a> '
                    "area; then they appear here as a map."
                )
            )
            return
        self.stack.setCurrentWidget(self.view)
        self._draw(positions)
        if laid_out:
            self.status_message.emit(self.tr("Layout computed and saved."))

    def _layout_progress(self, token: int, done: int, total: int) -> None:
        if token == self._token:
            self._show_busy(self.tr("Computing the layout…"), int(100 * done / max(1, total)))

    def _show_empty(self, text: str) -> None:
        self.graph = None
        self.scene.build([], [], {}, {}, {})
        self.panel.set_graph([], self.type_labels, [], [])
        self.panel.set_current(None, [])
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        self.rearrange.setEnabled(False)

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

    def _failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self._task = None
        self._show_busy(None)
        message = str(exc) if isinstance(exc, StoreError) else self.tr("The network could not be loaded.")
        self.status_message.emit(message)
        graph = self.graph  # still show the map with the positions there are, never another town's
        if graph is not None and graph.nodes and graph.municipality_id == self.municipality_id:
            self._draw({n.id: (n.x or 0.0, n.y or 0.0) for n in graph.nodes})
        else:
            self._show_empty(message)

    def _cancel_task(self) -> None:
        """Forget what is running; its result will be ignored (the token no longer matches)."""
        self._token += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._show_busy(None)

    def _show_busy(self, text: str | None, percent: int | None = None) -> None:
        self.busy.setText(text or "")
        self.busy.setVisible(text is not None)
        self.progress.setVisible(percent is not None)
        self.progress.setValue(percent or 0)
        self.rearrange.setEnabled(text is None and bool(self.scene.nodes))

    # ----- drawing
    def _draw(self, positions: Mapping[str, tuple[float, float]]) -> None:
        assert self.graph is not None
        # No paints of the half-built map: each would cost as much as painting the whole one.
        self.view.setUpdatesEnabled(False)
        graph = self.graph
        self.scene.build(graph.nodes, graph.links, positions, self._degrees, self._tips(graph))

    def _on_built(self) -> None:
        self.scene.set_isolated(self._isolated)
        self.view.fit()
        self._label_timer.start()
        self.rearrange.setEnabled(self._task is None and bool(self.scene.nodes))

    def _place_labels(self) -> None:
        self.scene.update_labels(self.view.scale_factor())
        self.view.setUpdatesEnabled(True)

    def _tips(self, graph: Graph) -> dict[str, str]:
        tips = {n.id: self._node_tip(n) for n in graph.nodes}
        tips.update((link.id, self._link_tip(link)) for link in graph.links)
        return tips

    def _node_tip(self, node: Node) -> str:
        count = self._degrees.get(node.id, 0)
        links = self.tr("1 link") if count == 1 else fmt(self.tr("%1 links"), str(count))
        return f"{node.name}\n{self.type_labels.get(node.type, node.type)} · {links}"

    def _link_tip(self, link: Link) -> str:
        a, b = self._by_id.get(link.source), self._by_id.get(link.target)
        kind = self.kind_labels.get(link.kind, link.kind)
        strength = fmt(self.tr("strength %1 of 3"), str(link.strength))
        text = f"{a.name if a else '?'} – {b.name if b else '?'}\n{kind}, {strength}"
        return text + (f"\n{link.note}" if link.note else "")

    # ----- selection
    def select(self, node_id: str, centre: bool) -> None:
        if node_id not in self._by_id:
            return
        self.scene.set_current(node_id)
        self._show_current(node_id)
        item = self.scene.nodes.get(node_id)
        if centre and item is not None:
            self.view.show_node(item.sceneBoundingRect())

    def _choose_type(self, kind: str) -> None:
        """From "missing actor types": go to the first actor of that type, ready to link it."""
        node = next((n for n in self.graph.nodes if n.type == kind), None) if self.graph else None
        if node is not None:
            self.select(node.id, centre=True)
            self.panel.target.setFocus()

    def _show_current(self, node_id: str | None) -> None:
        node = self._by_id.get(node_id) if node_id else None
        rows = []
        if node is not None and self.graph is not None:
            for link in self.graph.links:
                if node.id in (link.source, link.target):
                    other = self._by_id[link.target if link.source == node.id else link.source]
                    rows.append(LinkRow(link, other.name, self.kind_labels.get(link.kind, link.kind)))
            rows.sort(key=lambda r: r.partner.casefold())
        self.panel.set_current(node, rows, self.type_labels.get(node.type, node.type) if node else "")

    # ----- writing
    def _add_link(self, source: str, target: str, kind: str, strength: int, note: str) -> None:
        if self.municipality_id is None:
            return
        try:
            self.ctx.workspace.network.add_link(self.municipality_id, source, target, kind, strength, note)
        except StoreError as exc:
            self.panel.show_error(str(exc), getattr(exc, "field", None))
            self.status_message.emit(str(exc))
            return
        self.panel.link_added()
        self._after_write(self.tr("Link saved."))

    def _link_drawn(self, source: str, target: str) -> None:
        kind, strength, note = self.panel.values()
        self._add_link(source, target, kind, strength, note)

    def _update_link(self, link: Link, kind: str, strength: int, note: str) -> None:
        try:
            self.ctx.workspace.network.update_link(link.id, kind, strength, note, link.version)
        except StoreError as exc:
            self.panel.show_error(str(exc), getattr(exc, "field", None))
            return
        self.panel.end_edit()
        self._after_write(self.tr("Link changed."))

    def _delete_link(self, link: Link) -> None:
        a, b = self._by_id.get(link.source), self._by_id.get(link.target)
        question = self.tr("Delete the link between %1 and %2?")
        question = fmt(question, a.name if a else "?", b.name if b else "?")
        answer = QMessageBox.question(self, titled(self.tr("Delete link")), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.workspace.network.delete_link(link.id)
        except StoreError as exc:
            self.status_message.emit(str(exc))
            return
        self._after_write(self.tr("Link deleted."))

    def _after_write(self, message: str) -> None:
        """Re-read the graph and bring map and panel up to date without a new layout."""
        assert self.municipality_id is not None
        try:
            graph = self.ctx.workspace.network.graph(self.municipality_id)
        except StoreError as exc:
            self.status_message.emit(str(exc))
            return
        if {n.id for n in graph.nodes} != set(self.scene.nodes):
            self.reload()  # actors came or went meanwhile: start over
        else:
            self._apply(graph)
            self.scene.sync_links(graph.links, self._tips(graph))
            for node in graph.nodes:
                item = self.scene.nodes[node.id]
                if item.degree != self._degrees.get(node.id, 0):
                    item.set_degree(self._degrees.get(node.id, 0))
            self.scene.set_isolated(self._isolated)
        self.status_message.emit(message)
        self.data_changed.emit()

    def _save_moved(self, moved: dict[str, tuple[float, float]]) -> None:
        try:
            self.ctx.workspace.network.save_positions(self.municipality_id or "", moved)
        except StoreError as exc:  # e.g. the municipality was deleted meanwhile
            self.status_message.emit(str(exc))

    def _set_link_mode(self, on: bool) -> None:
        self.scene.set_link_mode(on)
        if on:
            self.status_message.emit(
                self.tr("Link mode: click an actor, then the actor to link it to. Esc ends.")
            )

    # ----- page API
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
            "link to a Verein, school, church or the administration."
        )
