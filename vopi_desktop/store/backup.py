"""Versioned copies of the SQLite workspace (before upgrades, on request, before a restore) and restore.

Restore never loses what it is asked to restore: the source is copied with SQLite's online backup
API (so committed changes still in its ``-wal`` come along) into a temporary file in the data folder,
that copy is checked and then moved over the database with ``os.replace``, so what was checked is
what is installed. The current state is backed up first, the file being restored is never pruned,
and pruning happens only after the restore succeeded. Leftovers of an interrupted run (``.part``,
``.restore``, ``-wal``/``-shm`` beside backups) are cleaned up by the next one.

API for the GUI (Datei menu): ``list_backups``, ``make_backup`` (``sqlite_file.validate_sqlite_file``) and
``restore(config, source, lock=held_lock)`` after the app has closed its workspace.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..lang import t
from . import backup_names
from .applock import AppLock
from .errors import DamagedDatabaseError, StoreError
from .sqlite_file import (
    check_readable,
    damage_found,
    not_a_database,
    read_only_uri,
    validate_connection,
    validate_sqlite_file,
)

if TYPE_CHECKING:
    from ..config import Config

log = logging.getLogger(__name__)
PREFIX = backup_names.PREFIX
RESTORE_SUFFIX = ".restore"
PART_AGE_SECONDS = 300  # an unfinished copy older than this was interrupted


def copy_sqlite(source: Path, dest: Path) -> Path:
    """A consistent, self-contained copy (WAL content included) even while the app has it open.

    The copy is checked before it takes its name: SQLite's backup copies damaged pages as they are,
    and a damaged "backup" would push a good one out and be the one offered after the next crash.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        _backup_api(source, tmp)
        intact = damage_found(tmp) is None
    except sqlite3.Error as exc:
        _unlink(tmp)
        if _damage(exc):
            raise _damaged() from exc
        raise StoreError(t(f"Sicherung fehlgeschlagen: {_reason(exc)}", f"Backup failed: {exc}")) from exc
    except BaseException:
        _unlink(tmp)
        raise
    if not intact:
        _unlink(tmp)
        raise _damaged()
    os.replace(tmp, dest)
    return dest


def _damage(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text)


def _damaged() -> DamagedDatabaseError:
    return DamagedDatabaseError(
        t(
            "Sicherung fehlgeschlagen: Die Datenbank ist beschädigt. Die vorhandenen Sicherungen bleiben, "
            "wie sie sind.",
            "Backup failed: the database is damaged. The existing backups are left as they are.",
        )
    )


def _reason(exc: sqlite3.Error) -> str:
    """SQLite's English reason in German where it is a common one."""
    text = str(exc)
    if "disk is full" in text:
        return "Auf dem Laufwerk ist kein Platz mehr."
    if "readonly" in text or "read-only" in text:
        return "Das Laufwerk oder der Ordner ist schreibgeschützt."
    if "unable to open" in text:
        return "Die Datei lässt sich nicht öffnen oder anlegen."
    return text


def newest_intact(backups_dir: Path, known_revisions: tuple[str, ...]) -> Path | None:
    """The newest backup that is an intact VOPI workspace this version can open, or None."""
    for candidate in reversed(list_backups(backups_dir)):
        try:
            validate_sqlite_file(candidate, known_revisions)
        except StoreError as exc:
            log.warning("backup %s skipped: %s", candidate.name, exc)
            continue
        return candidate
    return None


def _backup_api(source: Path, dest: Path) -> None:
    _unlink(dest)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
            # Rollback journal, not WAL: opening a backup later leaves no -wal/-shm beside it.
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()


def make_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str,
    keep: int = 10,
    protect: Path | None = None,
    about: str = "",
) -> Path:
    """A checked copy named for its occasion (``backup_names``; ``about``: the file imported), then
    the occasion's older copies beyond ``keep`` pruned."""
    dest = copy_sqlite(db_path, backups_dir / backup_names.file_name(datetime.now(), reason, about))
    prune(backups_dir, keep, protect)
    log.info("backup written: %s", dest)
    return dest


def list_backups(backups_dir: Path) -> list[Path]:
    return sorted(backups_dir.glob(f"{PREFIX}*.sqlite3"))


def prune(backups_dir: Path, keep: int, protect: Path | None = None) -> None:
    """Keep the newest ``keep`` backups of each occasion (several: a bad state may go unnoticed;
    by occasion: automatic copies never push out the user's own, ``backup_names.to_prune``), never
    ``protect``."""
    for old in backup_names.to_prune(list_backups(backups_dir), keep, protect):
        _unlink(old)
    cleanup(backups_dir)


def cleanup(backups_dir: Path, data_dir: Path | None = None) -> None:
    """Tidy up leftovers; never fails (a read-only folder simply keeps them)."""
    with contextlib.suppress(OSError):
        _cleanup(backups_dir, data_dir)


