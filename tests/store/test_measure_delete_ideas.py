"""An idea's "in_measure" follows its measure, on SQLite and PostgreSQL: deleting the measure puts the idea
back to "selected" (it was chosen, the measure is gone), ``restore`` (the undo of the delete) takes it over
again with the link; an idea someone changed meanwhile keeps what it was given. The idea's version does
not move with its measure (the link itself goes by the database's SET NULL), so the undo of the idea's
own take-over still matches after a delete and its undo."""

from __future__ import annotations

from vopi_desktop.store.dto.events import IdeaInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.workspace import Workspace


def _idea(ws: Workspace, mid: str, idea_id: str):
    return next(i for i in ws.ideas.list(mid) if i.id == idea_id)


def test_delete_puts_the_idea_back_and_restore_takes_it_over_again(ws: Workspace, mid: str) -> None:
    before = ws.ideas.create(mid, IdeaInput(text="Sprachcafé im Vereinsheim"))
    taken, measure = ws.ideas.to_measure(before.id, before.version)
    assert taken.status == "in_measure" and measure.idea_ids == (before.id,)
    other = ws.measures.create(mid, MeasureInput(title="Andere Maßnahme"))

    gone = ws.measures.delete(measure.id, measure.version)
    assert gone.idea_ids == (before.id,)
    after = _idea(ws, mid, before.id)
    assert (after.status, after.measure_id, after.version) == ("selected", None, taken.version)

    back = ws.measures.restore(gone)
    assert back.idea_ids == (before.id,)
    again = _idea(ws, mid, before.id)
    assert (again.status, again.measure_id, again.version) == ("in_measure", measure.id, taken.version)
    # the undo of the take-over itself still matches: the measure goes, the idea is as it was
    reverted = ws.ideas.revert_to_measure(before, taken, back)
    assert (reverted.status, reverted.measure_id) == ("new", None)
    assert [m.id for m in ws.measures.list(mid)] == [other.id]


def test_an_idea_changed_after_the_delete_is_not_taken_over_by_the_undo(ws: Workspace, mid: str) -> None:
    idea = ws.ideas.create(mid, IdeaInput(text="Tandems"))
    _taken, measure = ws.ideas.to_measure(idea.id, idea.version)
    gone = ws.measures.delete(measure.id, measure.version)
    left = _idea(ws, mid, idea.id)
    data = IdeaInput.of(left)
    data.status, data.reject_reason = "rejected", "Kein Geld"
    ws.ideas.update(left.id, data, left.version)
    back = ws.measures.restore(gone)
    assert back.idea_ids == ()
    kept = _idea(ws, mid, idea.id)
    assert (kept.status, kept.measure_id) == ("rejected", None)


def test_other_ideas_and_measures_stay_as_they_are(ws: Workspace, mid: str) -> None:
    mine = ws.ideas.create(mid, IdeaInput(text="Eins"))
    theirs = ws.ideas.create(mid, IdeaInput(text="Zwei"))
    _a, measure = ws.ideas.to_measure(mine.id, mine.version)
    _b, kept = ws.ideas.to_measure(theirs.id, theirs.version)
    ws.measures.delete(measure.id, measure.version)
    assert _idea(ws, mid, theirs.id).status == "in_measure"
    assert _idea(ws, mid, theirs.id).measure_id == kept.id
