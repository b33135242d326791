"""A file of practice examples names the municipality it comes from (the manifest's ``municipalities``,
as in a workspace file), so the receiver's preview says "von Musterstadt". A file of the previous
release names none (``[]``): it still imports, and the preview says the sender is not named. On
SQLite and PostgreSQL (``pair``)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from vopi_desktop.exchange import container, importer, manifest
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.export import export
from vopi_desktop.lang import set_language
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.practice import PracticeInput
from vopi_desktop.store.models import PracticeExample
from vopi_desktop.store.workspace import Workspace


def _send(a: Workspace, out: Path) -> tuple[str, str, list[str]]:
    """Musterstadt's examples into ``out``; returns its id, name and the examples' ids."""
    fill_demo(a, "small")
    town = a.municipalities.list()[0]
    ids = [r["id"] for r in a.exchange.read_where(PracticeExample.__table__, "municipality_id", town.id)]
    assert ids
    export(a.exchange, out, practice_examples=ids)
    return town.id, town.name, ids


def _head(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def _as_previous_release(path: Path, out: Path) -> None:
    """The same file as the previous release wrote it: a manifest naming no municipality."""
    head_raw, data = container.unpack(path.read_bytes())
    head = json.loads(head_raw)
    old = manifest.build(data, head["created_by"], [], head["counts"], True, manifest.PRACTICE_EXAMPLES)
    assert json.loads(old)["municipalities"] == []
    out.write_bytes(container.pack(old, data))


def test_a_practice_file_names_the_town_it_comes_from(pair, tmp_path: Path) -> None:
    a, b = pair
    mid, name, ids = _send(a, tmp_path / "pe.vopi")
    assert _head(tmp_path / "pe.vopi")["municipalities"] == [{"id": mid, "name": name}]
    neustadt = b.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    plan = importer.prepare(b.exchange, tmp_path / "pe.vopi", target=neustadt)
    assert plan.incoming.manifest.senders == ((mid, name),)
    lines = describe(plan)
    assert f"Praxisbeispiele von {name} für Neustadt" in lines
    set_language("en")
    try:
        assert f"Practice examples from {name} for Neustadt" in describe(plan)
    finally:
        set_language("de")
    importer.apply(b.exchange, plan, None)
    assert len(b.practice.list(neustadt)) == len(ids)


def test_a_file_of_the_previous_release_imports_and_says_no_sender(pair, tmp_path: Path) -> None:
    a, b = pair
    _, _, ids = _send(a, tmp_path / "pe.vopi")
    _as_previous_release(tmp_path / "pe.vopi", tmp_path / "old.vopi")
    neustadt = b.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    plan = importer.prepare(b.exchange, tmp_path / "old.vopi", target=neustadt)
    assert plan.incoming.manifest.senders == ()
    lines = describe(plan)
    assert "Praxisbeispiele für Neustadt (die Datei nennt die sendende Kommune nicht)" in lines
    importer.apply(b.exchange, plan, None)
    assert len(b.practice.list(neustadt)) == len(ids)


def test_examples_of_several_towns_name_each_once(pair, tmp_path: Path) -> None:
    """A consultant's examples of two towns: both named, each once, in the order of their names."""
    a, b = pair
    fill_demo(a, "small")
    first = a.municipalities.list()[0]
    other = a.municipalities.create(MunicipalityInput(name="Altdorf", kind="gemeinde", state="BY"))
    a.practice.create(other.id, PracticeInput(title="Sprachcafé", what="Erprobt."))
    ids = [r["id"] for r in a.exchange.read_where(PracticeExample.__table__, "municipality_id", first.id)]
    ids += [p.id for p in a.practice.list(other.id)]
    export(a.exchange, tmp_path / "pe.vopi", practice_examples=ids)
    head = _head(tmp_path / "pe.vopi")
    assert [m["name"] for m in head["municipalities"]] == sorted(["Altdorf", first.name])
    neustadt = b.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    plan = importer.prepare(b.exchange, tmp_path / "pe.vopi", target=neustadt)
    assert f"Praxisbeispiele von Altdorf, {first.name} für Neustadt" in describe(plan)


def test_many_senders_are_named_up_to_three() -> None:
    from vopi_desktop.exchange.labels import senders

    places = [(str(i), name) for i, name in enumerate(["Au", "Bach", "Calw", "Dorf", "Eck"])]
    assert senders(places) == "Au, Bach, Calw und 2 weitere"
    assert senders(places[:1]) == "Au"
    assert senders([]) is None and senders([("x", " ")]) is None
