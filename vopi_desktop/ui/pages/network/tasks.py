"""The background job of the network page: lay out the actors that have no place yet.

It runs on the task runner's *jobs* lane and touches neither a widget nor the store: the page reads
the graph through its base (``load``) and saves the positions through it (``write``) when the job
has reported. The layout itself is the pure ``analysis.network.force_layout``.
"""

from __future__ import annotations

from ....analysis.network import force_layout
from ....store.dto.network import Graph
from ...tasks import Progress

LAYOUT_SEED = 7  # the same network is always laid out the same way
Positions = dict[str, tuple[float, float]]


def saved_positions(graph: Graph, keep_placed: bool = True) -> Positions:
    """The stored positions (none when everything is to be laid out anew)."""
    return {n.id: (n.x, n.y) for n in graph.nodes if keep_placed and n.x is not None and n.y is not None}


def lay_out(graph: Graph, keep_placed: bool, progress: Progress) -> tuple[Positions, Positions]:
    """(every position, the newly computed ones): saved positions stay if ``keep_placed``."""
    fixed = saved_positions(graph, keep_placed)
    if len(fixed) == len(graph.nodes):
        return fixed, {}
    ids = [n.id for n in graph.nodes]
    edges = [(link.source, link.target, float(link.strength)) for link in graph.links]
    positions = force_layout(ids, edges, fixed=fixed, seed=LAYOUT_SEED, progress=progress.update)
    return positions, {k: v for k, v in positions.items() if k not in fixed}
