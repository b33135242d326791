"""Checklist progress per section and overall, not-relevant items leaving the count, overdue items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vopi_desktop.analysis.checklists import Progress, count, is_overdue, overdue, progress

TODAY = date(2026, 3, 1)


@dataclass(frozen=True)
class Item:
    section: str
    status: str
    due_on: date | None = None


def test_empty_checklist_has_no_share() -> None:
    result = progress([], ["a", "b"])
    assert result.overall == Progress() and result.overall.share is None and result.overall.percent is None
    assert list(result.sections) == ["a", "b"]


def test_not_relevant_leaves_the_count() -> None:
    items = [Item("a", "done"), Item("a", "open"), Item("a", "not_relevant"), Item("b", "in_progress")]
    result = progress(items, ["a", "b"])
    assert result.sections["a"] == Progress(done=1, open=1, not_relevant=1)
    assert result.sections["a"].percent == 50  # 1 of 2 counted, not 1 of 3
    assert result.sections["b"].percent == 0
    assert result.overall.counted == 3 and result.overall.total == 4
    assert result.overall.percent == 33
    marked = [*items[:3], Item("b", "not_relevant")]
    assert progress(marked).overall.percent == 50


def test_all_not_relevant_is_no_progress_rather_than_zero_or_full() -> None:
    result = progress([Item("a", "not_relevant")] * 3)
    assert result.overall.share is None and result.overall.not_relevant == 3


def test_percent_rounds_down_so_only_all_done_is_100() -> None:
    items = [Item("a", "done")] * 25 + [Item("a", "open")]
    assert progress(items).overall.percent == 96
    assert progress([Item("a", "done")] * 26).overall.percent == 100


def test_sections_keep_catalogue_order_and_own_sections_follow() -> None:
    result = progress([Item("z", "done"), Item("b", "done")], ["a", "b"])
    assert list(result.sections) == ["a", "b", "z"]


def test_unknown_status_counts_as_open() -> None:
    assert count(["weird", "done"]) == Progress(done=1, open=1)


def test_overdue_only_active_items_with_past_due_date() -> None:
    items = [
        Item("a", "open", date(2026, 2, 1)),
        Item("a", "in_progress", date(2026, 1, 1)),
        Item("a", "done", date(2025, 1, 1)),
        Item("a", "not_relevant", date(2025, 1, 1)),
        Item("a", "open", TODAY),
        Item("a", "open", None),
    ]
    assert overdue(items, TODAY) == [items[1], items[0]]
    assert not is_overdue(items[4], TODAY)
