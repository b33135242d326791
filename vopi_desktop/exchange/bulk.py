"""Column-wise checks of a file's records: the fast path of ``document._read_entity``.

A file written by the app passes these checks a whole column at once: types by ``set(map(type, …))``,
lengths by ``max(map(len, …))``, control characters and ids by one regular expression over the
column joined with newlines (a newline is allowed in text and never part of an id). The rules are
``codec``'s. Whatever they do not accept outright (a value to convert, such as an upper-case id or a
timestamp in another zone, a field an older file lacks, a wrong value) makes ``read_entity`` return
None; the per-record path then reads the entity again, converts or names the first bad field. So
this path can only be stricter than the per-value one, never more lenient.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from itertools import chain, repeat
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, Numeric, String, Text, Uuid

from . import codec
from .registry import Entity

_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
IDS = re.compile(f"{_ID}(?:\n{_ID})*")  # used with fullmatch: one id per line, nothing else
NoneType = type(None)
Check = Callable[[Sequence[Any]], Sequence[Any]]


class Unsure(Exception):
    """The column needs the per-record path (to convert a value, or to name what is wrong)."""


def _present(values: Sequence[Any], nullable: bool) -> tuple[set[type], Sequence[Any]]:
    types = set(map(type, values))
    if NoneType not in types:
        return types, values
    if not nullable:
        raise Unsure
    types.discard(NoneType)
    return types, [v for v in values if v is not None]


def _text(limit: int, nullable: bool) -> Check:
    def check(values: Sequence[Any]) -> Sequence[Any]:
        types, present = _present(values, nullable)
        if present and (
            types != {str}
            or max(map(len, present)) > limit
            or codec.BAD_CHARS.search("\n".join(present)) is not None
        ):
            raise Unsure
        return values

    return check


def _ids(nullable: bool) -> Check:
    def check(values: Sequence[Any]) -> Sequence[Any]:
        types, present = _present(values, nullable)
        if present and (types != {str} or IDS.fullmatch("\n".join(present)) is None):
            raise Unsure
        return values

    return check


def _integers(nullable: bool) -> Check:
    low, high = codec.INT_RANGE

    def check(values: Sequence[Any]) -> Sequence[Any]:
        types, present = _present(values, nullable)
        if present and (types != {int} or min(present) < low or max(present) > high):
            raise Unsure
        return values

    return check


def _booleans(nullable: bool) -> Check:
    def check(values: Sequence[Any]) -> Sequence[Any]:
        types, present = _present(values, nullable)
        if present and types != {bool}:
            raise Unsure
        return values

    return check


def _parsed(parse: Callable[[str], Any], length_ok: Callable[[list[str]], bool], nullable: bool) -> Check:
    def check(values: Sequence[Any]) -> Sequence[Any]:
        types, present = _present(values, nullable)
        if not present:
            return values
        if types != {str} or not length_ok(present):
            raise Unsure
        try:
            parsed = list(map(parse, present))
        except ValueError:
            raise Unsure from None
        if present is values:
            return parsed
        it = iter(parsed)
        return [None if v is None else next(it) for v in values]

    return check


def _timestamps(nullable: bool) -> Check:
    inner = _parsed(datetime.fromisoformat, lambda p: max(map(len, p)) <= 40, nullable)

    def check(values: Sequence[Any]) -> Sequence[Any]:
        parsed = inner(values)
        # Only UTC as the app writes it; a naive time or another zone is converted by codec._datetime.
        zones = set(map(attrgetter("tzinfo"), parsed if None not in parsed else filter(None, parsed)))
        if zones and zones != {UTC}:
            raise Unsure
        return parsed

    return check


def _key_lists(decode: codec.Decoder, name: str, nullable: bool) -> Check:
    """JSON columns holding lists of short texts (fields, languages): ``codec._json``'s fast case
    (a list of texts within the item budget, each within the string limit, no control characters)."""
    others = _per_value(decode, name)

    def check(values: Sequence[Any]) -> Sequence[Any]:
        types, present = _present(values, nullable)
        if types != {list} or max(map(len, present)) >= codec.JSON_ITEMS - 1:
            return others(values)
        flat = list(chain.from_iterable(present))
        if flat and (
            set(map(type, flat)) != {str}
            or max(map(len, flat)) > codec.JSON_STRING
            or codec.BAD_CHARS.search("\n".join(flat)) is not None
        ):
            return others(values)
        return values

    return check


def _per_value(decode: codec.Decoder, name: str) -> Check:
    def check(values: Sequence[Any]) -> Sequence[Any]:
        try:
            return list(map(decode, values, repeat(name)))
        except codec.BadValue:
            raise Unsure from None

    return check


def column_check(column: Column) -> Check:
    """The column-wise check of a column, in the order ``codec.decoder`` tells the types apart."""
    kind = column.type
    nullable = bool(column.nullable) and not column.primary_key
    if isinstance(kind, Uuid):
        return _ids(nullable)
    if isinstance(getattr(kind, "impl", None), DateTime) or isinstance(kind, DateTime):
        return _timestamps(nullable)
    if isinstance(kind, Date):
        return _parsed(date.fromisoformat, lambda p: set(map(len, p)) == {10}, nullable)
    if isinstance(kind, Boolean):
        return _booleans(nullable)
    if isinstance(kind, Integer):
        return _integers(nullable)
    if isinstance(kind, JSON):
        return _key_lists(codec.decoder(column), column.name, nullable)
    if isinstance(kind, Float | Numeric):
        return _per_value(codec.decoder(column), column.name)
    if isinstance(kind, Text) or (isinstance(kind, String) and kind.length is None):
        return _text(codec.LONG_TEXT, nullable)
    if isinstance(kind, String):
        return _text(kind.length or codec.LONG_TEXT, nullable)
    return _per_value(codec.decoder(column), column.name)


def _link_lists(values: list[Any], limit: int) -> list[list[str] | None]:
    """Each list once per id, in the file's order; a list the file lacks (``codec.MISSING``: the
    sender's release did not know the table) is None, "unknown", which the plan resolves."""
    present = [v for v in values if v is not codec.MISSING]
    if set(map(type, present)) - {list} or (present and max(map(len, present)) > limit):
        raise Unsure
    flat = list(chain.from_iterable(present))
    if flat and (set(map(type, flat)) != {str} or IDS.fullmatch("\n".join(flat)) is None):
        raise Unsure
    if len(present) == len(values):
        return list(map(list, map(dict.fromkeys, values)))
    return [None if v is codec.MISSING else list(dict.fromkeys(v)) for v in values]


