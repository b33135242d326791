"""The names of records here that the file does not hold, for the references a difference shows
(a measure given here to an actor made here since): the preview and ``import --dry-run`` show every
reference by its record's name, the file's records by theirs and these by their names here. Read
with the plan (on the jobs lane, from what the plan read anyway): the preview needs no database."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .document import Incoming
from .registry import entities, label_of


def names_here(
    items: dict[str, list[Any]], heirs: Sequence[Any], local: dict[str, list[dict]], incoming: Incoming
) -> dict[str, str]:
    """Id → name here of each record a difference refers to (a reference, a list of them) that the
    file does not hold — the differences of both names of a record taking a deleted one's
    (``heirs.py``) —, and of each reference kept here for one deleted here (``cleared.kept_here``)."""
    differences = [d for rows in items.values() for item in rows for d in item.differences]
    differences += [d for heir in heirs for variant in heir.variants.values() for d in variant.differences]
    wanted = set(_ids(differences))
    wanted.update(v for rows in items.values() for item in rows if item.kept for v in item.kept.values())
    if not wanted:
        return {}
    wanted.difference_update(r["id"] for rows in incoming.records.values() for r in rows if r["id"] in wanted)
    found: dict[str, str] = {}
    for entity in entities():
        for row in local.get(entity.name) or ():
            if row["id"] in wanted:
                found[row["id"]] = label_of(row)
    return found


def _ids(differences: Iterable[Any]) -> Iterable[str]:
    """The ids a reference or a list of them names, on either side."""
    for diff in differences:
        for value in (diff.local, diff.incoming):
            if isinstance(value, list):
                yield from (v for v in value if isinstance(v, str))
            elif diff.field.endswith("_id") and isinstance(value, str):
                yield value
