"""Which tables travel in a .vopi file, derived from the SQLAlchemy models.

Every mapped table with a ``municipality_id`` (the ``Owned`` mixin) and the municipality itself is an
entity; its foreign keys become references, a link table whose first column points at it becomes a
list of UUIDs on it. So a table added later (measure steps, checklist data, …) travels without new
code here. What must stay on this computer is named in ``LOCAL_ONLY``; a test fails for a table that
is neither exported nor listed there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Table

from ..store import models  # noqa: F401 - the models must be mapped before the metadata is read
from ..store.base import Base
from ..store.names import link_pair_key, name_key
from .catalogue_names import record_label

# Tables that are no records of the file: the change log is local history (DESIGN §7); Alembic's
# version table is the schema stamp of this database, not content; the tombstones of deleted records
# travel, but as the file's list of deletions (``tombstones.py``), not as records.
LOCAL_ONLY = frozenset({"change_log", "alembic_version", "deletion"})

# Columns that are not content: the optimistic version counter is local to each database.
LOCAL_COLUMNS = frozenset({"version"})

# Contact persons and what is recorded about them (GDPR): dropped by "ohne personenbezogene Daten".
# Every column named contact_* counts as personal; a model can also mark one with info={"personal": True}.
PERSONAL_COLUMNS = frozenset(
    {
        "legal_basis",
        "consent_date",
        "review_date",
        "responsible_person",
        "responsible",
        "who",  # the person doing a measure step
        "moderation",
        "minute_taker",
    }
)


class _Row:
    """Stands in for SQLAlchemy's insert context, so a derived column's own default computes it."""

    def __init__(self, row: dict[str, object]) -> None:
        self._row = row

    def get_current_parameters(self) -> dict[str, object]:
        return self._row


def _derived(column: Column) -> Callable[[dict[str, object]], object] | None:
    """A derived key (``name_key``, ``pair_key``, store/models.py): a ``*_key`` column, or one marked
    info={"derived": True}, whose default computes it from the row's other values. It is not
    exported and is recomputed on import by that very default."""
    default = column.default
    if not (column.info.get("derived") or column.name.endswith("_key")):
        return None
    if default is None or not getattr(default, "is_callable", False):
        return None
    compute = default.arg  # type: ignore[attr-defined]
    return lambda row: compute(_Row(row))


@dataclass(frozen=True)
class LinkList:
    """A many-to-many table exported as a list of UUIDs on the record of its first column."""

    field: str  # the key in data.json, the relationship's name where there is one
    table: Table
    own_column: str  # points at the record carrying the list
    other_column: str
    other_entity: str


@dataclass(frozen=True)
class Entity:
    name: str  # the table name, also the key in data.json
    table: Table
    columns: tuple[Column, ...]  # exported columns, in table order
    owner: str  # the column naming the municipality ("id" for the municipality itself)
    references: dict[str, str]  # column → entity it points to (besides the owner)
    links: tuple[LinkList, ...]
    personal: frozenset[str]
    derived: dict[str, Callable[[dict[str, object]], object]]
    # Column sets unique besides the id, each with the column whose being set takes a row out of the
    # key (a partial index "deleted_at IS NULL": live rows only), or False.
    unique_keys: tuple[tuple[tuple[str, ...], str | bool], ...]
    # The derived keys of many records at once (the same values as ``derived``, record by record).
    derive_columns: dict[str, Callable[[list[dict[str, Any]]], list[object]]]
    # View state (info={"view": True}: the actors' map positions): travels with a new record, but is
    # never a difference and an update keeps this computer's value (each side arranges its own map).
    view: frozenset[str] = frozenset()

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns) + tuple(link.field for link in self.links)


# The models' derived keys (store/models.py) for a whole column, with store/names.py's functions
# called directly rather than through a SQLAlchemy context per row: 25,000 records of the large demo.
# A test keeps them equal to the models' own defaults.
_COLUMNWISE: dict[str, Callable[[list[dict[str, Any]]], list[object]]] = {
    "name_key": lambda rows: list(map(name_key, map(itemgetter("name"), rows))),
    "pair_key": lambda rows: list(
        map(link_pair_key, map(itemgetter("source_id"), rows), map(itemgetter("target_id"), rows))
    ),
}


def _derive_columns(
    derived: dict[str, Callable[[dict[str, object]], object]],
) -> dict[str, Callable[[list[dict[str, Any]]], list[object]]]:
    def each(
        compute: Callable[[dict[str, object]], object],
    ) -> Callable[[list[dict[str, Any]]], list[object]]:
        return lambda rows: list(map(compute, rows))

    return {name: _COLUMNWISE.get(name) or each(compute) for name, compute in derived.items()}


def _is_personal(column: Column) -> bool:
    return (
        bool(column.info.get("personal"))
        or column.name.startswith("contact_")
        or (column.name in PERSONAL_COLUMNS)
    )


def _unique_keys(table: Table) -> tuple[tuple[tuple[str, ...], str | bool], ...]:
    keys: list[tuple[tuple[str, ...], str | bool]] = []
    for constraint in table.constraints:
        if constraint.__class__.__name__ == "UniqueConstraint":
            keys.append((tuple(c.name for c in constraint.columns), False))
    for index in table.indexes:
        # Partial unique indexes: "barrier_key IS NOT NULL" holds for rows whose key columns are all
        # set (checked by the caller); "deleted_at IS NULL" for live rows only; "actor_id IS NULL" for
        # the municipality's own checklist, not an actor's.
        if index.unique:
            where = str(index.dialect_options["sqlite"].get("where", ""))
            unset = re.fullmatch(r"\s*(\w+) IS NULL\s*", where)
            keys.append((tuple(c.name for c in index.columns), unset.group(1) if unset else False))
    return tuple(k for k in keys if k[0] != ("id",))


def _link_field(table: Table, own: str) -> str:
    """The relationship's name on the owning model (``target_groups``), else the table's name."""
    for mapper in Base.registry.mappers:
        if mapper.local_table.name != own:
            continue
        for rel in mapper.relationships:
            if rel.secondary is table:
                return rel.key
    return table.name


def _link_tables() -> dict[str, list[LinkList]]:
    mapped = {mapper.local_table.name for mapper in Base.registry.mappers}
    links: dict[str, list[LinkList]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in mapped or table.name in LOCAL_ONLY:
            continue
        first, second = (next(iter(c.foreign_keys)).column.table.name for c in table.columns)
        own_col, other_col = (c.name for c in table.columns)
        links.setdefault(first, []).append(
            LinkList(_link_field(table, first), table, own_col, other_col, second)
        )
    return links


@cache
def entities() -> tuple[Entity, ...]:
    """The exported entities, parents before children (the order of inserts)."""
    mapped = {mapper.local_table.name: mapper for mapper in Base.registry.mappers}
    links = _link_tables()
    result = []
    for table in Base.metadata.sorted_tables:
        if table.name not in mapped or table.name in LOCAL_ONLY:
            continue
        names = {c.name for c in table.columns}
        owner = "id" if table.name == "municipality" else "municipality_id"
        if owner not in names:
            continue  # caught by the registry test: neither exported nor local-only
        derived = {c.name: fn for c in table.columns if (fn := _derived(c)) is not None}
        columns = tuple(c for c in table.columns if c.name not in LOCAL_COLUMNS and c.name not in derived)
        references = {
            c.name: next(iter(c.foreign_keys)).column.table.name
            for c in columns
            if c.foreign_keys and c.name != "municipality_id"
        }
        result.append(
            Entity(
                name=table.name,
                table=table,
                columns=columns,
                owner=owner,
                references=references,
                links=tuple(links.get(table.name, ())),
                personal=frozenset(c.name for c in columns if _is_personal(c)),
                view=frozenset(c.name for c in columns if c.info.get("view")),
                derived=derived,
                unique_keys=_unique_keys(table),
                derive_columns=_derive_columns(derived),
            )
        )
    return tuple(result)


def by_name() -> dict[str, Entity]:
    return {e.name: e for e in entities()}


def link_table_names() -> frozenset[str]:
    return frozenset(link.table.name for e in entities() for link in e.links)


def label_of(record: dict[str, object]) -> str:
    """A human name for a record in the preview: its name, title, or its catalogue key's words."""
    return record_label(record, 80) or str(record.get("id", ""))
