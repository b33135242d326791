"""Tombstones: the ids of a municipality's records deleted here (migration 0008), so a full .vopi file
can tell a receiver what is gone (exchange/tombstones.py) — ids only, never content.

Every ORM delete of an owned record leaves one, whichever service did it (a measure deleted, a step
dropped from the measure form, an actor purged from the trash), by the mapper events below, and so
does every owned row the database deletes with it by ``ON DELETE CASCADE`` (a purged actor's
engagement opportunities, links and checklists, found from the foreign keys just before): a
receiver that only moves the actor to its trash still learns that those are gone. A record brought
back later (undo, an import) keeps its tombstone, which the export leaves out while the record
exists; a second delete replaces it. A municipality's own delete leaves none (nothing of it is left
to tell anyone about).
"""

from functools import cache
from typing import Any

from sqlalchemy import Column, Table, delete, event, insert, select

from . import tables
from .base import Base, Owned, utcnow


class Deletion(Base):
    """One record deleted here: which kind (the table), its id, its municipality, when."""

    __table__ = tables.deletion


BATCH = 500  # ids per IN (...) list


def remember(connection: Any, rows: list[dict[str, Any]]) -> None:
    """Write tombstones (id, municipality_id, entity, deleted_at), replacing earlier ones of the ids."""
    table = Deletion.__table__
    rows = list({row["id"]: row for row in rows}.values())
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), BATCH):
        connection.execute(delete(table).where(table.c.id.in_(ids[start : start + BATCH])))
    if rows:
        connection.execute(insert(table), rows)


@cache
def _cascades() -> dict[str, list[tuple[Table, Column]]]:
    """Table name → the owned tables (with their column) whose rows the database deletes with a row
    of it; the municipality's own cascade left out."""
    owned = {m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, Owned)}
    found: dict[str, list[tuple[Table, Column]]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in owned:
            continue
        for key in table.foreign_keys:
            if key.ondelete == "CASCADE" and key.parent.name != "municipality_id":
                found.setdefault(key.column.table.name, []).append((table, key.parent))
    return found


@event.listens_for(Owned, "before_delete", propagate=True)
def _cascading(_mapper: Any, connection: Any, target: Owned) -> None:
    """The rows the database will delete with ``target``, and theirs in turn."""
    rows: list[dict[str, Any]] = []
    frontier = [(target.__table__.name, [target.id])]  # type: ignore[attr-defined]
    now = utcnow()
    while frontier:
        name, ids = frontier.pop()
        for table, column in _cascades().get(name, ()):
            for start in range(0, len(ids), BATCH):
                query = select(table.c.id, table.c.municipality_id).where(
                    column.in_(ids[start : start + BATCH])
                )
                found = connection.execute(query).all()
                rows += [
                    {"id": i, "municipality_id": m, "entity": table.name, "deleted_at": now} for i, m in found
                ]
                if found:
                    frontier.append((table.name, [i for i, _ in found]))
    if rows:
        remember(connection, rows)


@event.listens_for(Owned, "after_delete", propagate=True)
def _deleted(_mapper: Any, connection: Any, target: Owned) -> None:
    remember(
        connection,
        [
            {
                "id": target.id,
                "municipality_id": target.municipality_id,
                "entity": target.__table__.name,  # type: ignore[attr-defined]
                "deleted_at": utcnow(),
            }
        ],
    )
