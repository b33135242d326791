"""Deleted on both sides, and a link list naming a record deleted here, on SQLite and PostgreSQL
(``pair``): an actor in the trash on both sides is no conflict of two trash times, and a write of
its other changes keeps ours; an actor purged here that the sender put in the trash after that stays
deleted (was: „neu“, back into the trash here), whatever the policy; a measure whose barriers in the
file include one deleted here is no conflict for that (was: „Hemmnisse: … | …, Eigenes“, which no
choice could write), says it in a note, and takes its other changes without bringing it back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.export import export
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.measures import MeasureInput

from .helpers import edit_actor, send


def _item(plan, entity: str, record_id: str):
    return next(i for i in plan.items[entity] if i.id == record_id)


@pytest.mark.parametrize("policy", ["newer", "incoming"])
def test_in_both_trashes(sent, tmp_path: Path, policy: str) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    alone, renamed = a.actors.list(mid)[:2]
    edit_actor(a, renamed.id, name=renamed.name + " e.V.")  # changed there before its trashing
    for ws in (a, b):  # the sender first: the file's trash time is the earlier one
        for actor in (alone, renamed):
            ws.actors.trash(actor.id)
    ours = {x.id: x.deleted_at for x in b.actors.trash_list(mid)}
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy=policy)
    assert _item(plan, "actor", alone.id).status == "identical"
    item = _item(plan, "actor", renamed.id)
    assert [d.field for d in item.differences] == ["name"]  # not the trash time
    assert item.take == (policy == "incoming")  # ours trashed later: newer here
    importer.apply(b.exchange, plan, None)
    trash = {x.id: x for x in b.actors.trash_list(mid)}
    assert {i: trash[i].deleted_at for i in ours} == ours
    assert trash[renamed.id].name == renamed.name + (" e.V." if policy == "incoming" else "")


@pytest.mark.parametrize("policy", ["newer", "incoming"])
def test_purged_here_then_trashed_there(sent, tmp_path: Path, policy: str) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    actor = a.actors.list(mid)[3]
    b.actors.trash(actor.id)
    b.actors.purge(actor.id)
    a.actors.trash(actor.id)  # after ours: the file's record is newer than the deletion here
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy=policy)
    assert _item(plan, "actor", actor.id).status == "deleted_here"
    importer.apply(b.exchange, plan, None)
    assert actor.id not in {x.id for x in b.actors.list(mid)} | {x.id for x in b.actors.trash_list(mid)}


def test_a_barrier_deleted_here_in_the_files_list(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    mid = a.municipalities.list()[0].id
    own = a.barriers.add_custom(mid, "Kein Raum am Abend", "", "")
    measure = a.measures.list(mid)[0]
    data = dataclasses.replace(MeasureInput.of(measure), barrier_ids=(*measure.barrier_ids, own.id))
    measure = a.measures.update(measure.id, data, measure.version)
    send(a, b, tmp_path / "first.vopi")
    b.barriers.delete(own.id)
    data = dataclasses.replace(MeasureInput.of(measure), title=measure.title + " (neu)")
    a.measures.update(measure.id, data, measure.version)
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy="incoming")
    item = _item(plan, "measure", measure.id)
    assert [d.field for d in item.differences] == ["title"], item.differences
    assert [(n.field, n.theirs, n.in_list) for n in item.notes] == [("barriers", (own.id,), True)]
    importer.apply(b.exchange, plan, None)
    after = next(m for m in b.measures.list(mid) if m.id == measure.id)
    assert after.title == measure.title + " (neu)"
    assert set(after.barrier_ids) == set(measure.barrier_ids) - {own.id}
    assert own.id not in {x.id for x in b.barriers.list(mid)}
