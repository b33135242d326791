"""The merge plan: every record of a file against the database — new, identical or different, which
side is newer — and what to write once the conflicts are decided.

Rules: a record the file says was deleted goes here too unless changed here since (``tombstones.py``);
a record only here otherwise stays; a record deleted here (change log) or in the trash here is not
brought back by a file that is older than that, nor by one that has it in its trash (deleted on both
sides; in both trashes it is no conflict either); a file without personal data never blanks the
contact data kept here. A record created on both sides under one unique key (a catalogue barrier
assessed on both sides) is taken as the same record, the file's id mapped onto the local one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ..store.services.exchange import ReadSpec
from . import tombstones
from .cleared import Cleared, KeptHere, cleared_by_deletions, deleted_here_parts
from .document import Incoming, Record
from .example_towns import leave_out_example_towns
from .heirs import Heir, find_heirs, follow_heirs, heir_variants
from .names_apart import NAME_KEY, ids_by_key, keep_names_apart
from .names_here import names_here
from .only_here import OnlyHere, records_only_here
from .practice_copies import file_practice_copies
from .refusals import refuse_foreign, refuse_name_clash
from .registry import Entity, entities, label_of
from .tombstones import TRASH, Gone, Tombstone

if TYPE_CHECKING:
    from ..store.services.exchange import ExchangeService

NEW, IDENTICAL, DIFFERS, DELETED_HERE = "new", "identical", "differs", "deleted_here"
POLICIES = ("newer", "local", "incoming")
TIMES = frozenset({"created_at", "updated_at"})


@dataclass
class Difference:
    field: str
    local: Any
    incoming: Any


@dataclass(slots=True)
class Item:
    entity: str
    id: str
    municipality_id: str
    record: Record  # the file's record (checked), which the write hands on as it is
    status: str
    newer: str = "same"  # "incoming" | "local" | "same"
    trashed_here: bool = False
    differences: Sequence[Difference] = ()  # a list where there are some: 28,971 empty lists cost
    take: bool = False  # write the file's version
    local_version: int = 0
    renamed_from: str | None = None  # the file's name, held here by a different record (kept apart)
    cleared: Sequence[Cleared] = ()  # what only the file's deletions changed, put back as they are decided
    kept: dict[str, Any] | None = None  # ours where the file's reference is deleted here (cleared.kept_here)
    notes: Sequence[KeptHere] = ()  # what the file names that is deleted here: ours stays (cleared.py)

    @property
    def label(self) -> str:
        """The record's name for the preview, made only for the rows it shows (the conflicts)."""
        return label_of(self.record)


