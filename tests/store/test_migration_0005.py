"""Migration 0005 on SQLite and PostgreSQL: duplicate checklists merge before the unique indexes come."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from vopi_desktop.store import db
from vopi_desktop.store.base import UTCDateTime

BEFORE = db.KNOWN_REVISIONS[db.KNOWN_REVISIONS.index("0005") - 1]
T0 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
ID = sa.Uuid(as_uuid=False)
STAMPS = ("created_at", "updated_at")


def _table(name: str, *columns: str) -> sa.TableClause:
    """A bare table as the schema before 0005 has it (Core inserts must not see later columns)."""
    return sa.table(
        name,
        *(sa.column(c, UTCDateTime() if c in STAMPS else ID if c.endswith("id") else None) for c in columns),
    )


RECORD = ("id", "municipality_id", "created_at", "updated_at", "version")
MUNICIPALITY = _table("municipality", "id", "name", "kind", "state", "contact_name", "contact_email",
                      "contact_phone", "is_example", "created_at", "updated_at", "version")  # fmt: skip
ACTOR = _table("actor", *RECORD, "name", "type", "fields", "languages", "address", "website", "org_email",
               "org_phone", "notes", "contact_name", "contact_email", "contact_phone", "legal_basis")  # fmt: skip
INSTANCE = _table("checklist_instance", *RECORD, "template_key", "actor_id", "title")
ITEM = _table("checklist_item_state", *RECORD, "instance_id", "item_key", "status", "note", "responsible")


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _stamp(days: int) -> dict[str, object]:
    at = T0 + timedelta(days=days)
    return {"created_at": at, "updated_at": at, "version": 1}


def _instance(n: int, mid: str, actor: str | None, template: str, days: int) -> dict[str, object]:
    return {"id": _uuid(n), "municipality_id": mid, "template_key": template, "actor_id": actor,
            "title": f"#{n}", **_stamp(days)}  # fmt: skip


def _item(n: int, mid: str, instance: int, key: str, status: str, days: int) -> dict[str, object]:
    return {"id": _uuid(n), "municipality_id": mid, "instance_id": _uuid(instance), "item_key": key,
            "status": status, "note": f"#{n}", "responsible": "", **_stamp(days)}  # fmt: skip


@pytest.fixture
def engine(db_url: str):  # type: ignore[no-untyped-def]
    engine = db.make_engine(db_url)
    yield engine
    engine.dispose()


def test_duplicates_merge_into_the_oldest_and_the_indexes_hold(engine: sa.Engine) -> None:
    db.upgrade(engine, BEFORE)
    mid, actor = _uuid(1), _uuid(2)
    with engine.begin() as conn:
        conn.execute(sa.insert(MUNICIPALITY), [{"id": mid, "name": "Altdorf", "kind": "gemeinde", "state": "BW",
                     "contact_name": "", "contact_email": "", "contact_phone": "", "is_example": False,
                     **_stamp(0)}])  # fmt: skip
        conn.execute(sa.insert(ACTOR), [{"id": actor, "municipality_id": mid, "name": "TSV", "type": "verein",
                     "fields": "[]", "languages": "[]", "address": "", "website": "", "org_email": "",
                     "org_phone": "", "notes": "", "contact_name": "", "contact_email": "", "contact_phone": "",
                     "legal_basis": "", **_stamp(0)}])  # fmt: skip
        conn.execute(
            sa.insert(INSTANCE),
            [
                _instance(10, mid, actor, "opening", 1),  # the oldest: stays
                _instance(11, mid, actor, "opening", 2),
                _instance(12, mid, actor, "opening", 3),
                _instance(20, mid, None, "anchoring", 5),
                _instance(21, mid, None, "anchoring", 4),  # older: stays
            ],
        )
        conn.execute(
            sa.insert(ITEM),
            [
                _item(100, mid, 10, "opening.01", "done", 1),
                _item(101, mid, 10, "opening.02", "open", 1),
                _item(110, mid, 11, "opening.02", "done", 9),  # the kept instance has 02: dropped
                _item(111, mid, 11, "opening.03", "in_progress", 2),
                _item(120, mid, 12, "opening.03", "done", 7),  # the newer copy of 03 moves over
                _item(121, mid, 12, "opening.04", "done", 3),
                _item(200, mid, 20, "anchoring.01", "done", 5),
            ],
        )
    db.upgrade(engine)
    with engine.connect() as conn:
        instances = conn.execute(sa.select(INSTANCE.c.id, INSTANCE.c.version).order_by(INSTANCE.c.id)).all()
        assert [(i, v) for i, v in instances] == [(_uuid(10), 2), (_uuid(21), 2)]
        items = conn.execute(
            sa.select(ITEM.c.instance_id, ITEM.c.item_key, ITEM.c.status).order_by(
                ITEM.c.instance_id, ITEM.c.item_key
            )
        ).all()
    assert [tuple(r) for r in items] == [
        (_uuid(10), "opening.01", "done"),
        (_uuid(10), "opening.02", "open"),
        (_uuid(10), "opening.03", "done"),
        (_uuid(10), "opening.04", "done"),
        (_uuid(21), "anchoring.01", "done"),
    ]
    for row in (_instance(13, mid, actor, "opening", 9), _instance(22, mid, None, "anchoring", 9)):
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(sa.insert(INSTANCE), [row])


def test_downgrade_and_upgrade_again(engine: sa.Engine) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    db.upgrade(engine)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, BEFORE)
    assert "placement_decision" not in sa.inspect(engine).get_table_names()
    assert "section_key" not in {c["name"] for c in sa.inspect(engine).get_columns("checklist_item_state")}
    db.upgrade(engine)
    assert "placement_decision" in sa.inspect(engine).get_table_names()
