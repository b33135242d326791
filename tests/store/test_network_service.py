"""The network service on SQLite and PostgreSQL: the graph, link validation, bulk positions."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, func, select

from vopi_desktop.store import StaleRecordError, ValidationError
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.errors import NotFoundError
from vopi_desktop.store.models import Actor, ActorLink, ChangeLog
from vopi_desktop.store.workspace import Workspace


def _town(ws: Workspace, name: str = "Neckarstadt") -> str:
    return ws.municipalities.create(MunicipalityInput(name=name, kind="stadt", state="BW")).id


def _actors(ws: Workspace, mid: str, *specs: tuple[str, str]) -> list[str]:
    """Actors written straight through the ORM, so these tests do not depend on the actor service."""
    with ws._ctx.sessions() as s, s.begin():
        rows = [Actor(municipality_id=mid, name=name, type=kind) for name, kind in specs]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def _count(ws: Workspace, model: type) -> int:
    with ws._ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def town(ws: Workspace) -> tuple[str, list[str]]:
    mid = _town(ws)
    ids = _actors(
        ws,
        mid,
        ("TSV Neckarstadt", "verein"),
        ("Türkischer Elternverein", "migrant_org"),
        ("Integrationsbüro", "integration_office"),
        ("Alter Verein (im Papierkorb)", "verein"),
    )
    return mid, ids


def test_graph_lists_actors_and_links_but_not_the_trash(ws: Workspace, town) -> None:
    mid, (tsv, mo, office, trashed) = town
    ws.network.add_link(mid, tsv, mo, "cooperation", 2, "Sommerfest")
    ws.network.add_link(mid, trashed, office, "funding", 1)
    with ws._ctx.sessions() as s, s.begin():
        s.get(Actor, trashed).deleted_at = datetime.now(UTC)
    graph = ws.network.graph(mid)
    assert [n.name for n in graph.nodes] == ["Integrationsbüro", "TSV Neckarstadt", "Türkischer Elternverein"]
    assert {n.id for n in graph.nodes} == {tsv, mo, office}
    assert all(n.x is None and n.y is None for n in graph.nodes)
    assert len(graph.unplaced) == 3
    (link,) = graph.links
    assert (link.source, link.target, link.kind, link.strength, link.note) == (
        tsv,
        mo,
        "cooperation",
        2,
        "Sommerfest",
    )
    assert link.version == 1
    assert ws.network.graph(_town(ws, "Anderswo")).nodes == ()


def test_add_link_writes_the_link_and_the_change_log(ws: Workspace, town) -> None:
    mid, (tsv, mo, *_rest) = town
    link = ws.network.add_link(mid, mo, tsv, "informal", 3, "  kennt den Vorstand  ")
    assert link.note == "kennt den Vorstand"
    assert ws.network.graph(mid).links == (link,)
    with ws._ctx.sessions() as s:
        entry = s.scalars(select(ChangeLog).where(ChangeLog.entity == "actor_link")).one()
    assert (entry.who, entry.action, entry.entity_id) == ("Frau Test", "create", link.id)
    assert "Türkischer Elternverein – TSV Neckarstadt" in entry.summary


def test_the_same_pair_may_have_links_of_different_kinds(ws: Workspace, town) -> None:
    mid, (tsv, mo, *_rest) = town
    ws.network.add_link(mid, tsv, mo, "cooperation", 2)
    ws.network.add_link(mid, mo, tsv, "membership", 1)
    assert len(ws.network.graph(mid).links) == 2


@pytest.mark.parametrize(
    ("case", "field"),
    [
        ("self", "target"),
        ("other_town", "target"),
        ("trashed", "target"),
        ("missing", "source"),
        ("bad_kind", "kind"),
        ("strength_0", "strength"),
        ("strength_4", "strength"),
        ("strength_text", "strength"),
        ("strength_bool", "strength"),
        ("duplicate", "kind"),
        ("duplicate_reversed", "kind"),
        ("long_note", "note"),
    ],
)
def test_bad_links_are_refused_and_nothing_is_written(ws: Workspace, town, case: str, field: str) -> None:
    mid, (tsv, mo, office, trashed) = town
    ws.network.add_link(mid, tsv, mo, "cooperation", 2)
    with ws._ctx.sessions() as s, s.begin():
        s.get(Actor, trashed).deleted_at = datetime.now(UTC)
    (stranger,) = _actors(ws, _town(ws, "Anderswo"), ("Fremder Verein", "verein"))
    args: dict = {"source": office, "target": mo, "kind": "cooperation", "strength": 2, "note": ""}
    args.update(
        {
            "self": {"target": office},
            "other_town": {"target": stranger},
            "trashed": {"target": trashed},
            "missing": {"source": str(uuid.uuid4())},
            "bad_kind": {"kind": "friendship"},
            "strength_0": {"strength": 0},
            "strength_4": {"strength": 4},
            "strength_text": {"strength": "2"},
            "strength_bool": {"strength": True},
            "duplicate": {"source": tsv, "target": mo},
            "duplicate_reversed": {"source": mo, "target": tsv},
            "long_note": {"note": "x" * 2001},
        }[case]
    )
    links, log = _count(ws, ActorLink), _count(ws, ChangeLog)
    with pytest.raises(ValidationError) as err:
        ws.network.add_link(mid, args["source"], args["target"], args["kind"], args["strength"], args["note"])
    assert err.value.field == field
    assert str(err.value)
    assert (_count(ws, ActorLink), _count(ws, ChangeLog)) == (links, log)


def test_update_link_checks_version_and_duplicates(ws: Workspace, town) -> None:
    mid, (tsv, mo, office, _trashed) = town
    first = ws.network.add_link(mid, tsv, mo, "cooperation", 1)
    ws.network.add_link(mid, tsv, mo, "membership", 1)
    changed = ws.network.update_link(first.id, "cooperation", 3, "enger", first.version)
    assert (changed.strength, changed.note, changed.version) == (3, "enger", 2)
    with pytest.raises(StaleRecordError):
        ws.network.update_link(first.id, "cooperation", 2, "", first.version)  # made from the old copy
    with pytest.raises(ValidationError) as err:
        ws.network.update_link(first.id, "membership", 2, "", changed.version)
    assert err.value.field == "kind"
    with pytest.raises(ValidationError):
        ws.network.update_link(first.id, "cooperation", 9, "", changed.version)
    stored = next(link for link in ws.network.graph(mid).links if link.id == first.id)
    assert stored == changed
    assert office not in (stored.source, stored.target)


def test_delete_link(ws: Workspace, town) -> None:
    mid, (tsv, mo, *_rest) = town
    link = ws.network.add_link(mid, tsv, mo, "cooperation", 2)
    ws.network.delete_link(link.id)
    assert ws.network.graph(mid).links == ()
    with ws._ctx.sessions() as s:
        actions = [e.action for e in s.scalars(select(ChangeLog).where(ChangeLog.entity == "actor_link"))]
    assert actions == ["create", "delete"]
    with pytest.raises(NotFoundError):
        ws.network.delete_link(link.id)


def test_save_positions_is_one_bulk_update_that_leaves_versions_alone(ws: Workspace) -> None:
    mid = _town(ws)
    ids = _actors(ws, mid, *((f"Verein {n}", "verein") for n in range(500)))
    statements: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _many) -> None:
        if statement.lstrip().upper().startswith("UPDATE"):
            statements.append(statement)

    event.listen(ws.engine, "before_cursor_execute", count)
    try:
        saved = ws.network.save_positions(mid, {actor_id: (n * 1.5, -n) for n, actor_id in enumerate(ids)})
    finally:
        event.remove(ws.engine, "before_cursor_execute", count)
    assert saved == 500
    assert len(statements) == 1  # one executemany, not 500 ORM flushes
    graph = ws.network.graph(mid)
    assert {n.id: (n.x, n.y) for n in graph.nodes} == {a: (n * 1.5, -n) for n, a in enumerate(ids)}
    with ws._ctx.sessions() as s:
        assert set(s.scalars(select(Actor.version))) == {1}
        log = s.scalars(select(ChangeLog).where(ChangeLog.summary.like("Layout gespeichert%"))).all()
    assert len(log) == 1


def test_moving_a_node_does_not_spoil_a_concurrent_edit_of_the_actor(ws: Workspace, town) -> None:
    mid, (tsv, *_rest) = town
    with ws._ctx.sessions() as editor:  # someone has the actor open in the edit dialog
        actor = editor.get(Actor, tsv)
        before = actor.updated_at
        ws.network.save_positions(mid, {tsv: (10.0, 20.0)})  # meanwhile the node is dragged
        actor.address = "Hauptstraße 1"
        editor.commit()  # the ORM checks the version it read: this must still succeed
    with ws._ctx.sessions() as s:
        row = s.get(Actor, tsv)
        assert (row.address, row.map_x, row.map_y, row.version) == ("Hauptstraße 1", 10.0, 20.0, 2)
        edited = s.get(Actor, tsv).updated_at
    assert edited >= before
    ws.network.save_positions(mid, {tsv: (11.0, 21.0)})
    with ws._ctx.sessions() as s:  # a move is not an edit: an exchange merge must not see it as newer
        assert s.get(Actor, tsv).updated_at == edited


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), 1e12])
def test_save_positions_refuses_garbage_and_writes_nothing(ws: Workspace, town, bad: float) -> None:
    mid, (tsv, mo, *_rest) = town
    log = _count(ws, ChangeLog)
    with pytest.raises(ValidationError):
        ws.network.save_positions(mid, {tsv: (1.0, 2.0), mo: (bad, 0.0)})
    assert all(n.x is None for n in ws.network.graph(mid).nodes)
    assert _count(ws, ChangeLog) == log


def test_save_positions_skips_actors_that_are_gone_or_elsewhere(ws: Workspace, town) -> None:
    mid, (tsv, *_rest) = town
    (stranger,) = _actors(ws, _town(ws, "Anderswo"), ("Fremder Verein", "verein"))
    saved = ws.network.save_positions(
        mid, {tsv: (1.0, 2.0), stranger: (3.0, 4.0), str(uuid.uuid4()): (5.0, 6.0)}
    )
    assert saved == 1
    with ws._ctx.sessions() as s:
        assert s.get(Actor, stranger).map_x is None
    assert ws.network.save_positions(mid, {}) == 0
    with pytest.raises(NotFoundError):
        ws.network.save_positions(str(uuid.uuid4()), {tsv: (1.0, 2.0)})


def test_graph_orders_nodes_alike_on_both_databases_with_umlauts(ws: Workspace) -> None:
    """Sorted in Python: SQLite's lower() would put "Ökumenischer Kreis" after "Zeller Chor"."""
    mid = _town(ws)
    _actors(
        ws,
        mid,
        ("Zeller Chor", "verein"),
        ("Ökumenischer Kreis", "religious"),
        ("arbeitskreis Asyl", "initiative"),
        ("Offene Tür", "initiative"),
    )
    names = [n.name for n in ws.network.graph(mid).nodes]
    assert names == ["arbeitskreis Asyl", "Offene Tür", "Ökumenischer Kreis", "Zeller Chor"]


def test_delete_link_with_a_version_refuses_a_link_changed_since(ws: Workspace, town) -> None:
    """Undoing a drawn link deletes it only as it was drawn: a change made elsewhere is kept."""
    mid, (tsv, mo, *_rest) = town
    link = ws.network.add_link(mid, tsv, mo, "cooperation", 2)
    changed = ws.network.update_link(link.id, "cooperation", 3, "Kollegin", link.version)
    with pytest.raises(StaleRecordError):
        ws.network.delete_link(link.id, link.version)
    assert [x.id for x in ws.network.graph(mid).links] == [link.id]
    ws.network.delete_link(link.id, changed.version)
    assert ws.network.graph(mid).links == ()
