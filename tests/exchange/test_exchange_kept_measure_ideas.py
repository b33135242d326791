"""A measure and the ideas that became it travel together (review question): the town deletes a
measure, which puts its ideas back to "selected" (``MeasureService.delete``); at the consultant's the
measure was changed since, so the import keeps it. The idea's "selected" in the file is the echo of
that deletion, not a change of the idea's own: it follows the deletion's decision. Kept here, the
idea stays the measure's; deleted here too, the idea is "selected" again. Either way an idea's status
and its measure link agree and no idea points at a measure that is not there. On SQLite and
PostgreSQL (``pair``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.export import export
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.events import IdeaInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.models import Idea, Measure
from vopi_desktop.store.workspace import Workspace

from .helpers import send


def _links(ws: Workspace) -> dict[str, tuple[str, str | None]]:
    """Every idea's status and measure link as stored, and nothing broken between them."""
    with ws.engine.connect() as conn:
        measures = set(conn.scalars(select(Measure.id)))
        ideas = {row.id: (row.status, row.measure_id) for row in conn.execute(select(Idea))}
    broken = [
        (status, measure)
        for status, measure in ideas.values()
        if (status == "in_measure") != (measure is not None)
        or (measure is not None and measure not in measures)
    ]
    assert broken == [], broken
    return ideas


def _town_deletes_a_measure(a: Workspace, b: Workspace, tmp_path: Path, *, votes: bool) -> tuple[str, str]:
    """Both sides have an idea that became a measure; the town deletes the measure (and, with
    ``votes``, gives the idea a dot afterwards), the consultant notes something on the measure."""
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    idea = next(i for i in a.ideas.list(mid) if i.status == "in_measure")
    theirs = next(m for m in a.measures.list(mid) if m.id == idea.measure_id)
    a.measures.delete(theirs.id, theirs.version)
    if votes:
        now = next(i for i in a.ideas.list(mid) if i.id == idea.id)
        a.ideas.vote(idea.id, 1, now.version)
    export(a.exchange, tmp_path / "second.vopi")
    mine = next(m for m in b.measures.list(mid) if m.id == theirs.id)
    b.measures.update(mine.id, dataclasses.replace(MeasureInput.of(mine), result="Nachgefragt"), mine.version)
    assert _links(b)[idea.id] == ("in_measure", mine.id)
    return idea.id, mine.id


@pytest.mark.parametrize("policy", ["newer", "local"])
def test_a_measure_kept_here_keeps_the_idea_the_file_put_back(pair, tmp_path: Path, policy: str) -> None:
    """The preview names the deletion („… bleibt hier“) and no idea conflict; after the import the
    measure is here with its idea, as before."""
    a, b = pair
    idea, measure = _town_deletes_a_measure(a, b, tmp_path, votes=False)
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy=policy)
    lines = describe(plan)
    assert any("In der Datei gelöscht: 1 Maßnahme" in x and x.endswith("bleibt hier") for x in lines), lines
    assert [(c.entity, [d.field for d in c.differences]) for c in plan.conflicts()] == []
    importer.apply(b.exchange, plan, None)
    assert _links(b)[idea] == ("in_measure", measure)
    assert (
        idea
        in next(
            m for m in b.measures.list(plan.incoming.manifest.municipalities[0][0]) if m.id == measure
        ).idea_ids
    )


def test_an_idea_changed_at_the_town_stays_with_the_measure_kept_here(pair, tmp_path: Path) -> None:
    """The idea got a dot at the town after the deletion: its conflict is the dot alone, newer in
    the file; taken, the idea has the town's votes and is still the kept measure's."""
    a, b = pair
    idea, measure = _town_deletes_a_measure(a, b, tmp_path, votes=True)
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    conflicts = {(c.entity, c.id): c for c in plan.conflicts()}
    assert [d.field for d in conflicts["idea", idea].differences] == ["votes"]
    assert conflicts["idea", idea].take and not plan.gone[0].take
    importer.apply(b.exchange, plan, None)
    assert _links(b)[idea] == ("in_measure", measure)
    mid = plan.incoming.manifest.municipalities[0][0]
    assert (
        next(i for i in b.ideas.list(mid) if i.id == idea).votes
        == next(i for i in a.ideas.list(mid) if i.id == idea).votes
    )


