"""Backups and restore never lose data, one app per workspace, damaged files said as such (issue #7)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from vopi_desktop import cli
from vopi_desktop.config import load_config
from vopi_desktop.store import backup
from vopi_desktop.store.applock import AppLock
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace


def _workspace(data: Path, *names: str) -> Path:
    config = load_config(data, None)
    config.ensure_dirs()
    ws = Workspace.open(config)
    for name in names:
        ws.municipalities.create(MunicipalityInput(name=name, kind="gemeinde", state="BW"))
    ws.close()
    assert config.sqlite_path is not None
    return config.sqlite_path


def _names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM municipality"))
    finally:
        conn.close()


def _rename(db: Path, old: str, new: str) -> None:
    data = db.parent
    ws = Workspace.open(load_config(data, None))
    m = ws.municipalities.find_by_name(old)
    assert m is not None
    ws.municipalities.update(m.id, MunicipalityInput(name=new, kind=m.kind, state=m.state), m.version)
    ws.close()


def test_restore_of_the_oldest_of_ten_backups_keeps_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = _workspace(data, "Altdorf")
    backups = data / "backups"
    for n in range(10):
        _rename(db, "Altdorf" if n == 0 else f"Stand {n - 1}", f"Stand {n}")
        backup.make_backup(db, backups, "manual", keep=10)
    oldest = backup.list_backups(backups)[0]
    assert _names(oldest) == ["Stand 0"]
    result = run("restore", str(oldest), data=data)
    assert "gesichert" in result.stdout
    assert oldest.exists(), "the restored backup was pruned"
    assert _names(db) == ["Stand 0"]
    # Pruned after the restore, the restored one kept; the copy before the restore is an occasion of
    # its own and pushes out none of the ten manual ones (store/backup_names.py).
    assert len(list(backups.glob("*-manual.sqlite3"))) == 10
    assert len(list(backups.glob("*before-restore*"))) == 1


def test_a_change_still_in_the_sources_wal_is_restored(tmp_path: Path) -> None:
    """A copy of a live database: the committed change sits in the -wal file only."""
    source_dir = tmp_path / "live"
    live = _workspace(source_dir, "Altdorf")
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE municipality SET name = 'Nur im WAL'")
    conn.commit()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copyfile(live, copy / "vopi.sqlite3")
    shutil.copyfile(str(live) + "-wal", copy / "vopi.sqlite3-wal")
    conn.close()
    assert Path(str(copy / "vopi.sqlite3") + "-wal").stat().st_size > 0
    data = tmp_path / "data"
    db = _workspace(data, "Bdorf")
    run("restore", str(copy / "vopi.sqlite3"), data=data)
    assert _names(db) == ["Nur im WAL"]


def test_a_foreign_alembic_database_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "crm.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('0002')")
    conn.execute("CREATE TABLE kunden (id INTEGER, name TEXT)")
    conn.commit()
    conn.close()
    data = tmp_path / "data"
    db = _workspace(data, "Altdorf")
    before = db.read_bytes()
    result = run("restore", str(foreign), data=data, check=False)
    assert result.returncode == 1
    assert "keine Datenbank von VOPI Desktop" in result.stderr
    assert db.read_bytes() == before
    assert run("check", data=data).returncode == 0


def test_an_empty_database_file_is_damaged_not_new(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = _workspace(data, "Altdorf")
    run("backup", data=data)
    db.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    result = run("check", data=data, check=False)
    assert result.returncode == 1
    assert "beschädigt" in result.stderr and str(data / "backups") in result.stderr
    assert "Alles in Ordnung" not in result.stdout
    assert "Traceback" not in result.stderr
    assert db.stat().st_size == 0  # nothing was written into it


def test_restore_is_refused_while_the_app_holds_the_lock(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = _workspace(data, "Altdorf")
    saved = tmp_path / "saved.sqlite3"
    backup.copy_sqlite(db, saved)
    _rename(db, "Altdorf", "Neu")
    lock = AppLock(data).acquire()
    try:
        result = run("restore", str(saved), data=data, check=False)
    finally:
        lock.release()
    assert result.returncode == 1
    assert "VOPI Desktop ist mit diesem Arbeitsbereich geöffnet; bitte zuerst schließen" in result.stderr
    assert _names(db) == ["Neu"]
    assert run("restore", str(saved), data=data).returncode == 0  # released: now it works
    assert _names(db) == ["Altdorf"]


def test_restore_never_replaces_the_file_under_a_live_writer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = _workspace(data, "Altdorf")
    saved = tmp_path / "saved.sqlite3"
    backup.copy_sqlite(db, saved)
    writer = sqlite3.connect(db, timeout=10)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE municipality SET name = 'Geschrieben'")
    result = run("restore", str(saved), data=data, check=False)
    writer.commit()
    writer.close()
    assert result.returncode == 1 and "benutzt" in result.stderr
    assert _names(db) == ["Geschrieben"]  # the writer's commit is in the workspace


def test_restore_of_a_folder_and_of_an_unreadable_file(tmp_path: Path, monkeypatch, capsys) -> None:
    data = tmp_path / "data"
    _workspace(data, "Altdorf")
    result = run("restore", str(tmp_path), data=data, check=False)
    assert "ist ein Ordner, keine Sicherungsdatei" in result.stderr
    locked = tmp_path / "gesperrt.sqlite3"
    locked.write_bytes(b"SQLite format 3\x00")
    real_open = Path.open

    def no_permission(self: Path, *args, **kwargs):  # root ignores chmod 000: simulate it
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", no_permission)
    assert cli.main(["--data-dir", str(data), "restore", str(locked)]) == 1
    assert "nicht lesbar (Berechtigung)" in capsys.readouterr().err


def test_a_read_only_data_folder_is_one_sentence(tmp_path: Path, monkeypatch, capsys) -> None:
    data = tmp_path / "data"

    def refuse(self) -> None:
        raise PermissionError(13, "Permission denied", str(data / "backups"))

    monkeypatch.setattr("vopi_desktop.config.Config.ensure_dirs", refuse)
    assert cli.main(["--data-dir", str(data), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schreibgeschützt" in err and "Errno" not in err


def test_backup_out_onto_an_existing_file_needs_force(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _workspace(data, "Altdorf")
    out = tmp_path / "vorhanden.sqlite3"
    out.write_text("wichtig")
    result = run("backup", "--out", str(out), data=data, check=False)
    assert result.returncode == 2 and "--force" in result.stderr
    assert out.read_text() == "wichtig"
    run("backup", "--out", str(out), "--force", data=data)
    assert _names(out) == ["Altdorf"]


def test_leftovers_of_an_interrupted_run_are_cleaned_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = _workspace(data, "Altdorf")
    run("backup", data=data)
    backups = data / "backups"
    kept = backup.list_backups(backups)[0]
    part = backups / "vopi-backup-x-manual.sqlite3.part"
    part.write_bytes(b"half")
    young = backups / "vopi-backup-y-manual.sqlite3.part"  # a backup being written right now
    young.write_bytes(b"half")
    os.utime(part, (time.time() - 3600, time.time() - 3600))  # interrupted an hour ago
    (data / "vopi.sqlite3.restore").write_bytes(b"half")
    Path(str(kept) + "-shm").write_bytes(b"")
    run("check", data=data)
    assert part.exists()  # a check changes nothing, leftovers neither: the next opening cleans them
    run("backup", data=data)
    left = sorted(p.name for p in backups.iterdir() if not p.name.endswith(".sqlite3"))
    assert left == [young.name]
    assert not (data / "vopi.sqlite3.restore").exists()
    assert _names(kept) == ["Altdorf"] and _names(db) == ["Altdorf"]


def test_debug_after_the_sub_command_and_no_traceback_without_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _workspace(data, "Altdorf")
    assert run("check", "--debug", data=data).returncode == 0
    db = data / "vopi.sqlite3"
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")  # the database stays locked past the busy timeout
    try:
        result = run("demo", data=data, check=False)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "@" not in result.stderr  # no contact e-mail (or any other SQL value)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgres://amt:Geheim123@127.0.0.1:1/vopi", "Datenbank"),  # accepted, then: no server there
        ("postgresql://amt:Geheim123@127.0.0.1:abc/vopi", "Port muss eine Zahl sein"),
    ],
)
def test_database_urls_never_echo_the_password(tmp_path: Path, url: str, expected: str) -> None:
    result = run("--database-url", url, "check", data=tmp_path, check=False)
    assert result.returncode == 1
    assert "Geheim123" not in result.stderr + result.stdout
    assert expected in result.stderr
    assert (
        "unerwarteter Fehler" not in result.stderr
        and "Ungültige Datenbank-URL: postgres://amt:" not in result.stderr
    )
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_scrambled_pages_give_a_clear_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    db = data / "vopi.sqlite3"
    raw = bytearray(db.read_bytes())
    for i in range(4096 * 3, len(raw)):  # header and the first pages intact, the rest noise
        raw[i] = (i * 7919) % 251
    db.write_bytes(bytes(raw))
    for command in (["check"], ["smoke", "--page", "actors"]):
        result = run(*command, data=data, check=False)
        assert result.returncode != 0, command
        assert "beschädigt" in result.stderr, result.stderr
        assert "unerwarteter Fehler" not in result.stderr and "Traceback" not in result.stderr


def test_a_foreign_alembic_database_in_place_of_the_workspace_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "vopi.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.execute("CREATE TABLE kunden (id INTEGER, name TEXT)")
    conn.commit()
    conn.close()
    result = run("check", data=data, check=False)
    assert result.returncode == 1 and "anderen Programm" in result.stderr
    conn = sqlite3.connect(db)
    tables = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    conn.close()
    assert tables == ["alembic_version", "kunden"]  # no migration ran on it


def test_scrambled_text_is_reported_as_damage_without_echoing_it(tmp_path: Path) -> None:
    from vopi_desktop.store.errors import DamagedDatabaseError

    data = tmp_path / "data"
    db = _workspace(data, "Altdorf")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE municipality SET contact_name = CAST(x'4d61ff6c6c6572' AS TEXT)")
    conn.commit()
    conn.close()
    ws = Workspace.open(load_config(data, None))
    try:
        with pytest.raises(DamagedDatabaseError, match="beschädigt") as err:
            ws.municipalities.list()
    finally:
        ws.close()
    assert "Ma" not in str(err.value)


def test_backup_into_a_folder_that_does_not_exist_is_refused_and_makes_none(tmp_path: Path) -> None:
    """A typo in --out's folder made the folders (as `report` refuses: "Der Ordner … existiert nicht")."""
    data = tmp_path / "data"
    _workspace(data, "Altdorf")
    result = run("backup", "--out", str(tmp_path / "Sicherungn" / "b.sqlite3"), data=data, check=False)
    assert result.returncode == 2 and "existiert nicht" in result.stderr
    assert not (tmp_path / "Sicherungn").exists()


def test_restoring_an_exchange_file_says_what_it_is_and_what_to_do(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _workspace(data, "Altdorf")
    sent = tmp_path / "altdorf.vopi"
    run("export", "--out", str(sent), data=data)
    result = run("restore", str(sent), data=data, check=False)
    assert result.returncode == 1
    assert "Austauschdatei" in result.stderr and "vopi-desktop import" in result.stderr
    junk = tmp_path / "kaputt.sqlite3"
    junk.write_text("kein SQLite")
    result = run("restore", str(junk), data=data, check=False)
    assert "keine SQLite-Datenbank" in result.stderr and "file is not a database" not in result.stderr
    assert _names(data / "vopi.sqlite3") == ["Altdorf"]  # untouched
