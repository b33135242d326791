"""Upgrades from committed databases of every earlier schema; start-up copies before migrating."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory

from vopi_desktop.config import Config
from vopi_desktop.store import StoreError, db
from vopi_desktop.store.backup import list_backups
from vopi_desktop.store.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_head_constant_matches_alembic() -> None:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == db.HEAD_REVISION
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(db.KNOWN_REVISIONS)


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema_*.sqlite3")))
def test_fixture_database_upgrades_with_a_backup_first(fixture: str, config: Config) -> None:
    revision = fixture.removeprefix("schema_").removesuffix(".sqlite3")
    target = config.sqlite_path
    assert target is not None
    shutil.copyfile(FIXTURES / fixture, target)
    ws = Workspace.open(config)
    try:
        assert db.current_revision(ws.engine) == db.HEAD_REVISION
        names = [m.name for m in ws.municipalities.list()]
        assert "Altdorf" in names
        assert ws.check().ok
    finally:
        ws.close()
    backups = list_backups(config.backups_dir)
    if revision != db.HEAD_REVISION:
        assert backups and f"before-upgrade-{revision}" in backups[-1].name


def test_every_schema_has_a_fixture() -> None:
    have = {
        p.name.removeprefix("schema_").removesuffix(".sqlite3") for p in FIXTURES.glob("schema_*.sqlite3")
    }
    assert set(db.KNOWN_REVISIONS) <= have


def test_database_from_a_newer_version_is_refused(config: Config) -> None:
    ws = Workspace.open(config)
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    ws.close()
    with pytest.raises(StoreError, match="neueren Version"):
        Workspace.open(config)


def test_foreign_database_is_refused(config: Config) -> None:
    import sqlite3

    assert config.sqlite_path is not None
    conn = sqlite3.connect(config.sqlite_path)
    conn.execute("CREATE TABLE kunden (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="fremde Tabellen"):
        Workspace.open(config)
