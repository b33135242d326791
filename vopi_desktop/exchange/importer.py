"""Import as one pipeline: size limits → seal → safe unzip → parse → validate → merge plan → (preview)
→ backup → one transaction → change log. Everything before ``apply`` only reads."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..lang import t
from ..store.services.exchange import ApplyResult, ChangeSet, LinkChanges, TableChanges
from ..store.services.exchange_deletes import RecordDelete
from . import container, document, manifest
from .cleared import follow_clearing, keep_cleared
from .errors import damaged
from .name_check import refuse_name_clashes
from .plan import DELETED_HERE, DIFFERS, NEW, Plan, make_plan
from .registry import entities

if TYPE_CHECKING:
    from ..store.services.exchange import ExchangeService


def read(path: Path, password: str | None = None, target: str | None = None) -> document.Incoming:
    """The checked content of a file, or an ExchangeError with one sentence. ``target``: the
    municipality that receives practice examples (a consultant's file of them)."""
    return read_bytes(container.read_file(path), password, target)


def read_bytes(blob: bytes, password: str | None = None, target: str | None = None) -> document.Incoming:
    raw_manifest, raw_data = container.unpack(blob, password)
    # Each form of the data is dropped once the next exists (packed, bytes, text, objects): a
    # file near the size limit would otherwise hold all four at once.
    del blob
    head = manifest.parse(raw_manifest, raw_data)
    text = manifest.decode(raw_data, "data.json")
    del raw_data
    data = manifest.loads(text, "data.json")
    del text
    if not isinstance(data, dict):
        raise damaged("data.json ist kein Objekt", "data.json is not an object")
    data = manifest.upgrade(head.format_version, data)
    return document.read(data, head, target)


def prepare(
    service: ExchangeService,
    path: Path,
    password: str | None = None,
    policy: str = "newer",
    target: str | None = None,
) -> Plan:
    """Read a file and plan its merge; writes nothing. Practice examples go to ``target``, or to
    the workspace's only municipality."""
    if target is None:
        target = service.only_municipality()
    with gc_paused():
        return make_plan(service, read(path, password, target), path.name, policy)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a file's records are read, planned and written: they make
    no cycles, but their hundreds of thousands of objects set off full collections again and again
    (a sixth of a large import's time). Reference counting still frees everything at once.

    Afterwards what was made meanwhile (the plan, which lives on while the preview is open) is moved
    to the oldest generation (freeze + unfreeze, no scan): otherwise the first young collection
    after this would scan all of it once, 40 ms for the large demo, to find nothing."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was:
            gc.enable()


def apply(
    service: ExchangeService, plan: Plan, backups_dir: Path | None, keep: int = 10
) -> ApplyResult | None:
    """Write the plan as decided (``Plan.choose`` or per item); None when it changes nothing."""
    plan.follow_names()  # a deletion's ``take`` flipped by hand: the record taking its name follows it
    if not plan.changes_anything():
        return None
    with gc_paused():
        changes = change_set(plan)
        refuse_name_clashes(service, changes, entities())  # before the backup and the transaction
        return service.apply(changes, backups_dir, keep, plan.file_name)


def change_set(plan: Plan) -> ChangeSet:
    """What to write, as decided. The file's checked records are handed on as they are (the writer
    takes the named fields of each and ignores the rest); only a record whose reference has to be
    cleared is copied."""
    personal = plan.incoming.manifest.personal_data
    changes = ChangeSet()
    skipped: set[str] = set()  # deleted here and not brought back
    removed = {g.id for g in plan.gone if g.take and not g.trash}  # deleted here for good, as decided
    per_place: dict[str, list[int]] = {}
    for entity in entities():
        every, public = _fields(entity, True), _fields(entity, False)
        # A new record is written whole (a file without personal data has them blank already); an
        # update never blanks the personal data kept here, nor moves an actor on this computer's map.
        kept = tuple(name for name in (every if personal else public) if name not in entity.view)
        table = TableChanges(entity.table, every, kept)
        link_changes = [LinkChanges(link.table, link.own_column) for link in entity.links]
        references = [(col, entity.table.c[col].nullable) for col in entity.references]
        items = plan.items[entity.name]
        if not skipped and set(map(attrgetter("status"), items)) <= {NEW}:
            _all_new(entity, items, table, link_changes, per_place)  # a first import: no choices
            changes.tables.append(table)
            changes.links += link_changes
            continue
        for item in items:
            status = item.status
            if status != NEW and (status != DIFFERS or not item.take):
                if status == DELETED_HERE:
                    skipped.add(item.id)
                continue
            record = item.record
            if item.cleared:  # what only a deletion in the file cleared follows its decision (cleared.py)
                record = keep_cleared(record, item.cleared, removed)
            if item.kept:  # the file's reference is deleted here, ours stays (cleared.kept_here) …
                record = record | {
                    col: v for col, v in item.kept.items() if v not in removed
                }  # … unless gone
            if skipped and references:
                record = _without_skipped(entity.name, record, references, skipped)
                if record is None:  # a required parent was deleted here: the record goes with it
                    skipped.add(item.id)
                    continue
            counts = per_place.setdefault(item.municipality_id, [0, 0])
            if status == NEW:
                table.inserts.append(record)
                counts[0] += 1
            else:
                table.updates.append((record, item.local_version))
                counts[1] += 1
                for link_change in link_changes:
                    link_change.replace_for.append(item.id)
            for link, link_change in zip(entity.links, link_changes, strict=True):
                link_change.rows += [
                    {link.own_column: item.id, link.other_column: other}
                    for other in record[link.field]
                    if other not in skipped
                ]
        changes.tables.append(table)
        changes.links += link_changes
    gone: dict[str, int] = {}
    for item in plan.gone:  # deleted in the file (tombstones.py): deleted here first, as decided
        if item.take:
            record = RecordDelete(item.entity, item.id, item.local_version, item.trash, item.label)
            changes.deletes.append(record)  # the entity's name is its table's
            gone[item.municipality_id] = gone.get(item.municipality_id, 0) + 1
            per_place.setdefault(item.municipality_id, [0, 0])
    changes.tombstones = [(x.entity, x.id, x.municipality_id, x.deleted_at) for x in plan.new_tombstones]
    for mid, (new, updated) in per_place.items():
        deleted = gone.get(mid, 0)
        changes.log.append(
            (
                mid,
                t(
                    f"Austauschdatei {plan.file_name}: {new} neu, {updated} übernommen"
                    + (f", {deleted} gelöscht" if deleted else ""),
                    f"Exchange file {plan.file_name}: {new} new, {updated} taken over"
                    + (f", {deleted} deleted" if deleted else ""),
                ),
            )
        )
    return changes


def _all_new(
    entity: Any,
    items: list[Any],
    table: TableChanges,
    link_changes: list[LinkChanges],
    per_place: dict[str, list[int]],
) -> None:
    """Every record of the entity is new and nothing it refers to was left out: all are inserted."""
    table.inserts = list(map(attrgetter("record"), items))
    for mid, count in Counter(map(attrgetter("municipality_id"), items)).items():
        per_place.setdefault(mid, [0, 0])[0] += count
    for link, link_change in zip(entity.links, link_changes, strict=True):
        own, other = link.own_column, link.other_column
        link_change.rows = [{own: r["id"], other: o} for r in table.inserts for o in r[link.field]]


def _fields(entity: Any, with_personal: bool) -> tuple[str, ...]:
    """The record's fields a write carries (derived keys included)."""
    names = tuple(c.name for c in entity.columns if with_personal or c.name not in entity.personal)
    return names + tuple(entity.derived)


def _without_skipped(
    entity_name: str, record: dict[str, Any], references: list[tuple[str, bool]], skipped: set[str]
) -> dict[str, Any] | None:
    """The record with its references to records deleted here cleared, and what follows from that
    (an idea of a measure deleted here is "selected", never "in_measure" without it); None when such
    a reference is required (the record cannot exist without it)."""
    gone = [(col, nullable) for col, nullable in references if record[col] in skipped]
    if not gone:
        return record
    if not all(nullable for _, nullable in gone):
        return None
    return follow_clearing(entity_name, record | {col: None for col, _ in gone}, [col for col, _ in gone])
