"""What a backup's file name says (when it was made, on which occasion, for which file) and which
backups pruning removes.

``vopi-backup-20261206-061502-123456-before-import@k3.vopi.sqlite3``: the time, the occasion
(``manual``, ``before-import``, ``before-delete``, ``before-restore``, ``before-upgrade-0006``) and,
for an import, the file imported. Each occasion keeps its own newest backups: ten imports in a
morning must not push out the copy the user made on purpose before them, nor the copy taken before
the last update of the app (review F34).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

PREFIX = "vopi-backup-"
SUFFIX = ".sqlite3"
MANUAL, IMPORT, DELETE, RESTORE, UPGRADE = (
    "manual",
    "before-import",
    "before-delete",
    "before-restore",
    "before-upgrade",
)
_NAME = re.compile(rf"^{PREFIX}(\d{{8}}-\d{{6}})(?:-\d+)?-(.+){re.escape(SUFFIX)}$")
_UNSAFE = re.compile(r"[^\w.-]+")
ABOUT_LENGTH = 40


@dataclass(frozen=True)
class Named:
    made: datetime | None  # None: not a name the app gave (renamed by hand)
    reason: str  # as in the name: "before-upgrade-0006"
    about: str  # the file imported, "" for other occasions

    @property
    def occasion(self) -> str:
        """The reason without a revision: "before-upgrade" for every upgrade's backup."""
        return UPGRADE if self.reason.startswith(UPGRADE) else self.reason


def file_name(made: datetime, reason: str, about: str = "") -> str:
    """The name of a new backup; ``about`` (an imported file's name) made safe for any file system."""
    stamp = made.strftime("%Y%m%d-%H%M%S-%f")
    about = _UNSAFE.sub("_", about).strip("._")[:ABOUT_LENGTH]
    return f"{PREFIX}{stamp}-{reason}{'@' + about if about else ''}{SUFFIX}"


def parse(name: str) -> Named:
    match = _NAME.match(name)
    if match is None:
        return Named(None, "", "")
    reason, _, about = match.group(2).partition("@")
    return Named(datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), reason, about)


def to_prune(backups: Sequence[Path], keep: int, protect: Path | None = None) -> list[Path]:
    """The backups beyond the newest ``keep`` of their occasion (``backups`` oldest first, as their
    names sort); ``protect`` (a file being restored) stays and counts as one of its occasion's.

    Why by occasion: automatic copies (before every import, delete, restore, upgrade) come far more
    often than the user's own; counted together they push the one made on purpose out within
    minutes. Separately, a manual backup goes only when the user has made ``keep`` newer ones."""
    keep = max(keep, 1)
    groups: dict[str, list[Path]] = {}
    for path in backups:
        groups.setdefault(parse(path.name).occasion, []).append(path)
    kept = protect.resolve() if protect is not None else None
    out: list[Path] = []
    for paths in groups.values():
        others = [p for p in paths if p.resolve() != kept]
        room = keep - (len(paths) - len(others))
        out += others[: max(len(others) - room, 0)]
    return out
