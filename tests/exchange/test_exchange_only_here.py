"""What a town's full file neither holds nor lists as deleted — a measure the consultant made in the
town's workspace since — is named in the receiver's preview: "Maßnahmen: hier 9, in der Datei 8 – 1 gibt
es nur hier: „…“", in ``import --dry-run`` and the dialog alike, and nothing is deleted (the town's own
deletions travel as tombstones: test_exchange_deletions.py). The trash date shows as a date, not a raw
timestamp. On SQLite and PostgreSQL (``pair``)."""

from __future__ import annotations

import re
from pathlib import Path

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.export import export
from vopi_desktop.lang import set_language
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.models import PracticeExample
from vopi_desktop.store.workspace import Workspace

from .helpers import send

GONE = "Fördertopf der Stiftung prüfen"  # made at the consultant's: not in the town's file


def _town_deletes(a: Workspace, b: Workspace) -> tuple[str, int, str]:
    """The town trashes an actor, the consultant adds a measure to the town's plan here; returns the
    town's id, its measures here, the actor."""
    town = a.municipalities.list()[0]
    actor = a.actors.list(town.id)[0]
    a.actors.trash(actor.id)
    b.measures.create(town.id, MeasureInput(title=GONE))
    return town.id, len(b.measures.list(town.id)), actor.name


def test_records_only_here_are_named_and_kept(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")  # the consultant has the town as it was
    mid, measures, trashed = _town_deletes(a, b)
    export(a.exchange, tmp_path / "second.vopi")

    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    assert set(plan.only_here) == {"measure"}  # the trashed actor is in the file (trash travels)
    only = plan.only_here["measure"]
    assert (only.here, only.in_file, only.names) == (measures, measures - 1, [GONE])
    lines = describe(plan)
    line = f"  Maßnahmen: hier {measures}, in der Datei {measures - 1} – 1 gibt es nur hier: „{GONE}“"
    assert line in lines, lines
    assert any(text.startswith("  Was es nur hier gibt, bleibt hier") for text in lines)
    # the trash date as the file's time is shown: a local date and time, no microseconds or +00:00
    trash = next(text for text in lines if text.startswith("    Im Papierkorb seit:"))
    assert re.fullmatch(r"    Im Papierkorb seit: –  \|  \d\d\.\d\d\.\d{4}, \d\d:\d\d", trash), trash
    set_language("en")
    try:
        english = describe(plan)
    finally:
        set_language("de")
    assert f"  Measures: {measures} here, {measures - 1} in the file – 1 only here: “{GONE}”" in english
    trash = next(text for text in english if text.startswith("    In the trash since:"))
    assert re.fullmatch(r"    In the trash since: –  \|  \d{4}-\d\d-\d\d \d\d:\d\d", trash), trash

    importer.apply(b.exchange, plan, None)
    assert GONE in [m.title for m in b.measures.list(mid)]  # nothing deleted
    assert trashed in [x.name for x in b.actors.trash_list(mid)]  # the trash travels as before


def test_a_first_import_and_a_file_the_same_as_here_name_nothing(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    first = send(a, b, tmp_path / "first.vopi")
    assert first.only_here == {}
    export(a.exchange, tmp_path / "again.vopi")
    again = importer.prepare(b.exchange, tmp_path / "again.vopi")
    assert again.only_here == {}
    assert not any("nur hier" in text for text in describe(again))


def test_a_file_of_practice_examples_names_nothing_only_here(pair, tmp_path: Path) -> None:
    """Examples are not all of a town: the receiver's own records are not "only here"."""
    a, b = pair
    fill_demo(a, "small")
    town = a.municipalities.list()[0]
    ids = [r["id"] for r in a.exchange.read_where(PracticeExample.__table__, "municipality_id", town.id)]
    export(a.exchange, tmp_path / "pe.vopi", practice_examples=ids[:1])
    neustadt = b.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    plan = importer.prepare(b.exchange, tmp_path / "pe.vopi", target=neustadt)
    importer.apply(b.exchange, plan, None)
    export(a.exchange, tmp_path / "pe2.vopi", practice_examples=ids[1:2])
    plan = importer.prepare(b.exchange, tmp_path / "pe2.vopi", target=neustadt)
    assert plan.only_here == {}


def test_only_records_of_the_files_municipalities_count(pair, tmp_path: Path) -> None:
    """A consultant's other towns are not "only here" for a file of one town."""
    a, b = pair
    fill_demo(a, "small")
    neustadt = b.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    b.target_groups.add(neustadt, "Eltern an der Grundschule")
    send(a, b, tmp_path / "first.vopi")
    export(a.exchange, tmp_path / "again.vopi")
    assert importer.prepare(b.exchange, tmp_path / "again.vopi").only_here == {}
