"""`vopi-desktop check`: the workspace checked as it is. A check changes nothing it checks: no folder or
database is made, no schema upgraded, no backup written, no leftover cleaned, no WAL switch written into
a file's header. SQLite files are opened read-only, a PostgreSQL database in read-only transactions."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ..config import Config, mask_url
from ..lang import t
from . import db
from .errors import DamagedDatabaseError, StoreError
from .sqlite_file import OUR_TABLES, read_only_uri


class NoWorkspaceError(StoreError):
    """Nothing to check: no database there, or one without any table (a workspace not yet made)."""


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    revision: str | None
    problems: tuple[str, ...]
    counts: dict[str, int]
    notices: tuple[str, ...] = ()  # worth knowing, not a problem: an older schema the app will upgrade


def schema_revision(engine: Engine) -> str | None:
    """The VOPI schema revision of the database, None for an empty one (no table at all). A database of
    another program, or of a newer version of the app, is refused: opening (`Workspace.open`) and
    checking say the same."""
    revision = db.current_revision(engine)
    if revision is not None and not db.table_names(engine) >= OUR_TABLES:
        raise StoreError(
            t(
                "Die Datenbank gehört zu einem anderen Programm (andere Tabellen) und ist kein VOPI-Arbeitsbereich.",
                "The database belongs to another program (other tables) and is not a VOPI workspace.",
            )
        )
    if revision is None and db.has_user_tables(engine):
        raise StoreError(
            t(
                "Die Datenbank enthält fremde Tabellen und ist kein VOPI-Arbeitsbereich.",
                "The database holds foreign tables and is not a VOPI workspace.",
            )
        )
    if revision is not None and revision not in db.KNOWN_REVISIONS:
        raise StoreError(
            t(
                "Die Datenbank wurde mit einer neueren Version von VOPI Desktop angelegt. Bitte aktualisieren.",
                "The database was created by a newer version of VOPI Desktop. Please update the app.",
            )
        )
    return revision


def check_workspace(config: Config) -> CheckReport:
    """Integrity, schema revision and row counts of the configured workspace, read-only.
    NoWorkspaceError when there is none; a damaged or foreign file is refused as opening refuses it."""
    path = config.sqlite_path
    if path is None:
        return _checked(_postgres_reader(config.url), mask_url(config.url))
    where = config.data_dir if path == config.data_dir / "vopi.sqlite3" else path
    if not path.parent.is_dir():
        folder = "" if where == path.parent else f" {path.parent}"
        raise _no_workspace(
            where, t(f"den Ordner{folder} gibt es nicht", f"the folder{folder} does not exist")
        )
    if not path.exists():
        raise _no_workspace(where, t(f"die Datei {path.name} fehlt", f"the file {path.name} is missing"))
    from .workspace import _backups_hint, refuse_damaged

    refuse_damaged(path, config.backups_dir)  # a folder, 0 bytes, not SQLite: said as the app says it
    try:
        stamp = _stamp(path)
        report = _read(path, where)
        if _stamp(path) != stamp:  # the app began writing meanwhile: read again, now with its WAL
            report = _read(path, where)
    except DamagedDatabaseError as exc:
        raise DamagedDatabaseError(f"{exc} {_backups_hint(config.backups_dir)}") from exc
    return report


def _no_workspace(where: Path | str, detail: str) -> NoWorkspaceError:
    return NoWorkspaceError(
        t(
            f"Kein Arbeitsbereich in {where} ({detail}). Nichts wurde angelegt; "
            "einen neuen Arbeitsbereich legt VOPI Desktop bei seinem Start an.",
            f"No workspace in {where} ({detail}). Nothing was created; "
            "VOPI Desktop makes a new workspace when it starts.",
        )
    )


def _stamp(path: Path) -> tuple[object, ...]:
    """What changes when a program writes the database (its -wal included) or opens it (its -shm)."""
    st = path.stat()
    try:
        wal = Path(f"{path}-wal").stat()
        written: tuple[int, int] | None = (wal.st_mtime_ns, wal.st_size)
    except FileNotFoundError:  # none, or checkpointed and removed just now
        written = None
    return st.st_mtime_ns, st.st_size, written, Path(f"{path}-shm").exists()


def _read(path: Path, where: Path | str) -> CheckReport:
    """The file checked in place when no ``-wal`` is beside it (immutable), else from a copy of it and
    its ``-wal`` in a temporary folder. A read-only connection in place would write the ``-shm``: a
    new one beside a ``-wal`` a crash left alone, SQLite's wal-index rebuilt in a stale one, a read
    mark in the running app's (`immutable=1` would skip the WAL's committed writes, and exclusive
    locking cannot read a WAL read-only). No ``-shm`` is copied; the copy's own goes with the folder."""
    if not Path(f"{path}-wal").exists():
        return _checked(_sqlite_reader(path), where)
    with tempfile.TemporaryDirectory(prefix="vopi-check-") as folder:
        try:
            copy = _copy_with_wal(path, Path(folder) / path.name)
        except OSError as exc:
            if exc.errno not in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise
            raise _no_room(path) from exc  # the temporary drive's, not the workspace's
        return _checked(_sqlite_reader(copy or path), where)


