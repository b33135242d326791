"""What goes with a municipality when it is deleted, and the backup taken before.

The delete itself is one DELETE of the municipality row: every table it owns refers to it with
``ON DELETE CASCADE`` (``base.Owned``), and the link tables cascade from their records, on SQLite
(foreign keys switched on in ``db.py``) as on PostgreSQL. There is no trash for a whole
municipality: on SQLite the file is backed up first (as before an import), on PostgreSQL the
server's own backup is the way back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ...lang import t
from .. import backup
from ..errors import StoreError
from ..models import (
    Actor,
    ActorLink,
    BarrierAssessment,
    ChecklistInstance,
    Event,
    Idea,
    Measure,
    PillarRound,
    PracticeExample,
    TargetGroup,
)
from ..outreach_models import EngagementOpportunity

# What the question before a delete names, in this order (the UI words each key).
CONTENTS: tuple[tuple[str, Any], ...] = (
    ("actors", Actor),  # the trash's too: they go as well
    ("links", ActorLink),
    ("barriers", BarrierAssessment),
    ("target_groups", TargetGroup),
    ("rounds", PillarRound),
    ("events", Event),
    ("ideas", Idea),
    ("measures", Measure),
    ("opportunities", EngagementOpportunity),
    ("checklists", ChecklistInstance),
    ("practice_examples", PracticeExample),
)


def contents(s: Session, municipality_id: str) -> dict[str, int]:
    """Records per kind that a delete of the municipality would take with it."""
    out = {}
    for key, model in CONTENTS:
        column = model.__table__.c.municipality_id
        out[key] = (
            s.scalar(select(func.count()).select_from(model.__table__).where(column == municipality_id)) or 0
        )
    return out


def backup_before_delete(engine: Engine, backups_dir: Path | None, keep: int) -> Path | None:
    """On SQLite with a backups folder: a copy of the whole file, else nothing. A failed copy is a
    StoreError, so nothing is deleted without its backup."""
    if engine.dialect.name != "sqlite" or backups_dir is None or not engine.url.database:
        return None
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        return backup.make_backup(Path(engine.url.database), backups_dir, "before-delete", keep)
    except OSError as exc:
        raise StoreError(
            t(
                f"Die Sicherung vor dem Löschen ist nicht gelungen ({exc.strerror or exc}); nichts wurde gelöscht.",
                f"The backup before the delete failed ({exc.strerror or exc}); nothing was deleted.",
            )
        ) from exc
