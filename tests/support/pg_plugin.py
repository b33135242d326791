"""pytest fixtures giving tests a real PostgreSQL database next to SQLite.

The server starts lazily (only when a test asks for one) so SQLite-only runs stay fast
and machines without PostgreSQL still run everything else.  On CI a missing server is
an error, not a skip, so the PostgreSQL half of the suite cannot silently vanish.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import postgres

REQUIRE_ENV = "VOPI_REQUIRE_POSTGRES"
_PG_FIXTURES = frozenset({"postgres_server", "postgres_url"})


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


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh empty database per test (cheap: CREATE DATABASE from template0), dropped afterwards."""
    url = postgres.create_database(postgres_server)
    try:
        yield url
    finally:
        postgres.drop_database(postgres_server, url)


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run the requesting test once per supported backend; PostgreSQL is only started for that param."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'vopi.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))
