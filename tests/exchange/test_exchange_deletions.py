"""Deletions travel in .vopi files (review 2, G15): a town's full file carries the ids of what it
deleted (tombstones: entity, id, time — no content), the receiver's preview names them ("In der Datei
gelöscht: 1 Maßnahme („…“) – wird hier auch gelöscht") and the import deletes them here as a user's
delete would (an actor goes to the trash), unless the record was changed here after the deletion.
On SQLite and PostgreSQL (``pair``)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.errors import ExchangeError
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.manifest import FORMAT_VERSION
from vopi_desktop.lang import set_language
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.models import ChangeLog
from vopi_desktop.store.workspace import Workspace

from .helpers import content, send

GONE = "Antragswerkstatt für Migrantenorganisationen"


def _measure(ws: Workspace, mid: str, title: str = GONE):
    return next(m for m in ws.measures.list(mid) if m.title == title)


def _members(path: Path) -> tuple[dict, dict]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json")), json.loads(z.read("data.json"))


def _rewrite(path: Path, out: Path, head: dict, data: dict) -> None:
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    head = head | {"data_sha256": hashlib.sha256(raw).hexdigest()}
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("manifest.json", json.dumps(head, ensure_ascii=False))
        z.writestr("data.json", raw)


def _town_deletes(a: Workspace) -> dict[str, str]:
    """The town deletes a measure, an event and one step of another measure, and trashes an actor."""
    mid = a.municipalities.list()[0].id
    gone = _measure(a, mid)
    a.measures.delete(gone.id, gone.version)
    event = a.events.list(mid)[0]
    a.events.delete(event.id, event.version)
    stepped = next(m for m in a.measures.list(mid) if len(m.steps) >= 2)
    data = MeasureInput.of(stepped)
    step = data.steps[-1]
    data.steps = list(data.steps[:-1])
    a.measures.update(stepped.id, data, stepped.version)
    actor = a.actors.list(mid)[0]
    a.actors.trash(actor.id)
    return {"mid": mid, "measure": gone.id, "event": event.id, "event_title": event.title,
            "step": step.id or "", "stepped": stepped.title, "actor": actor.id}  # fmt: skip


def test_a_full_file_carries_ids_of_deletions_and_no_content(pair, tmp_path: Path) -> None:
    a, _b = pair
    fill_demo(a, "small")
    done = _town_deletes(a)
    export(a.exchange, tmp_path / "town.vopi")
    head, data = _members(tmp_path / "town.vopi")
    assert head["format_version"] == FORMAT_VERSION >= 2
    deleted = data["deleted"]
    assert head["counts"]["deleted"] == len(deleted)
    by_id = {d["id"]: d for d in deleted}
    assert by_id[done["measure"]]["entity"] == "measure"
    assert by_id[done["event"]]["entity"] == "event"
    assert by_id[done["step"]]["entity"] == "measure_step"
    assert done["actor"] not in by_id  # trashed, not deleted: the actor travels with its trash date
    for entry in deleted:  # ids and a time, nothing of the content
        assert set(entry) == {"entity", "id", "municipality_id", "deleted_at"}
        assert entry["municipality_id"] == done["mid"]
    assert GONE not in json.dumps(deleted, ensure_ascii=False)


def test_the_consultant_sees_and_takes_the_towns_deletions(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")  # the consultant has the town as it was
    done = _town_deletes(a)
    export(a.exchange, tmp_path / "second.vopi")

    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    assert "measure" not in plan.only_here  # deleted in the file: no longer "only here"
    lines = describe(plan)
    assert f"  In der Datei gelöscht: 1 Maßnahme („{GONE}“) – wird hier auch gelöscht" in lines, lines
    assert (
        f"  In der Datei gelöscht: 1 Veranstaltung („{done['event_title']}“) – wird hier auch gelöscht"
        in lines
    )
    assert any(x.startswith("  In der Datei gelöscht: 1 Arbeitsschritt („") for x in lines), lines
    set_language("en")
    try:
        english = describe(plan)
    finally:
        set_language("de")
    assert f"  Deleted in the file: 1 measure (“{GONE}”) – will be deleted here too" in english, english

    importer.apply(b.exchange, plan, None)
    mid = done["mid"]
    assert GONE not in [m.title for m in b.measures.list(mid)]
    assert done["event"] not in [e.id for e in b.events.list(mid)]
    stepped = _measure(b, mid, done["stepped"])
    assert done["step"] not in [s.id for s in stepped.steps]
    assert done["actor"] in [x.id for x in b.actors.trash_list(mid)]
    with b.engine.connect() as conn:
        logged = conn.execute(
            select(ChangeLog.entity, ChangeLog.entity_id).where(ChangeLog.action == "delete")
        ).all()
    assert ("measure", done["measure"]) in logged and ("event", done["event"]) in logged
    # the consultant's copy is the town's again, tombstones included (a measure that only lost a step
    # is the same record: its time is not compared, as before)
    assert content(a, skip=("version", "updated_at")) == content(b, skip=("version", "updated_at"))
    again = importer.prepare(b.exchange, tmp_path / "second.vopi")
    assert not again.changes_anything() and not again.gone


def test_a_record_purged_at_the_town_goes_to_the_trash_here(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    actor = a.actors.list(mid)[-1]
    a.actors.trash(actor.id)
    a.actors.purge(actor.id)
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    lines = describe(plan)
    assert f"  In der Datei gelöscht: 1 Akteur („{actor.name}“) – kommt hier in den Papierkorb" in lines, (
        lines
    )
    importer.apply(b.exchange, plan, None)
    assert actor.id in [x.id for x in b.actors.trash_list(mid)]
    assert actor.id not in [x.id for x in b.actors.list(mid)]


@pytest.mark.parametrize("policy", ["newer", "local", "incoming"])
def test_a_record_changed_here_after_the_deletion(pair, tmp_path: Path, policy: str) -> None:
    """newer and local: kept and said so; incoming: deleted."""
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    gone = _measure(a, mid)
    a.measures.delete(gone.id, gone.version)
    export(a.exchange, tmp_path / "second.vopi")
    mine = _measure(b, mid)  # the consultant notes something on it afterwards
    b.measures.update(mine.id, dataclasses.replace(MeasureInput.of(mine), result="Nachgefragt"), mine.version)

    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy=policy)
    lines = describe(plan)
    if policy in ("newer", "local"):
        expected = (
            f"  In der Datei gelöscht: 1 Maßnahme („{GONE}“) – hier nach dem Löschen geändert, bleibt hier"
        )
    else:
        expected = f"  In der Datei gelöscht: 1 Maßnahme („{GONE}“) – wird hier auch gelöscht"
    assert expected in lines, lines
    importer.apply(b.exchange, plan, None)
    kept = GONE in [m.title for m in b.measures.list(mid)]
    assert kept == (policy != "incoming")


def test_two_deletions_are_counted_in_the_plural(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    titles = sorted(m.title for m in a.measures.list(mid))[:2]
    for title in titles:
        m = _measure(a, mid, title)
        a.measures.delete(m.id, m.version)
    export(a.exchange, tmp_path / "second.vopi")
    lines = describe(importer.prepare(b.exchange, tmp_path / "second.vopi"))
    named = ", ".join(f"„{t}“" for t in titles)
    assert f"  In der Datei gelöscht: 2 Maßnahmen ({named}) – werden hier auch gelöscht" in lines, lines


def test_a_file_of_the_older_format_still_imports(pair, tmp_path: Path) -> None:
    """Format 1 had no tombstones: read as "nothing deleted", what it lacks is only named."""
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    gone = _measure(a, mid)
    a.measures.delete(gone.id, gone.version)
    export(a.exchange, tmp_path / "second.vopi")
    head, data = _members(tmp_path / "second.vopi")
    del data["deleted"]
    counts = {k: v for k, v in head["counts"].items() if k != "deleted"}
    _rewrite(
        tmp_path / "second.vopi", tmp_path / "old.vopi", head | {"format_version": 1, "counts": counts}, data
    )

    plan = importer.prepare(b.exchange, tmp_path / "old.vopi")
    assert plan.gone == [] and "measure" in plan.only_here
    importer.apply(b.exchange, plan, None)
    assert GONE in [m.title for m in b.measures.list(mid)]


@pytest.mark.parametrize(
    "damage",
    [
        lambda d, _r: d["deleted"].append(d["deleted"][0] | {"entity": "kunden"}),
        lambda d, r: d["deleted"].append(d["deleted"][0] | {"id": r}),  # "deleted" and in the file
        lambda d, _r: d["deleted"].append(
            d["deleted"][0] | {"municipality_id": "0" * 8 + "-0000-4000-8000-" + "0" * 12}
        ),
        lambda d, _r: d["deleted"].append(d["deleted"][0] | {"deleted_at": "gestern"}),
        lambda d, _r: d["deleted"].append(d["deleted"][0] | {"content": "Name"}),
    ],
    ids=["entity", "in-file", "municipality", "time", "extra"],
)
def test_a_damaged_list_of_deletions_is_refused_and_nothing_written(pair, tmp_path: Path, damage) -> None:
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    gone = _measure(a, mid)
    a.measures.delete(gone.id, gone.version)
    export(a.exchange, tmp_path / "second.vopi")
    head, data = _members(tmp_path / "second.vopi")
    damage(data, data["measure"][0]["id"])
    head["counts"]["deleted"] = len(data["deleted"])
    _rewrite(tmp_path / "second.vopi", tmp_path / "bad.vopi", head, data)
    before = content(b)
    with pytest.raises(ExchangeError):
        importer.prepare(b.exchange, tmp_path / "bad.vopi")
    assert content(b) == before


def test_a_deletion_undone_at_the_town_sends_no_tombstone(pair, tmp_path: Path) -> None:
    a, _b = pair
    fill_demo(a, "small")
    mid = a.municipalities.list()[0].id
    gone = _measure(a, mid)
    before = a.measures.delete(gone.id, gone.version)
    a.measures.restore(before)  # Ctrl+Z
    export(a.exchange, tmp_path / "town.vopi")
    _head, data = _members(tmp_path / "town.vopi")
    assert gone.id not in {d["id"] for d in data["deleted"]}
    assert gone.id in {m["id"] for m in data["measure"]}


def test_keep_mine_keeps_a_record_deleted_in_the_file(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    gone = _measure(a, mid)
    a.measures.delete(gone.id, gone.version)
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy="local")
    assert f"  In der Datei gelöscht: 1 Maßnahme („{GONE}“) – bleibt hier" in describe(plan)
    importer.apply(b.exchange, plan, None)
    assert GONE in [m.title for m in b.measures.list(mid)]


def test_a_name_freed_by_a_deletion_is_not_kept_apart(pair, tmp_path: Path) -> None:
    """The town purges the actor "Elterncafé Nord" and makes a new one of that name: the consultant
    ends with the town's new actor under its name (the old one in the trash), not "… (importiert)"."""
    from vopi_desktop.store.dto.actors import ActorInput

    a, b = pair
    fill_demo(a, "small")
    mid = a.municipalities.list()[0].id
    kind = a.actors.list(mid)[0].type
    old = a.actors.create(mid, ActorInput("Elterncafé Nord", kind))
    send(a, b, tmp_path / "first.vopi")
    a.actors.trash(old.id)
    a.actors.purge(old.id)
    new = a.actors.create(mid, ActorInput("Elterncafé Nord", kind))
    plan = send(a, b, tmp_path / "second.vopi")
    assert plan.renamed() == []
    live = {x.name: x.id for x in b.actors.list(mid)}
    assert live.get("Elterncafé Nord") == new.id, [n for n in live if "Eltern" in n]
    assert old.id in [x.id for x in b.actors.trash_list(mid)]


