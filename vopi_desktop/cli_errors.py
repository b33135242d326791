"""The command line's one-line messages: a German (or English) sentence for what went wrong, never
Python's English errno text or a temporary file's name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .lang import t

if TYPE_CHECKING:
    from .config import Config


class CliError(Exception):
    """A one-line message for stderr and a non-zero exit code."""


def os_error(exc: OSError, config: Config | None, target: Path | None = None) -> str:
    """One sentence in the user's language that names what the user asked for: Python's errno text
    is English, and a temporary file (``.vopi-….part``) is a name the user never gave, so a failure
    there names its folder."""
    import errno

    name = str(exc.filename or target or "")  # a failed write() names no file: the command's target
    path = Path(name) if name else None
    temporary = path is not None and (path.name.startswith(".vopi-") or path.name.endswith(".part"))
    if temporary and path is not None:
        name = str(path.parent)
        where_de, where_en = f"Im Ordner {name}", f"In the folder {name}"
    elif name:
        where_de, where_en = f"Bei {name}", f"At {name}"
    else:  # nothing named at all: the sentence alone
        where_de = where_en = ""
    code = exc.errno
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        if config is not None and name.startswith(str(config.data_dir)):
            return t(
                f"Der Datenordner {config.data_dir} ist schreibgeschützt oder nicht zugänglich; "
                "VOPI Desktop kann dort nichts speichern.",
                f"The data folder {config.data_dir} is read-only or not accessible; VOPI Desktop cannot save there.",
            )
        return t(f"Keine Berechtigung für {name}.", f"No permission for {name}.")
    sentences = {
        errno.EROFS: (
            f"{name} liegt auf einem schreibgeschützten Laufwerk.",
            f"{name} is on a read-only drive.",
        ),
        errno.ENOSPC: (
            f"{where_de}: Auf dem Laufwerk ist kein Platz mehr."
            if name
            else "Auf dem Laufwerk ist kein Platz mehr.",
            f"{where_en}: the drive is full." if name else "The drive is full.",
        ),
        errno.ENOENT: (f"{name} gibt es nicht.", f"{name} does not exist."),
        errno.EEXIST: (f"{name} gibt es schon.", f"{name} exists already."),
        errno.EISDIR: (f"{name} ist ein Ordner.", f"{name} is a folder."),
        errno.ENOTDIR: (
            f"{name}: Ein Teil des Pfads ist kein Ordner.",
            f"{name}: part of the path is not a folder.",
        ),
    }
    if temporary and code != errno.ENOSPC and code != errno.EROFS:
        return t(
            f"In den Ordner {name} lässt sich nicht schreiben.", f"The folder {name} cannot be written to."
        )
    if code in sentences:
        return t(*sentences[code])
    reason = exc.strerror or str(exc)
    if not name or (exc.strerror is None and name in reason):  # our own sentence names it already
        return reason
    return t(f"{where_de}: {reason}", f"{where_en}: {reason}")


def damaged(exc: Exception, config: Config | None) -> str:
    """A database error SQLite raises for scrambled pages, as a sentence that says what to do."""
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    if isinstance(exc, DatabaseError):
        orig = exc.orig
    elif isinstance(exc, sqlite3.DatabaseError | UnicodeDecodeError):
        orig = exc
    else:
        return ""
    reason = str(orig).strip().splitlines()[0] if orig else type(exc).__name__
    where = (
        t(
            f" Sicherungen liegen im Ordner {config.backups_dir}.",
            f" Backups are in the folder {config.backups_dir}.",
        )
        if config is not None and config.sqlite_path is not None
        else ""
    )
    return t(
        f"Die Datenbank ist beschädigt oder nicht lesbar ({reason}).{where}",
        f"The database is damaged or cannot be read ({reason}).{where}",
    )


def no_municipality() -> str:
    return t(
        "Der Arbeitsbereich enthält noch keine Kommune (anlegen im Programm, oder Beispieldaten mit "
        "„vopi-desktop demo“).",
        "The workspace holds no municipality yet (create one in the app, or example data with "
        "“vopi-desktop demo”).",
    )
