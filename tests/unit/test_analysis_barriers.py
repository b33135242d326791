"""Top barriers and rating progress: pure functions over rows, including empty and odd data."""

from __future__ import annotations

from dataclasses import dataclass

from vopi_desktop.analysis.barriers import progress, top_barriers


@dataclass(frozen=True)
class Row:
    key: str | None
    relevance: object
    target_group_ids: tuple[str, ...] = ()
    position: int = 27


def _cat(n: int, relevance: object, groups: int = 0) -> Row:
    return Row(f"B{n}", relevance, tuple(f"g{i}" for i in range(groups)), n - 1)


def test_empty_input() -> None:
    assert top_barriers([]) == []
    assert progress([]) == (0, 0)


def test_order_relevance_then_target_groups_then_catalogue() -> None:
    rows = [
        _cat(1, 2, 3),
        _cat(2, 3, 0),
        _cat(3, 3, 2),
        _cat(4, 3, 2),
        _cat(5, 1, 5),
        _cat(6, 0, 4),
        _cat(7, None),
    ]
    assert [r.key for r in top_barriers(rows)] == ["B3", "B4", "B2", "B1"]
    assert [r.key for r in top_barriers(rows, limit=2)] == ["B3", "B4"]


def test_limit_zero_or_negative_gives_nothing() -> None:
    rows = [_cat(1, 3)]
    assert top_barriers(rows, 0) == []
    assert top_barriers(rows, -3) == []


def test_own_barriers_come_after_catalogue_ties_in_their_given_order() -> None:
    own_a = Row(None, 3, ("g",), 27)
    own_b = Row(None, 3, ("g",), 27)
    rows = [own_a, _cat(20, 3, 1), own_b]
    assert top_barriers(rows) == [rows[1], own_a, own_b]


def test_odd_values_are_ignored_not_crashed_on() -> None:
    rows = [
        _cat(1, 7),  # out of range
        _cat(2, "3"),  # a string from a broken import
        _cat(3, True),  # a bool is not a rating
        _cat(4, -1),
        Row("B5", 2, ("g", "g", "g"), 4),  # duplicate ids count once
        Row("B6", 2, ("a", "b"), 5),
    ]
    assert [r.key for r in top_barriers(rows)] == ["B6", "B5"]
    assert progress(rows) == (2, 6)


def test_progress_counts_catalogue_only() -> None:
    rows = [_cat(n, 1 if n <= 18 else None) for n in range(1, 28)] + [Row(None, 3)]
    assert progress(rows) == (18, 27)
    assert progress([Row(None, 3)]) == (0, 0)
