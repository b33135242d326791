"""A command starts with Python's cycle collector paused (importing SQLAlchemy, the models and ReportLab
and opening the workspace make long-lived objects, hardly any garbage) and leaves it running afterwards,
also when the command fails."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tests.support.pg_plugin import copy_sqlite_template
from vopi_desktop import cli
from vopi_desktop.config import Config
from vopi_desktop.store import check as store_check
from vopi_desktop.store.check import CheckReport
from vopi_desktop.store.workspace import Workspace


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the collector ran while each workspace was opened (or, by `check`, read as it is)."""
    seen: list[bool] = []
    real = Workspace.open.__func__  # type: ignore[attr-defined]

    def spy(cls: type[Workspace], *args: object, **kwargs: object) -> Workspace:
        seen.append(gc.isenabled())
        return real(cls, *args, **kwargs)

    def check_spy(config: Config) -> CheckReport:
        seen.append(gc.isenabled())
        return real_check(config)

    real_check = store_check.check_workspace
    monkeypatch.setattr(Workspace, "open", classmethod(spy))
    monkeypatch.setattr(store_check, "check_workspace", check_spy)
    assert gc.isenabled()
    return seen


@pytest.fixture
def data(tmp_path: Path, sqlite_template: Path) -> Path:
    """A workspace for `check` (which makes none)."""
    copy_sqlite_template(sqlite_template, tmp_path / "data" / "vopi.sqlite3")
    return tmp_path / "data"


def test_report_opens_the_workspace_with_the_collector_paused(tmp_path: Path, opened: list[bool]) -> None:
    # an empty workspace: opened (with the collector paused), then refused as holding no municipality
    assert (
        cli.main(["--data-dir", str(tmp_path / "data"), "report", "dossier", "--all", "--out", str(tmp_path)])
        == 2
    )
    assert opened == [False]
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_refused_report(tmp_path: Path, opened: list[bool]) -> None:
    # an empty workspace and no --municipality: a one-line refusal from inside the command
    assert (
        cli.main(
            ["--data-dir", str(tmp_path / "data"), "report", "dossier", "--out", str(tmp_path / "d.pdf")]
        )
        == 2
    )
    assert opened == [False]
    assert gc.isenabled()


def test_every_command_opens_the_workspace_with_the_collector_paused(data: Path, opened: list[bool]) -> None:
    assert cli.main(["--data-dir", str(data), "check"]) == 0
    assert opened == [False]
    assert gc.isenabled()


def test_a_command_called_in_process_leaves_nothing_frozen(
    data: Path, opened: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    # tests (and any caller with a list) keep the collector's normal work: frozen garbage would stay.
    # A spy, not gc.get_freeze_count(): another thread of the test process (an import job of an
    # earlier test) may freeze and unfreeze meanwhile
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert cli.main(["--data-dir", str(data), "check"]) == 0
    assert frozen == []


ENDING = r"""
import gc, sys
from vopi_desktop import cli
sys.argv = ["vopi-desktop", "--data-dir", sys.argv[1], "report", "dossier", "--all", "--out", sys.argv[2]]
print(cli.main(), gc.get_freeze_count())
"""


def test_the_process_command_leaves_its_objects_to_the_exit(tmp_path: Path) -> None:
    """``vopi-desktop report`` ends the process: what the command made is frozen, so neither the
    collector started again nor the interpreter's exit walks hundreds of thousands of objects
    (together 0.15 s after ``report --all``); Python frees them at exit all the same."""
    import subprocess
    import sys

    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo"]) == 0
    out = subprocess.run(
        [sys.executable, "-c", ENDING, str(data), str(tmp_path / "out")],
        check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    assert out[-2] == "0"
    assert int(out[-1]) > 100_000  # SQLAlchemy, ReportLab, the models: all of them
