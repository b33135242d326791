"""Review F28: a practice example taken in from another town is the receiver's own record, with an id
of its own (``exchange/practice_copies.py``). Before, it kept the sender's id, and a consultant who
held the sender could no longer take in the receiver's full file at all. Three real workspaces on
SQLite and PostgreSQL: Musterstadt (A), Neustadt (N), the consultant (C)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from tests.exchange.helpers import content
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.practice_copies import copy_id
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.models import PracticeExample
from vopi_desktop.store.workspace import Workspace

TABLE = PracticeExample.__table__


def _examples(ws: Workspace, mid: str) -> dict[str, str]:
    """id → title of a municipality's practice examples."""
    return {row["id"]: row["title"] for row in ws.exchange.read_where(TABLE, "municipality_id", mid)}


def _take(ws: Workspace, path: Path, target: str | None = None) -> importer.Plan:
    plan = importer.prepare(ws.exchange, path, target=target)
    importer.apply(ws.exchange, plan, None)
    return plan


def _send_examples(a: Workspace, mid: str, out: Path) -> dict[str, str]:
    examples = _examples(a, mid)
    export(a.exchange, out, practice_examples=list(examples))
    return examples


def test_the_consultant_takes_in_a_town_that_took_in_anothers_examples(pair, third, tmp_path: Path) -> None:
    a, consultant = pair
    town = third
    fill_demo(a, "small")
    muster = a.municipalities.list()[0].id
    neustadt = town.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    originals = _send_examples(a, muster, tmp_path / "pe.vopi")
    assert len(originals) >= 2
    _take(town, tmp_path / "pe.vopi")
    copies = _examples(town, neustadt)
    assert copies == {copy_id(neustadt, i): title for i, title in originals.items()}
    assert not importer.prepare(town.exchange, tmp_path / "pe.vopi").changes_anything()  # twice: the same

    export(a.exchange, tmp_path / "muster.vopi")
    export(town.exchange, tmp_path / "neustadt.vopi")
    _take(consultant, tmp_path / "muster.vopi")
    plan = _take(consultant, tmp_path / "neustadt.vopi")  # was: refused, "belongs to another municipality"
    assert plan.counts("practice_example")["new"] == len(originals)
    assert _examples(consultant, muster) == originals  # the sender's own, untouched
    assert _examples(consultant, neustadt) == copies  # the receiver's copies, beside them
    assert not importer.prepare(consultant.exchange, tmp_path / "neustadt.vopi").changes_anything()


def test_a_copy_filed_under_the_senders_id_by_an_older_release(pair, third, tmp_path: Path) -> None:
    """A town that took the examples in before this change holds them under Musterstadt's ids: its
    file is taken in too, the copies mapped to the ids a copy gets now."""
    a, consultant = pair
    town = third
    fill_demo(a, "small")
    muster = a.municipalities.list()[0].id
    neustadt = town.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    originals = _send_examples(a, muster, tmp_path / "pe.vopi")
    _take(town, tmp_path / "pe.vopi")
    with town.engine.begin() as conn:  # as an older release filed them: under the sender's ids
        for original in originals:
            conn.execute(update(TABLE).where(TABLE.c.id == copy_id(neustadt, original)).values(id=original))
    assert set(_examples(town, neustadt)) == set(originals)
    export(a.exchange, tmp_path / "muster.vopi")
    export(town.exchange, tmp_path / "neustadt.vopi")
    _take(consultant, tmp_path / "muster.vopi")
    _take(consultant, tmp_path / "neustadt.vopi")
    assert _examples(consultant, muster) == originals
    assert _examples(consultant, neustadt) == {copy_id(neustadt, i): t for i, t in originals.items()}
    assert not importer.prepare(consultant.exchange, tmp_path / "neustadt.vopi").changes_anything()


def test_the_consultant_files_one_towns_examples_under_another(pair, tmp_path: Path) -> None:
    """In one workspace holding both towns: A's examples filed under N are copies (was: refused); a
    town's own examples sent back to it are the same records, not duplicates."""
    a, _ = pair
    fill_demo(a, "small")
    muster = a.municipalities.list()[0].id
    neustadt = a.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    originals = _send_examples(a, muster, tmp_path / "pe.vopi")
    before = content(a)
    _take(a, tmp_path / "pe.vopi", target=neustadt)
    assert _examples(a, neustadt) == {copy_id(neustadt, i): t for i, t in originals.items()}
    assert _examples(a, muster) == originals
    assert not importer.prepare(a.exchange, tmp_path / "pe.vopi", target=muster).changes_anything()
    assert len(content(a)["practice_example"]) == len(before["practice_example"]) + len(originals)


def test_a_record_held_by_another_municipality_here_is_named_in_words(sent, tmp_path: Path) -> None:
    """Any other record still refuses the file, said with its kind, name and where it is here (the
    message named "practice_example 49529b3b-…")."""
    import re

    import pytest
    from sqlalchemy import select

    from vopi_desktop.exchange.errors import ExchangeError
    from vopi_desktop.store.models import Actor

    a, b = sent
    other = b.municipalities.create(MunicipalityInput(name="Zweitdorf", kind="gemeinde", state="BY")).id
    table = Actor.__table__
    with b.engine.begin() as conn:
        actor_id, name = conn.execute(select(table.c.id, table.c.name).order_by(table.c.name).limit(1)).one()
        conn.execute(update(table).where(table.c.id == actor_id).values(municipality_id=other))
    export(a.exchange, tmp_path / "again.vopi")
    with pytest.raises(ExchangeError) as err:
        importer.prepare(b.exchange, tmp_path / "again.vopi")
    message = str(err.value)
    assert f"(Akteur: „{name}“)" in message and "hier zur Kommune „Zweitdorf“" in message
    assert "in der Datei aber zu „Musterstadt am Neckar“" in message
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", message) and "actor" not in message


def test_an_example_deleted_here_is_not_brought_back_by_an_older_file(pair, third, tmp_path: Path) -> None:
    """Deleted stays deleted: a town's own example sent back to it, and a copy the receiver deleted,
    each received again from the same (older) file."""
    a, _ = pair
    town = third
    fill_demo(a, "small")
    muster = a.municipalities.list()[0].id
    neustadt = town.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW")).id
    originals = _send_examples(a, muster, tmp_path / "pe.vopi")
    own = sorted(originals)[0]
    a.practice.delete(own)
    plan = importer.prepare(a.exchange, tmp_path / "pe.vopi", target=muster)
    assert not plan.changes_anything()  # neither the original nor a copy of it comes back
    assert own not in _examples(a, muster) and copy_id(muster, own) not in _examples(a, muster)

    _take(town, tmp_path / "pe.vopi")
    copy = copy_id(neustadt, own)
    town.practice.delete(copy)
    assert not importer.prepare(town.exchange, tmp_path / "pe.vopi").changes_anything()
    assert copy not in _examples(town, neustadt) and len(_examples(town, neustadt)) == len(originals) - 1
