"""Engine, SQLite pragmas and migrate-at-start. Alembic is imported only when an upgrade is due."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.pool import NullPool

from ..config import mask_url
from ..lang import t
from .errors import DamagedDatabaseError, StoreError
from .partial_indexes import for_postgresql
from .revisions import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

__all__ = ["HEAD_REVISION", "KNOWN_REVISIONS", "current_revision", "make_engine", "upgrade"]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | Path) -> Engine:
    """An engine for a SQLite file (WAL, foreign keys) or a database URL (PostgreSQL via psycopg 3).

    A file is given as a Path and put into the URL by SQLAlchemy itself: a folder named "Amt?Soziales"
    or "100% Ehrenamt" would otherwise be read as URL syntax and open a different file.
    """
    given = str(url)
    try:
        if isinstance(url, Path):
            url.parent.mkdir(parents=True, exist_ok=True)
            return _sqlite_engine(URL.create("sqlite", database=str(url)))
        if url.startswith("sqlite"):
            return _sqlite_engine(url)
        if not url.startswith(("postgresql", "postgres:")):
            scheme = url.split(":", 1)[0]
            raise StoreError(
                t(
                    f"Datenbanken der Art „{scheme}“ unterstützt VOPI Desktop nicht: nur SQLite und PostgreSQL.",
                    f"VOPI Desktop does not support '{scheme}' databases: only SQLite and PostgreSQL.",
                )
            )
        for short in ("postgresql://", "postgres://"):  # postgres:// is what many servers hand out
            if url.startswith(short):
                url = "postgresql+psycopg://" + url.removeprefix(short)
        # hide_parameters: an error's text never carries the values (names, e-mails) into a log.
        engine = create_engine(url, pool_pre_ping=True, pool_size=5, hide_parameters=True)
        for_postgresql()
        return engine
    except (ArgumentError, ValueError) as exc:
        shown = mask_url(given)
        hint = (
            t(" (der Port muss eine Zahl sein)", " (the port must be a number)")
            if isinstance(exc, ValueError)
            else ""
        )
        raise StoreError(
            t(f"Ungültige Datenbank-URL: {shown}{hint}", f"Invalid database URL: {shown}{hint}")
        ) from exc
    except ModuleNotFoundError as exc:
        raise StoreError(
            t(
                f"Der Datenbanktreiber {exc.name} fehlt; installieren Sie vopi-desktop[postgres].",
                f"The database driver {exc.name} is missing; install vopi-desktop[postgres].",
            )
        ) from exc


def _sqlite_engine(url: str | URL) -> Engine:
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, or None for an empty one."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, DatabaseError) as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        if any(word in reason for word in ("malformed", "not a database", "decode")):
            raise DamagedDatabaseError(
                t(f"Die Datenbank ist beschädigt ({reason}).", f"The database is damaged ({reason}).")
            ) from exc
        raise StoreError(
            t(f"Die Datenbank ist nicht lesbar: {reason}", f"The database cannot be read: {reason}")
        ) from exc


def table_names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic on this engine's database (imports Alembic lazily)."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker  # the ORM on first use: `report --all` reads without it

    # expire_on_commit=False so objects read in a short session stay readable once it closes.
    return sessionmaker(engine, expire_on_commit=False)
