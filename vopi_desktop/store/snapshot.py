"""What the first paint needs, read with the standard library's sqlite3 in a few milliseconds.

Importing SQLAlchemy and mapping the models costs about three bare Qt windows on an office PC, so
the main window paints its municipality list and the Start page from this snapshot while the full
Workspace opens off the UI thread. Only an up-to-date SQLite workspace qualifies; anything else
(PostgreSQL, an older schema that must be migrated first) takes the normal path. A test keeps the
snapshot equal to what the services return.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..textsort import sort_key
from .dto.municipality import Municipality, ProcessState
from .sqlite_file import read_only_uri

# Same numbers as MunicipalityService.process_state, as one statement.
COUNTS_SQL = """
SELECT
 (SELECT count(*) FROM target_group WHERE municipality_id = :m),
 (SELECT count(*) FROM barrier_assessment WHERE municipality_id = :m
    AND relevance IS NOT NULL AND barrier_key IS NOT NULL),
 (SELECT count(*) FROM barrier_assessment WHERE municipality_id = :m AND relevance >= 3),
 (SELECT count(*) FROM actor WHERE municipality_id = :m AND deleted_at IS NULL),
 (SELECT count(*) FROM actor WHERE municipality_id = :m AND deleted_at IS NULL AND type = 'migrant_org'),
 (SELECT count(*) FROM actor_link WHERE municipality_id = :m),
 (SELECT count(*) FROM pillar_round WHERE municipality_id = :m),
 (SELECT count(*) FROM indicator_score WHERE score IS NOT NULL AND round_id = (
    SELECT id FROM pillar_round WHERE municipality_id = :m
    ORDER BY held_on IS NULL DESC, held_on DESC, created_at DESC, id DESC LIMIT 1)),
 (SELECT count(*) FROM event WHERE municipality_id = :m),
 (SELECT count(*) FROM idea WHERE municipality_id = :m),
 (SELECT count(*) FROM measure WHERE municipality_id = :m),
 (SELECT count(*) FROM checklist_instance WHERE municipality_id = :m AND template_key = 'opening'),
 (SELECT count(*) FROM checklist_instance WHERE municipality_id = :m AND template_key = 'anchoring')
"""
COUNT_KEYS = [
    "target_groups",
    "barriers_assessed",
    "barriers_high",
    "actors",
    "migrant_orgs",
    "links",
    "rounds",
    "scores",
    "events",
    "ideas",
    "measures",
    "opening_checklists",
    "anchoring_checklists",
]


@dataclass(frozen=True)
class StartSnapshot:
    municipalities: tuple[Municipality, ...]
    municipality_id: str | None  # the one whose process state was read
    state: ProcessState | None


def _dashed(value: str) -> str:
    """SQLAlchemy's Uuid stores 32 hex digits on SQLite and hands out the dashed form."""
    return str(uuid.UUID(value))


def read_snapshot(path: Path | None, head_revision: str, wanted: str | None) -> StartSnapshot | None:
    """None whenever the fast path does not apply; the caller then opens the Workspace as usual."""
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != head_revision:
            return None
        municipalities = tuple(
            Municipality(_dashed(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9])
            for r in conn.execute(
                "SELECT id, name, kind, state, population, contact_name, contact_email, contact_phone, "
                "is_example, version FROM municipality"
            )
        )
        municipalities = tuple(sorted(municipalities, key=lambda m: (sort_key(m.name), m.name)))
        if not municipalities:
            return StartSnapshot((), None, None)
        ids = [m.id for m in municipalities]
        chosen = wanted if wanted in ids else ids[0]
        key = uuid.UUID(chosen).hex
        settings = conn.execute(
            "SELECT occasions, own_concern FROM process_settings WHERE municipality_id = ?", (key,)
        ).fetchone()
        counts = conn.execute(COUNTS_SQL, {"m": key}).fetchone()
    except (sqlite3.Error, ValueError):
        return None  # anything odd: let the full path deal with it and report properly
    finally:
        conn.close()
    occasions = tuple(json.loads(settings[0])) if settings and settings[0] else ()
    state = ProcessState(
        occasions, settings[1] if settings else "", dict(zip(COUNT_KEYS, counts, strict=True))
    )
    return StartSnapshot(municipalities, chosen, state)
