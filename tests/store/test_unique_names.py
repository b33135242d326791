"""Names that look the same are one name, enforced by the database (migration 0003) on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from vopi_desktop.config import Config
from vopi_desktop.store import ValidationError, db
from vopi_desktop.store.base import UTCDateTime
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.names import name_key
from vopi_desktop.store.services import actors as actor_module
from vopi_desktop.store.services.network import NetworkService
from vopi_desktop.store.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ACTOR = ActorInput(name="Ayşe Kulturverein", type="migrant_org")


def test_name_key_ignores_case_joiners_spacing_and_width() -> None:
    assert name_key("  Ayşe\u200d  KULTURVEREIN ") == name_key("ayşe kulturverein")
    assert name_key("Ｖｅｒｅｉｎ") == name_key("verein")  # full-width letters (NFKC)
    assert name_key("STRASSE") == name_key("straße")
    assert name_key("Müller") != name_key("Muller")  # accents make a different name


def test_names_that_look_the_same_are_refused(ws: Workspace, mid: str) -> None:
    ws.actors.create(mid, ACTOR)
    with pytest.raises(ValidationError, match="gibt es in dieser Kommune schon") as err:
        ws.actors.create(mid, replace(ACTOR, name="ayşe\u200c  Kulturverein"))
    assert err.value.field == "name"
    with pytest.raises(ValidationError, match="gibt es schon"):
        ws.municipalities.create(MunicipalityInput(name="NECKAR\u200dSTADT", kind="stadt", state="BW"))


def test_a_name_in_the_trash_may_be_used_again_but_not_restored_twice(ws: Workspace, mid: str) -> None:
    first = ws.actors.create(mid, ACTOR)
    ws.actors.trash(first.id)
    second = ws.actors.create(mid, ACTOR)
    with pytest.raises(ValidationError, match="gibt es in dieser Kommune schon"):
        ws.actors.restore(first.id)
    assert [a.id for a in ws.actors.list(mid)] == [second.id]


def test_the_database_refuses_what_the_service_check_missed(
    ws: Workspace, mid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a second workstation sees when the first created the same record a moment earlier."""
    monkeypatch.setattr(actor_module, "_refuse_duplicate", lambda *args: None)
    monkeypatch.setattr(NetworkService, "_refuse_duplicate", staticmethod(lambda *args: None))
    a = ws.actors.create(mid, ACTOR)
    with pytest.raises(ValidationError, match="Einen Akteur mit diesem Namen gibt es") as err:
        ws.actors.create(mid, replace(ACTOR, name="AYŞE KULTURVEREIN"))
    assert err.value.field == "name"
    b = ws.actors.create(mid, replace(ACTOR, name="Sportverein"))
    ws.network.add_link(mid, a.id, b.id, "cooperation", 2)
    with pytest.raises(ValidationError, match="schon verbunden"):
        ws.network.add_link(mid, b.id, a.id, "cooperation", 1)  # the same pair the other way round
    ws.network.add_link(mid, b.id, a.id, "membership", 1)  # another kind is another link
    assert len(ws.network.graph(mid).links) == 2
    assert [x.name for x in ws.actors.list(mid)] == ["Ayşe Kulturverein", "Sportverein"]


