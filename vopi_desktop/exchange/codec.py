"""Column values to JSON and back, with every value from a file checked against its column.

A value from a file is never trusted: its type, length, range and form (UUID, date, finite number,
no control characters) are checked here, so nothing malformed reaches the database and a refusal
names the entity and field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, Numeric, String, Text, Uuid

# C0 controls except tab, newline, carriage return; lone surrogates (PostgreSQL and UTF-8 refuse them).
BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
# \Z, not $: "$" also matches before a final newline, which let "<uuid>\n" pass as an id.
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
LONG_TEXT = 100_000  # characters in a Text column
JSON_DEPTH = 4  # lists of strings, dicts of strings: nothing in the models nests deeper
JSON_ITEMS = 2_000
JSON_STRING = 2_000
INT_RANGE = (-(2**31), 2**31 - 1)  # PostgreSQL's integer
NUMERIC_LIMIT = 10**10

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any, str], Any]
MISSING = object()


class BadValue(Exception):
    """Raised by a decoder; turned into one ExchangeError naming entity, record and field."""


def encoder(column: Column) -> Encoder | None:
    """How to write the column's Python value as JSON; None where it is already JSON."""
    kind = column.type
    if isinstance(getattr(kind, "impl", None), DateTime) or isinstance(kind, DateTime):
        return lambda v: None if v is None else v.astimezone(UTC).isoformat()
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    return None


def _check_text(value: object, limit: int) -> str:
    if type(value) is not str:
        raise BadValue("kein Text|not text")
    if len(value) > limit:
        raise BadValue(f"Text länger als {limit} Zeichen|text longer than {limit} characters")
    if BAD_CHARS.search(value):
        raise BadValue("unzulässiges Steuerzeichen|control character")
    return value


def _uuid(value: object) -> str:
    if not isinstance(value, str) or not UUID.match(value.lower()):
        raise BadValue("keine gültige ID|not a valid id")
    return value.lower()


def _date(value: object) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise BadValue("kein Datum (JJJJ-MM-TT)|not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadValue(f"ungültiges Datum {value}|invalid date {value}") from None


def _datetime(value: object) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise BadValue("kein Zeitpunkt|not a timestamp")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise BadValue(f"ungültiger Zeitpunkt {value[:40]}|invalid timestamp {value[:40]}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _integer(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not INT_RANGE[0] <= value <= INT_RANGE[1]:
        raise BadValue("keine ganze Zahl im erlaubten Bereich|not a whole number in range")
    return value


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValue("keine Zahl|not a number")
    if not math.isfinite(value) or abs(value) >= NUMERIC_LIMIT:
        raise BadValue("Zahl außerhalb des erlaubten Bereichs|number out of range")
    return float(value)


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise BadValue("kein Wahrheitswert|not true/false")
    return value


def _json(value: object, depth: int = 0, budget: list[int] | None = None) -> object:
    budget = [JSON_ITEMS] if budget is None else budget
    budget[0] -= 1
    if budget[0] < 0 or depth > JSON_DEPTH:
        raise BadValue("Liste zu groß oder zu tief verschachtelt|list too large or nested too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _check_text(value, JSON_STRING)
    if isinstance(value, int | float):
        return _number(value) if isinstance(value, float) else _integer(value)
    if isinstance(value, list):
        if all(type(v) is str for v in value) and len(value) < budget[0]:  # the common case: a list of keys
            budget[0] -= len(value)
            for v in value:
                _check_text(v, JSON_STRING)
            return value
        return [_json(v, depth + 1, budget) for v in value]
    if isinstance(value, dict):
        return {_check_text(k, 200): _json(v, depth + 1, budget) for k, v in value.items()}
    raise BadValue("unbekannter Wert|unknown value")


def decoder(column: Column) -> Decoder:
    """Checks a value from a file and returns it as the column's Python value."""
    kind = column.type
    inner: Callable[[object], object]
    if isinstance(kind, Uuid):
        inner = _uuid
    elif isinstance(getattr(kind, "impl", None), DateTime) or isinstance(kind, DateTime):
        inner = _datetime
    elif isinstance(kind, Date):
        inner = _date
    elif isinstance(kind, Boolean):
        inner = _boolean
    elif isinstance(kind, Integer):
        inner = _integer
    elif isinstance(kind, Float | Numeric):
        inner = _number
    elif isinstance(kind, JSON):
        inner = _json
    elif isinstance(kind, Text) or (isinstance(kind, String) and kind.length is None):
        inner = lambda v: _check_text(v, LONG_TEXT)  # noqa: E731
    elif isinstance(kind, String):
        limit = kind.length or LONG_TEXT
        inner = lambda v: _check_text(v, limit)  # noqa: E731
    else:  # a new column type: the registry test names it, so this is never reached in a release
        raise TypeError(f"no exchange codec for {column.table.name}.{column.name}: {kind!r}")
    nullable = bool(column.nullable) and not column.primary_key

    def decode(value: object, _field: str) -> object:
        if value is None:
            if nullable:
                return None
            raise BadValue("fehlt (leer)|missing (null)")
        return inner(value)

    return decode


def quick_check(column: Column) -> Callable[[Any], bool] | None:
    """A fast test that a value is valid exactly as it is (the common case of a file written by
    the app); a value that fails it goes through ``decoder`` for conversion or the refusal."""
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: type(v) is str and UUID.match(v) is not None
    if isinstance(kind, String) and not isinstance(kind, Text) and kind.length:
        limit = kind.length
        return lambda v: type(v) is str and len(v) <= limit and BAD_CHARS.search(v) is None
    if isinstance(kind, Text) or (isinstance(kind, String) and kind.length is None):
        return lambda v: type(v) is str and len(v) <= LONG_TEXT and BAD_CHARS.search(v) is None
    if isinstance(kind, Integer) and not isinstance(kind, Boolean):
        low, high = INT_RANGE
        return lambda v: type(v) is int and low <= v <= high
    return None


def default_of(column: Column) -> object:
    """The value a file written before this column existed gets (older format versions)."""
    default = column.default
    if default is not None:
        arg = default.arg  # type: ignore[attr-defined]
        if callable(arg):
            try:
                return arg(None)  # SQLAlchemy wraps a plain callable to take the (unused) context
            except Exception:
                return MISSING
        return arg
    if column.nullable:
        return None
    return MISSING


def blank_of(column: Column) -> object:
    """What a personal field becomes in a file without personal data."""
    if column.nullable:
        return None
    value = default_of(column)
    return "" if value is MISSING else value


def is_supported(column: Column) -> bool:
    try:
        decoder(column)
    except TypeError:
        return False
    return True
