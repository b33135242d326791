"""Undoable writes of measures and ideas beyond ui/record_commands.py (a measure made from a catalogue
approach, an idea grown into a measure, votes): each state knows the record as the store last returned it,
so every undo and redo passes the version it expects (a record changed elsewhere is refused)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ....store.dto.events import Idea
from ....store.dto.measures import Measure, MeasureInput

if TYPE_CHECKING:
    from ....store.workspace import Workspace


@dataclass(frozen=True)
class Exists:
    """A measure that was created (or deleted): ``record`` while it exists, ``gone`` while it does not."""

    municipality_id: str
    data: MeasureInput | None = None  # for the first create
    record: Measure | None = None
    gone: Measure | None = None
    barrier_id: str = ""  # created from a catalogue approach for this barrier
    approach: str = ""


def bring(ws: Workspace, st: Exists) -> Exists:
    """Create (first time), or restore what was deleted, under the same id."""
    if st.gone is not None:
        record = ws.measures.restore(st.gone)
    elif st.approach:
        record = ws.measures.from_approach(st.municipality_id, st.barrier_id, st.approach)
    else:
        assert st.data is not None
        record = ws.measures.create(st.municipality_id, st.data)
    return Exists(st.municipality_id, st.data, record, None, st.barrier_id, st.approach)


def remove(ws: Workspace, st: Exists) -> Exists:
    assert st.record is not None
    gone = ws.measures.delete(st.record.id, st.record.version)
    return Exists(st.municipality_id, st.data, None, gone, st.barrier_id, st.approach)


@dataclass(frozen=True)
class Grown:
    """An idea that became a measure: ``idea`` as stored now, ``before`` what undo restores."""

    idea: Idea
    before: Idea | None = None
    measure: Measure | None = None


def grow(ws: Workspace, st: Grown) -> Grown:
    after, measure = ws.ideas.to_measure(st.idea.id, st.idea.version)
    return Grown(after, st.idea, measure)


def shrink(ws: Workspace, st: Grown) -> Grown:
    assert st.before is not None and st.measure is not None
    back = ws.ideas.revert_to_measure(st.before, st.idea, st.measure)
    return Grown(back)


def vote_up(ws: Workspace, idea: Idea) -> Idea:
    return ws.ideas.vote(idea.id, +1, idea.version)


def vote_down(ws: Workspace, idea: Idea) -> Idea:
    return ws.ideas.vote(idea.id, -1, idea.version)