def _no_room(path: Path) -> StoreError:
    folder = tempfile.gettempdir()
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) // 2**20 + 1
    return StoreError(
        t(
            f"Für die Prüfung fehlt im temporären Ordner {folder} der Platz für eine Kopie der Datenbank "
            f"mit ihrem -wal (etwa {size} MB). Im Arbeitsbereich wurde nichts verändert. Bitte dort Platz "
            "schaffen oder TMPDIR (Windows: TEMP) auf ein Laufwerk mit Platz setzen.",
            f"The check needs room for a copy of the database with its -wal (about {size} MB) in the "
            f"temporary folder {folder}, which is full. Nothing in the workspace was changed. Please make "
            "room there or set TMPDIR (Windows: TEMP) to a drive with room.",
        )
    )


def _copy_with_wal(path: Path, copy: Path, tries: int = 5) -> Path | None:
    """``copy``: the file and its ``-wal`` as one state, or None to read the file in place — its
    ``-wal`` checkpointed and removed meanwhile (the file is complete), or a WAL started afresh at
    every try (a busy app, whose ``-shm`` is live). A checkpoint during the copy writes into the
    file only pages the ``-wal`` still holds, so the pair stays one state as long as the WAL was not
    started afresh: its header (salts, checkpoint count) the same before and after."""
    wal = Path(f"{path}-wal")
    for _ in range(tries):
        head = _wal_head(wal)
        shutil.copyfile(path, copy)
        try:
            shutil.copyfile(wal, f"{copy}-wal")
        except FileNotFoundError:
            return None
        if head == _wal_head(Path(f"{copy}-wal")) == _wal_head(wal):
            return copy
    return None


def _wal_head(wal: Path) -> bytes | None:
    try:
        with wal.open("rb") as handle:
            return handle.read(32)  # magic, format, page size, checkpoint count, salts, checksum
    except FileNotFoundError:
        return None


def _sqlite_reader(path: Path) -> Engine:
    """A read-only engine on the file, without the app's pragmas (``journal_mode=WAL`` writes the
    header of a file in rollback mode). Without a ``-wal`` beside it no connection has the file open,
    so it is read as immutable: SQLite then makes no ``-wal``/``-shm`` of its own and leaves none
    behind. With one (the app is running, or ended without closing) the WAL holds the latest writes
    and is read with them."""
    uri = read_only_uri(path) + ("" if Path(f"{path}-wal").exists() else "&immutable=1")

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # scrambled text: counted, not a crash
        return conn

    return create_engine("sqlite://", creator=connect, poolclass=NullPool)


def _postgres_reader(url: str) -> Engine:
    # every transaction READ ONLY: the server itself refuses a write, should one ever be tried
    return db.make_engine(url).execution_options(postgresql_readonly=True)


def _checked(engine: Engine, where: Path | str) -> CheckReport:
    try:
        try:
            revision = schema_revision(engine)
        except DBAPIError as exc:
            return _damaged(exc)
        if revision is None:
            raise _no_workspace(where, t("die Datenbank ist leer", "the database is empty"))
        return check_open(engine, revision)
    finally:
        engine.dispose()


def check_open(engine: Engine, revision: str | None = None) -> CheckReport:
    """Integrity, schema revision and row counts of the database behind ``engine``, which this only
    reads (also `Workspace.check` of an opened, so up-to-date, workspace)."""
    try:
        return _report(engine, revision or db.current_revision(engine), engine.dialect.name == "sqlite")
    except DBAPIError as exc:
        return _damaged(exc)


def _damaged(exc: DBAPIError) -> CheckReport:
    """Pages too scrambled to count: a finding, not a crash."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    problem = t(f"Die Datenbank ist beschädigt ({reason}).", f"The database is damaged ({reason}).")
    return CheckReport(False, None, (problem,), {})


def _report(engine: Engine, revision: str | None, sqlite: bool) -> CheckReport:
    from . import tables  # the schema as Core tables: counting needs no ORM

    problems: list[str] = []
    notices: list[str] = []
    if revision is not None and revision != db.HEAD_REVISION:
        notices.append(_older(revision, sqlite))
    present = db.table_names(engine)
    with engine.connect() as conn:
        if sqlite:
            result = conn.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems.append(t(f"Integritätsprüfung: {result}", f"integrity check: {result}"))
            broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                problems.append(t(f"{len(broken)} verwaiste Verweise", f"{len(broken)} dangling references"))
        counts = {  # an older schema: the tables it has
            name: conn.scalar(select(func.count()).select_from(table)) or 0
            for name, table in tables.metadata.tables.items()
            if name in present
        }
    return CheckReport(not problems, revision, tuple(problems), counts, tuple(notices))


def _older(revision: str, sqlite: bool) -> str:
    head = db.HEAD_REVISION
    if sqlite:
        return t(
            f"Die Schema-Version {revision} ist älter als die aktuelle ({head}). VOPI Desktop bringt die "
            "Datenbank beim nächsten Start (auch durch einen Befehl wie „report“) auf den neuen Stand und "
            "legt vorher eine Sicherung an. Die Prüfung hat nichts verändert.",
            f"Schema version {revision} is older than the current one ({head}). VOPI Desktop brings the "
            "database up to date at its next start (also by a command such as 'report'), backing it up "
            "first. The check changed nothing.",
        )
    return t(
        f"Die Schema-Version {revision} ist älter als die aktuelle ({head}). VOPI Desktop bringt die "
        "Datenbank beim nächsten Start (auch durch einen Befehl wie „report“) auf den neuen Stand; eine "
        "PostgreSQL-Datenbank bitte vorher mit pg_dump sichern. Die Prüfung hat nichts verändert.",
        f"Schema version {revision} is older than the current one ({head}). VOPI Desktop brings the "
        "database up to date at its next start (also by a command such as 'report'); back up a "
        "PostgreSQL database with pg_dump first. The check changed nothing.",
    )
