"""The undoable write of the barriers page: a saved rating (relevance, evidence, note, target groups).

No Qt here: a command is a state and two functions of the workspace (see ui/undo.py). Undo stores
the values the barrier had before with the version the save produced, so a rating changed since at
another workstation is refused as stale and nothing is half-undone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ....store.dto.barriers import BarrierInput, BarrierRow

if TYPE_CHECKING:
    from ....store.workspace import Workspace


@dataclass(frozen=True)
class RatingChange:
    municipality_id: str
    before: BarrierInput
    after: BarrierInput
    version: int | None  # what the store holds now (None: a catalogue barrier never stored)
    row: BarrierRow | None = None  # the row after the last step


def input_of(row: BarrierRow) -> BarrierInput:
    """The stored assessment of ``row`` as input for a save (what undo goes back to)."""
    return BarrierInput(
        key=None if row.is_custom else row.key,
        id=row.id if row.is_custom else None,
        relevance=row.relevance,
        evidence_kind=row.evidence_kind,
        note=row.note,
        target_group_ids=tuple(row.target_group_ids),
    )


def redo_rating(ws: Workspace, state: RatingChange) -> RatingChange:
    row = ws.barriers.save(state.municipality_id, state.after, state.version)
    return replace(state, version=row.version, row=row)


def undo_rating(ws: Workspace, state: RatingChange) -> RatingChange:
    row = ws.barriers.save(state.municipality_id, state.before, state.version)
    return replace(state, version=row.version, row=row)
