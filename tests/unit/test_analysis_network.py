"""Network questions and the force layout: pure functions, no Qt and no database."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pytest

from vopi_desktop.analysis import network as nw
from vopi_desktop.analysis.network import (
    degrees,
    force_layout,
    isolated_migrant_orgs,
    missing_actor_types,
)


@dataclass(frozen=True)
class N:
    id: str
    type: str
    name: str = ""


@dataclass(frozen=True)
class L:
    source: str
    target: str


NODES = [
    N("mo_verein", "migrant_org"),
    N("mo_only_mo", "migrant_org"),
    N("mo_other", "migrant_org"),
    N("mo_alone", "migrant_org"),
    N("mo_office", "migrant_org"),
    N("verein", "verein"),
    N("office", "integration_office"),
    N("other", "other"),
]
LINKS = [
    L("verein", "mo_verein"),  # direction does not matter
    L("mo_only_mo", "mo_verein"),  # a link to another migrant organisation does not count
    L("mo_other", "other"),  # nor one to "other"
    L("mo_office", "office"),
]


def test_isolated_migrant_orgs_are_those_without_a_bridge() -> None:
    assert [n.id for n in isolated_migrant_orgs(NODES, LINKS)] == ["mo_only_mo", "mo_other", "mo_alone"]


def test_every_traditional_or_municipal_type_is_a_bridge() -> None:
    for kind in nw.BRIDGE_TYPES:
        nodes = [N("mo", "migrant_org"), N("x", kind)]
        assert isolated_migrant_orgs(nodes, [L("x", "mo")]) == [], kind
    assert "migrant_org" not in nw.BRIDGE_TYPES and "other" not in nw.BRIDGE_TYPES


def test_isolated_ignores_links_to_actors_not_on_the_map() -> None:
    nodes = [N("mo", "migrant_org")]
    assert [n.id for n in isolated_migrant_orgs(nodes, [L("mo", "gone")])] == ["mo"]
    assert isolated_migrant_orgs([], []) == []


def test_missing_actor_types_none_at_all_or_none_linked() -> None:
    missing = {m.type: m for m in missing_actor_types(NODES, LINKS)}
    assert "verein" not in missing and "integration_office" not in missing and "migrant_org" not in missing
    assert missing["course_provider"].absent and missing["course_provider"].actors == 0
    unlinked = missing_actor_types([*NODES, N("vhs", "course_provider"), N("vhs2", "course_provider")], LINKS)
    course = next(m for m in unlinked if m.type == "course_provider")
    assert (course.absent, course.actors) == (False, 2)
    assert [m.type for m in missing_actor_types([], [])] == list(nw.RELEVANT_TYPES)
    assert "other" not in nw.RELEVANT_TYPES


def test_degrees_count_both_ends() -> None:
    assert degrees(LINKS)["mo_verein"] == 2
    assert degrees([]) == {}


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _graph(n: int, m: int, seed: int = 3) -> tuple[list[str], list[tuple[str, str, float]]]:
    rng = random.Random(seed)
    ids = [f"a{i}" for i in range(n)]
    return ids, [(rng.choice(ids), rng.choice(ids), float(rng.randint(1, 3))) for _ in range(m)]


def test_layout_is_deterministic_for_a_seed() -> None:
    ids, edges = _graph(40, 60)
    first = force_layout(ids, edges, seed=5)
    assert force_layout(ids, edges, seed=5) == first
    assert force_layout(ids, edges, seed=6) != first
    assert set(first) == set(ids)


def test_layout_of_nothing_and_of_one_node() -> None:
    assert force_layout([], []) == {}
    ((node, (x, y)),) = force_layout(["solo"], [("solo", "solo")]).items()
    assert node == "solo" and math.isfinite(x) and math.isfinite(y)


def test_linked_actors_end_up_closer_than_strangers() -> None:
    ids = [f"a{i}" for i in range(12)]
    edges = [("a0", "a1"), ("a1", "a2"), ("a2", "a0"), ("a3", "a4"), ("a4", "a5"), ("a5", "a3")]
    pos = force_layout(ids, edges, seed=1)
    linked = sum(_distance(pos[a], pos[b]) for a, b in edges) / len(edges)
    apart = _distance(pos["a0"], pos["a4"])
    assert linked < apart
    assert linked < 2 * nw.SPACING


def test_disconnected_graph_spreads_out_without_overlaps_or_flying_away() -> None:
    ids = [f"a{i}" for i in range(30)]
    edges = [(f"a{i}", f"a{i + 1}") for i in range(0, 10)]  # one chain, twenty loners
    pos = force_layout(ids, edges, seed=2)
    points = list(pos.values())
    assert all(math.isfinite(c) for p in points for c in p)
    closest = min(_distance(p, q) for i, p in enumerate(points) for q in points[i + 1 :])
    assert closest > nw.SPACING / 4
    extent = max(max(abs(x), abs(y)) for x, y in points)
    assert extent < nw.SPACING * math.sqrt(len(ids)) * 3  # gravity keeps the loners near


def test_fixed_nodes_stay_and_new_ones_join_their_neighbours() -> None:
    ids, edges = _graph(25, 40)
    fixed = {"a0": (500.0, -300.0), "a1": (-120.5, 42.0)}
    pos = force_layout([*ids, "new"], [*edges, ("new", "a0", 3.0)], fixed=fixed, seed=4)
    assert pos["a0"] == (500.0, -300.0)
    assert pos["a1"] == (-120.5, 42.0)
    assert _distance(pos["new"], pos["a0"]) < 3 * nw.SPACING
    only_fixed = force_layout(["a0", "a1"], [], fixed=fixed)
    assert only_fixed == fixed


def test_progress_is_reported_and_can_cancel() -> None:
    ids, edges = _graph(10, 10)
    calls: list[tuple[int, int]] = []
    force_layout(ids, edges, iterations=15, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (1, 15) and calls[-1] == (15, 15) and len(calls) == 15

    class Stop(Exception):
        pass

    def stop(done: int, _total: int) -> None:
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        force_layout(ids, edges, iterations=50, progress=stop)


def test_large_graphs_use_the_grid_and_still_spread() -> None:
    n = nw.EXACT_LIMIT + 100
    ids, edges = _graph(n, int(n * 1.5))
    pos = force_layout(ids, edges, iterations=40, seed=1)
    assert pos == force_layout(ids, edges, iterations=40, seed=1)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    assert all(math.isfinite(v) for v in xs + ys)
    # neither collapsed into a lump nor blown apart: roughly SPACING per actor
    area = (max(xs) - min(xs)) * (max(ys) - min(ys))
    assert 0.2 < area / (n * nw.SPACING**2) < 20
    distinct = {(round(x), round(y)) for x, y in pos.values()}
    assert len(distinct) > 0.95 * n
