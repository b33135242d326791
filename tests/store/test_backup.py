"""Backups are real copies, also from folders whose names SQLite's URI syntax would misread."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vopi_desktop.config import load_config
from vopi_desktop.store import StoreError
from vopi_desktop.store.backup import copy_sqlite, list_backups, make_backup
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.revisions import HEAD_REVISION, KNOWN_REVISIONS
from vopi_desktop.store.snapshot import read_snapshot
from vopi_desktop.store.sqlite_file import validate_sqlite_file
from vopi_desktop.store.workspace import Workspace


@pytest.mark.parametrize("folder", ["Gemeinde #3", "Amt?Soziales", "100% Ehrenamt", "Ölbronn – Rathaus"])
def test_backup_and_snapshot_from_an_awkward_folder(tmp_path: Path, folder: str) -> None:
    config = load_config(tmp_path / folder, None)
    config.ensure_dirs()
    ws = Workspace.open(config)
    ws.municipalities.create(MunicipalityInput(name="Altdorf", kind="gemeinde", state="BW"))
    ws.close()
    db = config.sqlite_path
    assert db is not None
    copy = copy_sqlite(db, tmp_path / "copy.sqlite3")
    rows = sqlite3.connect(copy).execute("SELECT name FROM municipality").fetchall()
    assert rows == [("Altdorf",)]
    assert validate_sqlite_file(copy, KNOWN_REVISIONS) == HEAD_REVISION
    snapshot = read_snapshot(db, HEAD_REVISION, None)
    assert snapshot is not None and [m.name for m in snapshot.municipalities] == ["Altdorf"]
    # No stray database beside the folder: a URI cut short at '#' or '?' would have SQLite create
    # (and copy) "Gemeinde " or "Amt" in the folder above, not in the data folder itself.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder, "copy.sqlite3"])


def test_backups_are_kept_to_the_configured_number(tmp_path: Path) -> None:
    db = tmp_path / "vopi.sqlite3"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    for _ in range(5):
        make_backup(db, tmp_path / "backups", "manual", keep=3)
    assert len(list_backups(tmp_path / "backups")) == 3


def test_backup_of_a_broken_file_says_so(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 5000)
    with pytest.raises(StoreError, match="Sicherung fehlgeschlagen"):
        copy_sqlite(junk, tmp_path / "out.sqlite3")
    assert not (tmp_path / "out.sqlite3").exists()


def _damaged_copy(good: Path, dest: Path) -> Path:
    """``good`` with the records of one page in the middle scrambled: SQLite's backup copies it
    without complaint, only a check of the copy finds it (as a bad disk sector would leave it)."""
    raw = bytearray(good.read_bytes())
    page = len(raw) // 4096 // 2
    for i in range(page * 4096 + 8, page * 4096 + 2000):
        raw[i] = (i * 7919) % 251
    dest.write_bytes(bytes(raw))
    return dest


def _many_rows(db: Path) -> Path:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("z" * 300,) for _ in range(400)])
    conn.commit()
    conn.close()
    return db


def test_a_damaged_database_gives_no_backup_and_the_good_ones_stay(tmp_path: Path) -> None:
    db = _many_rows(tmp_path / "vopi.sqlite3")
    backups = tmp_path / "backups"
    good = [make_backup(db, backups, "manual", keep=3) for _ in range(3)]
    _damaged_copy(db, db)
    with pytest.raises(StoreError, match="beschädigt") as err:
        make_backup(db, backups, "manual", keep=3)
    assert "Die vorhandenen Sicherungen bleiben" in str(err.value)
    assert list_backups(backups) == good  # none pruned, no damaged copy among them
    assert not list(backups.glob("*.part"))


def test_sqlites_reason_is_said_in_german(tmp_path: Path, monkeypatch) -> None:
    db = _many_rows(tmp_path / "vopi.sqlite3")

    def full(_source: Path, _dest: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("vopi_desktop.store.backup._backup_api", full)
    with pytest.raises(StoreError) as err:
        copy_sqlite(db, tmp_path / "out.sqlite3")
    assert str(err.value) == "Sicherung fehlgeschlagen: Auf dem Laufwerk ist kein Platz mehr."


def test_automatic_backups_never_push_out_the_users_own(tmp_path: Path) -> None:
    """Review F34: a manual backup, then ten imports (and a delete, a restore): the manual copy and the
    one taken before the last update stay; each occasion keeps its own newest ``keep``."""
    db = _many_rows(tmp_path / "vopi.sqlite3")
    backups = tmp_path / "backups"
    upgrade = make_backup(db, backups, "before-upgrade-0006", keep=3)
    manual = make_backup(db, backups, "manual", keep=3)
    imports = [make_backup(db, backups, "before-import", keep=3, about=f"k{n}.vopi") for n in range(11)]
    deleted = make_backup(db, backups, "before-delete", keep=3)
    left = list_backups(backups)
    assert upgrade in left and manual in left and deleted in left
    assert [p for p in left if "before-import" in p.name] == imports[-3:]
    # Manual backups are pruned only by newer manual ones.
    newer = [make_backup(db, backups, "manual", keep=3) for _ in range(3)]
    assert [p for p in list_backups(backups) if p.name.endswith("-manual.sqlite3")] == newer


def test_a_backup_before_an_import_names_the_file(tmp_path: Path) -> None:
    from vopi_desktop.store import backup_names

    db = _many_rows(tmp_path / "vopi.sqlite3")
    made = make_backup(db, tmp_path / "b", "before-import", about="Neustadt 12/2026 (neu).vopi")
    named = backup_names.parse(made.name)
    assert named.occasion == "before-import" and named.about == "Neustadt_12_2026_neu_.vopi"
    assert backup_names.parse("vopi-backup-20260301-170500-000001-before-upgrade-0002.sqlite3").occasion == (
        "before-upgrade"
    )
    assert backup_names.parse("my-copy.sqlite3").made is None


def test_a_restore_keeps_the_file_restored_and_the_manual_backups(tmp_path: Path) -> None:
    from vopi_desktop.store.backup import restore

    config = load_config(tmp_path / "data", None)
    config.ensure_dirs()
    config.settings.backups_to_keep = 2
    ws = Workspace.open(config)
    ws.municipalities.create(MunicipalityInput(name="Altdorf", kind="gemeinde", state="BW"))
    ws.close()
    db = config.sqlite_path
    assert db is not None
    manual = make_backup(db, config.backups_dir, "manual", keep=2)
    for _ in range(3):
        make_backup(db, config.backups_dir, "before-import", keep=2)
    for _ in range(3):
        restore(config, manual)
    left = list_backups(config.backups_dir)
    assert manual in left
    assert sum("before-restore" in p.name for p in left) == 2
    assert sum("before-import" in p.name for p in left) == 2
