"""Questions about the actor network, and the map layout: pure functions over plain data.

No Qt and no database here, so the layout can run in a worker thread, a test or a report alike.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

MIGRANT_ORG = "migrant_org"
# "Traditional structures and municipal actors" of the seeds: everything except the migrant
# organisations themselves and the catch-all "other".
BRIDGE_TYPES = frozenset(
    {
        "verein",
        "religious",
        "initiative",
        "school_kita",
        "integration_office",
        "advisory_council",
        "welfare_provider",
        "course_provider",
        "administration",
    }
)
# The types a working local network needs, in the order the insights list them.
RELEVANT_TYPES = (
    "course_provider",
    "integration_office",
    "advisory_council",
    "administration",
    "welfare_provider",
    "school_kita",
    "verein",
    "migrant_org",
)

SPACING = 70.0  # ideal edge length in map units (the scene draws nodes about 20 units wide)
EXACT_LIMIT = 300  # up to this many nodes every pair repels; above, only neighbours in a grid do
DEFAULT_ITERATIONS = 120
GRAVITY = 0.4
GRID_GRAVITY = 1.0


class NodeLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def type(self) -> str: ...


class LinkLike(Protocol):
    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...


N = TypeVar("N", bound=NodeLike)


@dataclass(frozen=True)
class MissingType:
    """An actor type the network lacks: none at all (``actors == 0``) or none with a link."""

    type: str
    actors: int

    @property
    def absent(self) -> bool:
        return self.actors == 0


def isolated_migrant_orgs(nodes: Sequence[N], links: Iterable[LinkLike]) -> list[N]:
    """Migrant organisations without a link to any traditional structure or municipal actor.

    A link to another migrant organisation or to "other" does not count: the point of the question
    is whether the organisation is connected to Vereine, churches, schools and the administration.
    """
    types = {n.id: n.type for n in nodes}
    bridged: set[str] = set()
    for link in links:
        a, b = types.get(link.source), types.get(link.target)
        if a == MIGRANT_ORG and b in BRIDGE_TYPES:
            bridged.add(link.source)
        if b == MIGRANT_ORG and a in BRIDGE_TYPES:
            bridged.add(link.target)
    return [n for n in nodes if n.type == MIGRANT_ORG and n.id not in bridged]


def missing_actor_types(nodes: Iterable[NodeLike], links: Iterable[LinkLike]) -> list[MissingType]:
    """Relevant types with no actor at all, or with actors of which none has any link."""
    nodes = list(nodes)
    linked = {end for link in links for end in (link.source, link.target)}
    missing = []
    for kind in RELEVANT_TYPES:
        of_kind = [n for n in nodes if n.type == kind]
        if not any(n.id in linked for n in of_kind):
            missing.append(MissingType(kind, len(of_kind)))
    return missing


def degrees(links: Iterable[LinkLike]) -> dict[str, int]:
    """How many links touch each actor (for node sizes and for ranking)."""
    result: dict[str, int] = {}
    for link in links:
        for end in (link.source, link.target):
            result[end] = result.get(end, 0) + 1
    return result


Edge = tuple[str, str] | tuple[str, str, float]


def force_layout(
    node_ids: Sequence[str],
    edges: Iterable[Edge],
    fixed: Mapping[str, tuple[float, float]] | None = None,
    iterations: int = DEFAULT_ITERATIONS,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    spacing: float = SPACING,
) -> dict[str, tuple[float, float]]:
    """A Fruchterman–Reingold layout: linked actors pull together, all actors push apart.

    Deterministic for the same input and seed, so a re-arranged map looks the same each time.
    ``fixed`` nodes keep their position (the user placed them) but still push and pull the others.
    Edges may carry a weight (the link strength) as third element. ``progress(done, total)`` is
    called once per iteration; it may raise to cancel. Beyond ``EXACT_LIMIT`` nodes repulsion only
    acts between nodes in neighbouring grid cells, which keeps an iteration near O(n + edges).
    Actors without any link take no part in the simulation: they line up in columns beside the
    network, where they read as what they are, instead of drifting into it or far away.
    """
    ids = list(dict.fromkeys(node_ids))
    edges = list(edges)
    known = set(ids)
    fixed = {k: (float(x), float(y)) for k, (x, y) in (fixed or {}).items() if k in known}
    ends = {end for edge in edges if edge[0] != edge[1] for end in edge[:2]}
    loners = [i for i in ids if i not in ends and i not in fixed]
    placed = _simulate([i for i in ids if i not in loners], edges, fixed, iterations, seed, progress, spacing)
    if loners:
        placed.update(_park(loners, placed.values(), spacing))
    if not fixed and placed:  # centre the drawing on the origin, so a fresh map opens in the middle
        xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
        mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        placed = {k: (x - mx, y - my) for k, (x, y) in placed.items()}
    return {k: (round(placed[k][0], 1), round(placed[k][1], 1)) for k in ids}


def _park(
    loners: Sequence[str], others: Iterable[tuple[float, float]], k: float
) -> dict[str, tuple[float, float]]:
    """Columns to the right of the network, as tall as the network, one spacing apart."""
    others = list(others)
    if not others:
        top, bottom, left = 0.0, k * math.sqrt(len(loners)), 0.0
    else:
        top = min(p[1] for p in others)
        bottom = max(p[1] for p in others)
        left = max(p[0] for p in others) + 2 * k
    rows = max(1, int((bottom - top) / k) + 1)
    return {node_id: (left + (n // rows) * 3 * k, top + (n % rows) * k) for n, node_id in enumerate(loners)}


def _simulate(
    ids: Sequence[str],
    edges: Sequence[Edge],
    fixed: Mapping[str, tuple[float, float]],
    iterations: int,
    seed: int,
    progress: Callable[[int, int], None] | None,
    k: float,
) -> dict[str, tuple[float, float]]:
    n = len(ids)
    if n == 0:
        if progress is not None:
            progress(iterations, iterations)
        return {}
    index = {node_id: i for i, node_id in enumerate(ids)}
    pinned = {index[key]: pos for key, pos in fixed.items() if key in index}
    pairs = _edge_weights(edges, index)
    rng = random.Random(seed)
    side = k * math.sqrt(n) * 1.3
    xs, ys = _start(n, pinned, pairs, rng, side)
    free = [i for i in range(n) if i not in pinned]
    if not free:
        return {node_id: (xs[i], ys[i]) for i, node_id in enumerate(ids)}
    cx = sum(xs) / n if pinned else 0.0
    cy = sum(ys) / n if pinned else 0.0
    gravity = GRAVITY if n <= EXACT_LIMIT else GRAVITY * GRID_GRAVITY / math.sqrt(n)
    temperature, final = side / 6, k / 10
    cooling = (final / temperature) ** (1 / max(1, iterations - 1))
    for step in range(iterations):
        dx, dy = [0.0] * n, [0.0] * n
        if n <= EXACT_LIMIT:
            _repel_all(xs, ys, dx, dy, k * k)
        else:
            _repel_grid(xs, ys, dx, dy, k)
        _breathe()
        for (i, j), w in pairs.items():
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            f = math.sqrt(ddx * ddx + ddy * ddy) * w / k
            dx[i] -= ddx * f
            dy[i] -= ddy * f
            dx[j] += ddx * f
            dy[j] += ddy * f
        for i in free:
            gx, gy = dx[i] - (xs[i] - cx) * gravity, dy[i] - (ys[i] - cy) * gravity
            length = math.sqrt(gx * gx + gy * gy)
            if length > 0:
                scale = min(length, temperature) / length
                xs[i] += gx * scale
                ys[i] += gy * scale
        temperature *= cooling
        if progress is not None:
            progress(step + 1, iterations)
    return {node_id: (xs[i], ys[i]) for i, node_id in enumerate(ids)}


def _edge_weights(edges: Iterable[Edge], index: Mapping[str, int]) -> dict[tuple[int, int], float]:
    """One weight per linked pair: several links between two actors pull a little harder."""
    pairs: dict[tuple[int, int], float] = {}
    for edge in edges:
        a, b = index.get(edge[0]), index.get(edge[1])
        if a is None or b is None or a == b:
            continue
        strength = float(edge[2]) if len(edge) > 2 else 1.0  # type: ignore[misc]
        key = (a, b) if a < b else (b, a)
        pairs[key] = min(2.5, pairs.get(key, 0.0) + 0.5 + 0.25 * strength)
    return pairs


def _start(
    n: int,
    pinned: Mapping[int, tuple[float, float]],
    pairs: Mapping[tuple[int, int], float],
    rng: random.Random,
    side: float,
) -> tuple[list[float], list[float]]:
    """Random start in a square; a new node next to a placed neighbour starts beside it."""
    xs = [rng.uniform(-side / 2, side / 2) for _ in range(n)]
    ys = [rng.uniform(-side / 2, side / 2) for _ in range(n)]
    if not pinned:
        return xs, ys
    cx = sum(p[0] for p in pinned.values()) / len(pinned)
    cy = sum(p[1] for p in pinned.values()) / len(pinned)
    near: dict[int, list[int]] = {}
    for i, j in pairs:
        near.setdefault(i, []).append(j)
        near.setdefault(j, []).append(i)
    for i in range(n):
        if i in pinned:
            xs[i], ys[i] = pinned[i]
            continue
        anchors = [pinned[j] for j in near.get(i, ()) if j in pinned]
        if anchors:
            ax = sum(a[0] for a in anchors) / len(anchors)
            ay = sum(a[1] for a in anchors) / len(anchors)
            xs[i], ys[i] = ax + rng.uniform(-20, 20), ay + rng.uniform(-20, 20)
        else:
            xs[i] += cx
            ys[i] += cy
    return xs, ys


class _Breather:
    """Lets other threads take the GIL every millisecond or so.

    The layout runs in a worker thread; without this, each time the UI thread needs Python (a
    model's ``data()``, a paint callback) it waits up to the interpreter's switch interval (5 ms)
    for the busy worker, and a repaint with a hundred such calls stalls the window for half a
    second. ``sleep(0)`` hands the GIL over at once; it is a system call, hence the clock.
    """

    def __init__(self, every: float = 0.001) -> None:
        self.every = every
        self.last = time.perf_counter()

    def __call__(self) -> None:
        now = time.perf_counter()
        if now - self.last >= self.every:
            time.sleep(0)
            self.last = now


_breathe = _Breather()


def _repel_all(xs: list[float], ys: list[float], dx: list[float], dy: list[float], k2: float) -> None:
    """Every pair pushes apart with k²/d (the force along the unit vector is k²/d² times the offset)."""
    n = len(xs)
    for i in range(n):
        xi, yi = xs[i], ys[i]
        fx = fy = 0.0
        for j in range(i + 1, n):
            ddx, ddy = xi - xs[j], yi - ys[j]
            d2 = ddx * ddx + ddy * ddy
            if d2 < 0.01:
                ddx, ddy, d2 = 0.1 * (1 + i % 3), 0.1 * (1 + j % 3), 0.05
            f = k2 / d2
            fx += ddx * f
            fy += ddy * f
            dx[j] -= ddx * f
            dy[j] -= ddy * f
        dx[i] += fx
        dy[i] += fy
        if i % 8 == 0:
            _breathe()


# Each cell is compared with itself and four of its neighbours, so every pair of cells is seen once.
_HALF_NEIGHBOURS = ((1, 0), (1, 1), (0, 1), (-1, 1))


def _repel_grid(xs: list[float], ys: list[float], dx: list[float], dy: list[float], k: float) -> None:
    """Repulsion between nodes closer than 2k only, found through a grid of 2k cells."""
    size = 2 * k
    limit2, k2 = size * size, k * k
    cells: dict[tuple[int, int], list[int]] = {}
    for i in range(len(xs)):
        cells.setdefault((int(xs[i] // size), int(ys[i] // size)), []).append(i)

    def push(i: int, j: int) -> None:
        ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
        d2 = ddx * ddx + ddy * ddy
        if d2 >= limit2:
            return
        if d2 < 0.01:
            ddx, ddy, d2 = 0.1 * (1 + i % 3), 0.1 * (1 + j % 3), 0.05
        f = k2 / d2
        dx[i] += ddx * f
        dy[i] += ddy * f
        dx[j] -= ddx * f
        dy[j] -= ddy * f

    for count, ((gx, gy), members) in enumerate(cells.items()):
        if count % 8 == 0:
            _breathe()
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                push(members[a], members[b])
        for ox, oy in _HALF_NEIGHBOURS:
            other = cells.get((gx + ox, gy + oy))
            if other:
                for i in members:
                    for j in other:
                        push(i, j)
