"""A file of an older release lacks a many-to-many list it did not know (a measure's ``opportunities``,
migration 0007): that means "unknown, keep what is here", never "empty" (SQLite and PostgreSQL)."""

from __future__ import annotations

import copy
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.exchange import hostile
from vopi_desktop.exchange import bulk, document, importer, manifest
from vopi_desktop.exchange.errors import ExchangeError
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.plan import DIFFERS, NEW
from vopi_desktop.exchange.registry import by_name
from vopi_desktop.store.base import Base
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.workspace import Workspace

LINKS = "opportunities"


def _promotions(ws: Workspace) -> set[tuple[str, str]]:
    table = Base.metadata.tables["measure_opportunity"]
    with ws.engine.connect() as conn:
        return {(r.measure_id, r.opportunity_id) for r in conn.execute(select(table))}


def _older_file(source: Path, target: Path, explicit: list | None = None) -> dict:
    """The file as the previous release would write it: no ``opportunities`` on any measure; the
    first promoting measure edited later over there (a new title). ``explicit``: that measure
    carries this list instead. Returns the edited measure."""
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    edited = next(m for m in data["measure"] if m[LINKS])
    for measure in data["measure"]:
        del measure[LINKS]
    if explicit is not None:
        edited[LINKS] = explicit
    edited["title"] += " (überarbeitet)"
    edited["updated_at"] = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    target.write_bytes(hostile.file_of(manifest, data))
    return edited


@pytest.fixture
def linked(pair, tmp_path: Path) -> tuple[Workspace, Workspace]:
    """A holds the small demo (measures promoting opportunities), B has received it once."""
    a, b = pair
    fill_demo(a, "small")
    export(a.exchange, tmp_path / "first.vopi")
    importer.apply(b.exchange, importer.prepare(b.exchange, tmp_path / "first.vopi"), None)
    assert _promotions(b) == _promotions(a) != set()
    return a, b


@pytest.mark.parametrize("policy", ["incoming", "newer"])
def test_a_missing_link_list_keeps_the_links_here(linked, tmp_path: Path, policy: str) -> None:
    a, b = linked
    before = _promotions(b)
    export(a.exchange, tmp_path / "a.vopi")
    edited = _older_file(tmp_path / "a.vopi", tmp_path / "old.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "old.vopi", policy=policy)
    (item,) = plan.conflicts()
    assert item.id == edited["id"] and item.take
    assert [d.field for d in item.differences] == ["title"]
    importer.apply(b.exchange, plan, None)
    assert b.measures.get(edited["id"]).title == edited["title"]
    assert _promotions(b) == before


def test_an_explicit_empty_list_removes_the_links(linked, tmp_path: Path) -> None:
    a, b = linked
    before = _promotions(b)
    export(a.exchange, tmp_path / "a.vopi")
    edited = _older_file(tmp_path / "a.vopi", tmp_path / "new.vopi", explicit=[])
    plan = importer.prepare(b.exchange, tmp_path / "new.vopi", policy="incoming")
    (item,) = plan.conflicts()
    assert sorted(d.field for d in item.differences) == [LINKS, "title"]
    importer.apply(b.exchange, plan, None)
    assert _promotions(b) == {pair for pair in before if pair[0] != edited["id"]} != before


def test_a_missing_link_list_on_a_record_new_here_is_empty(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    export(a.exchange, tmp_path / "a.vopi")
    _older_file(tmp_path / "a.vopi", tmp_path / "old.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "old.vopi")
    assert {item.status for item in plan.items["measure"]} == {NEW}
    assert all(item.record[LINKS] == [] for item in plan.items["measure"])
    importer.apply(b.exchange, plan, None)
    assert _promotions(b) == set()
    assert len(b.measures.list(a.municipalities.list()[0].id)) > 0


def test_a_missing_link_list_beside_measures_here_is_empty_for_a_new_one(linked, tmp_path: Path) -> None:
    """Measures exist here (not a first import), one in the file does not: it arrives without links."""
    a, b = linked
    before = _promotions(b)
    export(a.exchange, tmp_path / "a.vopi")
    with zipfile.ZipFile(tmp_path / "a.vopi") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    fresh = dict(next(m for m in data["measure"] if m[LINKS]))
    fresh["id"] = "0badc0de-0000-4000-8000-000000000001"
    fresh["title"] += " (Kopie)"
    data["measure"].append(fresh)
    for measure in data["measure"]:
        del measure[LINKS]
    manifest["counts"] = {k: len(v) for k, v in data.items() if isinstance(v, list)}
    (tmp_path / "old.vopi").write_bytes(hostile.file_of(manifest, data))
    plan = importer.prepare(b.exchange, tmp_path / "old.vopi")
    by_id = {item.id: item for item in plan.items["measure"]}
    assert by_id[fresh["id"]].status == NEW and by_id[fresh["id"]].record[LINKS] == []
    assert not [i for i in plan.items["measure"] if i.status == DIFFERS]
    importer.apply(b.exchange, plan, None)
    assert _promotions(b) == before


def test_both_read_paths_give_none_for_a_missing_list_and_refuse_null(pair, tmp_path: Path) -> None:
    """The column-wise path and the record path agree: a missing list is None (resolved by the plan),
    an explicit null is no list of ids and refuses the file."""
    a, _ = pair
    fill_demo(a, "small")
    export(a.exchange, tmp_path / "a.vopi")
    with zipfile.ZipFile(tmp_path / "a.vopi") as archive:
        head = manifest.parse(archive.read("manifest.json"), archive.read("data.json"))
        rows = json.loads(archive.read("data.json"))["measure"]
    measure = by_name()["measure"]
    del rows[0][LINKS]
    fast = bulk.read_entity(measure, copy.deepcopy(rows), True, document.MAX_LINKS)
    assert fast is not None and fast[0][LINKS] is None and fast[1][LINKS] is not None
    assert fast == document._read_records(measure, copy.deepcopy(rows), head)
    rows[0][LINKS] = None
    assert bulk.read_entity(measure, copy.deepcopy(rows), True, document.MAX_LINKS) is None
    with pytest.raises(ExchangeError, match=r"(?i)list(e von| of) ids"):
        document._read_records(measure, rows, head)
