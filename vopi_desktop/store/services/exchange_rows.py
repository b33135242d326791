"""Rows in and out of the database in bulk, for the exchange (``exchange.py``).

On SQLite the values are converted between Python and SQLAlchemy's storage form here, a whole
column at a time, instead of by SQLAlchemy's per-value processors, which were most of an export's
and an import's time for 10,000 actors. A test keeps the stored text equal, byte for byte, to what
SQLAlchemy writes. Other databases (and a column type without a converter) take the normal path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from itertools import chain, repeat
from operator import attrgetter, itemgetter, methodcaller
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    String,
    Table,
    Uuid,
    insert,
    type_coerce,
)
from sqlalchemy.types import NullType


def read_rows(s: Any, table: Table, query: Any, columns: Sequence[Column] | None = None) -> list[dict]:
    """The rows as dicts. On SQLite the stored text is converted here rather than by SQLAlchemy's
    per-value result processors, which cost four times the query for 10,000 actors."""
    columns = list(table.columns) if columns is None else list(columns)
    converters = [_sqlite_converter(c) for c in columns] if s.bind.dialect.name == "sqlite" else None
    if converters is None or any(conv is _UNKNOWN for conv in converters):
        return [dict(row._mapping) for row in s.execute(query)]
    raw = query.with_only_columns(*(type_coerce(c, NullType()).label(c.name) for c in columns))
    names = [c.name for c in columns]
    rows = s.execute(raw).all()
    if not rows:
        return []
    # Column by column (a workspace of the large demo read back: 29,000 rows, 600,000 values).
    stored = list(zip(*rows, strict=True))
    values = [
        col if conv is None else _read_column(conv, col) for col, conv in zip(stored, converters, strict=True)
    ]
    return list(map(dict, map(zip, repeat(names), zip(*values, strict=True))))


def _read_column(convert: Callable[[Any], Any], stored: Sequence[Any]) -> Sequence[Any]:
    if None in stored:
        return [None if v is None else convert(v) for v in stored]
    if convert is _uuid:
        joined = "\n".join(stored)
        if _HEX_IDS.fullmatch(joined):  # SQLAlchemy's 32 hex digits: dashes put in by one substitution
            return _HEX_ID.sub(r"\1-\2-\3-\4-\5", joined).split("\n")
    if convert is _utc:
        moments = list(map(datetime.fromisoformat, stored))
        if set(map(attrgetter("tzinfo"), moments)) == {None}:  # naive UTC, as SQLAlchemy stores it
            return list(map(_AS_UTC, moments))
    return list(map(convert, stored))


_HEX_ID = re.compile("([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})")
_HEX_IDS = re.compile("[0-9a-f]{32}(?:\n[0-9a-f]{32})*")
_AS_UTC = methodcaller("replace", tzinfo=UTC)


def insert_rows(
    s: Any, table: Table, rows: list[dict[str, Any]], columns: Sequence[str] | None = None
) -> None:
    """INSERT many rows (their ``columns``; all their keys when None). On SQLite the values are put
    into the dialect's storage form here and handed to the driver as they are (SQLAlchemy's
    per-value bind processing is most of the import's time)."""
    writers = [_sqlite_writer(c) for c in table.columns] if s.bind.dialect.name == "sqlite" else None
    names = list(rows[0] if columns is None else columns)
    fill: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in names and column.default is not None and not column.default.is_callable:
            fill[column.name] = column.default.arg  # type: ignore[attr-defined]
    missing = {c.name for c in table.columns} - set(names) - set(fill)
    if (
        writers is None
        or any(w is _UNKNOWN for w in writers)
        or any(table.c[m].default is not None for m in missing)
    ):
        if columns is not None:  # Core refuses keys that are not columns
            rows = [{name: row[name] for name in names} for row in rows]
        s.execute(insert(table), rows)
        return
    by_name = {c.name: w for c, w in zip(table.columns, writers, strict=True)}
    written = names + list(fill)
    convert = [by_name[name] for name in names]
    constants = list(fill.values())
    sql = (
        f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in written)}) '
        f"VALUES ({', '.join('?' for _ in written)})"
    )
    # Column by column, so the conversions run in C (map) rather than a Python loop per value.
    if len(names) > 1:  # a tuple per row, turned into a tuple per column
        by_column: list[Sequence[Any]] = list(zip(*map(itemgetter(*names), rows), strict=True))
    else:
        by_column = [list(map(itemgetter(names[0]), rows))]
    converted = [col if w is None else _convert(w, col) for col, w in zip(by_column, convert, strict=True)]
    params = list(zip(*converted, *(repeat(c, len(rows)) for c in constants), strict=True))
    s.connection().exec_driver_sql(sql, params)


