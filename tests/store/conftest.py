"""Store tests run on SQLite and on a real PostgreSQL (the ``db_url`` fixture is parametrised)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vopi_desktop.store.db import make_engine, upgrade
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace


@pytest.fixture
def ws(db_url: str) -> Iterator[Workspace]:
    engine = make_engine(db_url)
    upgrade(engine)
    workspace = Workspace(engine, who="Frau Test")
    yield workspace
    workspace.close()


@pytest.fixture
def mid(ws: Workspace) -> str:
    return ws.municipalities.create(MunicipalityInput(name="Neckarstadt", kind="stadt", state="BW")).id
