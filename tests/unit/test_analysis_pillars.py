"""Pillar averages, comparisons and insights, including empty, partial and odd data."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from vopi_desktop.analysis.pillars import (
    biggest_change,
    compare,
    pillar_averages,
    score_of,
    weakest_pillar,
)
from vopi_desktop.catalog import load_catalog

PILLARS = load_catalog("de").pillars
KEYS = [i.key for p in PILLARS for i in p.indicators]


@dataclass(frozen=True)
class R:
    id: str
    scores: dict = field(default_factory=dict)
    title: str = ""


def _all(values: str) -> dict[str, tuple[int | None, str]]:
    """Twenty scores in catalogue order; '-' leaves one out."""
    return {k: (None if v == "-" else int(v), "") for k, v in zip(KEYS, values.split(), strict=True)}


def test_catalogue_has_four_pillars_of_five() -> None:
    assert [len(p.indicators) for p in PILLARS] == [5, 5, 5, 5]


def test_averages_of_a_full_round() -> None:
    scores = _all("1 2 3 4 5  2 2 2 2 2  5 5 5 5 5  1 1 1 1 2")
    assert pillar_averages(scores, PILLARS) == {
        "encounter": 3.0,
        "participation": 2.0,
        "diversity": 5.0,
        "eye_level": pytest.approx(1.2),
    }


def test_averages_of_empty_and_partial_rounds() -> None:
    assert pillar_averages({}, PILLARS) == dict.fromkeys(
        ("encounter", "participation", "diversity", "eye_level")
    )
    partial = {"encounter.1": (4, ""), "encounter.2": (None, "noch offen"), "diversity.5": 1}
    assert pillar_averages(partial, PILLARS) == {
        "encounter": 4.0,
        "participation": None,
        "diversity": 1.0,
        "eye_level": None,
    }


def test_odd_values_count_as_not_assessed() -> None:
    odd = {"encounter.1": 0, "encounter.2": 9, "encounter.3": (True, ""), "encounter.4": "3",
           "encounter.5": (), "unknown.1": 5, "participation.1": 2}  # fmt: skip
    assert pillar_averages(odd)["encounter"] is None
    assert pillar_averages(odd)["participation"] == 2.0
    assert [score_of(v) for v in (1, 5, (3, "x"), None, 2.5)] == [1, 5, 3, None, None]


def test_compare_sorts_by_size_of_change() -> None:
    before = R("a", _all("1 1 1 1 1  3 3 3 3 3  2 2 2 2 2  4 4 4 4 4"))
    after = R("b", _all("3 1 2 1 5  3 3 3 3 1  2 2 - 2 2  4 3 4 4 4"))
    c = compare(before, after, PILLARS)
    assert (c.before_id, c.after_id) == ("a", "b")
    assert [(x.key, x.delta) for x in c.improved] == [
        ("encounter.5", 4),
        ("encounter.1", 2),
        ("encounter.3", 1),
    ]
    assert [(x.key, x.delta) for x in c.fell_back] == [("participation.5", -2), ("eye_level.2", -1)]
    assert [x.key for x in c.not_comparable] == ["diversity.3"]
    assert len(c.unchanged) == 20 - 3 - 2 - 1
    by_key = {p.key: p for p in c.pillars}
    assert by_key["encounter"].delta == pytest.approx(1.4)
    assert by_key["participation"].delta == pytest.approx(-0.4)
    assert by_key["diversity"].delta == 0  # the gap does not pull the average
    assert by_key["eye_level"].before == 4.0


def test_compare_with_an_empty_round() -> None:
    c = compare(R("a"), R("b", _all("3 " * 20)), PILLARS)
    assert c.improved == c.fell_back == c.unchanged == ()
    assert len(c.not_comparable) == 20
    assert all(p.delta is None and p.after == 3.0 for p in c.pillars)
    assert compare(R("a"), R("b")).not_comparable == ()


def test_weakest_pillar() -> None:
    assert weakest_pillar({"a": 2.5, "b": 1.5, "c": 3.0}) == "b"
    assert weakest_pillar({"a": 2.5, "b": 1.5, "c": None}) is None  # only when every pillar has scores
    assert weakest_pillar({"a": 1.0, "b": None}) is None  # one pillar rated is not "the weakest"
    assert weakest_pillar({"a": 2.0, "b": 2.0}) == "a"  # a tie: the first in catalogue order
    assert weakest_pillar({"a": 0.1 + 0.2, "b": 0.3}) == "a"  # binary fractions are no tie-breaker
    assert weakest_pillar({"a": None, "b": None}) is None
    assert weakest_pillar({}) is None


def test_biggest_change_uses_the_last_two_scored_rounds() -> None:
    base = R("base", _all("1 1 1 1 1  1 1 1 1 1  1 1 1 1 1  1 1 1 1 1"))
    mid = R("mid", _all("2 2 2 2 2  1 1 1 1 1  1 1 1 1 1  1 1 1 1 1"))
    last = R("last", _all("2 2 2 2 2  1 1 1 1 1  3 3 3 3 3  1 1 1 1 1"))
    empty = R("planned")
    change = biggest_change([base, mid, last, empty], PILLARS)
    assert change is not None
    assert (change.before_id, change.after_id, change.change.key) == ("mid", "last", "diversity")
    assert change.change.delta == 2.0
    assert biggest_change([base, empty, mid], PILLARS).change.key == "encounter"  # type: ignore[union-attr]


def test_biggest_change_prefers_a_fall_back_on_equal_size() -> None:
    a = R("a", {"encounter.1": 3, "diversity.1": 3})
    b = R("b", {"encounter.1": 4, "diversity.1": 2})
    assert biggest_change([a, b], PILLARS).change.key == "diversity"  # type: ignore[union-attr]


def test_biggest_change_needs_two_rounds_that_share_a_pillar() -> None:
    full = R("x", _all("3 " * 20))
    assert biggest_change([], PILLARS) is None
    assert biggest_change([full], PILLARS) is None
    assert biggest_change([full, R("empty")], PILLARS) is None
    only_encounter = R("a", {"encounter.1": 2})
    only_diversity = R("b", {"diversity.1": 4})
    assert biggest_change([only_encounter, only_diversity], PILLARS) is None
    same = biggest_change([full, R("y", _all("3 " * 20))], PILLARS)
    assert same is not None and same.change.delta == 0
