"""What exists here but not in a municipality's full file: named in the preview, never deleted.

A full file lists every record of its municipalities, so a record of theirs that is here and not in
the file was deleted at the sender (or made here since). The file cannot say which (no deletions
travel), so nothing is removed; the preview and ``import --dry-run`` name them per kind, so a
consultant notices a measure the town dropped instead of counting it on for ever.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..textsort import sort_key
from .manifest import PRACTICE_EXAMPLES
from .registry import entities, label_of

if TYPE_CHECKING:
    from .document import Incoming


@dataclass(frozen=True)
class OnlyHere:
    here: int  # records of this kind of the file's municipalities here
    in_file: int  # … and in the file
    count: int  # of those here, how many the file lacks
    names: list[str]  # their names, alphabetical (records without a name only counted)


def records_only_here(
    incoming: Incoming, local: dict[str, list[dict[str, Any]]], items: dict[str, list[Any]]
) -> dict[str, OnlyHere]:
    """By entity, the records of the file's municipalities here that the file does not hold; only
    for the kinds the file carries (its manifest counts them: an older release's file lacks newer
    tables) and never for a file of practice examples, which is not all of a town."""
    head = incoming.manifest
    if head.content == PRACTICE_EXAMPLES:
        return {}
    found: dict[str, OnlyHere] = {}
    for entity in entities():
        rows = local.get(entity.name) or []
        if not rows or entity.name not in head.counts:
            continue
        in_file = {item.id for item in items.get(entity.name, [])}  # ids as mapped onto ours
        missing = [row for row in rows if row["id"] not in in_file]
        if missing:
            named = [label_of(row) for row in missing if label_of(row) != row["id"]]
            names = sorted(named, key=sort_key)
            found[entity.name] = OnlyHere(len(rows), len(in_file), len(missing), names)
    return found
