"""Checks on a SQLite file on disk, before anything opens it as the workspace: readable, pages sound,
a VOPI Desktop database of a schema this version knows (backups, restore, the start guard)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..lang import t
from .errors import StoreError

# Tables every schema since 0001 has: a file with an alembic_version row but without these belongs
# to another application that also uses Alembic.
OUR_TABLES = frozenset(
    {"municipality", "actor", "actor_link", "barrier_assessment", "pillar_round", "change_log"}
)


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes '#', '?' and '%' in folder names, which would
    otherwise cut the path short and make SQLite open (and create) a different, empty file."""
    return path.resolve().as_uri() + "?mode=ro"


def check_readable(path: Path, what_de: str = "Die Datei", what_en: str = "The file") -> None:
    """A clear sentence for what is not a readable file: missing, a folder, no permission, empty."""
    if path.is_dir():
        raise StoreError(
            t(f"{path} ist ein Ordner, keine Sicherungsdatei.", f"{path} is a folder, not a backup file.")
        )
    if not path.exists():
        raise StoreError(t(f"Datei nicht gefunden: {path}", f"File not found: {path}"))
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except PermissionError as exc:
        raise StoreError(
            t(
                f"{what_de} {path} ist nicht lesbar (Berechtigung).",
                f"{what_en} {path} cannot be read (permission).",
            )
        ) from exc
    if not header:
        raise StoreError(t(f"{what_de} {path} ist leer (0 Byte).", f"{what_en} {path} is empty (0 bytes)."))


def damage_found(path: Path) -> str | None:
    """SQLite's first complaint about ``path`` (quick_check), or None when its pages are sound.
    An empty or non-SQLite file is None here: opening it says so in its own words."""
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return None
    try:
        conn = sqlite3.connect(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if result == "ok" else str(result).splitlines()[0]


def validate_sqlite_file(path: Path, known_revisions: tuple[str, ...]) -> str:
    """Refuse anything that is not an intact VOPI workspace of a schema this version knows."""
    check_readable(path)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return validate_connection(conn, path.name, known_revisions)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise not_a_database(path, exc) from exc


# how an exchange file begins: a ZIP, or sealed (exchange/container.py ZIP_MAGIC, exchange/seal.py MAGIC)
_EXCHANGE_HEADS = (b"PK\x03\x04", b"VOPISEAL")


def not_a_database(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    """Why ``path`` cannot be restored or opened, in the user's words: an exchange file (.vopi) is
    named as such with what to do instead; SQLite's own English reason only when nothing better."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        head = b""
    if head.startswith(_EXCHANGE_HEADS):
        return StoreError(
            t(
                f"{path.name} ist eine Austauschdatei, keine Sicherung: übernehmen mit „Austausch → Datei öffnen…“ "
                "oder „vopi-desktop import DATEI“.",
                f"{path.name} is an exchange file, not a backup: take it in with 'Exchange → Open file…' "
                "or 'vopi-desktop import FILE'.",
            )
        )
    if "not a database" in str(exc):
        return StoreError(
            t(
                f"{path.name} ist keine VOPI-Datenbank (die Datei ist keine SQLite-Datenbank).",
                f"{path.name} is not a VOPI database (the file is not an SQLite database).",
            )
        )
    return StoreError(
        t(f"{path.name} ist keine VOPI-Datenbank ({exc}).", f"{path.name} is not a VOPI database ({exc}).")
    )


def validate_connection(conn: sqlite3.Connection, name: str, known_revisions: tuple[str, ...]) -> str:
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # scrambled text: a message, not a crash
    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise StoreError(t(f"{name} ist beschädigt.", f"{name} is damaged."))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = (
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if revision is None or not tables >= OUR_TABLES:
        raise StoreError(
            t(
                f"{name} ist keine Datenbank von VOPI Desktop (andere Tabellen).",
                f"{name} is not a VOPI Desktop database (other tables).",
            )
        )
    if revision[0] not in known_revisions:
        raise StoreError(
            t(
                f"{name} stammt von einer unbekannten oder neueren Programmversion.",
                f"{name} comes from an unknown or newer version of the app.",
            )
        )
    return str(revision[0])
