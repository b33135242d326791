"""An event row (with its organisations) as ``Event``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..dto.events import Event, Idea

if TYPE_CHECKING:
    from ..models import Event as EventRow


def to_dto(row: EventRow, ideas: Sequence[Idea] = ()) -> Event:
    return Event(
        id=row.id,
        municipality_id=row.municipality_id,
        kind=row.kind,
        title=row.title,
        held_on=row.held_on,
        time_from=row.time_from,
        time_to=row.time_to,
        place=row.place,
        moderation=row.moderation,
        minute_taker=row.minute_taker,
        participants_total=row.participants_total,
        participants_migration=row.participants_migration,
        organisation_ids=tuple(a.id for a in row.organisations),
        agenda=row.agenda,
        results=row.results,
        decisions=row.decisions,
        open_points=row.open_points,
        next_date=row.next_date,
        protocol=dict(row.protocol or {}),
        ideas=tuple(ideas),
        version=row.version,
        updated_at=row.updated_at,
    )
