"""Comparing whole workspaces ("identical" and "unchanged" mean these dumps are equal), sending a file
from one to the other, editing an actor as the form does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import select

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.export import export
from vopi_desktop.store.base import Base
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.workspace import Workspace


def content(ws: Workspace, skip: tuple[str, ...] = ("version",)) -> dict[str, list[tuple]]:
    """Every exported table as sorted tuples (the local version counter left out)."""
    out: dict[str, list[tuple]] = {}
    with ws.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in ("change_log",):
                continue
            cols = [c for c in table.columns if c.name not in skip]
            rows = conn.execute(select(*cols)).fetchall()
            out[table.name] = sorted(tuple(map(repr, r)) for r in rows)
    return out


def everything(ws: Workspace) -> dict[str, list[tuple]]:
    """All tables including the change log and version counters: "unchanged" means this is equal."""
    out = content(ws, skip=())
    with ws.engine.connect() as conn:
        table = Base.metadata.tables["change_log"]
        out["change_log"] = sorted(tuple(map(repr, r)) for r in conn.execute(select(table)).fetchall())
    return out


def send(a: Workspace, b: Workspace, path: Path, policy: str = "newer", **options) -> importer.Plan:
    export(a.exchange, path, **options)
    plan = importer.prepare(b.exchange, path, policy=policy)
    importer.apply(b.exchange, plan, None)
    return plan


def edit_actor(ws: Workspace, actor_id: str, **changes) -> None:
    current = ws.actors.get(actor_id)
    fields = {f.name: getattr(current, f.name) for f in dataclasses.fields(ActorInput)}
    fields["fields"], fields["languages"] = list(fields["fields"]), list(fields["languages"])
    ws.actors.update(actor_id, ActorInput(**(fields | changes)), current.version)
