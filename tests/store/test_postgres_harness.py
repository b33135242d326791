"""Checks that the PostgreSQL test harness gives a real, usable, isolated database."""

from __future__ import annotations

import sqlalchemy as sa


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
