"""Unique indexes over some rows only ("live actors", "catalogue barriers"), for SQLite and PostgreSQL.

Naming PostgreSQL's ``postgresql_where`` on an ``Index`` makes SQLAlchemy load its whole PostgreSQL
dialect to check the argument: 26 ms of every start and every command on SQLite, the common case. The
models therefore give SQLite's condition at once and PostgreSQL's the moment a PostgreSQL engine is
made (``db.make_engine``), before anything creates, compares or uses the indexes there.
"""

from __future__ import annotations

from sqlalchemy import Index, text

_MADE: list[tuple[Index, str]] = []
_postgresql = False  # a PostgreSQL engine has been made: new indexes get its condition at once


def partial_index(name: str, *columns: str, where: str) -> Index:
    """A unique index over the rows where ``where`` holds (SQL both databases read alike)."""
    index = Index(name, *columns, unique=True, sqlite_where=text(where))
    _MADE.append((index, where))
    if _postgresql:
        index.dialect_kwargs["postgresql_where"] = text(where)
    return index


def for_postgresql() -> None:
    """Give every partial index PostgreSQL's condition too (its dialect is loaded by then)."""
    global _postgresql
    _postgresql = True
    for index, where in _MADE:
        index.dialect_kwargs["postgresql_where"] = text(where)
