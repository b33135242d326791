"""Versioned copies of the SQLite workspace: before upgrades, on request, before a restore."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from ..lang import t
from .errors import StoreError

log = logging.getLogger(__name__)
PREFIX = "vopi-backup-"


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes '#', '?' and '%' in folder names, which would
    otherwise cut the path short and make SQLite open (and create) a different, empty file."""
    return path.resolve().as_uri() + "?mode=ro"


def copy_sqlite(source: Path, dest: Path) -> Path:
    """A consistent copy even while the app has the database open in WAL mode."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(t(f"Sicherung fehlgeschlagen: {exc}", f"Backup failed: {exc}")) from exc
    tmp.replace(dest)
    return dest


def make_backup(db_path: Path, backups_dir: Path, reason: str, keep: int = 10) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = copy_sqlite(db_path, backups_dir / f"{PREFIX}{stamp}-{reason}.sqlite3")
    prune(backups_dir, keep)
    log.info("backup written: %s", dest)
    return dest


def list_backups(backups_dir: Path) -> list[Path]:
    return sorted(backups_dir.glob(f"{PREFIX}*.sqlite3"))


def prune(backups_dir: Path, keep: int) -> None:
    """Keep the newest ``keep`` backups; several, not one, because a bad state may go unnoticed."""
    for old in list_backups(backups_dir)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)


def validate_sqlite_file(path: Path, known_revisions: tuple[str, ...]) -> str:
    """Refuse anything that is not an intact VOPI workspace of a schema this version knows."""
    if not path.is_file():
        raise StoreError(t(f"Datei nicht gefunden: {path}", f"File not found: {path}"))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StoreError(t("Die Sicherung ist beschädigt.", "The backup is damaged."))
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            t(
                f"{path.name} ist keine VOPI-Datenbank ({exc}).",
                f"{path.name} is not a VOPI database ({exc}).",
            )
        ) from exc
    if revision is None or revision[0] not in known_revisions:
        raise StoreError(
            t(
                f"{path.name} stammt von einer unbekannten oder neueren Programmversion.",
                f"{path.name} comes from an unknown or newer version of the app.",
            )
        )
    return revision[0]


def replace_database(source: Path, db_path: Path) -> None:
    """Put a validated copy in place of the workspace file (the app holds no connection now)."""
    tmp = db_path.with_suffix(".restore")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp.replace(db_path)