def _convert(write: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    """A column's values in storage form; the Nones of a nullable column stay None."""
    if None not in values:
        return _convert_present(write, values)
    present = [v for v in values if v is not None]
    done = iter(_convert_present(write, present))
    return [None if v is None else next(done) for v in values]


def _convert_present(write: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    if write is _sqlite_time and set(map(attrgetter("tzinfo"), values)) == {UTC}:
        # The common case without a Python call each: "2026-12-06 02:25:11.620101+00:00" cut
        # before its zone is exactly _sqlite_time's naive UTC form.
        return list(map(_BEFORE_ZONE, map(_ISOFORMAT, values)))
    if write is json.dumps and set(map(type, values)) == {list}:
        return _json_lists(values)
    return list(map(write, values))


def _json_lists(values: Sequence[list]) -> list[str]:
    """json.dumps of each list, made once per distinct list (10,000 actors share a few dozen lists
    of fields and languages). Only for lists of texts: 1, 1.0 and True are equal as keys."""
    if not set(map(type, chain.from_iterable(values))) <= {str}:
        return list(map(json.dumps, values))
    keys = list(map(tuple, values))
    made = {key: json.dumps(list(key)) for key in set(keys)}
    return list(map(made.__getitem__, keys))


_ISOFORMAT, _BEFORE_ZONE = methodcaller("isoformat", " ", "microseconds"), itemgetter(slice(0, 26))


def _sqlite_writer(column: Column) -> Callable[[Any], Any] | None:
    """The inverse of _sqlite_converter: SQLAlchemy's SQLite storage form of a value."""
    kind = column.type
    impl = getattr(kind, "impl", kind)
    if isinstance(kind, Uuid):
        return methodcaller("replace", "-", "")
    if isinstance(impl, DateTime):
        return _sqlite_time
    if isinstance(impl, Date):
        return date.isoformat
    if isinstance(kind, JSON):
        return json.dumps
    if isinstance(kind, Boolean):
        return int
    if isinstance(kind, Float | Numeric):
        return float
    if isinstance(kind, Integer | String):
        return None
    return _UNKNOWN


def _sqlite_time(value: datetime) -> str:
    """SQLAlchemy's SQLite form of an aware time: UTC, naive, with microseconds."""
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _uuid(value: str) -> str:
    if len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return value


def _utc(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _UNKNOWN(value: object) -> object:  # a column type without a converter: the normal path
    return value


def _sqlite_converter(column: Column) -> Callable[[Any], Any] | None:
    """How SQLAlchemy's SQLite dialect stores the type, read back the same way (None: as stored)."""
    kind = column.type
    impl = getattr(kind, "impl", kind)
    if isinstance(kind, Uuid):
        return _uuid
    if isinstance(impl, DateTime):
        return _utc
    if isinstance(impl, Date):
        return date.fromisoformat
    if isinstance(kind, JSON):
        return json.loads
    if isinstance(kind, Boolean):
        return bool
    if isinstance(kind, Float | Numeric):
        return float
    if isinstance(kind, Integer | String):
        return None
    return _UNKNOWN
