"""Deleting a municipality on SQLite and PostgreSQL: what goes with it is counted first, everything it
owns goes (no orphan in any table), the others stay, a stale copy is refused, SQLite is backed up first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from vopi_desktop.store import StaleRecordError
from vopi_desktop.store.base import Base
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.errors import NotFoundError
from vopi_desktop.store.workspace import Workspace


def _example(ws: Workspace) -> str:
    fill_demo(ws, "small")
    return next(m.id for m in ws.municipalities.list() if m.is_example)


def _rows(ws: Workspace) -> dict[str, int]:
    """Rows per table, link tables included."""
    with ws.context.sessions() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables
        }


def _owned_by(ws: Workspace, mid: str) -> dict[str, int]:
    with ws.context.sessions() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t).where(t.c.municipality_id == mid)) or 0
            for t in Base.metadata.sorted_tables
            if "municipality_id" in t.c and t.name != "change_log"
        }


def test_contents_counts_what_would_go(ws: Workspace) -> None:
    mid = _example(ws)
    counts = ws.municipalities.contents(mid)
    owned = _owned_by(ws, mid)
    assert counts["actors"] == len(ws.actors.list(mid)) > 0
    assert counts["actors"] + counts["actors_trashed"] == owned["actor"]
    assert counts["barriers"] == owned["barrier_assessment"] > 0
    assert counts["measures"] == owned["measure"] > 0
    assert counts["events"] == owned["event"] > 0
    other = ws.municipalities.create(MunicipalityInput(name="Leerdorf", kind="gemeinde", state="BY"))
    assert set(ws.municipalities.contents(other.id).values()) == {0}


def test_contents_count_the_live_actors_and_name_the_trash_apart(ws: Workspace, mid: str) -> None:
    """The question said "41 Akteure" where the directory shows 40: the trash was counted with them
    (review). The actors, their links and opening checklists count as the pages show them; what lies in
    the trash is named on its own (it goes too), the links and checklist it keeps go with it unnamed."""
    made = {
        name: ws.actors.create(mid, ActorInput(name=name, type="verein")).id
        for name in ("TSV Neckarstadt", "Kulturverein", "Chor Harmonie")
    }
    tsv, kultur, chor = made.values()
    ws.network.add_link(mid, tsv, kultur, "cooperation", 2)
    ws.network.add_link(mid, kultur, chor, "informal", 1)
    ws.checklists.start(mid, "opening", tsv)
    ws.checklists.start(mid, "opening", chor)
    ws.checklists.start(mid, "anchoring")
    ws.actors.trash(chor)

    counts = ws.municipalities.contents(mid)
    assert counts["actors"] == len(ws.actors.list(mid)) == 2
    assert counts["actors_trashed"] == len(ws.actors.trash_list(mid)) == 1
    assert counts["links"] == len(ws.network.graph(mid).links) == 1
    assert counts["checklists"] == 2  # the TSV's and the municipality's; the choir's lies in the trash
    assert list(counts)[:3] == ["actors", "actors_trashed", "links"]


def test_delete_takes_everything_it_owns_and_leaves_the_others(ws: Workspace) -> None:
    mid = _example(ws)
    other = ws.municipalities.create(MunicipalityInput(name="Nachbarort", kind="gemeinde", state="BW"))
    ws.municipalities.set_occasions(other.id, ["more_migrants"])
    before = _rows(ws)
    owned = _owned_by(ws, mid)
    version = ws.municipalities.get(mid).version

    ws.municipalities.delete(mid, version)

    assert [m.name for m in ws.municipalities.list()] == ["Nachbarort"]
    assert set(_owned_by(ws, mid).values()) == {0}
    after = _rows(ws)
    # Every owned table lost exactly the deleted municipality's rows; the link tables were emptied too
    # (the example's are all its own): nothing is left dangling.
    for table, n in owned.items():
        assert after[table] == before[table] - n, table
    links = [
        t.name
        for t in Base.metadata.sorted_tables
        if "municipality_id" not in t.c and t.name != "municipality"
    ]
    assert links and all(after[name] == 0 for name in links if name != "change_log")
    assert ws.municipalities.process_state(other.id).occasions == ("more_migrants",)
    with pytest.raises(NotFoundError):
        ws.municipalities.get(mid)


def test_delete_of_a_changed_municipality_is_refused(ws: Workspace) -> None:
    m = ws.municipalities.create(MunicipalityInput(name="Altdorf", kind="gemeinde", state="BW"))
    ws.municipalities.update(m.id, MunicipalityInput(name="Altdorf", kind="stadt", state="BW"), m.version)
    with pytest.raises(StaleRecordError):
        ws.municipalities.delete(m.id, m.version)
    assert ws.municipalities.get(m.id).kind == "stadt"


def test_sqlite_is_backed_up_before_the_delete(workspace: Workspace, config) -> None:
    mid = _example(workspace)
    version = workspace.municipalities.get(mid).version
    saved = workspace.municipalities.delete(mid, version, config.backups_dir)
    assert isinstance(saved, Path) and saved.exists() and "before-delete" in saved.name
    assert workspace.municipalities.list() == []
    # the backup still holds the town
    from vopi_desktop.store.db import make_engine

    copy = Workspace(make_engine(f"sqlite:///{saved}"), who="test")
    try:
        assert [m.name for m in copy.municipalities.list()] == ["Musterstadt am Neckar"]
    finally:
        copy.close()


def test_no_backup_and_nothing_deleted_when_the_backup_fails(workspace: Workspace, config) -> None:
    mid = _example(workspace)
    blocked = config.backups_dir
    blocked.parent.mkdir(parents=True, exist_ok=True)
    if blocked.exists():
        import shutil

        shutil.rmtree(blocked)
    blocked.write_text("a file where the folder should be")
    from vopi_desktop.store import StoreError

    with pytest.raises(StoreError):
        workspace.municipalities.delete(mid, None, blocked)
    assert [m.id for m in workspace.municipalities.list()] == [mid]
