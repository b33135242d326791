"""What a support e-mail needs to know about this installation: shown in Hilfe → Über, written in crash logs."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from . import __version__
from .config import Config
from .lang import t


def database_kind(config: Config) -> str:
    """The database in words: the local file, or the server (never its password)."""
    if config.sqlite_path is not None:
        return t("lokale SQLite-Datenbank", "local SQLite database")
    return t("PostgreSQL-Server", "PostgreSQL server")


def support_lines(config: Config) -> list[tuple[str, str]]:
    """(label, value) pairs in the current language; the same lines in the dialog and the crash log."""
    try:  # the installed version, read without importing Qt below the UI layer
        qt_version = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:  # pragma: no cover - a frozen bundle without metadata
        qt_version = getattr(sys.modules.get("PySide6"), "__version__", "?")  # loaded by the GUI
    frozen = t(" (installiertes Programm)", " (installed program)") if getattr(sys, "frozen", False) else ""
    return [
        (t("Version", "Version"), f"VOPI Desktop {__version__}{frozen}"),
        (t("Datenbank", "Database"), f"{database_kind(config)}: {config.display_location}"),
        (t("Datenordner", "Data folder"), str(config.data_dir)),
        (t("Protokollordner", "Log folder"), str(config.logs_dir)),
        (t("Sicherungen", "Backups"), str(config.backups_dir)),
        (
            t("System", "System"),
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}",
        ),
        ("Qt", f"PySide6 {qt_version}"),
    ]


def support_text(config: Config) -> str:
    return "\n".join(f"{label}: {value}" for label, value in support_lines(config))
