"""The column-wise fast path reads exactly what the record-by-record path reads, and leaves to it
every value it would have to convert or refuse."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path

import pytest

from vopi_desktop.exchange import bulk, document, manifest
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.registry import entities
from vopi_desktop.store.db import make_engine, upgrade
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.workspace import Workspace


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[manifest.Manifest, dict]:
    folder = tmp_path_factory.mktemp("bulk")
    engine = make_engine(f"sqlite:///{folder / 'a.sqlite3'}")
    upgrade(engine)
    ws = Workspace(engine, who="Quelle")
    fill_demo(ws, "small")
    export(ws.exchange, folder / "all.vopi")
    ws.close()
    with zipfile.ZipFile(folder / "all.vopi") as archive:
        raw_manifest, raw_data = archive.read("manifest.json"), archive.read("data.json")
    return manifest.parse(raw_manifest, raw_data), json.loads(raw_data)


def test_the_fast_path_reads_what_the_record_path_reads(demo_file) -> None:
    head, data = demo_file
    read = 0
    for entity in entities():
        rows = data.get(entity.name, [])
        fast = bulk.read_entity(entity, copy.deepcopy(rows), True, document.MAX_LINKS)
        assert fast is not None, entity.name  # a file written by the app never needs the slow path
        assert fast == document._read_records(entity, copy.deepcopy(rows), head), entity.name
        read += len(fast)
    assert read > 100


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "upper"),  # converted to lower case by the record path
        ("updated_at", "2026-03-01T10:00:00+01:00"),  # another zone: converted to UTC
        ("updated_at", "2026-03-01T10:00:00"),  # naive: taken as UTC
        ("name", "Verein\x07"),  # refused
        ("size", True),  # refused
        ("fields", ["a", "b\x00"]),  # refused
    ],
)
def test_values_to_convert_or_refuse_go_the_record_path(demo_file, field: str, value: object) -> None:
    _, data = demo_file
    actor = next(e for e in entities() if e.name == "actor")
    rows = copy.deepcopy(data["actor"])
    rows[3][field] = rows[3]["id"].upper() if value == "upper" else value
    assert bulk.read_entity(actor, rows, True, document.MAX_LINKS) is None


def test_rows_the_fast_path_hands_back_are_left_as_the_file_has_them(demo_file) -> None:
    """The fast path writes its conversions into the file's own dicts only once every column has
    passed: rows it hands to the record path are untouched (that path converts or names the field)."""
    _, data = demo_file
    actor = next(e for e in entities() if e.name == "actor")
    rows = copy.deepcopy(data["actor"])
    rows[-1]["size"] = True  # refused by the last check but one
    before = copy.deepcopy(rows)
    assert bulk.read_entity(actor, rows, False, document.MAX_LINKS) is None
    assert rows == before


def test_an_upper_case_id_is_read_in_lower_case(demo_file, tmp_path: Path) -> None:
    head, data = demo_file
    actor = next(e for e in entities() if e.name == "actor")
    rows = copy.deepcopy(data["actor"])
    rows[0]["id"] = rows[0]["id"].upper()
    records = document._read_entity(actor, rows, head)
    assert records[0]["id"] == data["actor"][0]["id"]
