"""Records are matched by id, never by name: a record of the file whose name a *different* record
holds here is kept apart under "Name (importiert)" (the unique index of live names, migration 0003,
would refuse it, and merging by name would write one organisation over another)."""

from __future__ import annotations

import re

from .document import Incoming, Record
from .errors import refuse
from .labels import quoted
from .registry import Entity, entities

NAME_KEY = "name_key"  # the derived key of a typed name (store/names.py, migration 0003)


def ids_by_key(rows: list[dict], key: tuple[str, ...], live_only: str | bool) -> dict[tuple, str]:
    """The rows' ids by their values of a unique key; only live rows where the index counts only those."""
    return {tuple(row[c] for c in key): row["id"] for row in rows if not (live_only and row.get(live_only))}


def keep_names_apart(
    incoming: Incoming, local: dict[str, list[dict]], leaving: frozenset[str] | set[str] = frozenset()
) -> dict[tuple[str, str], str]:
    """A live record of the file whose name a *different* live record holds here (compared as the
    unique index compares names) keeps its id and is written as "Y (importiert)": the file's X,
    renamed to "Y" over there, is not the "Y" made here. Merging them silently would overwrite one
    organisation with another; refusing the whole file would block everything else in it. The
    suffixed name shows in the preview (a new record, or a difference in the name) and can be
    changed or merged by hand. ``leaving``: records here the file deleted and the import deletes or
    trashes first (``tombstones.py``): their names are free. Returns (entity, id) → the name the file has."""
    renamed: dict[tuple[str, str], str] = {}
    for entity in entities():
        if entity.owner == "id":
            continue  # a municipality's name clash refuses the file (refusals.refuse_name_clash)
        for key, live_only in entity.unique_keys:
            if NAME_KEY not in key:
                continue
            rows = (
                [row for row in local[entity.name] if row["id"] not in leaving]
                if leaving
                else local[entity.name]
            )
            here = ids_by_key(rows, key, live_only)
            if not here:
                continue
            names_here = {row["id"]: row["name"] for row in local[entity.name]}
            live = [r for r in incoming.records[entity.name] if not (live_only and r.get(live_only))]
            in_file = {tuple(r[c] for c in key): r["id"] for r in live}
            for record in live:
                other = here.get(tuple(record[c] for c in key))
                if other is None or other == record["id"]:
                    continue
                original = record["name"]
                _free_name(entity, record, key, here, in_file, names_here.get(record["id"]))
                renamed[(entity.name, record["id"])] = original
    return renamed


# The suffix is data, not a label: one form whatever the UI language, so the same file gives the same
# plan in a German and an English session and the name travels on unchanged. An English session of an
# earlier release wrote "(imported)": a record here already kept apart so keeps that name.
SUFFIX_WORD = "importiert"
EARLIER = re.compile(r".* \((importiert|imported)(?: (\d+))?\)", re.DOTALL)


def _suffixed(original: str, limit: int, number: int, word: str = SUFFIX_WORD) -> str:
    suffix = f" ({word})" if number == 1 else f" ({word} {number})"
    return original[: limit - len(suffix)].rstrip() + suffix


def _free_name(
    entity: Entity,
    record: Record,
    key: tuple[str, ...],
    here: dict[tuple, str],
    in_file: dict[tuple, str],
    name_here: str | None = None,
) -> None:
    """Give the record the first "name (importiert)", "name (importiert 2)", … that no other record
    here or in the file holds (its own, from an earlier import of this file, is fine: the same file
    twice changes nothing). ``name_here``: the name this record has here, tried first when it is a
    suffixed form of the file's name (an earlier import's, in either language)."""
    original, limit = record["name"], entity.table.c["name"].type.length or 200

    def take(name: str) -> bool:
        record["name"] = name
        for derived, compute in entity.derived.items():
            record[derived] = compute(record)
        value = tuple(record[c] for c in key)
        if here.get(value, record["id"]) == record["id"] and in_file.get(value, record["id"]) == record["id"]:
            in_file[value] = record["id"]
            return True
        return False

    found = EARLIER.fullmatch(name_here or "")
    if found and name_here == _suffixed(original, limit, int(found[2] or 1), found[1]) and take(name_here):
        return
    for number in range(1, 1000):
        if take(_suffixed(original, limit, number)):
            return
    raise refuse(  # a thousand records of one name: not a file a person made
        f"Zu viele Datensätze namens {quoted(original[:80])}.",
        f"Too many records named {quoted(original[:80])}.",
    )
