"""The deletions an import takes over from a file (``exchange/tombstones.py``), inside its one
transaction: each record goes the way a user's delete in the app takes it — an actor into the
trash, a measure's ideas "selected" again, children and links by the database's and the models'
cascades — with a change-log row, and the file's tombstones are kept here (with the sender's time)
so a file sent on carries them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...lang import t
from ..base import Base, utcnow
from ..deletions import Deletion, remember
from ..errors import StaleRecordError
from ..models import ChangeLog, Idea
from .measures import _follow  # the measure service's own rule for its ideas


@dataclass(frozen=True)
class RecordDelete:
    """One record to delete here: its table, id, the version the preview read, to the trash or not."""

    table: str
    id: str
    version: int
    trash: bool
    label: str


def models() -> dict[str, Any]:
    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}


def tombstones(s: Session, municipality_ids: list[str] | None) -> list[dict[str, Any]]:
    """The tombstones of these municipalities (all when None), as dicts."""
    query = select(Deletion.id, Deletion.municipality_id, Deletion.entity, Deletion.deleted_at)
    if municipality_ids is not None:
        query = query.where(Deletion.municipality_id.in_(municipality_ids))
    return [dict(row._mapping) for row in s.execute(query)]


def delete_records(s: Session, deletes: list[RecordDelete], who: str, about: str, stale: str) -> int:
    """Delete (or trash) each record as the app's own delete does; a record changed or deleted since
    the preview aborts everything (``stale``). Returns how many."""
    classes = models()
    for gone in deletes:
        model = classes[gone.table]
        row = s.get(model, gone.id)
        if row is None or row.version != gone.version:
            raise StaleRecordError(stale)
        mid = row.municipality_id
        if gone.trash:
            row.deleted_at = utcnow()  # ActorService.trash: hidden, links and references kept
        else:
            if gone.table == "measure":  # MeasureService.delete: its ideas are "selected" again
                ideas = list(s.scalars(select(Idea.id).where(Idea.measure_id == row.id)))
                _follow(s, ideas, (row.id, "in_measure"), (None, "selected"))
            s.delete(row)
        # as the services log a delete ("trash: " marks the trash), with the file it came from
        summary = ("trash: " if gone.trash else "") + gone.label + t(f" (aus {about})", f" (from {about})")
        s.add(
            ChangeLog(
                who=who,
                municipality_id=mid,
                action="delete",
                entity=gone.table,
                entity_id=gone.id,
                summary=summary[:500],
            )
        )
    s.flush()
    return len(deletes)


def keep_tombstones(s: Session, rows: list[tuple[str, str, str, datetime]]) -> None:
    """The file's tombstones (entity, id, municipality, time) stored here as the sender's."""
    remember(
        s.connection(),
        [{"id": i, "municipality_id": m, "entity": e, "deleted_at": at} for e, i, m, at in rows],
    )
