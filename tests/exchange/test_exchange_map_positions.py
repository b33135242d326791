"""Where actors sit on the map is each computer's own view: opening the network page on one side must
not make every actor "differ", and an import never moves the actors on this computer's map (SQLite
and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.helpers import edit_actor
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.plan import DIFFERS, IDENTICAL


def _lay_out(ws, mid: str, shift: float) -> dict[str, tuple[float, float]]:
    places = {a.id: (10.0 * n + shift, -5.0 * n) for n, a in enumerate(ws.actors.list(mid))}
    ws.network.save_positions(mid, places)
    return places


def _positions(ws, mid: str) -> dict[str, tuple[float | None, float | None]]:
    return {n.id: (n.x, n.y) for n in ws.network.graph(mid).nodes}


def test_a_map_laid_out_on_one_side_is_no_difference(sent, tmp_path: Path) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    _lay_out(b, mid, 0.0)  # B opened the network page; A never did
    export(a.exchange, tmp_path / "back.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "back.vopi", policy="incoming")
    assert {item.status for item in plan.items["actor"]} == {IDENTICAL}
    assert not plan.changes_anything()


def test_an_update_from_the_file_keeps_this_computers_map(sent, tmp_path: Path) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    _lay_out(a, mid, 500.0)
    mine = _lay_out(b, mid, 0.0)
    actor_id = a.actors.list(mid)[0].id
    edit_actor(a, actor_id, notes="Neuer Vorstand")
    export(a.exchange, tmp_path / "back.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "back.vopi", policy="incoming")
    (item,) = [i for i in plan.items["actor"] if i.status == DIFFERS]
    assert [d.field for d in item.differences] == ["notes"]
    importer.apply(b.exchange, plan, None)
    assert b.actors.get(actor_id).notes == "Neuer Vorstand"
    assert _positions(b, mid) == mine  # the file's positions (shifted by 500) did not move them