@pytest.mark.parametrize("votes", [False, True])
def test_a_measure_deleted_here_too_puts_its_idea_back(pair, tmp_path: Path, votes: bool) -> None:
    """Take theirs for the deletion: the measure goes here too and its idea is "selected" again."""
    a, b = pair
    idea, _measure = _town_deletes_a_measure(a, b, tmp_path, votes=votes)
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy="incoming")
    importer.apply(b.exchange, plan, None)
    assert _links(b)[idea] == ("selected", None)


def test_an_idea_of_a_measure_deleted_here_never_points_at_nothing(pair, tmp_path: Path) -> None:
    """The other way round: the consultant deleted the measure (its idea "selected" here), the town
    gave the idea a dot since. The measure stays deleted here; the idea taken from the file cannot
    keep "in_measure" without its measure: it is "selected", as the delete here left it."""
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    idea = next(i for i in b.ideas.list(mid) if i.status == "in_measure")
    mine = next(m for m in b.measures.list(mid) if m.id == idea.measure_id)
    b.measures.delete(mine.id, mine.version)
    theirs = next(i for i in a.ideas.list(mid) if i.id == idea.id)
    a.ideas.vote(idea.id, 1, theirs.version)
    plan = send(a, b, tmp_path / "second.vopi")
    taken = next(c for c in plan.conflicts() if c.id == idea.id)
    # the preview shows the dot alone: "selected" and no measure are this side's deletion, which stays
    assert [d.field for d in taken.differences] == ["votes"] and taken.take
    assert _links(b)[idea.id] == ("selected", None)
    assert next(i for i in b.ideas.list(mid) if i.id == idea.id).votes == theirs.votes + 1


@pytest.mark.parametrize("deletions", ["local", "incoming"])
def test_a_partner_still_here_stays_on_a_measure_taken_from_the_file(
    pair, tmp_path: Path, deletions: str
) -> None:
    """The same for a link list: the town purges a measure's partner (its database drops the link)
    and changes the measure. Taken here, the measure keeps the partner while the partner is still
    here — kept, or in the trash, which keeps links as the app's trash does."""
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    measure = next(m for m in a.measures.list(mid) if m.partner_ids)
    partner = measure.partner_ids[0]
    a.actors.trash(partner)
    a.actors.purge(partner)
    now = next(m for m in a.measures.list(mid) if m.id == measure.id)
    a.measures.update(now.id, dataclasses.replace(MeasureInput.of(now), result="Gut besucht"), now.version)
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    plan.choose_deletions(deletions)
    taken = next(c for c in plan.conflicts() if c.id == measure.id)
    assert [d.field for d in taken.differences] == ["result"] and taken.take
    importer.apply(b.exchange, plan, None)
    here = next(m for m in b.measures.list(mid) if m.id == measure.id)
    assert here.result == "Gut besucht"
    assert set(here.partner_ids) == set(measure.partner_ids)
    trashed = {x.id for x in b.actors.trash_list(mid)}
    assert (partner in trashed) == (deletions == "incoming")


@pytest.mark.parametrize("take", [True, False])
def test_an_idea_rejected_at_the_town_is_a_change_of_its_own(pair, tmp_path: Path, take: bool) -> None:
    """After deleting the measure the town rejects the idea: that is no echo of the deletion. The
    preview shows the status and the measure link as differences; taken, the idea is rejected and
    unlinked, kept, it stays the kept measure's — consistent either way."""
    a, b = pair
    idea, measure = _town_deletes_a_measure(a, b, tmp_path, votes=False)
    mid = a.municipalities.list()[0].id
    now = next(i for i in a.ideas.list(mid) if i.id == idea)
    data = dataclasses.replace(IdeaInput.of(now), status="rejected", reject_reason="Kein Budget")
    a.ideas.update(idea, data, now.version)
    export(a.exchange, tmp_path / "second.vopi")
    plan = importer.prepare(b.exchange, tmp_path / "second.vopi")
    conflict = next(c for c in plan.conflicts() if c.id == idea)
    assert {d.field for d in conflict.differences} == {"status", "reject_reason", "measure_id"}
    plan.decide(conflict, take)
    importer.apply(b.exchange, plan, None)
    assert _links(b)[idea] == (("rejected", None) if take else ("in_measure", measure))
