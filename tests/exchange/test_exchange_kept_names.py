"""A record here that the file deleted, kept by the user, while the file's new record reuses its name
(the town purged the actor "Elterncafé Nord" and made a new one of that name): the two are kept
apart as „Elterncafé Nord (importiert)“, whichever way "keep mine" was decided — by ``--prefer
local``, by "Alle Löschungen: Meins behalten" or one deletion at a time in the preview. It used to
refuse the whole import with the unique index's sentence, naming neither record nor what to do.
On SQLite and PostgreSQL (``pair``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.export import export
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.workspace import Workspace

from .helpers import content, send

NAME = "Elterncafé Nord"
APART = f"{NAME} (importiert)"


def _reused(a: Workspace, b: Workspace, tmp_path: Path) -> tuple[str, str, str]:
    """B has the town's actor NAME; the town purges it and makes a new one of the name. Returns the
    town's id, the old actor's and the new one's."""
    fill_demo(a, "small")
    mid = a.municipalities.list()[0].id
    kind = a.actors.list(mid)[0].type
    old = a.actors.create(mid, ActorInput(NAME, kind))
    send(a, b, tmp_path / "first.vopi")
    a.actors.trash(old.id)
    a.actors.purge(old.id)
    new = a.actors.create(mid, ActorInput(NAME, kind))
    export(a.exchange, tmp_path / "second.vopi")
    return mid, old.id, new.id


def _names(ws: Workspace, mid: str) -> dict[str, str]:
    return {x.id: x.name for x in ws.actors.list(mid)}


KEPT_LINE = (
    f"  Akteur „{NAME}“: hier gibt es einen anderen Datensatz dieses Namens; getrennt gehalten als „{APART}“"
)


@pytest.mark.parametrize("how", ["all", "one"])
def test_keep_mine_decided_after_the_plan_keeps_the_two_apart(pair, tmp_path: Path, how: str) -> None:
    a, b = pair
    mid, old, new = _reused(a, b, tmp_path)
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")  # newer wins: the old one goes
    assert [g.id for g in plan.gone if g.take] == [old] and plan.renamed() == []
    if how == "all":
        plan.choose("local")  # the preview's "Meins behalten" for all
    else:
        plan.decide(next(g for g in plan.gone if g.id == old), False)  # one deletion in the preview
    assert KEPT_LINE in describe(plan), describe(plan)
    assert [(i.id, i.label) for i in plan.renamed()] == [(new, APART)]
    importer.apply(b.exchange, plan, None)
    assert _names(b, mid)[old] == NAME and _names(b, mid)[new] == APART


def test_deciding_back_to_delete_gives_the_name_back(pair, tmp_path: Path) -> None:
    a, b = pair
    mid, old, new = _reused(a, b, tmp_path)
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy="local")
    assert [(i.id, i.label) for i in plan.renamed()] == [(new, APART)]
    plan.decide(next(g for g in plan.gone if g.id == old), True)
    assert plan.renamed() == [] and KEPT_LINE not in describe(plan)
    importer.apply(b.exchange, plan, None)
    assert _names(b, mid)[new] == NAME and old not in _names(b, mid)
    assert old in [x.id for x in b.actors.trash_list(mid)]


def test_a_take_set_by_hand_is_followed_at_the_write(pair, tmp_path: Path) -> None:
    """A caller that flips ``take`` itself (as the preview once did) still gets the two apart, not a
    refusal from the database."""
    a, b = pair
    mid, old, new = _reused(a, b, tmp_path)
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    next(g for g in plan.gone if g.id == old).take = False
    importer.apply(b.exchange, plan, None)
    assert _names(b, mid)[old] == NAME and _names(b, mid)[new] == APART


def test_a_second_import_of_the_same_file_changes_nothing(pair, tmp_path: Path) -> None:
    a, b = pair
    _mid, old, _new = _reused(a, b, tmp_path)
    first = importer.prepare(b.exchange, tmp_path / "second.vopi", policy="local")
    importer.apply(b.exchange, first, None)
    before = content(b)
    again = importer.prepare(b.exchange, tmp_path / "second.vopi", policy="local")
    assert [g.id for g in again.gone] == [old] and again.conflicts() == []
    importer.apply(b.exchange, again, None)
    assert content(b) == before


def test_a_record_here_under_its_kept_apart_name_moves_with_the_decision(pair, tmp_path: Path) -> None:
    """The file's new actor came in kept apart once; the same file again with "newer wins": deleting
    the old one here would give it the name back (a difference), keeping the old one leaves it as it
    is here (no difference) — and the preview's tree changes with it (``decide`` says so)."""
    a, b = pair
    _mid, old, new = _reused(a, b, tmp_path)
    importer.apply(b.exchange, importer.prepare(b.exchange, tmp_path / "second.vopi", policy="local"), None)
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    assert [(c.id, c.differences[0].local, c.differences[0].incoming) for c in plan.conflicts()] == [
        (new, APART, NAME)
    ]
    assert plan.decide(next(g for g in plan.gone if g.id == old), False) is True
    assert plan.conflicts() == [] and plan.renamed() == []
    assert plan.decide(next(g for g in plan.gone if g.id == old), True) is True
    assert [c.id for c in plan.conflicts()] == [new]


def test_a_name_taken_here_while_the_preview_was_open_is_refused_before_writing(pair, tmp_path: Path) -> None:
    """The file brings a new actor; while its preview is open, an actor of that name is made here.
    The import is refused before anything is written, with a sentence naming the record and saying
    what to do (open the file again: the new plan keeps the two apart) — not the unique index's
    "Einen Akteur mit diesem Namen gibt es … schon"."""
    from vopi_desktop.exchange.errors import ExchangeError

    a, b = pair
    fill_demo(a, "small")
    mid = a.municipalities.list()[0].id
    send(a, b, tmp_path / "first.vopi")
    kind = a.actors.list(mid)[0].type
    a.actors.create(mid, ActorInput("Familienzentrum Süd", kind))
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    b.actors.create(mid, ActorInput("familienzentrum süd", kind))  # the index compares names so
    before = content(b)
    with pytest.raises(ExchangeError) as refused:
        importer.apply(b.exchange, plan, None)
    assert str(refused.value) == (
        "Akteur „Familienzentrum Süd“ aus der Datei: diesen Namen hat hier inzwischen ein anderer Datensatz; "
        "nichts wurde übernommen. Bitte die Datei erneut öffnen: die Vorschau hält die beiden dann getrennt."
    )
    assert content(b) == before
    again = importer.prepare(b.exchange, tmp_path / "second.vopi")
    importer.apply(b.exchange, again, None)
    assert "Familienzentrum Süd (importiert)" in _names(b, mid).values()