def _cleanup(backups_dir: Path, data_dir: Path | None) -> None:
    """Remove what an interrupted backup or restore left: ``.part`` files, a ``.restore`` file in the
    data folder, and ``-wal``/``-shm`` files beside backups (folded into their backup first).

    A ``.part`` file younger than a few minutes may be a backup being written right now by the app
    (backups take no lock), so it stays; pass ``data_dir`` only while holding the app lock or when
    nobody holds it (a restore in progress writes its ``.restore`` file under the lock).
    """
    if backups_dir.is_dir():
        now = time.time()
        for part in backups_dir.glob("*.part"):
            with contextlib.suppress(OSError):
                if now - part.stat().st_mtime > PART_AGE_SECONDS:
                    _unlink(part)
        for wal in backups_dir.glob(f"{PREFIX}*.sqlite3-wal"):
            main = wal.with_name(wal.name.removesuffix("-wal"))
            if main.exists():
                with contextlib.suppress(sqlite3.Error, OSError):  # a damaged one stays as it is
                    conn = sqlite3.connect(main)
                    conn.execute("PRAGMA journal_mode=DELETE")  # checkpoints, then drops the -wal
                    conn.close()
            else:
                _unlink(wal)
        for shm in backups_dir.glob(f"{PREFIX}*.sqlite3-shm"):
            if not Path(str(shm)[: -len("-shm")] + "-wal").exists():
                _unlink(shm)
    if data_dir is not None and data_dir.is_dir():
        for leftover in data_dir.glob(f"*{RESTORE_SUFFIX}"):
            _unlink(leftover)


@dataclass(frozen=True)
class Restored:
    source: Path
    revision: str
    saved: Path | None  # the backup of the state before, None when there was no database


def restore(config: Config, source: Path, lock: AppLock | None = None) -> Restored:
    """Replace the workspace by ``source`` after checking it and backing up the current state.

    Refused while a VOPI Desktop has the workspace open: pass ``lock`` when the running app restores
    (it holds the lock and has closed its workspace). The database is untouched unless all is well.
    An older schema is upgraded by the next ``Workspace.open``.
    """
    from .revisions import KNOWN_REVISIONS

    db_path = config.sqlite_path
    if db_path is None:
        raise StoreError(
            t(
                "Wiederherstellung gibt es nur für die lokale SQLite-Datenbank.",
                "Restore is only for the local SQLite database.",
            )
        )
    source = source.expanduser().resolve()
    check_readable(source)
    own_lock = lock is None
    held = AppLock(config.data_dir).acquire() if lock is None else lock
    try:
        cleanup(config.backups_dir, db_path.parent)
        tmp = db_path.with_name(db_path.name + RESTORE_SUFFIX)
        try:
            try:
                _backup_api(source, tmp)  # the source's -wal content comes along
                conn = sqlite3.connect(tmp)
                try:
                    revision = validate_connection(conn, source.name, KNOWN_REVISIONS)
                finally:
                    conn.close()
            except sqlite3.DatabaseError as exc:
                raise not_a_database(source, exc) from exc
            saved = _save_current(config, db_path, source)
            _quiesce(db_path)
            os.replace(tmp, db_path)
        finally:
            _unlink(tmp)
        prune(config.backups_dir, config.settings.backups_to_keep, protect=source)
        log.info("restored %s (revision %s)", source, revision)
        return Restored(source, revision, saved)
    finally:
        if own_lock:
            held.release()


def _save_current(config: Config, db_path: Path, source: Path) -> Path | None:
    """Back up what is replaced; a damaged or empty file is kept aside as it is."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    config.backups_dir.mkdir(parents=True, exist_ok=True)
    try:
        # No pruning here: the file being restored may be the oldest backup.
        return make_backup(db_path, config.backups_dir, "before-restore", keep=10**9)
    except StoreError:
        aside = config.backups_dir / f"damaged-{datetime.now():%Y%m%d-%H%M%S}-{db_path.name}"
        shutil.copyfile(db_path, aside)
        log.warning("current database unreadable, kept aside as %s", aside)
        return aside


def _quiesce(db_path: Path) -> None:
    """Fold the database's -wal into it and drop -wal/-shm, or refuse when someone is writing.

    A stale -wal beside the new file would be replayed onto it, and a writer in a transaction would
    commit into a file that is no longer the workspace.
    """
    if not db_path.exists():
        return
    try:
        conn = sqlite3.connect(db_path, timeout=0.5)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            conn.execute("BEGIN IMMEDIATE")
            conn.rollback()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        busy = (1,) if "locked" in str(exc) or "busy" in str(exc) else None
        if busy is None:
            log.warning("checkpoint before restore failed: %s", exc)
    except sqlite3.DatabaseError as exc:  # damaged: nothing to fold in
        log.warning("checkpoint before restore failed: %s", exc)
        busy = None
    if busy is not None and busy[0]:
        raise StoreError(
            t(
                "Die Datenbank wird gerade von einem anderen Programm benutzt; nichts wurde wiederhergestellt.",
                "The database is in use by another program; nothing was restored.",
            )
        )
    for suffix in ("-wal", "-shm"):
        _unlink(Path(str(db_path) + suffix))


def replace_database(source: Path, db_path: Path) -> None:
    """Put a validated copy in place of the workspace file (kept for callers; prefer ``restore``)."""
    tmp = db_path.with_name(db_path.name + RESTORE_SUFFIX)
    try:
        _backup_api(source, tmp)
        _quiesce(db_path)
        os.replace(tmp, db_path)
    finally:
        _unlink(tmp)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
