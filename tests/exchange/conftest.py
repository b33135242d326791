"""Exchange tests: two workspaces (A sends, B receives) on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.exchange.helpers import send
from tests.support import postgres
from tests.support.pg_plugin import copy_sqlite_template
from vopi_desktop.store.db import make_engine
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.workspace import Workspace


def _workspace(url: str, who: str) -> Workspace:
    return Workspace(make_engine(url), who=who)


@pytest.fixture
def pair(
    request: pytest.FixtureRequest, migrated_db_url: str, tmp_path: Path
) -> Iterator[tuple[Workspace, Workspace]]:
    """Workspace A and an empty workspace B on the same kind of database, both with the current schema
    (copies of the session's migrated template)."""
    extra: str | None = None
    if migrated_db_url.startswith("sqlite"):
        copy_sqlite_template(request.getfixturevalue("sqlite_template"), tmp_path / "b.sqlite3")
        other = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    else:
        server = request.getfixturevalue("postgres_server")
        other = extra = postgres.create_database(
            server, template=request.getfixturevalue("postgres_template")
        )
    a, b = _workspace(migrated_db_url, "Gemeinde A"), _workspace(other, "Beratung B")
    yield a, b
    a.close()
    b.close()
    if extra is not None:
        postgres.drop_database(request.getfixturevalue("postgres_server"), extra)


@pytest.fixture
def third(request: pytest.FixtureRequest, migrated_db_url: str, tmp_path: Path) -> Iterator[Workspace]:
    """A third workspace C beside ``pair`` (a town that receives another's practice examples), on
    the same kind of database."""
    extra: str | None = None
    if migrated_db_url.startswith("sqlite"):
        copy_sqlite_template(request.getfixturevalue("sqlite_template"), tmp_path / "c.sqlite3")
        url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    else:
        server = request.getfixturevalue("postgres_server")
        url = extra = postgres.create_database(server, template=request.getfixturevalue("postgres_template"))
    c = _workspace(url, "Gemeinde C")
    yield c
    c.close()
    if extra is not None:
        postgres.drop_database(request.getfixturevalue("postgres_server"), extra)


@pytest.fixture
def sent(pair, tmp_path: Path):
    """A holds the small demo, B has received it once."""
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    return a, b
