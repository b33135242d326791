"""`check` never creates or migrates what it checks (F23): no workspace is "Kein Arbeitsbereich in …"
and nothing made, an older schema is read as it is and said, with the upgrade left to the app's next start."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests.cli.test_cli import run
from tests.support.pg_plugin import copy_sqlite_template
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.store import db
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.revisions import HEAD_REVISION, KNOWN_REVISIONS
from vopi_desktop.store.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLDER = [r for r in KNOWN_REVISIONS if r != HEAD_REVISION and (FIXTURES / f"schema_{r}.sqlite3").exists()]


def _tree(root: Path) -> dict[str, tuple[int, int, bool]]:
    """Every file and folder under ``root`` (and root itself): modified time, size, folder or not."""
    if not root.exists():
        return {}
    found = {}
    for path in [root, *root.rglob("*")]:
        st = path.stat()
        found[str(path.relative_to(root))] = (st.st_mtime_ns, st.st_size, path.is_dir())
    return found


@pytest.mark.parametrize("folder", ["missing", "empty", "settings-only"])
def test_check_without_a_workspace_says_so_and_makes_nothing(tmp_path: Path, folder: str) -> None:
    data = tmp_path / "Daten"
    if folder != "missing":
        data.mkdir()
    if folder == "settings-only":
        (data / "settings.json").write_text('{"language": "de"}', encoding="utf-8")
    before = _tree(tmp_path)
    result = run("check", data=data, check=False)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(f"vopi-desktop: Kein Arbeitsbereich in {data}"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "Schema-Version" not in result.stdout and "Alles in Ordnung" not in result.stdout
    assert _tree(tmp_path) == before  # no folder, no database, no lock, no log, no backup


def test_check_without_a_workspace_in_english(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run("--lang", "en", "check", data=data, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith(f"vopi-desktop: No workspace in {data}"), result.stderr
    assert not data.exists()


def test_check_of_a_database_url_whose_folder_is_missing_makes_no_folder(tmp_path: Path) -> None:
    target = tmp_path / "nonexist" / "dir" / "x.db"
    result = run("--database-url", f"sqlite:///{target}", "check", data=tmp_path / "d", check=False)
    assert result.returncode == 2
    assert f"Kein Arbeitsbereich in {target}" in result.stderr, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_empty_sqlite_database_is_no_workspace_and_stays_empty(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    file = data / "vopi.sqlite3"
    conn = sqlite3.connect(file)
    conn.execute("PRAGMA user_version = 1")  # a valid SQLite file without a table
    conn.close()
    before, raw = _tree(tmp_path), file.read_bytes()
    result = run("check", data=data, check=False)
    assert result.returncode == 2 and f"Kein Arbeitsbereich in {data}" in result.stderr, result.stderr
    assert file.read_bytes() == raw and _tree(tmp_path) == before


@pytest.mark.parametrize("revision", OLDER)
def test_check_reads_an_older_schema_and_changes_nothing(tmp_path: Path, revision: str, capsys) -> None:
    data = tmp_path / "data"
    data.mkdir()
    file = data / "vopi.sqlite3"
    shutil.copyfile(FIXTURES / f"schema_{revision}.sqlite3", file)
    before, raw = _tree(tmp_path), file.read_bytes()
    assert main(["--data-dir", str(data), "check"]) == 0
    printed = capsys.readouterr()
    assert f"Schema-Version: {revision}" in printed.out
    assert "municipality: 1" in printed.out  # what it could read, counted
    notice = " ".join(printed.out.split())
    assert f"älter als die aktuelle ({HEAD_REVISION})" in notice and "nächsten Start" in notice
    assert "Sicherung" in notice
    assert "Alles in Ordnung." in printed.out and printed.err == ""
    assert file.read_bytes() == raw  # not migrated, not even the WAL switch written into its header
    assert _tree(tmp_path) == before  # no -wal/-shm beside it, no backups folder, no log


def test_an_older_schema_said_in_english_by_the_real_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FIXTURES / f"schema_{OLDER[-1]}.sqlite3", data / "vopi.sqlite3")
    before = _tree(tmp_path)
    result = run("--lang", "en", "check", data=data)
    assert f"Schema version: {OLDER[-1]}" in result.stdout
    assert "older than the current one" in result.stdout and "next start" in result.stdout
    assert _tree(tmp_path) == before
    conn = sqlite3.connect(f"file:{data / 'vopi.sqlite3'}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (OLDER[-1],)
    finally:
        conn.close()


def test_a_current_workspace_is_checked_as_before_and_left_alone(
    tmp_path: Path, sqlite_template: Path
) -> None:
    data = tmp_path / "data"
    copy_sqlite_template(sqlite_template, data / "vopi.sqlite3")
    before, raw = _tree(tmp_path), (data / "vopi.sqlite3").read_bytes()
    result = run("check", data=data)
    assert f"Schema-Version: {HEAD_REVISION}" in result.stdout
    assert "municipality: 0" in result.stdout and "Alles in Ordnung." in result.stdout
    assert "älter" not in result.stdout and result.stderr == ""
    assert (data / "vopi.sqlite3").read_bytes() == raw and _tree(tmp_path) == before


def test_check_beside_the_running_app_sees_what_it_wrote(
    tmp_path: Path, sqlite_template: Path, capsys
) -> None:
    """The app keeps its last writes in the -wal file until it closes: the check must read them too."""
    data = tmp_path / "data"
    copy_sqlite_template(sqlite_template, data / "vopi.sqlite3")
    app = Workspace.open(load_config(data, None))
    holder = sqlite3.connect(data / "vopi.sqlite3")  # an open connection, as the app's: the WAL stays
    try:
        holder.execute("SELECT count(*) FROM municipality").fetchone()
        app.municipalities.create(MunicipalityInput(name="Neudorf", kind="gemeinde", state="BW"))
        assert Path(f"{data / 'vopi.sqlite3'}-wal").stat().st_size > 0
        assert main(["--data-dir", str(data), "check"]) == 0
        assert "municipality: 1" in capsys.readouterr().out
    finally:
        holder.close()
        app.close()


def test_a_write_that_begins_during_the_check_is_read_again(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Without a -wal the file is read as immutable; should the app start writing meanwhile, the
    check reads once more, with the app's WAL."""
    from vopi_desktop.store import check as store_check

    data = tmp_path / "data"
    copy_sqlite_template(sqlite_template, data / "vopi.sqlite3")
    real, opened = store_check._sqlite_reader, []

    def reader(path: Path):  # type: ignore[no-untyped-def]
        engine = real(path)
        if not opened:  # the app starts and writes just after the check opened the file
            app = Workspace.open(load_config(data, None))
            holder = sqlite3.connect(path)  # the app's open connection: its WAL stays
            holder.execute("SELECT count(*) FROM municipality").fetchone()
            app.municipalities.create(MunicipalityInput(name="Neudorf", kind="gemeinde", state="BW"))
            opened.append((app, holder))
        return engine

    monkeypatch.setattr(store_check, "_sqlite_reader", reader)
    try:
        assert main(["--data-dir", str(data), "check"]) == 0
        assert "municipality: 1" in capsys.readouterr().out
    finally:
        for app, holder in opened:
            holder.close()
            app.close()


