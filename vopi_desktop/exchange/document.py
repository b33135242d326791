"""data.json: written from rows, read back into checked records (every field, id and reference).

Reading refuses, with one sentence naming entity and field: unknown entities or fields (a newer
app wrote them), wrong types, lengths, dates and numbers, too many records, duplicate ids, records
of a municipality the file does not carry, and references to records the file does not hold or
that belong to another municipality.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

from . import bulk, codec, tombstones
from .errors import damaged, refuse
from .manifest import PRACTICE_EXAMPLES, Manifest
from .registry import Entity, entities
from .tombstones import Tombstone

# About 2.7 times the large demo (container.py says why): 14,999 links are its largest entity,
# 28,971 records its total.
MAX_RECORDS = 40_000  # of one entity
MAX_TOTAL = 80_000
MAX_LINKS = 5_000  # ids in one many-to-many list
PRACTICE = "practice_example"

Record = dict[str, Any]


@dataclass
class Incoming:
    """The checked content of a file: records by entity (column values as Python values)."""

    manifest: Manifest
    records: dict[str, list[Record]] = field(default_factory=dict)
    deleted: list[Tombstone] = field(default_factory=list)  # the sender's deletions (tombstones.py)

    def count(self) -> int:
        return sum(len(rows) for rows in self.records.values())


def dump_rows(entity: Entity, rows: list[Record], links: dict[str, dict[str, list[str]]]) -> list[Record]:
    """Rows read from the database as JSON-ready dicts, with their many-to-many lists."""
    encoders = [(c.name, codec.encoder(c)) for c in entity.columns]
    out = []
    for row in rows:
        record = {name: (enc(row[name]) if enc else row[name]) for name, enc in encoders}
        for link in entity.links:
            record[link.field] = links.get(link.field, {}).get(row["id"], [])
        out.append(record)
    return out


def _bad(entity: str, index: int, name: str, reason: str) -> Exception:
    de, _, en = reason.partition("|")
    return damaged(
        f"{entity} Nr. {index + 1}, Feld „{name}“: {de}",
        f"{entity} no. {index + 1}, field “{name}”: {en or de}",
    )


def read(data: Any, manifest: Manifest, target: str | None = None) -> Incoming:
    """``target``: the municipality that receives a practice-examples file (ignored otherwise)."""
    if not isinstance(data, dict):
        raise damaged("data.json ist kein Objekt", "data.json is not an object")
    known = {e.name: e for e in entities()}
    unknown = sorted(set(data) - set(known) - {tombstones.KEY})
    if unknown:
        raise refuse(
            f"Die Datei enthält Daten, die diese Version nicht kennt ({', '.join(unknown)[:100]}); "
            "bitte VOPI Desktop aktualisieren.",
            f"The file holds data this version does not know ({', '.join(unknown)[:100]}); please update VOPI Desktop.",
        )
    total = 0
    for name, rows in data.items():
        if not isinstance(rows, list):
            raise damaged(f"{name} ist keine Liste", f"{name} is not a list")
        total += len(rows)
        if len(rows) > MAX_RECORDS or total > MAX_TOTAL:
            raise damaged(f"zu viele Datensätze ({name})", f"too many records ({name})")
        if manifest.counts.get(name, 0) != len(rows):
            raise damaged(
                f"die Anzahl der Datensätze von {name} passt nicht zum Manifest",
                f"the number of {name} records does not match the manifest",
            )
    incoming = Incoming(manifest)
    if manifest.content == PRACTICE_EXAMPLES:
        return _practice_examples(incoming, data, target)
    for entity in entities():
        incoming.records[entity.name] = _read_entity(entity, data.get(entity.name, []), manifest)
        data[entity.name] = None  # the file's list: its records are the entity's now (or copies)
    _check_owners(incoming)
    _check_references(incoming)
    _check_unique(incoming)
    places = {mid for mid, _ in manifest.municipalities}
    incoming.deleted = tombstones.read(data.get(tombstones.KEY, []), places, incoming.records)
    return incoming


def _read_entity(entity: Entity, rows: list[Any], manifest: Manifest) -> list[Record]:
    fast = bulk.read_entity(entity, rows, manifest.personal_data, MAX_LINKS)
    if fast is not None:
        return fast
    return _read_records(entity, rows, manifest)


def _read_records(entity: Entity, rows: list[Any], manifest: Manifest) -> list[Record]:
    """Record by record: converts what the column-wise check left (``bulk``), or names the bad field."""
    decoders = [(c.name, codec.quick_check(c), codec.decoder(c), codec.default_of(c)) for c in entity.columns]
    blanks = {c.name: codec.blank_of(c) for c in entity.columns if c.name in entity.personal}
    allowed = set(entity.field_names)
    out: list[Record] = []
    seen: set[str] = set()
    for index, raw in enumerate(rows):
        if not isinstance(raw, dict):
            raise damaged(
                f"{entity.name} Nr. {index + 1} ist kein Objekt",
                f"{entity.name} no. {index + 1} is not an object",
            )
        extra = set(raw) - allowed
        if extra:
            raise refuse(
                f"{entity.name}: unbekanntes Feld „{sorted(extra)[0][:40]}“; bitte VOPI Desktop aktualisieren.",
                f"{entity.name}: unknown field “{sorted(extra)[0][:40]}”; please update VOPI Desktop.",
            )
        record: Record = {}
        for name, quick, decode, default in decoders:
            value = raw.get(name, codec.MISSING)
            if value is codec.MISSING:
                if default is codec.MISSING:
                    raise _bad(entity.name, index, name, "fehlt|missing")
                record[name] = default
                continue
            if quick is not None and quick(value):
                record[name] = value
                continue
            try:
                record[name] = decode(raw[name], name)
            except codec.BadValue as exc:
                raise _bad(entity.name, index, name, str(exc)) from None
        for link in entity.links:
            if link.field not in raw:  # an older sender's release did not know the table: unknown,
                record[link.field] = None  # not empty; the plan takes the list here (plan.py)
                continue
            ids = raw[link.field]
            if not isinstance(ids, list) or len(ids) > MAX_LINKS:
                raise _bad(entity.name, index, link.field, "keine Liste von IDs|not a list of ids")
            try:
                record[link.field] = list(dict.fromkeys(codec._uuid(i) for i in ids))
            except codec.BadValue as exc:
                raise _bad(entity.name, index, link.field, str(exc)) from None
        if not manifest.personal_data:
            record.update(blanks)  # a file that says "without personal data" brings none
        for name, compute in entity.derived.items():
            record[name] = compute(record)
        if record["id"] in seen:
            raise damaged(
                f"{entity.name}: die ID {record['id']} kommt doppelt vor",
                f"{entity.name}: the id {record['id']} occurs twice",
            )
        seen.add(record["id"])
        out.append(record)
    return out


def _practice_examples(incoming: Incoming, data: dict[str, Any], target: str | None) -> Incoming:
    """Practice examples sent back by a consultant: nothing else, filed under the receiving municipality."""
    if any(rows for name, rows in data.items() if name != PRACTICE):
        raise damaged(
            "eine Datei mit Praxisbeispielen enthält andere Daten",
            "a practice-examples file holds other data",
        )
    if target is None:
        raise refuse(
            "Die Datei enthält Praxisbeispiele: bitte die Kommune wählen, der sie zugeordnet werden.",
            "The file holds practice examples: please choose the municipality they are filed under.",
        )
    for entity in entities():
        rows = data.get(entity.name, []) if entity.name == PRACTICE else []
        incoming.records[entity.name] = _read_entity(entity, rows, incoming.manifest)
    for record in incoming.records[PRACTICE]:
        record["municipality_id"] = target
        record["contact_actor_id"] = None  # the sender's actors do not travel with the examples
    incoming.manifest = replace(incoming.manifest, municipalities=((target, ""),))
    _check_unique(incoming)
    return incoming


def _check_unique(incoming: Incoming) -> None:
    """Two records of the file under one unique key (two actors of a town with one name) would be
    refused by the database's index only while writing: refuse them here, naming the key."""
    for entity in entities():
        records = incoming.records[entity.name]
        for key, only_unset in entity.unique_keys:  # only_unset: the key holds where that column is unset
            held = records if not only_unset else [r for r in records if not r.get(only_unset)]
            values = list(map(itemgetter(*key), held)) if len(key) > 1 else [(r[key[0]],) for r in held]
            keyed = [v for v in values if None not in v]
            if len(set(keyed)) == len(keyed):
                continue
            seen: set[tuple] = set()
            for record, value in zip(held, values, strict=True):
                if None not in value and value in seen:
                    raise damaged(
                        f"{entity.name} {record['id']}: derselbe Name bzw. Schlüssel ({', '.join(key)}) "
                        "kommt doppelt vor",
                        f"{entity.name} {record['id']}: the same name or key ({', '.join(key)}) occurs twice",
                    )
                seen.add(value)


