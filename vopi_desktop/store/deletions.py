"""Tombstones: the ids of a municipality's records deleted here (migration 0008), so a full .vopi file
can tell a receiver what is gone (exchange/tombstones.py) — ids only, never content.

Every ORM delete of an owned record leaves one, whichever service did it (a measure deleted, a step
dropped from the measure form, an actor purged from the trash), by the mapper event below; rows the
database removes by ``ON DELETE CASCADE`` leave none: the receiver's delete of the parent removes
them the same way. A record brought back later (undo, an import) keeps its tombstone, which the
export leaves out while the record exists; a second delete replaces it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Uuid, delete, event, insert
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Owned, UTCDateTime, utcnow


class Deletion(Base):
    """One record deleted here: which kind (the table), its id, its municipality, when."""

    __tablename__ = "deletion"
    id: Mapped[str] = mapped_column(Uuid(as_uuid=False), primary_key=True)  # the deleted record's
    municipality_id: Mapped[str] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    entity: Mapped[str] = mapped_column(String(40))
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime)


def remember(connection: Any, rows: list[dict[str, Any]]) -> None:
    """Write tombstones (id, municipality_id, entity, deleted_at), replacing earlier ones of the ids."""
    table = Deletion.__table__
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), 500):
        connection.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
    if rows:
        connection.execute(insert(table), rows)


@event.listens_for(Owned, "after_delete", propagate=True)
def _deleted(_mapper: Any, connection: Any, target: Owned) -> None:
    remember(
        connection,
        [
            {
                "id": target.id,
                "municipality_id": target.municipality_id,
                "entity": target.__tablename__,  # type: ignore[attr-defined]
                "deleted_at": utcnow(),
            }
        ],
    )
