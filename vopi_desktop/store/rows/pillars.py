"""A pillar round row (with its scores) as ``Round``, and the rounds' order."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..dto.pillars import Round

if TYPE_CHECKING:
    from ..models import PillarRound


def to_dto(row: PillarRound) -> Round:
    return Round(
        id=row.id,
        municipality_id=row.municipality_id,
        title=row.title,
        kind=row.kind,
        held_on=row.held_on,
        participants=row.participants,
        version=row.version,
        scores={s.indicator_key: (s.score, s.note) for s in row.scores},
        score_versions={s.indicator_key: s.version for s in row.scores},
    )


def round_order(r: Round) -> tuple[bool, date]:
    """Time order (held_on IS NULL, held_on, created_at): undated rounds are planned, so they come last.

    Same-date rounds keep the order of the query (created_at, id), since sorted() is stable. The
    Start page's progress (municipality._latest_round_scores, snapshot.COUNTS_SQL) picks the
    last round of this order.
    """
    return (r.held_on is None, r.held_on or date.min)
