"""Migration 0004 (planning): channels stored as labels become vocabulary keys; the new columns are filled."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from vopi_desktop.config import Config
from vopi_desktop.store.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_upgrade_from_0003_maps_channel_labels_and_keeps_measures(config: Config) -> None:
    target = config.sqlite_path
    assert target is not None
    shutil.copyfile(FIXTURES / "schema_0003.sqlite3", target)
    conn = sqlite3.connect(target)
    (mid,) = conn.execute("SELECT id FROM municipality").fetchone()
    measure, event = uuid.uuid4().hex, uuid.uuid4().hex
    conn.execute(
        "INSERT INTO measure (id, created_at, updated_at, version, municipality_id, title, goal, kind, pillars,"
        " channels, languages, responsible_person, status, success_indicator, result)"
        " VALUES (?, '2026-01-01', '2026-01-01', 1, ?, 'Flyer', '', 'O6', '[]', ?, '[]', '', 'planned', '', '')",
        (measure, mid, '["Flyer", "Persönliche Ansprache", "Brieftaube", "website"]'),
    )
    conn.execute(
        "INSERT INTO event (id, created_at, updated_at, version, municipality_id, kind, title, time_from, time_to,"
        " place, moderation, minute_taker, agenda, results, decisions, open_points)"
        " VALUES (?, '2026-01-01', '2026-01-01', 1, ?, 'world_cafe', 'Café', '', '', '', '', '', '', '', '', '')",
        (event, mid),
    )
    conn.commit()
    conn.close()
    ws = Workspace.open(config)
    try:
        (got,) = ws.measures.list(mid)
        assert got.channels == ("flyer", "personal", "other", "website")
        assert got.budget_spent is None and got.steps == ()
        (cafe,) = ws.events.list(mid)
        assert cafe.protocol == {}
        assert ws.check().ok
    finally:
        ws.close()
