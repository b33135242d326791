"""Every folder and setting from one place: platformdirs defaults, env and flag overrides."""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

APP_NAME = "VOPI Desktop"
APP_SLUG = "vopi-desktop"
log = logging.getLogger(__name__)


@dataclass
class Settings:
    """User preferences kept in ``settings.json`` next to the database."""

    language: str = "de"
    last_municipality: str | None = None
    backups_to_keep: int = 10
    user_name: str = ""
    # Window geometry, splitter positions and column widths (ui/layout_memory.py): key → base64 state.
    layout: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            # A damaged settings file must not stop the app: start with defaults.
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            log.warning("settings file %s holds no settings; using defaults", path)
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        settings = cls(**known)
        if settings.language not in ("de", "en"):
            settings.language = "de"
        if not isinstance(settings.backups_to_keep, int) or settings.backups_to_keep < 1:
            settings.backups_to_keep = 10
        if not isinstance(settings.layout, dict):
            settings.layout = {}
        settings.layout = {k: v for k, v in settings.layout.items() if isinstance(v, str)}
        return settings

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


@dataclass
class Config:
    """Resolved folders and database URL for one run of the app."""

    data_dir: Path
    database_url: str | None = None
    settings: Settings = field(default_factory=Settings)

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when the workspace is the default embedded SQLite."""
        if self.database_url is None:
            return self.data_dir / "vopi.sqlite3"
        if self.database_url.startswith("sqlite:///"):
            return Path(self.database_url.removeprefix("sqlite:///"))
        return None

    @property
    def display_location(self) -> str:
        """Where the data lives, for the status bar: the file, or the server without the password."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return mask_url(self.database_url or "")

    @property
    def url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'vopi.sqlite3'}"

    def ensure_dirs(self) -> None:
        for folder in (self.data_dir, self.backups_dir, self.logs_dir, self.exports_dir):
            folder.mkdir(parents=True, exist_ok=True)

    def save_settings(self) -> None:
        self.settings.save(self.settings_path)


PORTABLE_MARKER = "portable.txt"


def portable_data_dir() -> Path | None:
    """A frozen program with ``portable.txt`` beside it keeps its data in ``Daten`` next to it (USB stick)."""
    if not getattr(sys, "frozen", False):
        return None
    program_dir = Path(sys.executable).resolve().parent
    return program_dir / "Daten" if (program_dir / PORTABLE_MARKER).is_file() else None


def mask_url(url: str) -> str:
    """A database URL without its password, for anything shown or logged: postgres://amt@host/db."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    credentials, at, host = rest.rpartition("@")
    user = credentials.partition(":")[0]
    return f"{scheme}://{user}{at}{host}" if at else url


def default_data_dir() -> Path:
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import PlatformDirs  # only when no folder was given: saves start-up time

    return Path(PlatformDirs(APP_SLUG, appauthor=False).user_data_dir)


def load_config(data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None) -> Config:
    """Flags win over environment variables, which win over the platformdirs defaults."""
    chosen = data_dir or os.environ.get("VOPI_DATA_DIR") or default_data_dir()
    url = database_url or os.environ.get("VOPI_DATABASE_URL") or None
    folder = Path(chosen).expanduser().resolve()
    config = Config(data_dir=folder, database_url=url)
    config.settings = Settings.load(config.settings_path)
    return config