def _check_owners(incoming: Incoming) -> None:
    places = {r["id"] for r in incoming.records.get("municipality", [])}
    if places != {mid for mid, _ in incoming.manifest.municipalities}:
        raise damaged(
            "die Kommunen in data.json passen nicht zum Manifest",
            "the municipalities in data.json do not match the manifest",
        )
    for entity in entities():
        if entity.owner == "id":
            continue
        for record in incoming.records[entity.name]:
            if record[entity.owner] not in places:
                raise damaged(
                    f"{entity.name} {record['id']} gehört zu einer Kommune, die nicht in der Datei ist",
                    f"{entity.name} {record['id']} belongs to a municipality not in the file",
                )


def _check_references(incoming: Incoming) -> None:
    """Every reference points at a record in the file, of the same municipality: (id, owner) pairs
    against the file's, a whole column at a time; the record loop below names the first broken one."""
    targets_of = {t for e in entities() for t in e.references.values()}
    targets_of |= {link.other_entity for e in entities() for link in e.links}
    pairs: dict[str, set[tuple[str, str]]] = {}
    for entity in entities():
        if entity.name in targets_of:
            records = incoming.records[entity.name]
            ids = map(itemgetter("id"), records)
            pairs[entity.name] = set(zip(ids, map(itemgetter(entity.owner), records), strict=True))
    for entity in entities():
        records = incoming.records[entity.name]
        owners = list(map(itemgetter(entity.owner), records))
        unset = {(None, owner) for owner in set(owners)}  # an empty reference is no reference
        sound = True
        for col, target in entity.references.items():
            refs = set(zip(map(itemgetter(col), records), owners, strict=True)) - unset
            sound = sound and refs <= pairs[target]
        for link in entity.links:
            lists = [ids or () for ids in map(itemgetter(link.field), records)]  # None: not in the file
            each_owner = chain.from_iterable(map(repeat, owners, map(len, lists)))
            found = set(zip(chain.from_iterable(lists), each_owner, strict=True))
            sound = sound and found <= pairs[link.other_entity]
        if sound:
            continue
        owner_of = {name: dict(held) for name, held in pairs.items()}
        targets = [(col, owner_of[target]) for col, target in entity.references.items()]
        lists_of = [(link.field, owner_of[link.other_entity]) for link in entity.links]
        for record in records:
            mine = record[entity.owner]
            for col, known in targets:
                ref = record[col]
                if ref is not None and known.get(ref) != mine:
                    raise _broken(entity.name, record["id"], col, ref in known)
            for name, known in lists_of:
                for ref in record[name] or ():
                    if known.get(ref) != mine:
                        raise _broken(entity.name, record["id"], name, ref in known)


def _broken(entity: str, record_id: str, name: str, other_place: bool) -> Exception:
    if other_place:
        return damaged(
            f"{entity} {record_id}: „{name}“ verweist auf einen Datensatz einer anderen Kommune",
            f"{entity} {record_id}: “{name}” refers to a record of another municipality",
        )
    return damaged(
        f"{entity} {record_id}: „{name}“ verweist auf einen Datensatz, der nicht in der Datei ist",
        f"{entity} {record_id}: “{name}” refers to a record that is not in the file",
    )
