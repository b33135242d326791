"""The background job of the network page: lay out the actors that have no place yet, and save them.

It runs on the jobs lane through the page base's ``run_job`` and touches no Qt object: it gets the
workspace from the page base, computes with the pure ``analysis.network.force_layout`` and stores the
new positions there too, so the UI thread never waits for the write (1,261 positions: 40–70 ms). A
refusal of the store comes back as ``Laid.error`` and the page reports it through its ``write``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ....analysis.network import force_layout
from ....store.dto.network import Graph
from ....store.errors import StoreError
from ...tasks import Progress

if TYPE_CHECKING:
    from ....store.workspace import Workspace

LAYOUT_SEED = 7  # the same network is always laid out the same way
SWITCH_INTERVAL = 0.001  # seconds the layout thread may keep the interpreter while the UI waits
Positions = dict[str, tuple[float, float]]


@dataclass(frozen=True)
class Laid:
    positions: Positions  # every actor's place
    new: Positions  # the places computed (and saved) now
    error: StoreError | None = None  # the store refused the save

    def saved(self) -> int:
        """For the page's ``write``: raises the store's refusal on the UI thread, writes nothing."""
        if self.error is not None:
            raise self.error
        return len(self.new)


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


@contextmanager
def _sharing_the_interpreter() -> Iterator[None]:
    """The layout is seconds of pure Python: every time the UI thread needs the interpreter meanwhile
    (a paint, a widget's Python method) it waits until the layout thread lets go, by default up to
    5 ms each time, which added up to stalls of 50–100 ms. While it runs, it lets go within 1 ms."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def lay_out_and_save(
    ws: Workspace, municipality_id: str, graph: Graph, keep_placed: bool, progress: Progress
) -> Laid:
    """``lay_out``, then store the new positions (not once cancelled: another map took over)."""
    with _sharing_the_interpreter():
        positions, new = lay_out(graph, keep_placed, progress)
    progress.check()
    if not new:
        return Laid(positions, new)
    try:
        ws.network.save_positions(municipality_id, new)
    except StoreError as exc:
        return Laid(positions, new, exc)
    return Laid(positions, new)
