"""What refuses a file before its merge is planned: a municipality of the file whose name a different
municipality holds here, and a record the file gives to one municipality that belongs to another here.
Both name what they found (the kind's and the record's names, never a table or an id); nothing is
written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import labels
from .document import Incoming
from .errors import refuse
from .registry import entities, label_of

if TYPE_CHECKING:
    from ..store.services.exchange import ExchangeService


def refuse_name_clash(incoming: Incoming, names: dict[str, str]) -> None:
    """A municipality is never merged by name: a different one of the file's name here refuses it."""
    from ..store.names import name_key

    here = {name_key(name): mid for mid, name in names.items()}
    # The records in data.json are what is written (the manifest's names are only its summary).
    for record in incoming.records.get("municipality", []):
        mid, name = record["id"], record["name"]
        other = here.get(name_key(name))
        if other is not None and other != mid:
            raise refuse(
                f"Hier gibt es schon eine andere Kommune {labels.quoted(name)} (nicht aus dieser Datei); die Datei wurde "
                "nicht übernommen. Bitte eine der beiden umbenennen.",
                f"A different municipality {labels.quoted(name)} exists here already (not from this file); the file was "
                "not taken over. Please rename one of them.",
            )


def refuse_foreign(
    service: ExchangeService, incoming: Incoming, local: dict[str, list[dict]], names: dict[str, str]
) -> None:
    """A record id that belongs to another municipality here must not be moved over by a file."""
    unknown: dict[str, set[str]] = {}
    for entity in entities():
        here = {row["id"] for row in local[entity.name]}
        ids = {r["id"] for r in incoming.records[entity.name]} - here
        if ids:
            unknown[entity.name] = ids
    if not unknown:
        return
    tables = [e.table for e in entities() if e.name in unknown]
    for name, stored in service.ids_of(tables).items():
        elsewhere = stored & unknown[name]
        if not elsewhere:
            continue
        entity = next(e for e in entities() if e.name == name)
        for row in service.read_by_ids(entity.table, sorted(elsewhere)[:1]):
            # Said with the kind's and the record's names and where it is here, never the table and id.
            label = label_of(row)
            what = labels.record_name(name) + (f": {labels.quoted(label)}" if label != row["id"] else "")
            place = names.get(row[entity.owner], "?")
            owner = next(r[entity.owner] for r in incoming.records[name] if r["id"] == row["id"])
            theirs = dict(incoming.manifest.municipalities).get(owner) or names.get(owner) or "?"
            raise refuse(
                f"Die Datei enthält einen Datensatz ({what}), der hier zur Kommune {labels.quoted(place)} "
                f"gehört, in der Datei aber zu {labels.quoted(theirs)}; die Datei wurde nicht übernommen.",
                f"The file holds a record ({what}) that belongs to {labels.quoted(place)} here but to "
                f"{labels.quoted(theirs)} in the file; the file was not taken over.",
            )
