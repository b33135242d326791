"""Coverage of barriers rated 2–3 by measures: the pure function, no database."""

from __future__ import annotations

from dataclasses import dataclass

from vopi_desktop.analysis.coverage import coverage

PILLARS = ("encounter", "participation", "diversity", "eye_level")


@dataclass(frozen=True)
class B:
    id: str | None
    relevance: int | None
    position: int = 0


@dataclass(frozen=True)
class M:
    id: str
    status: str = "planned"
    barrier_ids: tuple[str, ...] = ()
    pillars: tuple[str, ...] = ()


BARRIERS = [B("b1", 3, 0), B("b2", 2, 1), B("b3", 1, 2), B("b4", None, 3), B(None, None, 4), B("b5", 3, 5)]


def test_no_measures_every_high_barrier_is_uncovered_and_every_pillar_empty() -> None:
    result = coverage(BARRIERS, [], PILLARS)
    assert [b.id for b in result.barriers] == ["b1", "b5", "b2"]  # relevance 3 first, then catalogue order
    assert [b.id for b in result.uncovered] == ["b1", "b5", "b2"]
    assert result.pillars_without_measure == PILLARS
    assert result.without_barrier == ()


def test_no_ratings_nothing_to_cover() -> None:
    result = coverage([B("b1", None), B("b2", 0), B("b3", 1)], [M("m1", barrier_ids=("b1",))], PILLARS)
    assert result.barriers == () and result.uncovered == ()
    assert [m.id for m in result.measures] == ["m1"]


def test_a_dropped_measure_covers_nothing_and_leaves_the_matrix() -> None:
    dropped = M("m1", "cancelled", ("b1", "b2"), ("encounter",))
    result = coverage(BARRIERS, [dropped], PILLARS)
    assert [b.id for b in result.uncovered] == ["b1", "b5", "b2"]
    assert result.measures == ()
    assert "encounter" in result.pillars_without_measure


def test_only_planned_and_running_measures_cover() -> None:
    measures = [
        M("m1", "planned", ("b1",), ("encounter",)),
        M("m2", "running", ("b2", "b3"), ("participation",)),
        M("m3", "idea", ("b5",), ("diversity",)),
        M("m4", "done", ("b5",), ("eye_level",)),
    ]
    result = coverage(BARRIERS, measures, PILLARS)
    assert [b.id for b in result.uncovered] == ["b5"]
    assert result.covered_by == {"b1": ("m1",), "b5": (), "b2": ("m2",)}
    assert result.addresses("b5", "m3") and not result.addresses("b1", "m2")
    assert result.pillars_without_measure == ("diversity",)  # an idea names no pillar yet; done does
    assert result.pillar_count("b1", "encounter") == 1 and result.pillar_count("b1", "diversity") == 0


def test_measures_with_no_barrier_are_flagged() -> None:
    result = coverage(BARRIERS, [M("m1"), M("m2", barrier_ids=("b1",)), M("m3", "cancelled")], PILLARS)
    assert [m.id for m in result.without_barrier] == ["m1"]


def test_odd_stored_relevance_counts_as_not_rated() -> None:
    result = coverage([B("b1", True), B("b2", 7)], [], PILLARS)  # type: ignore[arg-type]
    assert result.barriers == ()