def test_two_workstations_create_the_same_actor_at_once(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both pass the service's check before either has written; the database lets one through."""
    engine = db.make_engine(db_url)
    db.upgrade(engine)
    setup = Workspace(engine, who="setup")
    mid = setup.municipalities.create(MunicipalityInput(name="Neckarstadt", kind="stadt", state="BW")).id
    check = actor_module._refuse_duplicate
    both_checked = threading.Barrier(2, timeout=20)

    def check_then_wait(*args: object) -> None:
        check(*args)  # type: ignore[arg-type]
        both_checked.wait()  # neither inserts before both have found no duplicate

    monkeypatch.setattr(actor_module, "_refuse_duplicate", check_then_wait)
    results: dict[str, object] = {}

    def create(who: str) -> None:
        station = Workspace(db.make_engine(db_url), who=who)  # its own engine: its own connection
        try:
            results[who] = station.actors.create(mid, ACTOR)
        except Exception as exc:  # the test looks at what each one got
            results[who] = exc
        finally:
            station.close()

    threads = [threading.Thread(target=create, args=(who,)) for who in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    refusals = [r for r in results.values() if isinstance(r, Exception)]
    assert len(results) == 2 and len(refusals) == 1, results
    assert isinstance(refusals[0], ValidationError), repr(refusals[0])
    assert "Einen Akteur mit diesem Namen gibt es" in str(refusals[0])
    assert [a.name for a in setup.actors.list(mid)] == [ACTOR.name]
    setup.close()


# ----- the upgrade keeps duplicates that exist already, under a numbered name

_T0 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
_ID = sa.Uuid(as_uuid=False)
_STAMP = {"created_at": UTCDateTime(), "updated_at": UTCDateTime(), "deleted_at": UTCDateTime()}


def _table(name: str, *columns: str) -> sa.TableClause:
    """The table as schema 0002 has it (no key columns yet)."""
    types = {c: _ID for c in columns if c == "id" or c.endswith("_id")} | _STAMP
    types |= {"fields": sa.JSON(), "languages": sa.JSON()}
    return sa.table(name, *(sa.column(c, types.get(c)) for c in columns))


_RECORD = ("id", "created_at", "updated_at", "version")
MUNICIPALITY = _table("municipality", *_RECORD, "name", "kind", "state", "contact_name", "contact_email",
                      "contact_phone", "is_example")  # fmt: skip
_ACTOR_TEXT = ("name", "type", "address", "website", "org_email", "org_phone", "notes", "contact_name",
               "contact_email", "contact_phone", "legal_basis")  # fmt: skip
ACTOR_T = _table("actor", *_RECORD, "municipality_id", *_ACTOR_TEXT, "fields", "languages", "deleted_at")
LINK = _table("actor_link", *_RECORD, "municipality_id", "source_id", "target_id", "kind", "strength", "note")


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _stamp(days: int) -> dict[str, object]:
    at = _T0 + timedelta(days=days)
    return {"created_at": at, "updated_at": at, "version": 1}


def _municipality(n: int, name: str, days: int) -> dict[str, object]:
    return {"id": _uuid(n), "name": name, "kind": "gemeinde", "state": "BW", "contact_name": "",
            "contact_email": "", "contact_phone": "", "is_example": False} | _stamp(days)  # fmt: skip


def _actor(n: int, mid: str, name: str, days: int, deleted: bool = False) -> dict[str, object]:
    values: dict[str, object] = dict.fromkeys(_ACTOR_TEXT, "")
    values |= {"id": _uuid(n), "municipality_id": mid, "name": name, "type": "club", "fields": [],
               "languages": [], "deleted_at": _T0 if deleted else None}  # fmt: skip
    return values | _stamp(days)


def _link(n: int, mid: str, source: int, target: int, kind: str, days: int) -> dict[str, object]:
    return {"id": _uuid(n), "municipality_id": mid, "source_id": _uuid(source), "target_id": _uuid(target),
            "kind": kind, "strength": 2, "note": f"link {n}"} | _stamp(days)  # fmt: skip


def _add_duplicates(conn: sa.Connection) -> None:
    conn.execute(sa.insert(MUNICIPALITY), [_municipality(1, "Bdorf", 0), _municipality(2, " BDORF", 3)])
    mid = _uuid(1)
    conn.execute(sa.insert(ACTOR_T), [
        _actor(11, mid, "Elternverein", 0),
        _actor(12, mid, "elternverein", 2),  # a live duplicate: numbered
        _actor(13, mid, "Elternverein", 1, deleted=True),  # in the trash: keeps its name
        _actor(14, mid, "Elternverein (2)", 5),  # the number is taken: the duplicate gets (3)
        _actor(15, _uuid(2), "Elternverein", 0),  # another municipality: untouched
    ])  # fmt: skip
    conn.execute(sa.insert(LINK), [
        _link(21, mid, 11, 14, "cooperation", 0),
        _link(22, mid, 14, 11, "cooperation", 4),  # the same pair, newer: stays
        _link(23, mid, 11, 14, "membership", 0),  # another kind: stays
    ])  # fmt: skip


def _check_upgraded(engine: sa.Engine) -> None:
    ws = Workspace(engine, who="test")
    names = {m.id: (m.name, m.version) for m in ws.municipalities.list()}
    assert names[_uuid(1)] == ("Bdorf", 1)
    assert names[_uuid(2)] == ("BDORF (2)", 2)
    actors = {a.id: (a.name, a.version) for a in ws.actors.list(_uuid(1), include_deleted=True)}
    assert actors == {
        _uuid(11): ("Elternverein", 1),
        _uuid(12): ("elternverein (3)", 2),
        _uuid(13): ("Elternverein", 1),
        _uuid(14): ("Elternverein (2)", 1),
    }
    assert [a.name for a in ws.actors.list(_uuid(2))] == ["Elternverein"]
    links = sorted((link.id, link.kind) for link in ws.network.graph(_uuid(1)).links)
    assert links == [(_uuid(22), "cooperation"), (_uuid(23), "membership")]
    with pytest.raises(ValidationError, match="gibt es schon"):
        ws.municipalities.create(MunicipalityInput(name="bdorf", kind="gemeinde", state="BW"))
    assert ws.check().ok


def test_upgrade_to_0003_numbers_duplicates_on_sqlite(config: Config) -> None:
    target = config.sqlite_path
    assert target is not None
    shutil.copyfile(FIXTURES / "schema_0002.sqlite3", target)
    engine = db.make_engine(target)
    with engine.begin() as conn:
        _add_duplicates(conn)
    engine.dispose()
    ws = Workspace.open(config)
    try:
        _check_upgraded(ws.engine)
    finally:
        ws.close()


def test_upgrade_to_0003_numbers_duplicates_on_postgresql(postgres_url: str) -> None:
    engine = db.make_engine(postgres_url)
    try:
        db.upgrade(engine, "0002")
        with engine.begin() as conn:
            _add_duplicates(conn)
        db.upgrade(engine)
        _check_upgraded(engine)
    finally:
        engine.dispose()
