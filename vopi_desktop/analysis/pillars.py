"""The pillar self-assessment in numbers: averages per pillar, two rounds compared, insights.

Pure functions over plain data, so the page, the reports and the insights use the same figures.
A round is anything with ``id``, ``title`` and ``scores`` (indicator key → ``(score, note)`` or a bare
score); scores of ``None`` mean "not assessed" and never count as zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..catalog import Pillar, load_catalog

ScoreValue = int | None | tuple[int | None, str]


class RoundLike(Protocol):
    id: str
    title: str
    scores: Mapping[str, ScoreValue]


@dataclass(frozen=True)
class IndicatorChange:
    key: str
    pillar: str
    before: int | None
    after: int | None

    @property
    def delta(self) -> int | None:
        """After minus before; None when one of the rounds did not score the indicator."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class PillarChange:
    key: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class Comparison:
    """Round ``before`` against round ``after``: per pillar and per indicator.

    ``improved`` holds the biggest gain first, ``fell_back`` the biggest loss first; ties keep the
    catalogue order. ``not_comparable`` lists indicators scored in only one of the two rounds.
    """

    before_id: str
    after_id: str
    pillars: tuple[PillarChange, ...]
    improved: tuple[IndicatorChange, ...]
    fell_back: tuple[IndicatorChange, ...]
    unchanged: tuple[IndicatorChange, ...]
    not_comparable: tuple[IndicatorChange, ...]


@dataclass(frozen=True)
class RoundChange:
    """The pillar that moved most between two rounds (``change.delta`` may be 0: nothing moved)."""

    before_id: str
    after_id: str
    change: PillarChange


def score_of(value: ScoreValue) -> int | None:
    """The score from a stored value, tolerant of odd data (out of range or non-integer: not assessed)."""
    if isinstance(value, tuple):
        value = value[0] if value else None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        return None
    return value


def _pillars(catalog_pillars: Sequence[Pillar] | None) -> Sequence[Pillar]:
    return load_catalog().pillars if catalog_pillars is None else catalog_pillars


def pillar_averages(
    scores: Mapping[str, ScoreValue], catalog_pillars: Sequence[Pillar] | None = None
) -> dict[str, float | None]:
    """Mean score of each pillar over its scored indicators, in catalogue order; None if none scored.

    Keys the catalogue does not know (from a newer version, say) are ignored.
    """
    result: dict[str, float | None] = {}
    for pillar in _pillars(catalog_pillars):
        values = [v for v in (score_of(scores.get(i.key)) for i in pillar.indicators) if v is not None]
        result[pillar.key] = sum(values) / len(values) if values else None
    return result


def compare(
    before: RoundLike, after: RoundLike, catalog_pillars: Sequence[Pillar] | None = None
) -> Comparison:
    """What improved and what fell back from ``before`` to ``after`` (deltas are after − before)."""
    pillars = _pillars(catalog_pillars)
    avg_before = pillar_averages(before.scores, pillars)
    avg_after = pillar_averages(after.scores, pillars)
    changes = [
        IndicatorChange(i.key, p.key, score_of(before.scores.get(i.key)), score_of(after.scores.get(i.key)))
        for p in pillars
        for i in p.indicators
    ]
    comparable = [c for c in changes if c.delta is not None]
    return Comparison(
        before_id=before.id,
        after_id=after.id,
        pillars=tuple(PillarChange(p.key, avg_before[p.key], avg_after[p.key]) for p in pillars),
        # sorted() is stable, so equal changes stay in catalogue order
        improved=tuple(sorted((c for c in comparable if c.delta > 0), key=lambda c: -c.delta)),
        fell_back=tuple(sorted((c for c in comparable if c.delta < 0), key=lambda c: c.delta)),
        unchanged=tuple(c for c in comparable if c.delta == 0),
        not_comparable=tuple(
            c for c in changes if c.delta is None and (c.before is not None or c.after is not None)
        ),
    )


def weakest_pillar(averages: Mapping[str, float | None]) -> str | None:
    """The pillar with the lowest average (the first in order on a tie).

    None unless every pillar has scores: with one pillar rated, that one is not "the weakest", it is
    the only one known, and naming it would mislead.
    """
    if not averages or any(value is None for value in averages.values()):
        return None
    scored = [
        (round(value, 9), n, key) for n, (key, value) in enumerate(averages.items()) if value is not None
    ]
    return min(scored)[2]


def unscored_pillars(averages: Mapping[str, float | None]) -> list[str]:
    """The pillars without any score yet, in catalogue order."""
    return [key for key, value in averages.items() if value is None]


def scored_rounds(rounds: Sequence[RoundLike]) -> list[RoundLike]:
    """The rounds that carry at least one valid score, in the order given."""
    return [r for r in rounds if any(score_of(v) is not None for v in r.scores.values())]


def biggest_change(
    rounds: Sequence[RoundLike], catalog_pillars: Sequence[Pillar] | None = None
) -> RoundChange | None:
    """The pillar that changed most between the last two rounds with scores (rounds in time order).

    None with fewer than two scored rounds or when no pillar is scored in both. On equal size, a
    fall back wins over a gain (it needs attention first), then catalogue order.
    """
    usable = scored_rounds(rounds)
    if len(usable) < 2:
        return None
    comparison = compare(usable[-2], usable[-1], catalog_pillars)
    candidates = [(n, c) for n, c in enumerate(comparison.pillars) if c.delta is not None]
    if not candidates:
        return None
    # rounded, so 2.2 − 1.8 and 2.0 − 1.6 count as the same size despite binary fractions
    _n, change = min(candidates, key=lambda item: (-round(abs(item[1].delta), 9), item[1].delta, item[0]))
    return RoundChange(comparison.before_id, comparison.after_id, change)
