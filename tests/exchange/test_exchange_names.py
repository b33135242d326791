"""Records are matched by id, never by name: a name that a different record holds here is kept apart.

Workspace A renames actor X to "Y" while workspace B has a different actor "Y" (created there). An
import must not merge the two (the file's X written over B's Y, X's links moved onto Y) and must not
run into the unique index of live actor names (migration 0003): the incoming record is kept as
"Y (importiert)" and the preview says so. SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.exchange.helpers import everything
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.plan import DIFFERS, NEW
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.workspace import Workspace


def _rename(ws: Workspace, actor_id: str, name: str) -> None:
    current = ws.actors.get(actor_id)
    fields = {f.name: getattr(current, f.name) for f in dataclasses.fields(ActorInput)}
    fields["fields"], fields["languages"] = list(fields["fields"]), list(fields["languages"])
    ws.actors.update(actor_id, ActorInput(**(fields | {"name": name})), current.version)


def _send(a: Workspace, b: Workspace, path: Path, policy: str = "newer") -> importer.Plan:
    export(a.exchange, path)
    plan = importer.prepare(b.exchange, path, policy=policy)
    importer.apply(b.exchange, plan, None)
    return plan


@pytest.fixture
def renamed(pair, tmp_path: Path):
    """A and B share the small demo; then A renames actor X to "Y", B creates a different "Y"."""
    a, b = pair
    fill_demo(a, "small")
    _send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    x = a.actors.list(mid)[0]
    _rename(a, x.id, "Yılmaz Kulturverein")
    # The same name as the app compares names (case and spacing aside): the unique index's key.
    y = b.actors.create(mid, ActorInput(name="yılmaz  Kulturverein", type="verein"))
    return a, b, mid, x, y


@pytest.mark.parametrize("policy", ["newer", "incoming", "local"])
def test_a_rename_onto_a_name_held_here_by_another_record_is_kept_apart(
    renamed, tmp_path: Path, policy: str
) -> None:
    a, b, mid, x, y = renamed
    y_before = b.actors.get(y.id)
    plan = _send(a, b, tmp_path / "renamed.vopi", policy)

    by_id = {item.id: item for item in plan.items["actor"]}
    assert y.id not in by_id  # the file's X was not matched onto B's Y by its name
    item = by_id[x.id]
    assert item.status == DIFFERS
    assert item.renamed_from == "Yılmaz Kulturverein"
    name_change = ("name", x.name, "Yılmaz Kulturverein (importiert)")
    assert name_change in [(d.field, d.local, d.incoming) for d in item.differences]
    assert any("Yılmaz Kulturverein (importiert)" in line for line in describe(plan))

    assert b.actors.get(y.id) == y_before  # B's own Y is untouched
    assert not [
        link for link in b.network.graph(mid).links if y.id in (link.source, link.target)
    ]  # X's stay X's
    expected = x.name if policy == "local" else "Yılmaz Kulturverein (importiert)"
    assert b.actors.get(x.id).name == expected
    names = [actor.name for actor in b.actors.list(mid)]
    assert len(names) == len(set(names))


def test_a_record_new_here_under_a_name_held_here_is_added_with_a_suffix(renamed, tmp_path: Path) -> None:
    """The other way round: B's new "Y" reaches A, where X is called "Y" now."""
    a, b, _mid, x, y = renamed
    plan = _send(b, a, tmp_path / "back.vopi")
    item = {i.id: i for i in plan.items["actor"]}[y.id]
    assert item.status == NEW and item.renamed_from == y.name
    assert a.actors.get(y.id).name == f"{y.name} (importiert)"
    assert a.actors.get(x.id).name == "Yılmaz Kulturverein"  # A's renamed X stays as it is
    assert a.actors.get(y.id).type == "verein"


def test_the_same_file_twice_after_a_rename_changes_nothing(renamed, tmp_path: Path) -> None:
    a, b, *_ = renamed
    _send(a, b, tmp_path / "renamed.vopi")
    before = everything(b)
    plan = importer.prepare(b.exchange, tmp_path / "renamed.vopi")
    assert not plan.changes_anything()
    assert plan.renamed() == []  # nothing to say either: the suffixed record is the same
    assert everything(b) == before


def test_two_actors_made_on_both_sides_under_one_name_are_both_kept(pair, tmp_path: Path) -> None:
    a, b = pair
    fill_demo(a, "small")
    _send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    mine = b.actors.create(mid, ActorInput(name="Elternnetzwerk Nord", type="initiative", notes="B's"))
    theirs = a.actors.create(mid, ActorInput(name="Elternnetzwerk  Nord", type="verein", notes="A's"))
    _send(a, b, tmp_path / "both.vopi")
    assert b.actors.get(mine.id).notes == "B's" and b.actors.get(mine.id).name == "Elternnetzwerk Nord"
    assert b.actors.get(theirs.id).notes == "A's"
    assert b.actors.get(theirs.id).name == f"{theirs.name} (importiert)"
