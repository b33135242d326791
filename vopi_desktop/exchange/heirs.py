"""A file's record that takes over the name of a record the file deleted (the town purged the actor
"Elterncafé Nord" and made a new one of that name): its name depends on how the deletion is decided.

Deleted here too (or trashed), the name is free and the file's record takes it. Kept here ("Meins
behalten", per deletion in the preview, for all, or ``--prefer local``), the two are kept apart as
„Elterncafé Nord (importiert)“, as any name held here by a different record (``names_apart.py``).
Both names are worked out once when the plan is made; ``follow_heirs`` switches between them whenever a
deletion is decided, so the preview and ``import --dry-run`` say it and the write never runs into
the unique index of live names (which refused the whole import without naming the record).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .names_apart import NAME_KEY, _free_name, ids_by_key
from .registry import Entity, by_name, entities

if TYPE_CHECKING:
    from .document import Incoming, Record
    from .tombstones import Gone


@dataclass(slots=True)
class Variant:
    """What the plan says of the heir under one of its names (differs only for a record here)."""

    status: str
    differences: Sequence[Any]
    newer: str
    trashed_here: bool


@dataclass(slots=True)
class Heir:
    entity: str
    id: str
    gone_id: str  # the record here whose name it takes
    name: str  # the file's name: taken when the record here is deleted
    apart: str  # „… (importiert)“: taken when the record here is kept
    item: Any = None  # the plan's Item
    variants: dict[bool, Variant] = field(default_factory=dict)  # by "the record here is deleted"


def find_heirs(incoming: Incoming, local: dict[str, list[dict]], gone: Sequence[Gone]) -> list[Heir]:
    """The file's live records whose name (as the unique index compares it) a record here holds
    that the file deleted. Call after ``keep_names_apart`` freed every deleted record's name."""
    gone_ids = {g.id for g in gone}
    heirs: list[Heir] = []
    for entity in entities():
        if entity.owner == "id":
            continue
        for key, live_only in entity.unique_keys:
            if NAME_KEY not in key:
                continue
            leaving = [r for r in local[entity.name] if r["id"] in gone_ids]
            freed = ids_by_key(leaving, key, live_only)
            if not freed:
                continue
            live = [r for r in incoming.records[entity.name] if not (live_only and r.get(live_only))]
            taking = [r for r in live if freed.get(_key(r, key), r["id"]) != r["id"]]
            if not taking:
                continue
            here = ids_by_key(local[entity.name], key, live_only)
            in_file = {_key(r, key): r["id"] for r in live}
            names_here = {row["id"]: row["name"] for row in local[entity.name]}
            for record in taking:
                name, gone_id = record["name"], freed[_key(record, key)]
                _free_name(entity, record, key, here, in_file, names_here.get(record["id"]))
                heirs.append(Heir(entity.name, record["id"], gone_id, name, record["name"]))
                _rename(entity, record, name)  # the plan is made with the name free, as decided first
    return heirs


def heir_variants(heirs: Sequence[Heir], entity: str, remake: Callable[[Record], Any]) -> None:
    """Both variants of each heir of ``entity`` that exists here (``remake``: the plan's item for a
    record): under the file's name (the plan's item as made) and kept apart."""
    for heir in heirs:
        if heir.entity != entity or heir.item is None or heir.item.status == "new":
            continue
        record, item = heir.item.record, heir.item
        heir.variants[True] = Variant(item.status, item.differences, item.newer, item.trashed_here)
        _rename(by_name()[entity], record, heir.apart)
        other = remake(record)
        heir.variants[False] = Variant(other.status, other.differences, other.newer, other.trashed_here)
        _rename(by_name()[entity], record, heir.name)


def follow_heirs(heirs: Sequence[Heir], gone: Sequence[Gone]) -> bool:
    """Give each heir the name its deletion's decision leaves it; True when a record's status moved
    (a record here identical under one name, different under the other: the preview's tree changes)."""
    taken = {g.id: g.take for g in gone}
    moved = False
    entity_of = by_name()
    for heir in heirs:
        deleted = taken.get(heir.gone_id, True)
        item, wanted = heir.item, heir.name if deleted else heir.apart
        if item.record["name"] == wanted:
            continue
        _rename(entity_of[heir.entity], item.record, wanted)
        item.renamed_from = None if deleted else heir.name
        variant = heir.variants.get(deleted)
        if variant is not None:
            moved = moved or item.status != variant.status
            if item.status != variant.status and variant.status == "differs":
                item.take = variant.newer == "incoming" and not variant.trashed_here  # newer wins
            item.status, item.differences = variant.status, variant.differences
            item.newer, item.trashed_here = variant.newer, variant.trashed_here
    return moved


def _key(record: dict[str, Any], key: tuple[str, ...]) -> tuple:
    return tuple(record[c] for c in key)


def _rename(entity: Entity, record: Record, name: str) -> None:
    record["name"] = name
    for derived, compute in entity.derived.items():
        record[derived] = compute(record)
