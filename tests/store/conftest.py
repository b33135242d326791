"""Store tests run on SQLite and on a real PostgreSQL (``db_url``/``migrated_db_url`` are parametrised)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vopi_desktop.store.db import make_engine
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace


@pytest.fixture
def ws(migrated_db_url: str) -> Iterator[Workspace]:
    """A workspace with the current schema on each backend (the migrations have their own tests)."""
    engine = make_engine(migrated_db_url)
    workspace = Workspace(engine, who="Frau Test")
    yield workspace
    workspace.close()


@pytest.fixture
def mid(ws: Workspace) -> str:
    return ws.municipalities.create(MunicipalityInput(name="Neckarstadt", kind="stadt", state="BW")).id
