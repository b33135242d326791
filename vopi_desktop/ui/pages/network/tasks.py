"""The background job of the network page: read the graph, lay out what has no place, save it.

It runs in the task runner's worker thread, so it touches no widget: only the workspace service
(one short session per call) and the pure layout function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....analysis.network import force_layout
from ....store.dto.network import Graph
from ...tasks import Progress

if TYPE_CHECKING:
    from ....store.workspace import Workspace  # the UI never loads SQLAlchemy itself

LAYOUT_SEED = 7  # the same network is always laid out the same way
Positions = dict[str, tuple[float, float]]


def placed(
    ws: Workspace, mid: str, graph: Graph | None, keep_placed: bool, progress: Progress
) -> tuple[Graph, Positions]:
    """Read the graph unless given; keep saved positions if asked, compute the rest and save them."""
    graph = graph if graph is not None else ws.network.graph(mid)
    fixed: Positions = {
        n.id: (n.x, n.y) for n in graph.nodes if keep_placed and n.x is not None and n.y is not None
    }
    if len(fixed) == len(graph.nodes):
        return graph, fixed
    ids = [n.id for n in graph.nodes]
    edges = [(link.source, link.target, float(link.strength)) for link in graph.links]
    positions = force_layout(ids, edges, fixed=fixed, seed=LAYOUT_SEED, progress=progress.update)
    ws.network.save_positions(mid, {k: v for k, v in positions.items() if k not in fixed})
    return graph, positions