@dataclass
class Plan:
    incoming: Incoming
    file_name: str
    items: dict[str, list[Item]]  # by entity, in insert order
    local_names: dict[str, str]  # municipality id → name here (for the preview)
    examples_left_out: list[str] = field(default_factory=list)  # example towns not taken (example_towns.py)
    only_here: dict[str, OnlyHere] = field(default_factory=dict)  # what the file lacks (only_here.py)
    gone: list[Gone] = field(default_factory=list)  # here, deleted in the file (tombstones.py)
    new_tombstones: list[Tombstone] = field(default_factory=list)  # the file's, not yet kept here
    heirs: list[Heir] = field(default_factory=list)  # taking a deleted record's name (heirs.py)
    names_here: dict[str, str] = field(default_factory=dict)  # of records a difference names, only here

    def conflicts(self) -> list[Item]:
        return [i for rows in self.items.values() for i in rows if i.status == DIFFERS]

    def kept_only(self) -> list[Item]:
        """Records without differences that name records deleted here: ours stays (``cleared.py``)."""
        return [i for rows in self.items.values() for i in rows if i.status == IDENTICAL and i.notes]

    def renamed(self) -> list[Item]:
        """Records kept apart from a different record of the same name here (``names_apart.py``),
        new or differing (one kept apart by an earlier import of this file is simply the same)."""
        return [
            i
            for rows in self.items.values()
            for i in rows
            if i.renamed_from is not None and i.status in (NEW, DIFFERS)
        ]

    def choose(self, policy: str) -> None:
        """Decide every conflict and deletion: keep mine (local), take theirs (incoming), or newer wins."""
        self.choose_deletions(policy)  # first: a record's status may move with its name (heirs.py)
        self.choose_conflicts(policy)

    def choose_deletions(self, policy: str) -> bool:
        """Decide every deletion in the file: keep (local), delete here too (incoming), or delete what
        was not changed here after the deletion (newer). True when a record's status moved."""
        tombstones.choose(self.gone, policy)
        return self.follow_names()

    def choose_conflicts(self, policy: str) -> None:
        """Decide every conflict: keep mine (local), take theirs (incoming), or newer wins."""
        for item in self.conflicts():
            if policy == "local":
                item.take = False
            elif policy == "incoming" and not item.trashed_here:
                item.take = True
            else:  # newer wins; a record trashed here comes back only from a newer file, whatever the policy
                item.take = item.newer == "incoming"

    def decide(self, item: Item | Gone, take: bool) -> bool:
        """Decide one conflict or deletion; True when a record's status moved with it (``heirs.py``)."""
        item.take = take
        return isinstance(item, Gone) and self.follow_names()

    def follow_names(self) -> bool:
        """The file's records that take a deleted record's name: free, or kept apart as decided."""
        return follow_heirs(self.heirs, self.gone)

    def counts(self, entity: str) -> dict[str, int]:
        result = {NEW: 0, IDENTICAL: 0, DIFFERS: 0, DELETED_HERE: 0, "take": 0}
        for item in self.items.get(entity, []):
            result[item.status] += 1
            result["take"] += item.status == DIFFERS and item.take
        return result

    def changes_anything(self) -> bool:
        return (
            any(
                i.status == NEW or (i.status == DIFFERS and i.take)
                for rows in self.items.values()
                for i in rows
            )
            or any(g.take for g in self.gone)
            or bool(self.new_tombstones)
        )


def _specs(entity: Entity) -> list[ReadSpec]:
    specs = [ReadSpec(entity.table, entity.owner)]
    specs += [ReadSpec(link.table, link.own_column, entity.table, entity.owner) for link in entity.links]
    return specs


def make_plan(service: ExchangeService, incoming: Incoming, file_name: str, policy: str = "newer") -> Plan:
    names = {
        row["id"]: row["name"]
        for row in service.read([ReadSpec(entities()[0].table, "id")], None)["municipality"]
    }
    left_out = leave_out_example_towns(incoming, names)
    places = [mid for mid, _ in incoming.manifest.municipalities]
    local = service.read([spec for e in entities() for spec in _specs(e)], places)
    refuse_name_clash(incoming, names)
    file_practice_copies(service, incoming, local)
    _map_unique_keys(incoming, local)
    gone = tombstones.plan(incoming.deleted, local)  # what the file deleted, here: its names leave
    tombstones.choose(gone, policy)
    # Every deleted record's name free first; the records taking one are renamed as decided (heirs.py).
    renamed = keep_names_apart(incoming, local, {g.id for g in gone})
    taking = find_heirs(incoming, local, gone)
    _keep_unknown_lists(incoming, local)
    deleted = service.deleted()
    dead = {tomb.id for tomb in incoming.deleted}
    refuse_foreign(service, incoming, local, names)
    items: dict[str, list[Item]] = {}
    deleted_here: set[str] = set()  # stays deleted here: what pointed at it here was cleared (cleared.py)
    gone_from = {entity_name for entity_name, _ in deleted}
    for entity in entities():
        records = incoming.records[entity.name]
        if not local[entity.name] and entity.name not in gone_from:
            # Nothing of this kind here, none deleted: every record is new (a first import).
            owners = map(itemgetter(entity.owner), records)
            ids = map(itemgetter("id"), records)
            items[entity.name] = list(map(Item, repeat(entity.name), ids, owners, records, repeat(NEW)))
            continue
        rows = {row["id"]: row for row in local[entity.name]}
        lists = _local_lists(entity, local)
        compare = [
            c.name
            for c in entity.columns
            if c.name not in TIMES
            and c.name not in entity.view
            and (incoming.manifest.personal_data or c.name not in entity.personal)
        ]
        items[entity.name] = [
            _item(entity, record, rows.get(record["id"]), lists, compare, deleted, dead, deleted_here)
            for record in records
        ]
        deleted_here.update(item.id for item in items[entity.name] if item.status == DELETED_HERE)
        mine = [heir for heir in taking if heir.entity == entity.name]
        if mine:
            by_id = {item.id: item for item in items[entity.name]}
            for heir in mine:
                heir.item = by_id[heir.id]
            remake = _remake(entity, rows, lists, compare, deleted, dead, deleted_here)
            heir_variants(mine, entity.name, remake)
    _gone_with_their_municipality(items)
    for (entity_name, record_id), name in renamed.items():
        next(i for i in items[entity_name] if i.id == record_id).renamed_from = name
    plan = Plan(incoming, file_name, items, {mid: names[mid] for mid in places if mid in names}, left_out)
    plan.gone, plan.heirs = gone, taking
    plan.only_here = records_only_here(incoming, local, items, {t.id for t in incoming.deleted})
    kept = (
        {(row["id"], row["deleted_at"]) for row in service.tombstones(places)} if incoming.deleted else set()
    )
    plan.new_tombstones = [t for t in incoming.deleted if (t.id, t.deleted_at) not in kept]
    plan.names_here = names_here(items, taking, local, incoming)
    plan.choose(policy)
    return plan