def test_a_file_that_is_no_database_is_said_as_before_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "vopi.sqlite3").write_text("kein SQLite")
    before = _tree(tmp_path)
    result = run("check", data=data, check=False)
    assert result.returncode == 1
    assert "ist beschädigt: keine SQLite-Datei. Nichts wurde verändert." in result.stderr, result.stderr
    assert _tree(tmp_path) == before


def _tables(url: str) -> tuple[set[str], str | None]:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names()), db.current_revision(engine)
    finally:
        engine.dispose()


def test_an_empty_postgresql_database_is_no_workspace(tmp_path: Path, postgres_url: str) -> None:
    result = run("--database-url", postgres_url, "check", data=tmp_path / "d", check=False)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Kein Arbeitsbereich in postgresql" in result.stderr, result.stderr
    assert _tables(postgres_url) == (set(), None)  # nothing created on the server
    assert not (tmp_path / "d").exists()


def test_an_older_postgresql_schema_is_read_and_not_upgraded(
    tmp_path: Path, postgres_url: str, capsys
) -> None:
    older = OLDER[-1]
    engine = db.make_engine(postgres_url)
    try:
        db.upgrade(engine, older)
    finally:
        engine.dispose()
    before = _tables(postgres_url)
    assert main(["--database-url", postgres_url, "--data-dir", str(tmp_path / "d"), "check"]) == 0
    printed = capsys.readouterr()
    assert f"Schema-Version: {older}" in printed.out and "nächsten Start" in printed.out
    assert "pg_dump" in printed.out  # no automatic backup of a server database: said so
    assert _tables(postgres_url) == before and before[1] == older
    assert not (tmp_path / "d").exists()


