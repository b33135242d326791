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

from sqlalchemy import ColumnElement, Engine, func, or_, select
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

# What the question before a delete names, in this order (the UI words each key). Each is counted as
# the pages show it: the actors in the trash apart from the others (they go as well), the links and
# opening checklists an actor in the trash keeps not at all (they lie in the trash with it).
CONTENTS: tuple[tuple[str, Any], ...] = (
    ("actors", Actor),
    ("actors_trashed", Actor),
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
    """Records per kind that a delete of the municipality would take with it, as its pages show them."""
    live = select(Actor.id).where(Actor.municipality_id == municipality_id, Actor.deleted_at.is_(None))
    only: dict[str, tuple[ColumnElement[bool], ...]] = {
        "actors": (Actor.deleted_at.is_(None),),
        "actors_trashed": (Actor.deleted_at.is_not(None),),
        "links": (ActorLink.source_id.in_(live), ActorLink.target_id.in_(live)),
        # the anchoring checklist (no actor) and the opening checklists of actors not in the trash
        "checklists": (or_(ChecklistInstance.actor_id.is_(None), ChecklistInstance.actor_id.in_(live)),),
    }
    out = {}
    for key, model in CONTENTS:
        column = model.__table__.c.municipality_id
        query = (
            select(func.count())
            .select_from(model.__table__)
            .where(column == municipality_id, *only.get(key, ()))
        )
        out[key] = s.scalar(query) or 0
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
