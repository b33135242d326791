"""Deletions in a .vopi file (format 2): a full file lists the ids of its municipalities' records
deleted at the sender (``store/deletions.py``), so the receiver deletes them too instead of keeping
and counting them for ever (review 2, G15).

A tombstone is ``{"entity", "id", "municipality_id", "deleted_at"}`` and nothing else: no name, no
content, so a file "without personal data" stays without. The receiver's plan (``Gone``) names each
record it has of them; policy as for conflicts: "newer" deletes a record not changed here after the
deletion, "local" keeps, "incoming" deletes. An entity with a trash (the actors) goes there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from . import codec
from .errors import damaged
from .registry import by_name, entities, label_of

KEY = "deleted"  # in data.json and the manifest's counts
FIELDS = frozenset({"entity", "id", "municipality_id", "deleted_at"})
TRASH = "deleted_at"  # the column of an entity with a trash


@dataclass(frozen=True, slots=True)
class Tombstone:
    entity: str
    id: str
    municipality_id: str
    deleted_at: datetime


@dataclass(slots=True)
class Gone:
    """A record here that the file says was deleted."""

    entity: str
    id: str
    municipality_id: str
    deleted_at: datetime  # at the sender
    label: str  # its name here, for the preview ("" for a record without one: a network link)
    changed_here: bool  # changed here after the deletion: "newer" keeps it
    local_version: int
    trash: bool  # the entity has a trash: the record goes there, as a user's delete does it
    changed_at: datetime | None = None  # its last change here, shown beside the deletion
    take: bool = False  # delete (or trash) it here


def dump(rows: Iterable[dict[str, Any]], present: set[str]) -> list[dict[str, Any]]:
    """The tombstones for a file: those of records not in it (one brought back since, by an undo
    or an import, exists and is no deletion), oldest first."""
    out = [
        {
            "entity": row["entity"],
            "id": row["id"],
            "municipality_id": row["municipality_id"],
            "deleted_at": row["deleted_at"].astimezone(UTC).isoformat(),
        }
        for row in rows
        if row["id"] not in present
    ]
    out.sort(key=lambda t: (t["deleted_at"], t["id"]))
    return out


def read(raw: Any, places: set[str], records: dict[str, list[dict[str, Any]]]) -> list[Tombstone]:
    """The file's tombstones, each checked: a known entity of a municipality of the file, a valid id
    and time, an id that is not also a record of the file; nothing else in them."""
    if not isinstance(raw, list):
        raise damaged("die Liste der Löschungen ist keine Liste", "the list of deletions is not a list")
    known = {e.name for e in entities() if e.owner != "id"}
    held = {r["id"] for rows in records.values() for r in rows}
    out: list[Tombstone] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        where_de, where_en = f"Löschung Nr. {index + 1}", f"deletion no. {index + 1}"
        if not isinstance(entry, dict) or set(entry) != FIELDS:
            raise damaged(f"{where_de} ist ungültig", f"{where_en} is invalid")
        try:
            record_id = codec._uuid(entry["id"])
            owner = codec._uuid(entry["municipality_id"])
            at = codec._datetime(entry["deleted_at"])
        except codec.BadValue as exc:
            de, _, en = str(exc).partition("|")
            raise damaged(f"{where_de}: {de}", f"{where_en}: {en or de}") from None
        if entry["entity"] not in known:
            raise damaged(f"{where_de}: unbekannte Art", f"{where_en}: unknown kind")
        if owner not in places:
            raise damaged(
                f"{where_de} gehört zu einer Kommune, die nicht in der Datei ist",
                f"{where_en} belongs to a municipality not in the file",
            )
        if record_id in held or record_id in seen:
            raise damaged(
                f"{where_de}: der Datensatz ist zugleich in der Datei oder doppelt gelöscht",
                f"{where_en}: the record is in the file too or deleted twice",
            )
        seen.add(record_id)
        out.append(Tombstone(entry["entity"], record_id, owner, at))
    return out


def plan(tombstones: list[Tombstone], local: dict[str, list[dict[str, Any]]]) -> list[Gone]:
    """What of the file's deletions exists here, parents before children. A record in the trash
    here is deleted here already; a child of a record deleted too (a step of a deleted measure)
    follows its parent and is not listed: the parent's delete takes it, or it stays with it."""
    entity_of = by_name()
    wanted: dict[str, Tombstone] = {t.id: t for t in tombstones}
    if not wanted:
        return []
    found: list[tuple[Tombstone, dict[str, Any]]] = []
    for entity in entities():
        for row in local.get(entity.name, ()):
            tomb = wanted.get(row["id"])
            if tomb is not None and tomb.entity == entity.name and not row.get(TRASH):
                found.append((tomb, row))
    gone_ids = {tomb.id for tomb, _ in found if TRASH not in entity_of[tomb.entity].table.c}
    out: list[Gone] = []
    for tomb, row in found:
        entity = entity_of[tomb.entity]
        parents = [col for col in entity.references if not entity.table.c[col].nullable]
        if any(row[col] in gone_ids for col in parents):
            continue
        out.append(
            Gone(
                tomb.entity,
                tomb.id,
                tomb.municipality_id,
                tomb.deleted_at,
                "" if label_of(row) == row["id"] else label_of(row),  # a link has no name
                row["updated_at"] > tomb.deleted_at,
                row["version"],
                TRASH in entity.table.c,
                row["updated_at"],
            )
        )
    return out


def choose(gone: list[Gone], policy: str) -> None:
    for item in gone:
        item.take = policy == "incoming" or (policy == "newer" and not item.changed_here)
