"""A command starts with Python's cycle collector paused (importing SQLAlchemy, the models and ReportLab
and opening the workspace make long-lived objects, hardly any garbage) and leaves it running afterwards,
also when the command fails."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from vopi_desktop import cli
from vopi_desktop.store.workspace import Workspace


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the collector ran while each workspace was opened."""
    seen: list[bool] = []
    real = Workspace.open.__func__  # type: ignore[attr-defined]

    def spy(cls: type[Workspace], *args: object, **kwargs: object) -> Workspace:
        seen.append(gc.isenabled())
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(Workspace, "open", classmethod(spy))
    assert gc.isenabled()
    return seen


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


def test_every_command_opens_the_workspace_with_the_collector_paused(
    tmp_path: Path, opened: list[bool]
) -> None:
    assert cli.main(["--data-dir", str(tmp_path / "data"), "check"]) == 0
    assert opened == [False]
    assert gc.isenabled()
