"""pytest fixtures giving tests a real PostgreSQL database next to SQLite.

The server starts lazily (only when a test asks for one) so SQLite-only runs stay fast
and machines without PostgreSQL still run everything else.  On CI a missing server is
an error, not a skip, so the PostgreSQL half of the suite cannot silently vanish.

Each process has its own server (under pytest-xdist one per worker, each on a free port) and
every test its own database, so parallel workers never share data.

``db_url`` gives an empty database (the migrations are tested on those); ``migrated_db_url`` one
with the current schema, copied from a template migrated once per process: running Alembic on
every fresh database cost 0.2–0.6 s a test.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import postgres

REQUIRE_ENV = "VOPI_REQUIRE_POSTGRES"
_PG_FIXTURES = frozenset({"postgres_server", "postgres_url", "postgres_template", "postgres_migrated_url"})


def _postgres_required() -> bool:
    """CI (any non-false CI value) or VOPI_REQUIRE_POSTGRES=1 turns 'no server' into a failure."""
    ci = os.environ.get("CI", "").strip().lower()
    return (ci not in ("", "0", "false", "no")) or os.environ.get(REQUIRE_ENV) == "1"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgres: test needs a PostgreSQL server (deselect: -m 'not postgres')"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests using the PostgreSQL fixtures so they can be (de)selected with -m postgres."""
    for item in items:
        if _PG_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """SQLAlchemy URL of the server's maintenance DB: VOPI_TEST_POSTGRES_URL, or a throwaway server.

    pytest caches a failed/skipped session fixture, so a broken setup is not retried for every test.
    An explicitly configured VOPI_TEST_POSTGRES_URL that does not work always fails.
    """
    stack = contextlib.ExitStack()
    try:
        url = stack.enter_context(postgres.running_postgres())
    except postgres.PostgresUnavailableError as exc:
        reason = f"PostgreSQL unavailable: {exc}"
    else:
        reason = ""
    if reason:  # raised outside the except block to keep the report free of chained tracebacks
        if _postgres_required() or os.environ.get(postgres.ENV_URL):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    with stack:
        yield url


# Every backend a database fixture runs a test on (the test ids stay "sqlite" and "postgres").
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh empty database per test (cheap: CREATE DATABASE from template0), dropped afterwards."""
    url = postgres.create_database(postgres_server)
    try:
        yield url
    finally:
        postgres.drop_database(postgres_server, url)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run the requesting test once per supported backend; PostgreSQL is only started for that param."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'vopi.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


def _migrate(url: str | Path) -> None:
    from vopi_desktop.store.db import make_engine, upgrade

    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite workspace file migrated to the newest revision, exactly as the app makes a new one;
    tests get a copy (``copy_sqlite_template``)."""
    path = tmp_path_factory.mktemp("template") / "vopi.sqlite3"
    _migrate(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:  # everything in the main file: it is copied alone
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def copy_sqlite_template(template: Path, path: Path) -> None:
    """Put the migrated template at ``path`` (a new file: what is there is never overwritten)."""
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)


@pytest.fixture(scope="session")
def postgres_template(postgres_server: str) -> Iterator[str]:
    """Name of a database on the test server migrated to the newest revision, copied per test."""
    url = postgres.create_database(postgres_server)
    _migrate(url)
    yield postgres.database_name(url)
    postgres.drop_database(postgres_server, url)


@pytest.fixture
def postgres_migrated_url(postgres_server: str, postgres_template: str) -> Iterator[str]:
    """A fresh database per test with the current schema (a copy of the template), dropped afterwards."""
    url = postgres.create_database(postgres_server, template=postgres_template)
    try:
        yield url
    finally:
        postgres.drop_database(postgres_server, url)


@pytest.fixture(params=BACKENDS)
def migrated_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Like ``db_url`` (the same test ids), with the current schema already in place."""
    if request.param == "sqlite":
        path = tmp_path / "vopi.sqlite3"
        copy_sqlite_template(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return str(request.getfixturevalue("postgres_migrated_url"))
