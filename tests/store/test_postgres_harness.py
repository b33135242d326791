"""Checks that the database test harness gives real, usable, isolated databases (empty or migrated)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.support.pg_plugin import copy_sqlite_template


def test_postgres_url_is_a_real_postgres_database(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    try:
        assert engine.dialect.name == "postgresql"
        metadata = sa.MetaData()
        items = sa.Table(
            "harness_items",
            metadata,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("name", sa.Text, nullable=False),
        )
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(items.insert(), [{"name": "alpha"}, {"name": "ünïcödé"}])
        with engine.connect() as conn:
            names = conn.execute(sa.select(items.c.name).order_by(items.c.id)).scalars().all()
            version = conn.execute(sa.text("SELECT version()")).scalar_one()
            database = conn.execute(sa.text("SELECT current_database()")).scalar_one()
        assert names == ["alpha", "ünïcödé"]
        assert version.startswith("PostgreSQL")
        assert database.startswith("vopi_test_")
    finally:
        engine.dispose()


def test_postgres_url_gives_each_test_an_empty_database(postgres_url: str) -> None:
    """The table created by the previous test must not leak into this one."""
    engine = sa.create_engine(postgres_url)
    try:
        assert sa.inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_db_url_runs_on_every_backend(db_url: str) -> None:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1
        assert engine.dialect.name in ("sqlite", "postgresql")
    finally:
        engine.dispose()


def _schema(url: str) -> dict[str, object]:
    """Tables with their columns, indexes and unique constraints, as the database reports them."""
    engine = sa.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        return {
            table: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
                sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in inspector.get_indexes(table)
                ),
                sorted(str(u["column_names"]) for u in inspector.get_unique_constraints(table)),
            )
            for table in sorted(inspector.get_table_names())
        }
    finally:
        engine.dispose()


def test_migrated_db_url_is_what_the_migrations_make_and_empty(
    request: pytest.FixtureRequest, migrated_db_url: str, tmp_path: Path
) -> None:
    """The copied template stands in for running Alembic per test: same schema, head revision, no rows."""
    from vopi_desktop.store.db import HEAD_REVISION, current_revision, make_engine, upgrade

    if migrated_db_url.startswith("sqlite"):
        fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    else:
        fresh = request.getfixturevalue("postgres_url")
    engine = make_engine(fresh)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    assert _schema(migrated_db_url) == _schema(fresh)
    engine = make_engine(migrated_db_url)
    try:
        assert current_revision(engine) == HEAD_REVISION
        with engine.connect() as conn:
            tables = [t for t in sa.inspect(conn).get_table_names() if t != "alembic_version"]
            assert tables
            assert {
                t: conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables
            } == dict.fromkeys(tables, 0)
    finally:
        engine.dispose()


def test_the_sqlite_template_is_never_copied_over_a_database(sqlite_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "vopi.sqlite3"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        copy_sqlite_template(sqlite_template, target)
    assert target.read_bytes() == b"mine"
