"""Core rows that the services' ``to_dto`` functions read as they read ORM objects (the documents'
bulk reads, ``report_reads.py``): no identity map, no per-object state, no relationship loaders.

A Core row of a mapped table carries the attributes' names (every column is named as its attribute);
what ``to_dto`` reads through a relationship is filled in from one query per link table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    String,
    Table,
    TypeDecorator,
    Uuid,
    select,
    type_coerce,
)

from .rows.actors import dashed


class DashedUuid(TypeDecorator[str]):
    """A UUID read as the database hands it out and dashed here: SQLAlchemy's own ``Uuid`` makes a
    ``uuid.UUID`` of every value on SQLite (about 5 µs each; the documents read some 15,000)."""

    impl = String
    cache_ok = True

    def process_result_value(self, value: Any, dialect: object) -> str | None:
        # SQLite: 32 hex digits; PostgreSQL (psycopg): a uuid.UUID, whose text is dashed
        return None if value is None else dashed(value) if isinstance(value, str) else str(value)


_DASHED = DashedUuid()


def columns(*items: Table | ColumnElement[Any]) -> list[ColumnElement[Any]]:
    """What to select: the columns of each table (or the column) given, UUIDs read as ``DashedUuid``
    under their own names."""
    out: list[ColumnElement[Any]] = []
    for item in items:
        for column in item.c if isinstance(item, Table) else (item,):
            is_uuid = isinstance(column, Column) and isinstance(column.type, Uuid)
            out.append(type_coerce(column, _DASHED).label(column.key) if is_uuid else column)
    return out


class Record(SimpleNamespace):
    """A Core row with its relationships filled in, for a service's ``to_dto``."""


class Ref:
    """A related record of which ``to_dto`` reads the id only (``g.id for g in row.target_groups``)."""

    __slots__ = ("id",)

    def __init__(self, id_: str) -> None:
        self.id = id_


def linked(
    s: Connection, left: Column, right: Column, owner: Table, ids: Sequence[str]
) -> dict[str, list[Ref]]:
    """A link table's right ids by left id, for the left records (``owner``) of these municipalities."""
    query = (
        select(*columns(left, right)).join(owner, owner.c.id == left).where(owner.c.municipality_id.in_(ids))
    )
    out: dict[str, list[Ref]] = defaultdict(list)
    for key, other in s.execute(query):
        out[key].append(Ref(other))
    return out


def records(rows: Iterable[Any], **related: dict[str, Any]) -> list[Record]:
    """Each row as a ``Record``, with ``related[name][row.id]`` (or an empty list) as ``name``."""
    return [
        Record(**row._mapping, **{name: found.get(row.id, []) for name, found in related.items()})
        for row in rows
    ]
