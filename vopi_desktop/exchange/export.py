"""Export: the whole workspace or one municipality to a .vopi file, optionally without personal data
and sealed with a password. Written to a temporary file beside the target and renamed, so a failed
or cancelled export leaves nothing half-written."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..lang import t
from ..store.services.exchange import ReadSpec
from ..textsort import sort_key
from . import codec, container, document, manifest, tombstones
from .errors import refuse
from .example_towns import real_towns
from .labels import quoted
from .registry import by_name, entities

if TYPE_CHECKING:
    from ..store.services.exchange import ExchangeService

Progress = Callable[[int, str], None]  # percent, what is being done


class Cancelled(Exception):
    """Raised by a progress callback to stop the export; nothing is left behind."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    municipalities: int
    records: int
    size: int
    left_out: tuple[str, ...] = ()  # example towns not sent with "all" (example_towns.py)


def export(
    service: ExchangeService,
    out: Path,
    municipality: str | None = None,
    personal: bool = True,
    password: str | None = None,
    progress: Progress | None = None,
    practice_examples: Sequence[str] | None = None,
) -> ExportResult:
    step = progress or (lambda _p, _s: None)
    if practice_examples is not None:
        return _practice_examples(service, out, list(practice_examples), password, step)
    ids: list[str] | None = None
    if municipality is not None:
        found = service.municipality_named(municipality)
        if found is None:
            raise refuse(
                f"Keine Kommune {quoted(municipality)} gefunden.",
                f"No municipality {quoted(municipality)} found.",
            )
        ids = [found]
    left_out: tuple[str, ...] = ()
    if municipality is None:  # "Alle Kommunen": the real ones (example_towns.py says why)
        towns = service.read([ReadSpec(by_name()["municipality"].table, "id")], None)["municipality"]
        sent = real_towns(towns)
        if len(sent) < len(towns):
            ids = [row["id"] for row in sent]
            left_out = tuple(sorted(row["name"] for row in towns if row not in sent))
    step(5, t("Daten lesen", "Reading data"))
    specs = []
    for entity in entities():
        specs.append(ReadSpec(entity.table, entity.owner))
        specs += [ReadSpec(link.table, link.own_column, entity.table, entity.owner) for link in entity.links]
    rows = service.read(specs, ids)
    if not rows["municipality"]:
        raise refuse("Es gibt noch keine Kommune zum Exportieren.", "There is no municipality to export yet.")
    step(40, t("Datei zusammenstellen", "Assembling the file"))
    data: dict[str, list] = {}
    for entity in entities():
        links = {
            link.field: _lists(rows[link.table.name], link.own_column, link.other_column)
            for link in entity.links
        }
        records = document.dump_rows(entity, rows[entity.name], links)
        if not personal and entity.personal:
            blanks = {c.name: codec.blank_of(c) for c in entity.columns if c.name in entity.personal}
            encoders = {c.name: codec.encoder(c) for c in entity.columns if c.name in blanks}
            blanks = {k: (encoders[k](v) if encoders[k] else v) for k, v in blanks.items()}
            for record in records:
                record.update(blanks)
        data[entity.name] = records
    records = sum(len(v) for v in data.values())
    present = {record["id"] for values in data.values() for record in values}
    places = [(r["id"], r["name"]) for r in rows["municipality"]]
    # a full file: what its municipalities deleted goes with it (ids only, tombstones.py)
    data[tombstones.KEY] = tombstones.dump(service.tombstones([mid for mid, _ in places]), present)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    _refuse_too_large(raw, data)
    head = manifest.build(raw, service.who, places, {k: len(v) for k, v in data.items()}, personal)
    step(60, t("Packen", "Packing"))
    blob = container.pack(head, raw, password)
    step(90, t("Schreiben", "Writing"))
    _write_atomically(out, blob, step)
    return ExportResult(out, len(places), records, len(blob), left_out)


def _practice_examples(
    service: ExchangeService, out: Path, ids: list[str], password: str | None, step: Progress
) -> ExportResult:
    """A file of practice examples only (a consultant sends them back); no municipality travels:
    the receiver files them under its own."""
    entity = by_name()["practice_example"]
    rows = service.read_by_ids(entity.table, ids)
    if not rows or len(rows) != len(set(ids)):
        raise refuse(
            "Die gewählten Praxisbeispiele gibt es nicht (mehr).",
            "The chosen practice examples do not exist (any more).",
        )
    records = document.dump_rows(entity, rows, {})
    data = {entity.name: records}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    owners = {row[entity.owner] for row in rows}  # the sender, named as a workspace file names its towns
    towns = service.read_by_ids(by_name()["municipality"].table, sorted(owners))
    places = sorted(((r["id"], r["name"]) for r in towns), key=lambda place: sort_key(place[1]))
    head = manifest.build(
        raw, service.who, places, {entity.name: len(records)}, True, manifest.PRACTICE_EXAMPLES
    )
    blob = container.pack(head, raw, password)
    _write_atomically(out, blob, step)
    return ExportResult(out, 0, len(records), len(blob))


def _refuse_too_large(raw: bytes, data: dict[str, list]) -> None:
    """A file no import would take (the limits in container.py and document.py) is not written."""
    total = sum(len(records) for records in data.values())
    largest = max((len(records) for records in data.values()), default=0)
    if len(raw) > container.MAX_DATA or total > document.MAX_TOTAL or largest > document.MAX_RECORDS:
        raise refuse(
            f"Die Daten sind zu umfangreich für eine Austauschdatei ({len(raw) // 2**20} MB, {total} "
            "Datensätze). Bitte die Kommunen einzeln exportieren.",
            f"The data is too large for one exchange file ({len(raw) // 2**20} MB, {total} records). "
            "Please export the municipalities one at a time.",
        )


def _lists(rows: list[dict], own: str, other: str) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    for row in rows:
        lists.setdefault(row[own], []).append(row[other])
    for values in lists.values():
        values.sort()
    return lists


def _write_atomically(out: Path, blob: bytes, step: Progress) -> None:
    out = out.expanduser()
    tmp = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        step(99, t("Schreiben", "Writing"))  # last chance to cancel before the file appears
        tmp.replace(out)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise refuse(
                f"Die Datei konnte nicht geschrieben werden: {exc.strerror or exc}",
                f"The file could not be written: {exc.strerror or exc}",
            ) from None
        raise
