"""Migration 0008 on SQLite and PostgreSQL: the deletions the change log names before it become
tombstones (review 2, G15: the measure a town deleted last week still reaches the consultant); an
actor moved to the trash, a deleted municipality and a record of another table do not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from vopi_desktop.store import db
from vopi_desktop.store.base import UTCDateTime

T0 = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
ID = sa.Uuid(as_uuid=False)
MUNICIPALITY = sa.table(
    "municipality", *(sa.column(c, ID if c == "id" else UTCDateTime() if c.endswith("_at") else None)
                      for c in ("id", "name", "name_key", "kind", "state", "contact_name", "contact_email",
                                "contact_phone", "is_example", "created_at", "updated_at", "version")),
)  # fmt: skip
LOG = sa.table(
    "change_log", sa.column("at", UTCDateTime()), sa.column("who"), sa.column("municipality_id", ID),
    sa.column("action"), sa.column("entity"), sa.column("entity_id"), sa.column("summary"),
)  # fmt: skip
DELETION = sa.table(
    "deletion", sa.column("id", ID), sa.column("municipality_id", ID), sa.column("entity"),
    sa.column("deleted_at", UTCDateTime()),
)  # fmt: skip


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _log(n: int, mid: str, action: str, entity: str, record: int, summary: str = "") -> dict[str, object]:
    return {"at": T0 + timedelta(hours=n), "who": "Rathaus", "municipality_id": mid, "action": action,
            "entity": entity, "entity_id": _uuid(record), "summary": summary}  # fmt: skip


@pytest.fixture
def engine(db_url: str):  # type: ignore[no-untyped-def]
    engine = db.make_engine(db_url)
    yield engine
    engine.dispose()


def test_deletions_in_the_change_log_become_tombstones(engine: sa.Engine) -> None:
    db.upgrade(engine, "0007")
    mid, gone_town = _uuid(1), _uuid(2)
    with engine.begin() as conn:
        conn.execute(sa.insert(MUNICIPALITY), [{"id": mid, "name": "Altdorf", "name_key": "altdorf",
                     "kind": "gemeinde", "state": "BW", "contact_name": "", "contact_email": "",
                     "contact_phone": "", "is_example": False, "created_at": T0, "updated_at": T0,
                     "version": 1}])  # fmt: skip
        conn.execute(
            sa.insert(LOG),
            [
                _log(1, mid, "delete", "measure", 10, "Antragswerkstatt"),
                _log(2, mid, "delete", "actor", 11, "trash: TSV"),  # the trash: no deletion
                _log(3, mid, "restore", "actor", 11, "TSV"),
                _log(4, mid, "delete", "actor", 12, "trash: Kulturverein"),
                _log(5, mid, "delete", "actor", 12, "purge: Kulturverein"),  # for good, later
                _log(6, gone_town, "delete", "event", 13, "Fest"),  # its municipality is gone too
                _log(7, gone_town, "delete", "municipality", 2, "Neudorf"),
                _log(8, mid, "import", "exchange", 1, "Austauschdatei"),
            ],
        )
    db.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(
                DELETION.c.id, DELETION.c.municipality_id, DELETION.c.entity, DELETION.c.deleted_at
            ).order_by(DELETION.c.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        (_uuid(10), mid, "measure", T0 + timedelta(hours=1)),
        (_uuid(12), mid, "actor", T0 + timedelta(hours=5)),
    ]
