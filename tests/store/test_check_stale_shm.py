"""`check` reads a workspace a crash left with its -wal AND a stale -shm without changing a byte of it:
a read-only open in place would rebuild SQLite's wal-index in that -shm. The WAL's committed writes
are still counted, also from a read-only folder and beside a program that still holds the file."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.store import check as store_check
from vopi_desktop.store.check import check_workspace
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace

FILES = ("vopi.sqlite3", "vopi.sqlite3-wal", "vopi.sqlite3-shm")

# The app writes two municipalities with the WAL never checkpointed (wal_autocheckpoint off, a second
# connection open as the app's), then dies without closing (os._exit): the -wal holds the writes, the
# -shm beside it is the dead process's wal-index. With "hold" it stays alive until stdin closes.
WRITER = """
import os, sqlite3, sys
from pathlib import Path
from sqlalchemy import event
from vopi_desktop.config import load_config
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace

data = Path(sys.argv[1])
ws = Workspace.open(load_config(data, None))
event.listen(ws.engine, "connect", lambda conn, _r: conn.execute("PRAGMA wal_autocheckpoint=0"))
holder = sqlite3.connect(data / "vopi.sqlite3")
holder.execute("SELECT count(*) FROM municipality").fetchone()
for name in ("Neudorf", "Altdorf"):
    ws.municipalities.create(MunicipalityInput(name=name, kind="gemeinde", state="BW"))
if sys.argv[2:] == ["hold"]:
    print("written", flush=True)
    sys.stdin.read()
os._exit(0)
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A real workspace (`vopi-desktop demo`), closed cleanly, and its number of municipalities."""
    data = tmp_path_factory.mktemp("demo") / "data"
    run("demo", data=data)
    assert not Path(f"{data / 'vopi.sqlite3'}-wal").exists()
    return data, check_workspace(load_config(data, None)).counts["municipality"]


def _crashed(demo: tuple[Path, int], into: Path) -> Path:
    shutil.copytree(demo[0], into)
    subprocess.run([sys.executable, "-c", WRITER, str(into)], check=True, timeout=120)
    assert Path(f"{into / 'vopi.sqlite3'}-wal").stat().st_size > 0
    assert Path(f"{into / 'vopi.sqlite3'}-shm").stat().st_size > 0
    return into


def _state(folder: Path) -> dict[str, tuple[bytes, int] | int]:
    """The three files' bytes and modified times, and every other name in the folder with its time."""
    found: dict[str, tuple[bytes, int] | int] = {}
    for path in [folder, *folder.rglob("*")]:
        name = str(path.relative_to(folder))
        st = path.stat()
        found[name] = (path.read_bytes(), st.st_mtime_ns) if name in FILES else st.st_mtime_ns
    return found


def test_check_leaves_a_stale_shm_as_it_was_and_counts_the_wal(
    tmp_path: Path, demo: tuple[Path, int]
) -> None:
    data = _crashed(demo, tmp_path / "data")
    before = _state(data)
    assert all(name in before for name in FILES)
    report = check_workspace(load_config(data, None))
    assert _state(data) == before  # database, -wal and -shm: not a byte, not a time changed
    assert report.ok, report.problems
    assert report.counts["municipality"] == demo[1] + 2  # the WAL's writes counted


def test_the_real_command_leaves_a_stale_shm_as_it_was(tmp_path: Path, demo: tuple[Path, int]) -> None:
    data = _crashed(demo, tmp_path / "data")
    before = _state(data)
    result = run("check", data=data, check=False)
    assert _state(data) == before, result.stdout + result.stderr
    assert result.returncode == 0 and result.stderr == "", result.stdout + result.stderr
    assert f"  municipality: {demo[1] + 2}\n" in result.stdout and "Alles in Ordnung." in result.stdout


def _read_only(folder: Path) -> Iterator[list[str]]:
    """A command prefix that sees ``folder`` read-only: for root (whom file modes do not stop) a
    read-only bind mount over it in a mount namespace of its own; for anyone else, file modes."""
    if os.geteuid() == 0:
        mount = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'
        prefix = ["unshare", "-m", "sh", "-c", mount, str(folder)]
        probe = subprocess.run([*prefix, "touch", str(folder / "probe")], capture_output=True)
        if probe.returncode == 0 or b"Read-only" not in probe.stderr:
            pytest.skip(f"no read-only mount here: {probe.stderr.decode(errors='replace').strip()}")
        yield prefix
        return
    modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield []
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


