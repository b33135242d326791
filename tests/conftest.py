"""Shared fixtures: offscreen Qt, a fresh data folder and workspace per test, a synchronous task runner.

The database fixtures (``db_url``, ``migrated_db_url``, the templates) are in ``tests/support/pg_plugin.py``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.support.pg_plugin import copy_sqlite_template
from vopi_desktop.config import Config, load_config
from vopi_desktop.lang import set_language
from vopi_desktop.store.workspace import Workspace


def pytest_configure(config: pytest.Config) -> None:
    """Under ``make test`` (pytest-xdist) a module's shared fixture is built once: tests/support/xdist_groups.py."""
    if config.pluginmanager.hasplugin("xdist"):
        from tests.support import xdist_groups

        config.pluginmanager.register(xdist_groups, "vopi-xdist-groups")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user's folders: every test gets its own data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("VOPI_DATA_DIR", str(data))
    monkeypatch.delenv("VOPI_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    set_language("de")
    return data


@pytest.fixture
def config(isolated_env: Path) -> Config:
    cfg = load_config(isolated_env, None)
    cfg.ensure_dirs()
    return cfg


@pytest.fixture
def workspace(config: Config, sqlite_template: Path) -> Iterator[Workspace]:
    """The workspace of the test's data folder, opened like every start after the first: its database is
    a copy of one migrated once per session (a migration per test took a third of the suite's time)."""
    if config.sqlite_path is not None and not config.sqlite_path.exists():
        copy_sqlite_template(sqlite_template, config.sqlite_path)
    ws = Workspace.open(config, who="test")
    yield ws
    ws.close()


@pytest.fixture
def municipality(workspace: Workspace):
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    return workspace.municipalities.create(
        MunicipalityInput(name="Teststadt", kind="stadt", state="BW", population=12000)
    )


@pytest.fixture
def ctx(qapp, workspace: Workspace, config: Config):
    """An AppContext with German translations and tasks that run synchronously."""
    from vopi_desktop.app import install_translators
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.tasks import SyncTaskRunner

    install_translators(qapp, "de")
    return AppContext(workspace, config, SyncTaskRunner(), "de")
