"""What a deletion did to the records pointing at the deleted one, and how the import follows it.

At the sender the database cleared each reference to a deleted record (SET NULL, a link row's
cascade) and the measure service put the ideas of a deleted measure back to "selected"
(``MeasureService.delete``): changes no user made to those records. So they are no difference here
(``plan._item``) and follow the deletion's decision instead: while the deleted record stays here (kept
mine, or in the trash) a record written from the file keeps its references to it — an idea stays with
the kept measure and "in_measure" —; deleted here too, the import's own delete clears them as the
app's delete does (``exchange_deletes.py``). The other way round, a reference the import clears
because its record was deleted here (``importer._without_skipped``) takes its follow-up along: an idea
is never "in_measure" without its measure, and the file's link to it is no difference either. Where
the file points at a record deleted here while this side points at another, ours stays (``kept_here``):
the file's cannot be written, and clearing ours would take a link the town never touched."""

from __future__ import annotations

from collections.abc import Collection, Set
from dataclasses import dataclass, field
from typing import Any

from .document import Record
from .registry import Entity

# A reference whose clearing moves another field of the record, as the services do it:
# (entity, reference) → (field, its value while linked, its value once the link is gone).
FOLLOWS = {("idea", "measure_id"): ("status", "in_measure", "selected")}


@dataclass(frozen=True, slots=True)
class Cleared:
    """One record the file deleted, still referred to here: the values here it cleared (a reference
    and its follow-up), or the link list that lost it."""

    dead: str  # the deleted record's id
    values: dict[str, Any] = field(default_factory=dict)
    in_list: str = ""  # a link list's field: the id is put back into it


def cleared_by_deletions(
    entity: Entity,
    record: Record,
    row: dict[str, Any],
    lists: dict[str, dict[str, set[str]]],
    dead: Set[str],
) -> list[Cleared]:
    """What in the file's ``record`` differs from ``row`` here only because the file deleted what it
    pointed at (``dead``: the ids of the file's deletions; ``lists``: the link lists here)."""
    out: list[Cleared] = []
    for col in entity.references:
        if record[col] is not None or row[col] not in dead:
            continue
        values = {col: row[col]}
        follow = FOLLOWS.get((entity.name, col))
        if follow is not None and row[follow[0]] == follow[1]:
            name, linked, unlinked = follow
            if record[name] != unlinked:
                continue  # changed at the sender beyond the deletion ("rejected"): a difference of its own
            values[name] = linked
        out.append(Cleared(row[col], values))
    for link in entity.links:
        here = lists[link.field].get(record["id"], set())
        out += [
            Cleared(gone, in_list=link.field) for gone in sorted((here & dead).difference(record[link.field]))
        ]
    return out


def cleared_here(entity: Entity, record: Record, row: dict[str, Any], deleted_here: Set[str]) -> set[str]:
    """The fields of the file's ``record`` that differ from ``row`` only because a record it points at
    was deleted here and stays deleted (``deleted_here``): this database cleared the reference and
    moved its follow-up (an idea "selected" again), and a write clears them the same way
    (``follow_clearing``), so they are no difference."""
    out: set[str] = set()
    for col in entity.references:
        if row[col] is None and record[col] in deleted_here:
            out.add(col)
            follow = FOLLOWS.get((entity.name, col))
            if follow is not None and row[follow[0]] == follow[2] and record[follow[0]] == follow[1]:
                out.add(follow[0])
    return out


@dataclass(frozen=True, slots=True)
class KeptHere:
    """A field of the file's record naming records deleted here that stay deleted: the import keeps
    this side's value — a reference to another record (``ours``), none, or the list without them —
    and the preview and ``import --dry-run`` say so, also of a record without other differences."""

    field: str
    theirs: tuple[str, ...]  # the ids the file names there, deleted here
    ours: str | None = None  # a reference's value here (None: empty here, cleared with the deletion)
    in_list: bool = False  # a link list: it stays without them


def deleted_here_parts(
    entity: Entity, record: Record, row: dict[str, Any], deleted_here: Set[str]
) -> tuple[dict[str, Any], set[str], tuple[KeptHere, ...]]:
    """What of the file's ``record`` differs from ``row`` here only by naming records deleted here
    (``deleted_here``), which the import cannot write: ours where it points at another record (to
    write, ``kept_here``), the fields that are no difference, and the notes that say it."""
    kept = kept_here(entity, record, row, deleted_here)
    fields = cleared_here(entity, record, row, deleted_here) | kept.keys()
    notes = [KeptHere(col, (record[col],), row[col]) for col in entity.references if col in fields]
    for link in entity.links:
        gone = set(record[link.field]).intersection(deleted_here)  # never in a list here (cascade)
        if gone:
            notes.append(KeptHere(link.field, tuple(sorted(gone)), in_list=True))
    return kept, fields, tuple(notes)


def kept_here(entity: Entity, record: Record, row: dict[str, Any], deleted_here: Set[str]) -> dict[str, Any]:
    """This side's references where the file's ``record`` points at a record deleted here that stays
    deleted, while ``row`` here points at another: the file's cannot be written (the import would
    clear it and take ours away), so ours stays — no difference, and the write keeps it."""
    return {
        col: row[col]
        for col in entity.references
        if row[col] is not None and record[col] in deleted_here and row[col] != record[col]
    }


def keep_cleared(record: Record, cleared: list[Cleared], removed: Collection[str]) -> Record:
    """The file's record as written here: what only a deletion cleared put back while the deleted
    record stays here (not in ``removed``, the ids this import deletes for good). A copy when
    anything is put back: the file's record is the plan's."""
    back = [c for c in cleared if c.dead not in removed]
    if not back:
        return record
    record = dict(record)
    for c in back:
        if c.in_list:
            record[c.in_list] = sorted({*record[c.in_list], c.dead})
        else:
            record.update(c.values)
    return record


def follow_clearing(entity_name: str, record: Record, columns: Collection[str]) -> Record:
    """``record`` with the follow-ups of its ``columns`` just cleared (an idea "selected" again)."""
    for col in columns:
        follow = FOLLOWS.get((entity_name, col))
        if follow is not None and record[follow[0]] == follow[1]:
            record = record | {follow[0]: follow[2]}
    return record
