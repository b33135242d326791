"""Coverage: do the measures answer the barriers that matter? Pure data in, plain answer out.

A barrier rated 2 or 3 is *covered* when a planned or running measure addresses it (a measure that is
only an idea, done or dropped does not carry it forward). Measures that address no barrier and pillars
no measure names are flagged too. The coverage page shows the answer as a matrix; the Start page names
the uncovered barriers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

HIGH = (2, 3)
COVERING = ("planned", "running")  # statuses that count as "a measure is under way"
SHOWN = ("idea", "planned", "running", "done")  # dropped (cancelled) measures leave the matrix


class BarrierLike(Protocol):
    @property
    def id(self) -> str | None: ...

    @property
    def relevance(self) -> int | None: ...

    @property
    def position(self) -> int: ...


class MeasureLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def barrier_ids(self) -> Sequence[str]: ...

    @property
    def pillars(self) -> Sequence[str]: ...


B = TypeVar("B", bound=BarrierLike)
M = TypeVar("M", bound=MeasureLike)


@dataclass(frozen=True)
class Coverage(Generic[B, M]):
    barriers: tuple[B, ...]  # rated 2–3: relevance 3 first, then catalogue order
    measures: tuple[M, ...]  # every measure not dropped
    covered_by: dict[str, tuple[str, ...]]  # barrier id -> ids of the planned/running measures on it
    uncovered: tuple[B, ...]  # rated 2–3 and no planned or running measure addresses it
    without_barrier: tuple[M, ...]  # measures (not dropped) that address no barrier
    pillars_without_measure: tuple[str, ...]  # pillar keys no planned/running/done measure names

    def addresses(self, barrier_id: str, measure_id: str) -> bool:
        return any(measure_id == m.id and barrier_id in m.barrier_ids for m in self.measures)

    def pillar_count(self, barrier_id: str, pillar: str) -> int:
        """How many covering measures on this barrier name this pillar (the barriers × pillars matrix)."""
        ids = set(self.covered_by.get(barrier_id, ()))
        return sum(1 for m in self.measures if m.id in ids and pillar in m.pillars)


def _high(row: BarrierLike) -> bool:
    value = row.relevance
    return not isinstance(value, bool) and value in HIGH and bool(row.id)


def coverage(barriers: Iterable[B], measures: Iterable[M], pillar_keys: Sequence[str]) -> Coverage[B, M]:
    """Barriers rated 2–3 against measures; see the module docstring for what counts."""
    high = sorted((b for b in barriers if _high(b)), key=lambda b: (-(b.relevance or 0), b.position))
    shown = tuple(m for m in measures if m.status in SHOWN)
    covering = [m for m in shown if m.status in COVERING]
    covered_by = {str(b.id): tuple(m.id for m in covering if b.id in m.barrier_ids) for b in high}
    named = {p for m in shown if m.status != "idea" for p in m.pillars}
    return Coverage(
        barriers=tuple(high),
        measures=shown,
        covered_by=covered_by,
        uncovered=tuple(b for b in high if not covered_by[str(b.id)]),
        without_barrier=tuple(m for m in shown if not m.barrier_ids),
        pillars_without_measure=tuple(p for p in pillar_keys if p not in named),
    )
