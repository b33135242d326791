"""What every area service shares: short sessions, error translation, the change log, checks.

Contract for every service (existing and new: measures, events, checklists, outreach, …):

- **Validate every field before the write**, with the helpers re-exported here from ``fields.py``:
  ``text(value, field, limit=…, required=…, name=…)`` for every str column (``name=True`` for names
  and titles), ``email()``, ``integer(value, field, minimum=…, maximum=…)`` for every whole number,
  ``decimal()`` for amounts, ``one_of()`` for vocabulary keys. They refuse lone surrogates, NUL and
  control characters, bool-as-number and 1.5-as-integer with a message naming the field, the same on
  SQLite and PostgreSQL. A field key not in ``fields.LABELS`` gets ``label=Label("Der Ort", "einen
  Ort", "the place")``.
- **Change a stored row with** ``self._update(row, **values)`` and a many-to-many list with
  ``self._set_collection(row, "barriers", rows)``: both bump ``version`` and ``updated_at`` when
  something really changed (a collection alone included), so a concurrent edit is caught and the
  exchange merge sees the change. Check the caller's version first: ``self._check_version(row, v)``.
- Inside ``with self._write() as s:`` everything is one transaction; log it with ``self._log``.
- A name compared for duplicates gets a derived ``name_key`` column (``store/names.name_key``) with a
  unique constraint; ``_write`` turns the violation into a clear StoreError (see ``UNIQUE_MESSAGES``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from ...lang import t
from ..base import Base, utcnow
from ..db_errors import database_error
from ..errors import NotFoundError, StaleRecordError, StoreError, ValidationError
from ..models import ChangeLog
from .fields import LABELS, Label, decimal, email, integer, label_of, one_of, text

__all__ = [
    "LABELS",
    "STALE",
    "Label",
    "Service",
    "ServiceContext",
    "decimal",
    "email",
    "integer",
    "label_of",
    "one_of",
    "optional_email",
    "optional_text",
    "required_text",
    "text",
]

if TYPE_CHECKING:
    from sqlalchemy.orm import sessionmaker

R = TypeVar("R", bound=Base)
log = logging.getLogger(__name__)

STALE = (
    "Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden und die Änderung erneut eintragen.",
    "Someone else changed this record in the meantime. Reload it and enter your change again.",
)


class ServiceContext:
    """The session factory and the name written into the change log, shared by all services."""

    def __init__(self, sessions: sessionmaker[Session], who: str) -> None:
        self.sessions = sessions
        self.who = who


class Service:
    """Base of the area services: each method opens one short session and returns plain data."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._ctx.sessions() as session:
            try:
                yield session
            except DBAPIError as exc:
                raise database_error(exc) from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: everything in the block is written, or nothing is."""
        session = self._ctx.sessions()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise StaleRecordError(t(*STALE)) from exc
        except IntegrityError as exc:
            duplicate = _duplicate_error(exc)
            if duplicate is not None:
                raise duplicate from exc
            log.error("integrity error", exc_info=exc)
            raise StoreError(
                t(
                    "Die Änderung widerspricht den gespeicherten Daten (vielleicht hat jemand anderes gerade "
                    "dasselbe eingetragen). Bitte neu laden.",
                    "The change conflicts with the stored data (perhaps someone else just entered the same). "
                    "Please reload.",
                )
            ) from exc
        except DBAPIError as exc:
            raise database_error(exc) from exc
        except SQLAlchemyError as exc:
            log.error("database error", exc_info=exc)
            raise StoreError(
                t("Datenbankfehler; nichts wurde gespeichert.", "Database error; nothing was saved.")
            ) from exc
        finally:
            session.close()

    def _log(
        self,
        session: Session,
        action: str,
        record: Base,
        summary: str = "",
        municipality_id: str | None = None,
    ) -> None:
        session.flush()
        mid = municipality_id or getattr(record, "municipality_id", None)
        if mid is None and record.__table__.name == "municipality":
            mid = record.id  # type: ignore[attr-defined]
        session.add(
            ChangeLog(
                who=self._ctx.who,
                municipality_id=mid,
                action=action,
                entity=record.__table__.name,
                entity_id=str(record.id),  # type: ignore[attr-defined]
                summary=summary[:500],
            )
        )

    @staticmethod
    def _get(session: Session, model: type[R], record_id: str) -> R:
        row = session.get(model, record_id)
        if row is None:
            raise NotFoundError(
                t(
                    "Der Datensatz existiert nicht mehr; vielleicht wurde er gelöscht.",
                    "The record no longer exists; perhaps it was deleted.",
                )
            )
        return row

    @staticmethod
    def _update(row: Base, **changes: object) -> bool:
        """Set the given columns; returns whether any value really changed.

        An unchanged value writes nothing (no version bump, so a save of an untouched form never makes
        someone else's copy stale). A change bumps ``version`` (the mapper's version counter) and
        ``updated_at`` at the flush.
        """
        changed = False
        for key, value in changes.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
                changed = True
        return changed

    @staticmethod
    def _set_collection(row: Base, attr: str, items: Iterable[Base]) -> bool:
        """Replace a many-to-many list (e.g. a barrier's target groups); returns whether it changed.

        The link rows live in another table, so SQLAlchemy would not UPDATE ``row`` itself: neither
        its version nor ``updated_at`` would move, a concurrent edit would go unnoticed and an
        exchange merge ("newer wins") would miss the change. Touching ``updated_at`` makes the flush
        issue an UPDATE of the row, which bumps the version counter as well.
        """
        new = list(dict.fromkeys(items))
        session = object_session(row)
        if session is None:  # a new row, not added yet: nothing to compare with
            old = list(getattr(row, attr) or ())
        else:
            with session.no_autoflush:  # loading the list must not flush the row's other changes apart
                old = list(getattr(row, attr))
        if {id(x) for x in old} == {id(x) for x in new} and len(old) == len(new):
            return False
        setattr(row, attr, new)
        row.updated_at = utcnow()  # type: ignore[attr-defined]
        return True

    @staticmethod
    def _check_version(row: Base, expected: int | None) -> None:
        """Refuse a save made from a copy older than what is stored."""
        if expected is not None and row.version != expected:  # type: ignore[attr-defined]
            raise StaleRecordError(t(*STALE))


# The unique indexes on derived keys (0003), by what PostgreSQL names (the index) and what SQLite names
# (the columns): a second workstation that created the same record a moment earlier gets this.
UNIQUE_MESSAGES: tuple[tuple[tuple[str, ...], str, tuple[str, str]], ...] = (
    (
        ("uq_actor_municipality_id_name_key", "actor.name_key"),
        "name",
        (
            "Einen Akteur mit diesem Namen gibt es in dieser Kommune schon.",
            "This municipality already has an actor with this name.",
        ),
    ),
    (
        ("uq_municipality_name_key", "municipality.name_key"),
        "name",
        ("Eine Kommune mit diesem Namen gibt es schon.", "A municipality with this name exists already."),
    ),
    (
        ("uq_actor_link_pair_key", "actor_link.pair_key"),
        "kind",
        (
            "Diese beiden Akteure sind mit dieser Art schon verbunden.",
            "These two actors already have a link of this kind.",
        ),
    ),
)


def _duplicate_error(exc: IntegrityError) -> ValidationError | None:
    text_ = str(exc.orig)
    for needles, field, message in UNIQUE_MESSAGES:
        if any(n in text_ for n in needles):
            return ValidationError(t(*message), field)
    return None


# The old helpers, kept as thin aliases of fields.text()/email() for code written against them.
def required_text(value: str, field: str, label_de: str = "", label_en: str = "", limit: int = 200) -> str:
    return text(value, field, limit=limit, required=True)


def optional_text(value: str | None, field: str, limit: int = 200) -> str:
    return text(value, field, limit=limit)


def optional_email(value: str | None, field: str) -> str:
    return email(value, field)
