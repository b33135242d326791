"""What exists here but neither in a municipality's full file nor among its deletions: named in the
preview, never deleted.

A full file lists every record of its municipalities and, since format 2, the ids of those deleted
(``tombstones.py``, which takes those). A record of theirs that is here and in neither was made here
since, or deleted at the sender before it kept tombstones, or the file is of format 1: nothing is
removed; the preview and ``import --dry-run`` name them per kind, so a consultant notices.
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
    incoming: Incoming,
    local: dict[str, list[dict[str, Any]]],
    items: dict[str, list[Any]],
    deleted: frozenset[str] | set[str] = frozenset(),
) -> dict[str, OnlyHere]:
    """By entity, the records of the file's municipalities here that the file does not hold; only
    for the kinds the file carries (its manifest counts them: an older release's file lacks newer
    tables) and never for a file of practice examples, which is not all of a town. What the
    file lists as deleted is not counted here (``tombstones.py`` takes it)."""
    head = incoming.manifest
    if head.content == PRACTICE_EXAMPLES:
        return {}
    found: dict[str, OnlyHere] = {}
    for entity in entities():
        rows = [row for row in local.get(entity.name) or () if row["id"] not in deleted]  # tombstones.py's
        if not rows or entity.name not in head.counts:
            continue
        in_file = {item.id for item in items.get(entity.name, [])}  # ids as mapped onto ours
        missing = [row for row in rows if row["id"] not in in_file]
        if missing:
            named = [label_of(row) for row in missing if label_of(row) != row["id"]]
            names = sorted(named, key=sort_key)
            found[entity.name] = OnlyHere(len(rows), len(in_file), len(missing), names)
    return found