def test_what_only_pointed_at_a_deleted_record_is_no_conflict(pair, tmp_path: Path) -> None:
    """The town purges a measure's partner and deletes an event with ideas: the database dropped the
    link and the ideas' event without a change of their own, so the measure and the ideas are not
    "different, same age" at the consultant's — the deletion lines say it all."""
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    partner = next(m for m in a.measures.list(mid) if m.partner_ids).partner_ids[0]
    a.actors.trash(partner)
    a.actors.purge(partner)
    event = next(e for e in a.events.list(mid) if e.ideas)
    a.events.delete(event.id, event.version)
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    gone = {g.id: g.entity for g in plan.gone}
    assert gone[partner] == "actor" and gone[event.id] == "event"
    # what the town's database deleted with the actor is deleted here too (the actor only goes to the trash)
    assert "engagement_opportunity" in gone.values() and "actor_link" in gone.values()
    assert [(c.entity, c.label) for c in plan.conflicts()] == []
    links = [x for x in describe(plan) if "gelöscht: " in x and "Netzwerk-Verbindung" in x]  # only counted
    assert links and re.fullmatch(
        r"  In der Datei gelöscht: (1 Netzwerk-Verbindung – wird|\d+ Netzwerk-Verbindungen – werden) hier auch gelöscht",
        links[0],
    ), links
    importer.apply(b.exchange, plan, None)
    assert not {x.id for x in b.outreach.list(mid)} & set(gone)
    assert all(i.event_id is None for i in b.ideas.list(mid) if i.id in {x.id for x in event.ideas})