def _gone_with_their_municipality(items: dict[str, list[Item]]) -> None:
    """A municipality deleted here (Datei → Kommune löschen…) that this file does not bring back
    keeps its records out too: they would have no owner (each counts as deleted here)."""
    gone = {item.id for item in items.get("municipality", []) if item.status == DELETED_HERE}
    if gone:
        for rows in items.values():
            for item in rows:
                if item.municipality_id in gone:
                    item.status = DELETED_HERE


def _same_keys(theirs: Any, mine: Any) -> bool:
    """Two lists of keys (languages, fields, channels …) that differ only in order say the same: the
    forms tick them in catalogue order and the services store them so, while older data and the demo
    kept the order they were written in. Without this an untouched list shows as a change."""
    return (
        isinstance(theirs, list)
        and isinstance(mine, list)
        and all(isinstance(v, str) for v in theirs)
        and all(isinstance(v, str) for v in mine)
        and sorted(theirs) == sorted(mine)
    )


def _item(
    entity: Entity,
    record: Record,
    row: dict[str, Any] | None,
    lists: dict[str, dict[str, set[str]]],
    compare: list[str],
    deleted: dict[tuple[str, str], datetime],
    dead: set[str],
    deleted_here: set[str],
) -> Item:
    """``dead``: the ids the file lists as deleted; ``deleted_here``: records of the kinds before this
    one deleted here that stay deleted (``DELETED_HERE``). A reference here to a record of ``dead`` that
    the file has cleared is no difference of this record: the sender's database dropped it with the
    deleted record (SET NULL, a link row's cascade) without a change of its own, and the deletion line
    says it; nor is an idea "selected" again with its deleted measure, nor, the other way round, the
    file's reference or link list entry to a record of ``deleted_here``, nor its reference to one where
    ours points at another (kept: ``item.kept``); ``item.notes`` says each, on an identical record too.
    They follow the deletion (``cleared.py``)."""
    item = Item(entity.name, record["id"], record[entity.owner], record, NEW)
    if row is None:
        gone = deleted.get((entity.name, record["id"]))
        # In the sender's trash it is deleted there too, whenever: its trashing is no change to bring back.
        if gone is not None and (record["updated_at"] <= gone or record.get(TRASH)):
            item.status = DELETED_HERE
        return item
    item.local_version = row["version"]
    if row.get(TRASH) and record.get(TRASH):
        record[TRASH] = row[TRASH]  # in the trash on both sides: no conflict of two times; ours is written
    cleared = cleared_by_deletions(entity, record, row, lists, dead) if dead else []
    echoes = {name for c in cleared for name in c.values}  # the deletion's, not the record's (cleared.py)
    if deleted_here:
        kept, fields, item.notes = deleted_here_parts(entity, record, row, deleted_here)
        echoes |= fields
        item.kept = kept or None  # also while identical: a heir's other name may differ (heirs.py)
    differences = [
        Difference(name, row[name], record[name])
        for name in compare
        if record[name] != row[name] and not _same_keys(record[name], row[name]) and name not in echoes
    ]
    for link in entity.links:
        mine, theirs = lists[link.field].get(record["id"], set()), set(record[link.field])
        theirs.difference_update(deleted_here)  # not written: said in a note (cleared.deleted_here_parts)
        if theirs != mine and theirs != mine - dead:
            differences.append(Difference(link.field, sorted(mine), sorted(theirs)))
    if not differences:
        item.status = IDENTICAL
        return item
    item.differences, item.cleared = differences, cleared
    item.status = DIFFERS
    mine_at, theirs_at = row["updated_at"], record["updated_at"]
    item.newer = "incoming" if theirs_at > mine_at else "local" if theirs_at < mine_at else "same"
    item.trashed_here = bool(row.get("deleted_at")) and not record.get("deleted_at")
    return item


