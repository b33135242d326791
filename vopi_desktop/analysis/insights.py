"""The insights of the analysis phase in one place, for the Start page and the reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..catalog import Pillar
from .barriers import RatedBarrier, top_barriers
from .coverage import MeasureLike, coverage
from .network import LinkLike, MissingType, NodeLike, isolated_migrant_orgs, missing_actor_types
from .pillars import RoundChange, RoundLike, biggest_change, pillar_averages, scored_rounds, weakest_pillar

B = TypeVar("B", bound=RatedBarrier)
N = TypeVar("N", bound=NodeLike)


@dataclass(frozen=True)
class Insights(Generic[B, N]):
    top_barriers: tuple[B, ...]
    isolated: tuple[N, ...]
    missing_types: tuple[MissingType, ...]
    weakest_pillar: str | None  # pillar key, from the newest round with scores
    weakest_average: float | None
    biggest_change: RoundChange | None
    uncovered: tuple[B, ...] = ()  # barriers rated 2–3 that no planned or running measure addresses

    @property
    def empty(self) -> bool:
        return not (
            self.top_barriers
            or self.isolated
            or self.missing_types
            or self.weakest_pillar
            or self.biggest_change
            or self.uncovered
        )


def build_insights(
    barriers: Sequence[B],
    nodes: Sequence[N],
    links: Sequence[LinkLike],
    rounds: Sequence[RoundLike],
    pillars: Sequence[Pillar] | None = None,
    limit: int = 3,
    measures: Sequence[MeasureLike] | None = None,
) -> Insights[B, N]:
    """``rounds`` in time order. Missing types are only named once some actors are recorded.
    Uncovered barriers are named only when ``measures`` is given (the planning has started)."""
    usable = scored_rounds(rounds)
    averages = pillar_averages(usable[-1].scores, pillars) if usable else {}
    weakest = weakest_pillar(averages)
    return Insights(
        top_barriers=tuple(top_barriers(barriers, limit)),
        isolated=tuple(isolated_migrant_orgs(nodes, links)),
        missing_types=tuple(missing_actor_types(nodes, links)) if nodes else (),
        weakest_pillar=weakest,
        weakest_average=averages.get(weakest) if weakest else None,
        biggest_change=biggest_change(rounds, pillars),
        uncovered=_uncovered(barriers, measures, pillars),
    )


def _uncovered(
    barriers: Sequence[B], measures: Sequence[MeasureLike] | None, pillars: object
) -> tuple[B, ...]:
    if measures is None:
        return ()
    keys = [p.key for p in pillars or ()]  # type: ignore[attr-defined]
    return coverage(barriers, measures, keys).uncovered  # type: ignore[arg-type]
