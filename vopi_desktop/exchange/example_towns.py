"""The fictional example town ("Musterstadt am Neckar", Beispielstadt laden) in an exchange file.

Every town that tried the example has its own Musterstadt, each a different record under the same
name. Sent along in "Alle Kommunen", the second one at a consultant met the first and the whole file
was refused, real towns and all (review F35). So: an example town is sent only when asked for by
name or when the workspace holds nothing else (a demo or a training), and an example town of a file
whose name a different municipality holds here is left out with its records, said in the preview.
A real town of that name is still refused, as before: it cannot be fiction to drop.
"""

from __future__ import annotations

from dataclasses import replace

from ..store.names import name_key
from .document import Incoming
from .registry import entities


def leave_out_example_towns(incoming: Incoming, names: dict[str, str]) -> list[str]:
    """Drop the file's example towns whose name a different municipality holds here (``names``: id →
    name of every municipality here), with everything they own; returns their names."""
    here = {name_key(name): mid for mid, name in names.items()}
    out = {
        record["id"]: record["name"]
        for record in incoming.records.get("municipality", [])
        if record.get("is_example") and here.get(name_key(record["name"]), record["id"]) != record["id"]
    }
    if not out:
        return []
    for entity in entities():
        kept = [record for record in incoming.records[entity.name] if record[entity.owner] not in out]
        incoming.records[entity.name] = kept
    places = tuple(place for place in incoming.manifest.municipalities if place[0] not in out)
    incoming.manifest = replace(incoming.manifest, municipalities=places)
    return sorted(out.values())


def real_towns(rows: list[dict]) -> list[dict]:
    """The municipalities "Alle Kommunen" sends: the real ones; every one when there is no real one."""
    real = [row for row in rows if not row.get("is_example")]
    return real or rows
