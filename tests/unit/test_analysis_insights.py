"""The combined insights: empty data, and which facts are picked."""

from __future__ import annotations

from dataclasses import dataclass, field

from vopi_desktop.analysis.insights import build_insights


@dataclass(frozen=True)
class Row:
    key: str | None
    relevance: int | None
    target_group_ids: tuple[str, ...] = ()
    position: int = 0
    title: str = ""


@dataclass(frozen=True)
class Node:
    id: str
    type: str
    name: str = ""


@dataclass(frozen=True)
class Link:
    source: str
    target: str


@dataclass(frozen=True)
class Round:
    id: str
    title: str
    scores: dict = field(default_factory=dict)


def test_empty_workspace_has_no_insights() -> None:
    insights = build_insights([], [], [], [])
    assert insights.empty
    assert insights.missing_types == ()  # no actors yet: nothing to call missing


def test_picks_top_barrier_isolated_org_weakest_pillar_and_change() -> None:
    barriers = [Row("B1", 3, ("t1", "t2"), 0, "Wissenslücke"), Row("B2", 1, (), 1), Row("B3", None, (), 2)]
    nodes = [Node("m1", "migrant_org"), Node("m2", "migrant_org"), Node("v", "verein")]
    links = [Link("m1", "v")]
    base = {f"{p}.{i}": 3 for p in ("participation", "eye_level") for i in range(1, 6)}
    base |= {f"encounter.{i}": 4 for i in range(1, 6)} | {f"diversity.{i}": 2 for i in range(1, 6)}
    follow = dict(base) | {f"encounter.{i}": 2 for i in range(1, 6)}
    insights = build_insights(
        barriers, nodes, links, [Round("a", "Basis", base), Round("b", "Folge", follow)]
    )
    assert [b.key for b in insights.top_barriers] == ["B1"]
    assert [n.id for n in insights.isolated] == ["m2"]
    assert insights.weakest_pillar in ("encounter", "diversity")
    assert insights.weakest_average == 2.0
    assert insights.biggest_change is not None
    assert insights.biggest_change.change.key == "encounter"
    assert insights.biggest_change.change.delta == -2.0
    assert "course_provider" in {m.type for m in insights.missing_types}
    assert not insights.empty


def test_no_weakest_pillar_until_every_pillar_has_scores() -> None:
    one = {f"encounter.{i}": 1 for i in range(1, 6)}
    insights = build_insights([], [], [], [Round("a", "Basis", one)])
    assert insights.weakest_pillar is None and insights.weakest_average is None


@dataclass(frozen=True)
class RatedRow:
    id: str
    key: str | None
    relevance: int | None
    target_group_ids: tuple[str, ...] = ()
    position: int = 0
    title: str = ""


@dataclass(frozen=True)
class Plan:
    id: str
    status: str
    barrier_ids: tuple[str, ...] = ()
    pillars: tuple[str, ...] = ()


def test_important_barriers_without_a_measure() -> None:
    rows = [RatedRow("a", "B1", 3, position=0), RatedRow("b", "B2", 2, position=1), RatedRow("c", "B3", 1)]
    assert build_insights(rows, [], [], []).uncovered == ()  # planning not asked about
    measures = [Plan("m1", "running", ("a",)), Plan("m2", "cancelled", ("b",))]
    insights = build_insights(rows, [], [], [], measures=measures)
    assert [b.id for b in insights.uncovered] == ["b"]
    assert not insights.empty
