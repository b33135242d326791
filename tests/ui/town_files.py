"""The town's two files of the deletion scenarios (review of G15), for the import preview's UI tests:
the first imported here; then the town purges the actor NAME and makes a new one of that name, deletes
the measure GONE and renames an actor that is renamed here too (a conflict), and writes the second."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.workspace import Workspace

from .conftest import town_imported

NAME = "Elterncafé „Nord“"  # quoted in a line: „Elterncafé ‚Nord‘“
GONE = "Antragswerkstatt für Migrantenorganisationen"


def deletion_files(ctx, tmp_path: Path) -> dict[str, str]:
    """``first.vopi`` imported here, ``second.vopi`` written: the ids of the municipality ("mid"), the
    purged actor ("old"), its namesake ("new"), the deleted measure ("measure") and the conflict."""
    town, mid = town_imported(ctx, tmp_path, before=lambda town, mid: town.actors.create(
        mid, ActorInput(NAME, town.actors.list(mid)[0].type)
    ))  # fmt: skip
    ws = ctx.workspace
    old = next(a for a in town.actors.list(mid) if a.name == NAME)
    town.actors.trash(old.id)
    town.actors.purge(old.id)
    new = town.actors.create(mid, ActorInput(NAME, old.type))
    measure = next(m for m in town.measures.list(mid) if m.title == GONE)
    town.measures.delete(measure.id, measure.version)
    mine = next(a for a in ws.actors.list(mid) if a.name != NAME)  # changed here: a conflict
    rename(town, mine.id, mine.name + " e.V.")
    rename(ws, mine.id, mine.name + " (hier)")
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    return {"mid": mid, "old": old.id, "new": new.id, "measure": measure.id, "conflict": mine.id}


def rename(ws: Workspace, actor_id: str, name: str) -> None:
    current = ws.actors.get(actor_id)
    fields = {f.name: getattr(current, f.name) for f in dataclasses.fields(ActorInput)}
    fields["fields"], fields["languages"] = list(fields["fields"]), list(fields["languages"])
    ws.actors.update(actor_id, ActorInput(**(fields | {"name": name})), current.version)
