"""A list of keys whose order alone differs is no change: the actor form stores languages and fields in
catalogue order, the demo (and older data) in the order they were written (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from tests.exchange.helpers import edit_actor
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.plan import DIFFERS, IDENTICAL
from vopi_desktop.store.models import Actor


def _kulturverein(ws) -> str:
    mid = ws.municipalities.list()[0].id
    actor = next(a for a in ws.actors.list(mid) if a.name.startswith("Türkisch-Deutscher Kulturverein"))
    return actor.id


def test_an_edit_that_reorders_the_languages_shows_only_the_edit(sent, tmp_path: Path) -> None:
    a, b = sent
    actor_id = _kulturverein(b)
    assert list(b.actors.get(actor_id).languages) == ["tr", "de"]  # as the demo wrote them
    edit_actor(b, actor_id, notes="Neuer Vorstand seit Mai")  # the service stores catalogue order
    assert list(b.actors.get(actor_id).languages) == ["de", "tr"]
    export(b.exchange, tmp_path / "back.vopi")
    plan = importer.prepare(a.exchange, tmp_path / "back.vopi")
    (item,) = [i for i in plan.items["actor"] if i.id == actor_id]
    assert item.status == DIFFERS
    assert [d.field for d in item.differences] == ["notes"]


def test_a_record_that_differs_only_in_the_order_of_its_lists_is_identical(sent, tmp_path: Path) -> None:
    a, b = sent
    actor_id = _kulturverein(b)
    edit_actor(b, actor_id, notes="Neuer Vorstand seit Mai")
    edit_actor(a, actor_id, notes="Neuer Vorstand seit Mai")  # the same edit on both sides
    assert list(a.actors.get(actor_id).languages) == ["de", "tr"]
    with a.engine.begin() as conn:  # A's copy keeps the order the demo wrote: tr before de
        conn.execute(update(Actor).where(Actor.id == actor_id).values(languages=["tr", "de"]))
    export(b.exchange, tmp_path / "back.vopi")
    plan = importer.prepare(a.exchange, tmp_path / "back.vopi")
    (item,) = [i for i in plan.items["actor"] if i.id == actor_id]
    assert item.status == IDENTICAL, item.differences
