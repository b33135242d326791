"""The names here of the records a difference refers to, for the preview and ``import --dry-run``,
which show every reference by its record's name: our side ("hier") by the names here, the file's
side by the file's (``labels.name_of``). So a record renamed on both sides reads as ours in one
column and as theirs in the other, and a record only here (a measure given here to an actor made
here since) by its name here, never by its id. Read with the plan (on the jobs lane, from what the
plan read anyway): the preview needs no database."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .document import Incoming
from .registry import entities, label_of


def names_here(
    items: dict[str, list[Any]], heirs: Sequence[Any], local: dict[str, list[dict]], incoming: Incoming
) -> dict[str, str]:
    """Id → name here of each record a difference refers to (a reference, a list of them) on our
    side, of each on the file's side that the file does not hold — the differences of both names of
    a record taking a deleted one's (``heirs.py``) —, and of each reference kept here for one deleted
    here (``cleared.kept_here``)."""
    differences = [d for rows in items.values() for item in rows for d in item.differences]
    differences += [d for heir in heirs for variant in heir.variants.values() for d in variant.differences]
    theirs = set(_ids(differences, ours=False))
    if theirs:
        theirs.difference_update(
            r["id"] for rows in incoming.records.values() for r in rows if r["id"] in theirs
        )
    wanted = set(_ids(differences, ours=True)) | theirs
    wanted.update(v for rows in items.values() for item in rows if item.kept for v in item.kept.values())
    if not wanted:
        return {}
    found: dict[str, str] = {}
    for entity in entities():
        for row in local.get(entity.name) or ():
            if row["id"] in wanted:
                found[row["id"]] = label_of(row)
    return found


def _ids(differences: Iterable[Any], ours: bool) -> Iterable[str]:
    """The ids a reference or a list of them names, on our side or the file's."""
    for diff in differences:
        value = diff.local if ours else diff.incoming
        if isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))
        elif diff.field.endswith("_id") and isinstance(value, str):
            yield value
