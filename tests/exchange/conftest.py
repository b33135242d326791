"""Exchange tests: two workspaces (A sends, B receives) on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import postgres
from vopi_desktop.store.db import make_engine, upgrade
from vopi_desktop.store.workspace import Workspace


def _workspace(url: str, who: str) -> Workspace:
    engine = make_engine(url)
    upgrade(engine)
    return Workspace(engine, who=who)


@pytest.fixture
def pair(
    request: pytest.FixtureRequest, db_url: str, tmp_path: Path
) -> Iterator[tuple[Workspace, Workspace]]:
    """Workspace A (db_url) and an empty workspace B on the same kind of database."""
    extra: str | None = None
    if db_url.startswith("sqlite"):
        other = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    else:
        server = request.getfixturevalue("postgres_server")
        other = extra = postgres.create_database(server)
    a, b = _workspace(db_url, "Gemeinde A"), _workspace(other, "Beratung B")
    yield a, b
    a.close()
    b.close()
    if extra is not None:
        postgres.drop_database(request.getfixturevalue("postgres_server"), extra)
