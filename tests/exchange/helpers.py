"""Comparing whole workspaces: "identical" and "unchanged" mean these dumps are equal."""

from __future__ import annotations

from sqlalchemy import select

from vopi_desktop.store.base import Base
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
