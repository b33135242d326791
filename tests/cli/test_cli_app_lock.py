"""CLI commands that write refuse while VOPI Desktop has the workspace open, as `restore` does (G18)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import run
from tests.exchange.helpers import everything
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.store.applock import AppLock
from vopi_desktop.store.workspace import Workspace

OPEN = "VOPI Desktop ist mit diesem Arbeitsbereich geöffnet; bitte zuerst schließen."


def _dump(data: Path) -> dict[str, list[tuple]]:
    ws = Workspace.open(load_config(data, None))
    try:
        return everything(ws)
    finally:
        ws.close()


def test_writing_commands_refuse_while_the_app_holds_the_lock(tmp_path: Path, capsys) -> None:
    town, consultant, file = tmp_path / "town", tmp_path / "consultant", tmp_path / "town.vopi"
    assert main(["--data-dir", str(town), "demo"]) == 0
    assert main(["--data-dir", str(town), "export", "--out", str(file)]) == 0
    before = _dump(consultant)  # opening makes the consultant's empty workspace (`check` makes none)
    capsys.readouterr()
    lock = AppLock(consultant).acquire()  # what the GUI holds while it runs
    town_lock = AppLock(town).acquire()
    try:
        # the real console entry in a process of its own, as a script of a consultant would run it
        result = run("import", str(file), data=consultant, check=False)
        assert result.returncode == 1, result.stdout
        assert result.stderr.strip() == f"vopi-desktop: {OPEN}"
        assert "Übernommen" not in result.stdout
        for args in (["demo"], ["demo", "--size", "large"], ["import", str(file)]):
            assert main(["--data-dir", str(consultant), *args]) == 1, args
            printed = capsys.readouterr()
            assert printed.err.strip() == f"vopi-desktop: {OPEN}", args
        assert main(["--data-dir", str(consultant), "--lang", "en", "demo"]) == 1
        assert "VOPI Desktop has this workspace open; please close it first." in capsys.readouterr().err
        assert _dump(consultant) == before  # nothing written, not even a change log row
        # reading stays allowed: a preview, a check, a backup copy, an export, a document
        assert main(["--data-dir", str(consultant), "import", str(file), "--dry-run"]) == 0
        assert "Probelauf" in capsys.readouterr().out
        assert main(["--data-dir", str(consultant), "check"]) == 0
        assert main(["--data-dir", str(consultant), "backup", "--out", str(tmp_path / "b.sqlite3")]) == 0
        assert main(["--data-dir", str(town), "export", "--out", str(tmp_path / "again.vopi")]) == 0
        assert main(["--data-dir", str(town), "report", "plan", "--out", str(tmp_path / "plan.pdf")]) == 0
        capsys.readouterr()
    finally:
        lock.release()
        town_lock.release()
    assert main(["--data-dir", str(consultant), "import", str(file)]) == 0  # closed: now it works
    assert "Übernommen" in capsys.readouterr().out
    assert AppLock(consultant).try_acquire()  # and the command let go of the lock again
