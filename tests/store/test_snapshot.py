"""The start-up snapshot must show exactly what the services would, or step aside."""

from __future__ import annotations

import sqlite3

from vopi_desktop.config import Config
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.store.revisions import HEAD_REVISION
from vopi_desktop.store.snapshot import read_snapshot
from vopi_desktop.store.workspace import Workspace


def test_snapshot_equals_the_services(config: Config, workspace: Workspace) -> None:
    fill_demo(workspace, "small")
    for name in ("Zell", "Ölbronn", "Altdorf"):
        workspace.municipalities.create(MunicipalityInput(name=name, kind="gemeinde", state="BW"))
    municipalities = workspace.municipalities.list()
    names = [m.name for m in municipalities]
    assert names.index("Altdorf") < names.index("Ölbronn") < names.index("Zell")  # Ö sorts as O
    example = next(m for m in municipalities if m.is_example)

    def check() -> None:
        snapshot = read_snapshot(config.sqlite_path, HEAD_REVISION, example.id)
        assert snapshot is not None
        assert list(snapshot.municipalities) == municipalities
        assert snapshot.municipality_id == example.id
        assert snapshot.state == workspace.municipalities.process_state(example.id)
        assert snapshot.state.counts["actors"] > 30  # a real comparison, not two empty states
        # the round the Pillars page (and the insights) call latest is the one the progress counts
        latest = workspace.pillars.rounds(example.id)[-1]
        assert snapshot.state.counts["scores"] == latest.scored_count

    check()
    pillars = workspace.pillars
    day = max(r.held_on for r in pillars.rounds(example.id) if r.held_on)
    same_day = [pillars.create_round(example.id, RoundInput(title, day)) for title in ("Zweite", "Erste")]
    pillars.set_score(same_day[0].id, "encounter.1", 2, "", None)
    for key in ("encounter.1", "encounter.2", "encounter.3"):
        pillars.set_score(same_day[1].id, key, 4, "", None)
    check()
    planned = pillars.create_round(example.id, RoundInput("Geplant"))
    pillars.set_score(planned.id, "diversity.1", 3, "", None)
    check()


def test_snapshot_falls_back_to_the_first_municipality(
    config: Config, workspace: Workspace, municipality
) -> None:
    snapshot = read_snapshot(config.sqlite_path, HEAD_REVISION, "no-such-id")
    assert snapshot is not None
    assert snapshot.municipality_id == municipality.id
    assert snapshot.state == workspace.municipalities.process_state(municipality.id)


def test_snapshot_steps_aside_when_it_cannot_be_sure(config: Config, workspace: Workspace) -> None:
    assert config.sqlite_path is not None
    assert read_snapshot(None, HEAD_REVISION, None) is None  # PostgreSQL
    assert read_snapshot(config.sqlite_path.with_name("missing.sqlite3"), HEAD_REVISION, None) is None
    assert read_snapshot(config.sqlite_path, "older", None) is None  # must be migrated first
    empty = read_snapshot(config.sqlite_path, HEAD_REVISION, None)
    assert empty is not None and empty.municipalities == ()
    junk = config.sqlite_path.with_name("junk.sqlite3")
    junk.write_bytes(b"not a database at all" * 100)
    assert read_snapshot(junk, HEAD_REVISION, None) is None
    foreign = config.sqlite_path.with_name("foreign.sqlite3")
    sqlite3.connect(foreign).execute("CREATE TABLE x (y)").connection.commit()
    assert read_snapshot(foreign, HEAD_REVISION, None) is None