def _crashed_copy(data: Path, sqlite_template: Path, into: Path) -> None:
    """``into``/vopi.sqlite3 and its -wal as a crash leaves them: the WAL holds the last write (a
    municipality), its -shm is gone. Copied away while a connection holds the WAL, so none of it has
    been checkpointed into the database file."""
    copy_sqlite_template(sqlite_template, data / "vopi.sqlite3")
    app = Workspace.open(load_config(data, None))
    holder = sqlite3.connect(data / "vopi.sqlite3")  # the app's open connection: its WAL stays
    try:
        holder.execute("SELECT count(*) FROM municipality").fetchone()
        app.municipalities.create(MunicipalityInput(name="Neudorf", kind="gemeinde", state="BW"))
        into.mkdir()
        for name in ("vopi.sqlite3", "vopi.sqlite3-wal"):
            shutil.copyfile(data / name, into / name)
    finally:
        holder.close()
        app.close()
    assert (into / "vopi.sqlite3-wal").stat().st_size > 0 and not (into / "vopi.sqlite3-shm").exists()


def test_a_wal_left_without_its_shm_is_read_and_no_shm_made(
    tmp_path: Path, sqlite_template: Path, capsys
) -> None:
    """A crash can leave the -wal without its -shm; a read-only open would make a new -shm beside it."""
    crashed = tmp_path / "crashed"
    _crashed_copy(tmp_path / "app", sqlite_template, crashed)
    before = _tree(crashed)
    raw = {name: (crashed / name).read_bytes() for name in ("vopi.sqlite3", "vopi.sqlite3-wal")}
    assert main(["--data-dir", str(crashed), "check"]) == 0
    printed = capsys.readouterr()
    assert "municipality: 1" in printed.out, printed.out  # the WAL's write counted, not lost
    assert "Alles in Ordnung." in printed.out and printed.err == ""
    assert _tree(crashed) == before  # no -shm, nothing checkpointed, nothing touched
    assert {name: (crashed / name).read_bytes() for name in raw} == raw


def test_the_real_command_after_a_killed_writer(tmp_path: Path, sqlite_template: Path) -> None:
    """The writer killed with its WAL unfinished (os._exit: no close, no checkpoint); the -shm deleted."""
    import subprocess
    import sys

    data = tmp_path / "data"
    copy_sqlite_template(sqlite_template, data / "vopi.sqlite3")
    writer = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('PRAGMA journal_mode=WAL')\n"
        'conn.execute("UPDATE alembic_version SET version_num = version_num")\n'
        "conn.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", writer, str(data / "vopi.sqlite3")], check=True)
    assert (data / "vopi.sqlite3-wal").stat().st_size > 0
    (data / "vopi.sqlite3-shm").unlink()
    before = _tree(tmp_path)
    result = run("check", data=data, check=False)
    assert _tree(tmp_path) == before, result.stdout + result.stderr  # no -shm made
    assert result.returncode == 0 and "Alles in Ordnung." in result.stdout, result.stdout + result.stderr