@pytest.fixture
def read_only_crash(tmp_path: Path, demo: tuple[Path, int]) -> Iterator[tuple[Path, list[str]]]:
    data = _crashed(demo, tmp_path / "data")
    for prefix in _read_only(data):
        yield data, prefix


def test_a_crashed_workspace_in_a_read_only_folder_is_checked(
    read_only_crash: tuple[Path, list[str]], demo: tuple[Path, int]
) -> None:
    """A consultant's copy on a read-only stick: checked with the WAL's writes, nothing tried there."""
    data, prefix = read_only_crash
    before = _state(data)
    command = [*prefix, sys.executable, "-m", "vopi_desktop", "--data-dir", str(data), "check"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0 and result.stderr == "", result.stdout + result.stderr
    assert f"  municipality: {demo[1] + 2}\n" in result.stdout and "Alles in Ordnung." in result.stdout
    assert _state(data) == before


def test_a_file_another_program_holds_is_read_and_left_alone(tmp_path: Path, demo: tuple[Path, int]) -> None:
    """The writer still running with its connection open: its -shm is live, the check touches none of it."""
    data = tmp_path / "data"
    shutil.copytree(demo[0], data)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data), "hold"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "written\n"
        before = _state(data)
        report = check_workspace(load_config(data, None))
        assert _state(data) == before
        assert report.ok and report.counts["municipality"] == demo[1] + 2
    finally:
        writer.communicate("", timeout=60)


def test_a_wal_restarted_during_the_copy_is_copied_again(
    tmp_path: Path, demo: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app checkpoints and starts its WAL afresh between the copy of the file and that of its WAL:
    the older file with the newer WAL would be neither state, so both are copied once more."""
    data = tmp_path / "data"
    shutil.copytree(demo[0], data)
    app = Workspace.open(load_config(data, None))
    holder = sqlite3.connect(data / "vopi.sqlite3")  # the app's open connection: its WAL stays
    holder.execute("SELECT count(*) FROM municipality").fetchone()
    app.municipalities.create(MunicipalityInput(name="Neudorf", kind="gemeinde", state="BW"))
    real, moves = shutil.copyfile, []

    def copyfile(source: object, target: object) -> object:
        copied = real(source, target)
        if not moves and str(source) == str(data / "vopi.sqlite3"):  # right after the file's copy
            holder.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # Neudorf now in the file…
            holder.execute("UPDATE alembic_version SET version_num = version_num")  # …a new WAL begun
            holder.commit()  # (on a page of its own: with the older file it would lose Neudorf)
            moves.append(Path(f"{data / 'vopi.sqlite3'}-wal").stat().st_size)
        return copied

    monkeypatch.setattr(store_check.shutil, "copyfile", copyfile)
    try:
        report = store_check._read(data / "vopi.sqlite3", data)  # one read (check_workspace reads
    finally:  # again when the file changed while it read: this test is of the copy itself)
        holder.close()
        app.close()
    assert moves and moves[0] > 0
    assert report.ok, report.problems
    assert report.counts["municipality"] == demo[1] + 1


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_full_temporary_drive_is_said_and_nothing_is_read_in_place(
    tmp_path: Path, demo: tuple[Path, int], monkeypatch: pytest.MonkeyPatch, capsys, lang: str
) -> None:
    """No room for the copy: a sentence naming the temporary folder, not the workspace, and no
    read in place that would write the -shm after all."""
    data = _crashed(demo, tmp_path / "data")
    before = _state(data)

    def full(source: object, target: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device", str(source))

    monkeypatch.setattr(store_check.shutil, "copyfile", full)
    assert main(["--lang", lang, "--data-dir", str(data), "check"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    folder = tempfile.gettempdir()
    if lang == "de":
        assert f"Für die Prüfung fehlt im temporären Ordner {folder} der Platz" in err, err
        assert "Im Arbeitsbereich wurde nichts verändert." in err
    else:
        assert f"in the temporary folder {folder}, which is full" in err, err
        assert "Nothing in the workspace was changed." in err
    assert _state(data) == before
