"""An idea row (with its measure) as ``Idea``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dto.events import Idea

if TYPE_CHECKING:
    from ..models import Idea as IdeaRow
    from ..models import Measure as MeasureRow


def to_dto(row: IdeaRow, measure: MeasureRow | None = None) -> Idea:
    return Idea(
        id=row.id,
        municipality_id=row.municipality_id,
        event_id=row.event_id,
        text=row.text,
        pillar=row.pillar,
        votes=row.votes,
        status=row.status,
        reject_reason=row.reject_reason,
        measure_id=row.measure_id,
        measure_title=measure.title if measure else "",
        measure_status=measure.status if measure else "",
        version=row.version,
    )