def read_entity(entity: Entity, rows: list[Any], with_personal: bool, max_links: int) -> list[dict] | None:
    """The records of one entity, checked column by column; None: read them record by record.

    The file's own dicts become the records: once every column has passed, the converted values
    (times, dates, blanked personal data, each many-to-many list once per id) are written back into
    them. A second dict per record would double the largest part of an import's memory."""
    if not rows:
        return []
    if set(map(type, rows)) != {dict} or not set().union(*rows) <= set(entity.field_names):
        return None
    names = [c.name for c in entity.columns]  # an id and more: itemgetter gives tuples
    try:  # every column at once: a tuple per row, turned into a tuple per column
        by_column = list(zip(*map(itemgetter(*names), rows), strict=True))
    except KeyError:
        return None  # an older file: the per-record path fills in the default
    changed: list[tuple[str, Sequence[Any]]] = []  # columns whose values differ from the file's
    try:
        for index, column in enumerate(entity.columns):
            values = by_column[index]
            checked = _checks(entity)[column.name](values)
            if column.name == "id" and len(set(checked)) != len(checked):
                return None  # the per-record path names the duplicate
            if not with_personal and column.name in entity.personal:
                changed.append((column.name, [codec.blank_of(column)] * len(rows)))
            elif checked is not values:
                changed.append((column.name, checked))
        for link in entity.links:
            lists = list(map(dict.get, rows, repeat(link.field), repeat(codec.MISSING)))
            changed.append((link.field, _link_lists(lists, max_links)))
    except Unsure:
        return None
    for name, column_values in changed:
        for row, value in zip(rows, column_values, strict=True):
            row[name] = value
    for name, derive in entity.derive_columns.items():
        for row, value in zip(rows, derive(rows), strict=True):
            row[name] = value
    return rows


_CHECKS: dict[str, dict[str, Check]] = {}


def _checks(entity: Entity) -> dict[str, Check]:
    checks = _CHECKS.get(entity.name)
    if checks is None:
        checks = _CHECKS[entity.name] = {c.name: column_check(c) for c in entity.columns}
    return checks
