"""A database error as the user reads it (the services' and the documents' reads share it)."""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError

from ..lang import t
from .errors import DamagedDatabaseError, StoreError

log = logging.getLogger(__name__)


def database_error(exc: DBAPIError) -> StoreError:
    """The driver's own sentence only: SQLAlchemy's text would show the statement and its values,
    which may be personal data, to whoever looks at the screen. The full text goes to the log."""
    log.error("database error", exc_info=exc)
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    if any(word in reason for word in ("malformed", "not a database", "decode")):
        # Scrambled pages or text: say what it means and what to do (and never echo the bad text).
        return DamagedDatabaseError(
            t(
                "Die Datenbank ist beschädigt. Bitte die neueste Sicherung wiederherstellen "
                "(Datei → Sicherung wiederherstellen…).",
                "The database is damaged. Please restore the newest backup (File → Restore a backup…).",
            )
        )
    return StoreError(t(f"Datenbankfehler: {reason}", f"Database error: {reason}"))
