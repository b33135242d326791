"""What every area service shares: short sessions, error translation, the change log, checks."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ...lang import t
from ..base import Base
from ..errors import NotFoundError, StaleRecordError, StoreError, ValidationError
from ..models import ChangeLog

if TYPE_CHECKING:
    from sqlalchemy.orm import sessionmaker

R = TypeVar("R", bound=Base)
log = logging.getLogger(__name__)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

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
                raise _database_error(exc) from exc

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
            raise _database_error(exc) from exc
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
        if mid is None and record.__tablename__ == "municipality":
            mid = record.id  # type: ignore[attr-defined]
        session.add(
            ChangeLog(
                who=self._ctx.who,
                municipality_id=mid,
                action=action,
                entity=record.__tablename__,
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
    def _check_version(row: Base, expected: int | None) -> None:
        """Refuse a save made from a copy older than what is stored."""
        if expected is not None and row.version != expected:  # type: ignore[attr-defined]
            raise StaleRecordError(t(*STALE))


def _database_error(exc: DBAPIError) -> StoreError:
    """The driver's own sentence only: SQLAlchemy's text would show the statement and its values,
    which may be personal data, to whoever looks at the screen. The full text goes to the log."""
    log.error("database error", exc_info=exc)
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    return StoreError(t(f"Datenbankfehler: {reason}", f"Database error: {reason}"))


def _no_control_characters(value: str, field: str) -> str:
    """PostgreSQL refuses NUL in text and other control characters only confuse lists and PDFs."""
    if any(ord(c) < 32 and c not in "\n\r\t" for c in value):
        raise ValidationError(
            t("Der Text enthält ein unzulässiges Steuerzeichen.", "The text contains a control character."),
            field,
        )
    return value


def required_text(value: str, field: str, label_de: str, label_en: str, limit: int = 200) -> str:
    value = _no_control_characters((value or "").strip(), field)
    if not value:
        raise ValidationError(t(f"Bitte {label_de} angeben.", f"Please enter {label_en}."), field)
    if len(value) > limit:
        raise ValidationError(
            t(
                f"{label_de.capitalize()} ist zu lang (höchstens {limit} Zeichen).",
                f"{label_en.capitalize()} is too long (at most {limit} characters).",
            ),
            field,
        )
    return value


def optional_text(value: str | None, field: str, limit: int = 200) -> str:
    value = _no_control_characters((value or "").strip(), field)
    if len(value) > limit:
        raise ValidationError(
            t(
                f"Der Text ist zu lang (höchstens {limit} Zeichen).",
                f"The text is too long (at most {limit}).",
            ),
            field,
        )
    return value


def optional_email(value: str | None, field: str) -> str:
    value = (value or "").strip()
    if value and not EMAIL.match(value):
        raise ValidationError(
            t(f"„{value}“ ist keine gültige E-Mail-Adresse.", f"“{value}” is not a valid e-mail address."),
            field,
        )
    return optional_text(value, field)


def one_of(value: str, allowed: object, field: str) -> str:
    if value not in allowed:  # type: ignore[operator]
        raise ValidationError(t(f"Unbekannter Wert: {value}", f"Unknown value: {value}"), field)
    return value