def _remake(entity: Entity, rows: dict[str, dict], *rest: Any) -> Callable[[Record], Item]:
    """The item for a record as ``_item`` makes it (a heir's other name, ``heirs.py``)."""
    return lambda record: _item(entity, record, rows.get(record["id"]), *rest)


def _local_lists(entity: Entity, local: dict[str, list[dict]]) -> dict[str, dict[str, set[str]]]:
    lists: dict[str, dict[str, set[str]]] = {}
    for link in entity.links:
        by_owner: dict[str, set[str]] = {}
        for row in local[link.table.name]:
            by_owner.setdefault(row[link.own_column], set()).add(row[link.other_column])
        lists[link.field] = by_owner
    return lists


def _keep_unknown_lists(incoming: Incoming, local: dict[str, list[dict]]) -> None:
    """A list the file lacks (None: the sender's release did not know the table, e.g. a measure's
    opportunities before 0007) means "unknown", not "empty": it becomes the list here, so nothing
    differs and nothing is removed; for a record new here, an empty list. After the id mapping
    (the local id is the one whose list counts), before anything compares or writes the lists."""
    for entity in entities():
        records = incoming.records[entity.name]
        for link in entity.links:
            unknown = [record for record in records if record[link.field] is None]
            if not unknown:
                continue
            here: dict[str, list[str]] = {}
            for row in local[link.table.name]:
                here.setdefault(row[link.own_column], []).append(row[link.other_column])
            for record in unknown:
                record[link.field] = sorted(here.get(record["id"], ()))


def _map_unique_keys(incoming: Incoming, local: dict[str, list[dict]]) -> None:
    """Give a file record the local id when both sides created "the same" record under a unique key
    of the catalogue (a barrier assessed on both sides, one checklist per Verein, one link per pair
    and kind), and rewrite the file's references to it, parents before children.

    Ids come first: a record whose id is known here is that record, whatever its keys. A typed name
    (``name_key``) never maps: two actors called "Y" may be two organisations, and mapping one onto
    the other would write one over the other and move its links (``names_apart.py``)."""
    mapping: dict[str, str] = {}
    for entity in entities():
        records = incoming.records[entity.name]
        if mapping:
            for record in records:
                for col in entity.references:
                    record[col] = mapping.get(record[col], record[col])
                for link in entity.links:
                    if record[link.field] is not None:  # None: not in the file (_keep_unknown_lists)
                        record[link.field] = [mapping.get(i, i) for i in record[link.field]]
                for name, compute in entity.derived.items():
                    record[name] = compute(record)
        if entity.owner == "id":
            continue
        known = {row["id"] for row in local[entity.name]}
        for key, live_only in entity.unique_keys:
            if NAME_KEY in key:
                continue
            here = ids_by_key(local[entity.name], key, live_only)
            if not here:
                continue
            for record in records:
                values = tuple(record[c] for c in key)
                if None in values or (live_only and record.get(live_only)) or record["id"] in known:
                    continue
                local_id = here.get(values)
                if local_id is not None and local_id != record["id"]:
                    mapping[record["id"]] = local_id
                    record["id"] = local_id
