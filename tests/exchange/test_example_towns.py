"""Review F35: the fictional example town ("Beispielstadt laden") of two towns must not block the
second town's file at the consultant. "Alle Kommunen" sends the real towns (the example only when
there is nothing else, or by name); a file that still carries an example town whose name another
municipality holds here is taken without it, said in the preview. SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from vopi_desktop.exchange import export as export_module
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.errors import ExchangeError
from vopi_desktop.exchange.export import export
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace

EXAMPLE = "Musterstadt am Neckar"


def _town(ws: Workspace, name: str) -> str:
    return ws.municipalities.create(MunicipalityInput(name=name, kind="stadt", state="BW")).id


def _take(ws: Workspace, path: Path) -> importer.Plan:
    plan = importer.prepare(ws.exchange, path)
    importer.apply(ws.exchange, plan, None)
    return plan


def _names(ws: Workspace) -> list[str]:
    return sorted(m.name for m in ws.municipalities.list())


def test_all_municipalities_of_two_towns_with_the_example(pair, third, tmp_path: Path) -> None:
    one, consultant = pair
    two = third
    _town(one, "Neustadt")
    fill_demo(one, "small")
    fill_demo(two, "small")
    _town(two, "Altstadt")
    first = export(one.exchange, tmp_path / "t1all.vopi")
    second = export(two.exchange, tmp_path / "t2all.vopi")
    assert first.municipalities == second.municipalities == 1
    assert first.left_out == second.left_out == (EXAMPLE,)
    _take(consultant, tmp_path / "t1all.vopi")
    _take(consultant, tmp_path / "t2all.vopi")  # was: refused, two towns called Musterstadt
    assert _names(consultant) == ["Altstadt", "Neustadt"]
    # Asked for by name, the example town is sent; a workspace of nothing but examples sends them.
    assert export(one.exchange, tmp_path / "m.vopi", municipality=EXAMPLE).municipalities == 1
    only = export(consultant.exchange, tmp_path / "c.vopi")
    assert only.left_out == () and only.municipalities == 2


def test_a_file_that_still_carries_the_example_town(pair, third, tmp_path: Path, monkeypatch) -> None:
    """Files written before this change (or from a workspace of examples only) carry Musterstadt: the
    second one is left out with its records, the real town in the same file is taken in."""
    one, consultant = pair
    two = third
    fill_demo(one, "small")
    fill_demo(two, "small")
    _town(two, "Altstadt")
    export(one.exchange, tmp_path / "t1.vopi")  # nothing but the example: it travels
    monkeypatch.setattr(export_module, "real_towns", lambda rows: rows)  # as an older release wrote it
    export(two.exchange, tmp_path / "t2.vopi")
    monkeypatch.undo()
    _take(consultant, tmp_path / "t1.vopi")
    before = {m.id: m for m in consultant.municipalities.list()}
    plan = _take(consultant, tmp_path / "t2.vopi")
    assert plan.examples_left_out == [EXAMPLE]
    assert any(f"Beispielstadt „{EXAMPLE}“ wird nicht übernommen" in line for line in describe(plan))
    assert _names(consultant) == ["Altstadt", EXAMPLE]
    assert {m.id: m for m in consultant.municipalities.list() if m.id in before} == before
    # The first town's example is its own: its next file is still taken as the same town.
    assert not importer.prepare(consultant.exchange, tmp_path / "t1.vopi").changes_anything()


def test_only_an_example_town_is_left_out_never_a_real_one(pair, tmp_path: Path) -> None:
    """The example beside a real town of its name here is left out; a real town of the file beside
    the example here is refused as any name clash is (one of them must be renamed)."""
    one, consultant = pair
    fill_demo(one, "small")
    export(one.exchange, tmp_path / "example.vopi")
    real = _town(consultant, EXAMPLE)  # a real town here (not marked as example) of that name
    plan = _take(consultant, tmp_path / "example.vopi")
    assert plan.examples_left_out == [EXAMPLE] and not plan.changes_anything()
    assert [m.id for m in consultant.municipalities.list()] == [real]
    with pytest.raises(ExchangeError, match="andere Kommune"):
        export(consultant.exchange, tmp_path / "real.vopi")
        importer.prepare(one.exchange, tmp_path / "real.vopi")
