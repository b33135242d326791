"""Insights over barrier assessments: which barriers matter most, and how far the rating has got."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

TOP_MIN_RELEVANCE = 2  # "medium" and "high": a low-rated barrier is no headline for the council


class RatedBarrier(Protocol):
    """What these functions read from a row (``store.dto.barriers.BarrierRow`` fits)."""

    @property
    def key(self) -> str | None: ...

    @property
    def relevance(self) -> int | None: ...

    @property
    def target_group_ids(self) -> Sequence[str]: ...

    @property
    def position(self) -> int: ...


B = TypeVar("B", bound=RatedBarrier)


def _relevance(row: RatedBarrier) -> int | None:
    """The relevance if it is a usable 0..3 number; odd stored values count as not assessed."""
    value = row.relevance
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
        return None
    return value


def top_barriers(rows: Iterable[B], limit: int = 5) -> list[B]:
    """The barriers to tackle first: rated at least medium, highest relevance first.

    Ties go to the barrier that touches more target groups (it reaches more people), then to the
    catalogue order, then to the order given (own barriers keep their creation order).
    """
    if limit <= 0:
        return []
    candidates = [
        (index, row) for index, row in enumerate(rows) if (_relevance(row) or 0) >= TOP_MIN_RELEVANCE
    ]
    candidates.sort(
        key=lambda item: (
            -(_relevance(item[1]) or 0),
            -len(set(item[1].target_group_ids or ())),
            item[1].position,
            item[0],
        )
    )
    return [row for _, row in candidates[:limit]]


def progress(rows: Iterable[RatedBarrier]) -> tuple[int, int]:
    """(assessed, total) over the catalogue barriers; own barriers do not change "18 of 27 rated"."""
    catalogue = [row for row in rows if row.key is not None]
    assessed = sum(1 for row in catalogue if _relevance(row) is not None)
    return assessed, len(catalogue)
