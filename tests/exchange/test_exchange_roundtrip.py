"""Round trips between two workspaces (SQLite and PostgreSQL): A → empty B, conflicts, twice, trash."""

from __future__ import annotations

import dataclasses
import json
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.exchange.helpers import content, edit_actor, everything, send
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.errors import ExchangeError
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.plan import DELETED_HERE, DIFFERS, NEW
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.models import ChangeLog
from vopi_desktop.store.workspace import Workspace


def _edit_municipality(ws: Workspace, mid: str, **changes) -> None:
    current = ws.municipalities.get(mid)
    fields = {f.name: getattr(current, f.name) for f in dataclasses.fields(MunicipalityInput)}
    ws.municipalities.update(mid, MunicipalityInput(**(fields | changes)), current.version)


def test_a_to_empty_b_gives_identical_content(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    plan = send(a, b, tmp_path / "a.vopi")
    assert {item.status for items in plan.items.values() for item in items} == {NEW}
    assert content(a) == content(b)
    with b.engine.connect() as conn:
        logged = conn.execute(select(ChangeLog.summary).where(ChangeLog.action == "import")).scalars().all()
    assert any("a.vopi" in line for line in logged)


def test_the_same_file_twice_changes_nothing(sent, tmp_path: Path) -> None:
    a, b = sent
    before = everything(b)
    export(a.exchange, tmp_path / "again.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "again.vopi")
    assert not plan.changes_anything()
    assert importer.apply(b.exchange, plan, None) is None
    assert everything(b) == before


@pytest.mark.parametrize(
    ("policy", "population", "actor_note"),
    [("newer", 2222, "B spät"), ("local", 1111, "B spät"), ("incoming", 2222, "A früh")],
)
def test_conflicting_edits_are_resolved_as_chosen(
    sent, tmp_path: Path, policy, population, actor_note
) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    actor_id = a.actors.list(mid)[0].id
    _edit_municipality(b, mid, population=1111)  # B first, A later: A's municipality is newer
    edit_actor(a, actor_id, notes="A früh")  # A first, B later: B's actor is newer
    time.sleep(0.01)
    _edit_municipality(a, mid, population=2222)
    edit_actor(b, actor_id, notes="B spät")
    export(a.exchange, tmp_path / "back.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "back.vopi", policy=policy)
    conflicts = {item.entity: item for item in plan.conflicts()}
    assert conflicts["municipality"].newer == "incoming"
    assert conflicts["actor"].newer == "local"
    assert [d.field for d in conflicts["actor"].differences] == ["notes"]
    assert (conflicts["actor"].differences[0].local, conflicts["actor"].differences[0].incoming) == (
        "B spät",
        "A früh",
    )
    importer.apply(b.exchange, plan, None)
    assert b.municipalities.get(mid).population == population
    assert b.actors.get(actor_id).notes == actor_note


def test_a_choice_per_conflict_overrides_the_policy(sent, tmp_path: Path) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    _edit_municipality(a, mid, population=3333)
    export(a.exchange, tmp_path / "back.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "back.vopi", policy="newer")
    (item,) = plan.conflicts()
    assert item.take
    item.take = False  # "keep mine" in the preview
    importer.apply(b.exchange, plan, None)
    assert b.municipalities.get(mid).population != 3333


def test_trashed_or_deleted_records_are_not_resurrected_by_an_older_file(sent, tmp_path: Path) -> None:
    a, b = sent
    export(a.exchange, tmp_path / "old.vopi")  # made before B trashes and deletes
    mid = a.municipalities.list()[0].id
    trashed, purged = (actor.id for actor in b.actors.list(mid)[:2])
    b.actors.trash(trashed)
    b.actors.trash(purged)
    b.actors.purge(purged)
    for policy in ("newer", "incoming"):
        plan = importer.prepare(b.exchange, tmp_path / "old.vopi", policy=policy)
        by_id = {item.id: item for item in plan.items["actor"]}
        assert by_id[trashed].status == DIFFERS and by_id[trashed].trashed_here and not by_id[trashed].take
        assert by_id[purged].status == DELETED_HERE
        importer.apply(b.exchange, plan, None)
        assert b.actors.get(trashed).deleted_at is not None
        assert purged not in {actor.id for actor in b.actors.list(mid, include_deleted=True)}


def test_without_personal_data_removes_contacts_and_keeps_them_here(sent, tmp_path: Path) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    with_contact = [x for x in a.actors.list(mid) if x.has_contact]
    assert with_contact
    out = tmp_path / "anon.vopi"
    export(a.exchange, out, personal=False)
    with zipfile.ZipFile(out) as archive:
        data = json.loads(archive.read("data.json"))
        head = json.loads(archive.read("manifest.json"))
    assert head["personal_data"] is False
    assert len(data["actor"]) == len(a.actors.list(mid, include_deleted=True))  # the records stay
    for actor in data["actor"]:
        assert actor["contact_name"] == actor["contact_email"] == actor["contact_phone"] == ""
        assert actor["consent_date"] is None and actor["legal_basis"] == ""
    assert all(m["contact_email"] == "" for m in data["municipality"])
    text = out.read_bytes()
    assert with_contact[0].contact_name.encode() not in text
    # B already holds the contacts: a file without them must not blank them.
    plan = importer.prepare(b.exchange, out)
    assert not plan.changes_anything()
    assert b.actors.get(with_contact[0].id).contact_name == with_contact[0].contact_name


def test_a_sealed_file_needs_the_password(sent, tmp_path: Path) -> None:
    a, b = sent
    out = tmp_path / "sealed.vopi"
    export(a.exchange, out, password="Telefon-2026")
    assert not zipfile.is_zipfile(out)
    with pytest.raises(ExchangeError, match="Passwort"):
        importer.prepare(b.exchange, out)
    with pytest.raises(ExchangeError, match="Falsches Passwort"):
        importer.prepare(b.exchange, out, password="Telefon-2025")
    assert not importer.prepare(b.exchange, out, password="Telefon-2026").changes_anything()


def test_one_municipality_only(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    other = a.municipalities.create(MunicipalityInput(name="Zweitdorf", kind="gemeinde", state="BY"))
    a.actors.create(other.id, ActorInput(name="Sportverein Zweitdorf", type="verein"))
    plan = send(a, b, tmp_path / "zweit.vopi", municipality="Zweitdorf")
    assert [m.name for m in b.municipalities.list()] == ["Zweitdorf"]
    assert [x.name for x in b.actors.list(other.id)] == ["Sportverein Zweitdorf"]
    assert len(plan.items["actor"]) == 1
    with pytest.raises(ExchangeError, match="Keine Kommune"):
        export(a.exchange, tmp_path / "x.vopi", municipality="Nirgendwo")
    assert not (tmp_path / "x.vopi").exists()


def test_a_record_made_on_both_sides_under_one_key_is_merged(sent, tmp_path: Path) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    key = next(row.key for row in a.barriers.list(mid) if row.key and row.id is None)  # not stored yet
    a_row = a.barriers.ensure_stored(mid, key)
    b_row = b.barriers.ensure_stored(mid, key)
    assert a_row.id != b_row.id
    plan = send(a, b, tmp_path / "both.vopi")  # would break the unique key without the id mapping
    statuses = {item.id: item.status for item in plan.items["barrier_assessment"]}
    assert statuses[b_row.id] in ("identical", "differs") and a_row.id not in statuses
    assert b.barriers.get(mid, key).id == b_row.id


def test_a_failed_export_leaves_nothing(pair, tmp_path: Path) -> None:
    a, _ = pair
    fill_demo(a, "small")
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "file.vopi"

    def cancel(percent: int, _what: str) -> None:
        if percent >= 99:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export(a.exchange, target, progress=cancel)
    assert list(folder.iterdir()) == []


def test_on_sqlite_the_import_stores_exactly_what_sqlalchemy_would(tmp_path: Path) -> None:
    """The bulk paths (store/services/exchange_rows.py) bypass SQLAlchemy's value processing on SQLite:
    the stored text must be the same, byte for byte, as the demo loader's ORM inserts wrote."""
    import sqlite3

    from vopi_desktop.store.db import make_engine, upgrade

    paths = [tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"]
    spaces = []
    for path in paths:
        engine = make_engine(path)
        upgrade(engine)
        spaces.append(Workspace(engine, who="t"))
    a, b = spaces
    fill_demo(a, "small")
    send(a, b, tmp_path / "a.vopi")
    a.close()
    b.close()
    raw_a, raw_b = (sqlite3.connect(p) for p in paths)
    tables = [r[0] for r in raw_a.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in set(tables) - {"change_log", "alembic_version"}:
        query = f'SELECT * FROM "{table}" ORDER BY 1, 2'
        assert raw_a.execute(query).fetchall() == raw_b.execute(query).fetchall(), table


def test_a_record_changed_while_the_preview_was_open_stops_the_whole_import(sent, tmp_path: Path) -> None:
    from vopi_desktop.store.errors import StaleRecordError

    a, b = sent
    mid = a.municipalities.list()[0].id
    _edit_municipality(a, mid, population=4444)
    a.actors.create(mid, ActorInput(name="Neuer Verein", type="verein"))
    export(a.exchange, tmp_path / "back.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "back.vopi", policy="incoming")
    _edit_municipality(b, mid, population=5555)  # someone saves while the preview is open
    before = everything(b)
    with pytest.raises(StaleRecordError):
        importer.apply(b.exchange, plan, None)
    assert everything(b) == before  # not even the new actor


def test_practice_examples_sent_back_are_filed_under_the_receiving_municipality(pair, tmp_path: Path) -> None:
    """A consultant (A) sends two practice examples of one town to another town (B), which takes
    them in as its own: no other record and no other municipality travels."""
    from vopi_desktop.exchange.practice_copies import copy_id
    from vopi_desktop.store.models import PracticeExample

    a, b = pair
    fill_demo(a, "small")
    own = b.municipalities.create(MunicipalityInput(name="Empfangsdorf", kind="gemeinde", state="BY"))
    source = a.municipalities.list()[0].id
    examples = a.exchange.read_where(PracticeExample.__table__, "municipality_id", source)
    chosen = [row["id"] for row in examples[:2]]
    out = tmp_path / "beispiele.vopi"
    export(a.exchange, out, practice_examples=chosen)
    with zipfile.ZipFile(out) as archive:
        head = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    assert head["content"] == "practice_examples"
    # The manifest names the town they come from (for the preview); its record does not travel.
    assert [m["id"] for m in head["municipalities"]] == [source]
    assert list(data) == ["practice_example"] and len(data["practice_example"]) == 2
    plan = importer.prepare(b.exchange, out)  # the only municipality receives them
    importer.apply(b.exchange, plan, None)
    got = b.exchange.read_where(PracticeExample.__table__, "municipality_id", own.id)
    # Copies of their own (test_practice_copies.py says why), the same content.
    assert sorted(row["id"] for row in got) == sorted(copy_id(own.id, i) for i in chosen)
    assert sorted(row["title"] for row in got) == sorted(row["title"] for row in examples[:2])
    assert [m.name for m in b.municipalities.list()] == ["Empfangsdorf"]
    assert not importer.prepare(b.exchange, out).changes_anything()  # twice: nothing new
    b.municipalities.create(MunicipalityInput(name="Zweitdorf", kind="gemeinde", state="BY"))
    with pytest.raises(ExchangeError, match="Kommune wählen"):
        importer.prepare(b.exchange, out)  # two municipalities: which one?
