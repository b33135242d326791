"""The last look before an import writes: no two live records of one municipality under one name.

The plan keeps names apart (``names_apart.py``, ``heirs.py``), but it was made when the file was
opened; a record named here while the preview was open (another window, the CLI) would meet the
file's under the unique index of live names, which refuses the whole transaction with a sentence
that names neither record nor what to do. Checked here first, for the names written only."""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING

from .errors import refuse
from .labels import quoted, record_name
from .names_apart import NAME_KEY

if TYPE_CHECKING:
    from ..store.services.exchange import ChangeSet, ExchangeService
    from .registry import Entity


def refuse_name_clashes(service: ExchangeService, changes: ChangeSet, entities: tuple[Entity, ...]) -> None:
    """Refuse, before anything is written, a file record whose name a different live record here
    holds once the import's deletions are done (an update's own row is replaced by it)."""
    leaving = {d.id for d in changes.deletes}
    for entity in entities:
        keys = [(key, live) for key, live in entity.unique_keys if NAME_KEY in key]
        change = next((c for c in changes.tables if c.table is entity.table), None)
        if not keys or change is None or not (change.inserts or change.updates):
            continue
        written = change.inserts + [values for values, _ in change.updates]
        places = sorted(set(map(itemgetter(entity.owner), written)))
        ids: set[str] | None = None
        for key, live_only in keys:
            columns = ["id", *key] + ([live_only] if isinstance(live_only, str) else [])
            rows = service.read_columns(entity.table, columns, entity.owner, places)
            if not rows:  # nothing here (a first import): the file's own names are checked on reading
                continue
            ids = ids if ids is not None else set(map(itemgetter("id"), written))
            held = {
                tuple(row[c] for c in key): row["id"]
                for row in rows
                if row["id"] not in ids and row["id"] not in leaving and not (live_only and row[live_only])
            }
            if not held:
                continue
            for record in written:
                if live_only and record.get(live_only):
                    continue
                value = tuple(record[c] for c in key)
                if held.setdefault(value, record["id"]) != record["id"]:
                    what = f"{record_name(entity.name)} {quoted(record['name'])}"
                    raise refuse(
                        f"{what} aus der Datei: diesen Namen hat hier inzwischen ein anderer Datensatz; nichts "
                        "wurde übernommen. Bitte die Datei erneut öffnen: die Vorschau hält die beiden dann "
                        "getrennt.",
                        f"{what} from the file: a different record here has taken this name since; nothing was "
                        "taken over. Please open the file again: the preview then keeps the two apart.",
                    )
