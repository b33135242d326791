"""Upgrades from committed databases of every earlier schema; start-up copies before migrating."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory
from sqlalchemy.exc import IntegrityError

from vopi_desktop.config import Config
from vopi_desktop.store import StoreError, db
from vopi_desktop.store.backup import list_backups
from vopi_desktop.store.base import UTCDateTime
from vopi_desktop.store.models import Base
from vopi_desktop.store.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
UNIQUE_INDEX = "uq_barrier_assessment_municipality_id_barrier_key"


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


# ----- 0002: one assessment per catalogue barrier and municipality

_T0 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
_ID = sa.Uuid(as_uuid=False)


def _table(name: str, *columns: str, **types: sa.types.TypeEngine) -> sa.TableClause:
    """A bare table as schema 0001 has it: Core inserts must not pick up columns of later models."""
    stamps = {"created_at": UTCDateTime(), "updated_at": UTCDateTime()}
    return sa.table(
        name,
        *(
            sa.column(c, types.get(c) or stamps.get(c) or (_ID if c.endswith("id") else None))
            for c in columns
        ),
    )


_RECORD = ("id", "municipality_id", "created_at", "updated_at", "version")
MUNICIPALITY = _table("municipality", "id", "name", "kind", "state", "contact_name", "contact_email",
                      "contact_phone", "is_example", "created_at", "updated_at", "version")  # fmt: skip
TARGET_GROUP = _table("target_group", *_RECORD, "name", "description")
MEASURE = _table(
    "measure", *_RECORD, "title", "goal", "kind", "pillars", "channels", "languages", "responsible_person",
    "status", "success_indicator", "result", pillars=sa.JSON(), channels=sa.JSON(), languages=sa.JSON(),
)  # fmt: skip
ASSESSMENT = _table("barrier_assessment", *_RECORD, "barrier_key", "custom_title", "custom_description",
                    "custom_group", "relevance", "evidence_kind", "note")  # fmt: skip
BARRIER_GROUP = _table("barrier_target_group", "barrier_assessment_id", "target_group_id")
MEASURE_BARRIER = _table("measure_barrier", "measure_id", "barrier_assessment_id")


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _record(n: int, mid: str, days: int = 0, **values: object) -> dict[str, object]:
    stamp = _T0 + timedelta(days=days)
    return {
        "id": _uuid(n),
        "municipality_id": mid,
        "created_at": _T0,
        "updated_at": stamp,
        "version": 1,
    } | values


def _assessment(n: int, mid: str, key: str | None, days: int, relevance: int, note: str) -> dict[str, object]:
    return _record(n, mid, days, barrier_key=key, custom_title="Eigenes" if key is None else "",
                   custom_description="", custom_group="", relevance=relevance, evidence_kind="", note=note)  # fmt: skip


def _add_duplicates(conn: sa.Connection, mid: str, other_mid: str) -> None:
    """Rows a 0001 database may hold after two people rated B3 and B4 first at the same time."""
    conn.execute(
        sa.insert(TARGET_GROUP), [_record(n, mid, name=f"Gruppe {n}", description="") for n in (1, 2)]
    )
    conn.execute(sa.insert(MEASURE), [
        _record(n, mid, title=f"Maßnahme {n}", goal="", kind="event", pillars=[], channels=[], languages=[],
                responsible_person="", status="planned", success_indicator="", result="")
        for n in (11, 12)
    ])  # fmt: skip
    conn.execute(sa.insert(ASSESSMENT), [
        _assessment(21, mid, "B3", 0, 1, "alt"),  # older: goes, its links move over
        _assessment(22, mid, "B3", 5, 3, "neu"),  # newer: stays
        _assessment(23, mid, "B4", 2, 2, "kleinere id"),  # a tie on updated_at: the larger id stays
        _assessment(24, mid, "B4", 2, 0, "größere id"),
        _assessment(25, mid, None, 1, 1, "eigenes 1"),  # own barriers have no key: both stay
        _assessment(26, mid, None, 1, 2, "eigenes 2"),
        _assessment(27, other_mid, "B3", 0, 2, "andere Kommune"),  # another municipality: untouched
    ])  # fmt: skip
    conn.execute(sa.insert(BARRIER_GROUP), [
        {"barrier_assessment_id": _uuid(21), "target_group_id": _uuid(1)},
        {"barrier_assessment_id": _uuid(22), "target_group_id": _uuid(2)},
    ])  # fmt: skip
    conn.execute(sa.insert(MEASURE_BARRIER), [
        {"measure_id": _uuid(11), "barrier_assessment_id": _uuid(21)},  # both linked: one link is left
        {"measure_id": _uuid(11), "barrier_assessment_id": _uuid(22)},
        {"measure_id": _uuid(12), "barrier_assessment_id": _uuid(21)},  # only the old one: moves over
    ])  # fmt: skip


def _check_merged(ws: Workspace, mid: str, other_mid: str) -> None:
    b3 = ws.barriers.get(mid, "B3")
    assert (b3.id, b3.relevance, b3.note) == (_uuid(22), 3, "neu")
    assert set(b3.target_group_ids) == {_uuid(1), _uuid(2)}
    assert b3.version == 2  # the links changed: a copy read before the upgrade is stale
    b4 = ws.barriers.get(mid, "B4")
    assert (b4.id, b4.note) == (_uuid(24), "größere id")
    rows = ws.barriers.list(mid)
    assert len(rows) == 29 and sorted(r.note for r in rows if r.is_custom) == ["eigenes 1", "eigenes 2"]
    assert ws.barriers.get(other_mid, "B3").id == _uuid(27)
    with ws.engine.connect() as conn:
        ids = set(conn.scalars(sa.select(ASSESSMENT.c.id)))
        links = set(
            conn.execute(sa.select(MEASURE_BARRIER.c.measure_id, MEASURE_BARRIER.c.barrier_assessment_id))
        )
    assert ids == {_uuid(n) for n in (22, 24, 25, 26, 27)}
    assert links == {(_uuid(11), _uuid(22)), (_uuid(12), _uuid(22))}
    # The index refuses a second row for a catalogue barrier, and only for one.
    with pytest.raises(IntegrityError), ws.engine.begin() as conn:
        conn.execute(sa.insert(ASSESSMENT), [_assessment(31, mid, "B3", 9, 0, "doppelt")])
    with ws.engine.begin() as conn:
        conn.execute(sa.insert(ASSESSMENT), [_assessment(32, mid, None, 9, 0, "noch ein eigenes")])
    assert ws.check().ok


def _downgrade_and_back(engine: sa.Engine) -> None:
    from alembic import command

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert _unique_index(engine) is None
    db.upgrade(engine)
    assert _unique_index(engine) == ["municipality_id", "barrier_key"]


def _unique_index(engine: sa.Engine) -> list[str] | None:
    indexes = sa.inspect(engine).get_indexes("barrier_assessment")
    return next((i["column_names"] for i in indexes if i["name"] == UNIQUE_INDEX and i["unique"]), None)


def test_upgrade_to_0002_merges_duplicate_assessments_on_sqlite(config: Config) -> None:
    target = config.sqlite_path
    assert target is not None
    shutil.copyfile(FIXTURES / "schema_0001.sqlite3", target)
    engine = db.make_engine(target)
    with engine.begin() as conn:
        mid = conn.scalar(sa.select(MUNICIPALITY.c.id).where(MUNICIPALITY.c.name == "Altdorf"))
        other_mid = _uuid(99)
        conn.execute(sa.insert(MUNICIPALITY), [_municipality(other_mid, "Bdorf")])
        _add_duplicates(conn, mid, other_mid)
    engine.dispose()
    ws = Workspace.open(config)
    try:
        assert db.current_revision(ws.engine) == db.HEAD_REVISION
        _check_merged(ws, mid, other_mid)
        assert _unique_index(ws.engine) == ["municipality_id", "barrier_key"]
        _downgrade_and_back(ws.engine)
    finally:
        ws.close()
    assert "before-upgrade-0001" in list_backups(config.backups_dir)[-1].name


def test_upgrade_to_0002_merges_duplicate_assessments_on_postgresql(postgres_url: str) -> None:
    engine = db.make_engine(postgres_url)
    try:
        db.upgrade(engine, "0001")
        mid, other_mid = _uuid(98), _uuid(99)
        with engine.begin() as conn:
            conn.execute(
                sa.insert(MUNICIPALITY), [_municipality(mid, "Altdorf"), _municipality(other_mid, "Bdorf")]
            )
            _add_duplicates(conn, mid, other_mid)
        db.upgrade(engine)
        assert db.current_revision(engine) == db.HEAD_REVISION
        ws = Workspace(engine, who="Test")
        _check_merged(ws, mid, other_mid)
        assert _unique_index(engine) == ["municipality_id", "barrier_key"]
        _downgrade_and_back(engine)
    finally:
        engine.dispose()


def _municipality(mid: str, name: str) -> dict[str, object]:
    return {"id": mid, "name": name, "kind": "gemeinde", "state": "BW", "contact_name": "", "contact_email": "",
            "contact_phone": "", "is_example": False, "created_at": _T0, "updated_at": _T0, "version": 1}  # fmt: skip


def test_models_match_the_migrations(db_url: str) -> None:
    """The unique index lives in models.py and in 0002: autogenerate finds nothing to add or drop."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = db.make_engine(db_url)
    try:
        db.upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
