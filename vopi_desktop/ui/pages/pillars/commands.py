"""The undoable writes of the pillars page: one indicator's score and note, a new round, a round's
title/date/participants changed. No Qt: a state and two functions of the workspace (see ui/undo.py),
each one service call passing the version it expects, so a change made elsewhere is refused as stale.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ....lang import t
from ....store.dto.pillars import Round, RoundInput
from ....store.errors import StaleRecordError

if TYPE_CHECKING:
    from ....store.workspace import Workspace

Value = tuple[int | None, str]  # score (None: not assessed) and note


@dataclass(frozen=True)
class ScoreChange:
    round_id: str
    key: str
    before: Value
    after: Value
    version: int | None  # the score row's version now (None: no row)
    round: Round | None = None  # the round after the last step


def _set(ws: Workspace, state: ScoreChange, value: Value) -> ScoreChange:
    rnd = ws.pillars.set_score(state.round_id, state.key, value[0], value[1], state.version)
    return replace(state, version=rnd.score_versions.get(state.key), round=rnd)


def redo_score(ws: Workspace, state: ScoreChange) -> ScoreChange:
    return _set(ws, state, state.after)


def undo_score(ws: Workspace, state: ScoreChange) -> ScoreChange:
    return _set(ws, state, state.before)


@dataclass(frozen=True)
class RoundCreated:
    municipality_id: str
    data: RoundInput
    copy_from: str | None = None  # a round whose notes the new one starts with
    round: Round | None = None  # the created round (None once undone)


def redo_create(ws: Workspace, state: RoundCreated) -> RoundCreated:
    if state.copy_from:
        rnd = ws.pillars.copy_round(state.copy_from, state.data)
    else:
        rnd = ws.pillars.create_round(state.municipality_id, state.data)
    return replace(state, round=rnd)


def undo_create(ws: Workspace, state: RoundCreated) -> RoundCreated:
    """Delete the created round again, but never one that holds scores or notes by now (they were
    entered elsewhere: here, undoing them would have come first)."""
    if state.round is None:
        return state
    current = ws.pillars.get_round(state.round.id)
    if any(score is not None or note for score, note in current.scores.values()):
        raise StaleRecordError(
            t(
                "Die Runde enthält inzwischen Bewertungen. Löschen Sie sie bei Bedarf mit „Runde löschen“.",
                "The round holds scores by now. Delete it with “Delete round” if you want to.",
            )
        )
    ws.pillars.delete_round(state.round.id, current.version)
    return replace(state, round=None)


@dataclass(frozen=True)
class RoundEdited:
    round_id: str
    before: RoundInput
    after: RoundInput
    version: int
    round: Round | None = None


def input_of(rnd: Round) -> RoundInput:
    return RoundInput(title=rnd.title, held_on=rnd.held_on, participants=rnd.participants, kind=rnd.kind)


def redo_edit(ws: Workspace, state: RoundEdited) -> RoundEdited:
    rnd = ws.pillars.update_round(state.round_id, state.after, state.version)
    return replace(state, version=rnd.version, round=rnd)


def undo_edit(ws: Workspace, state: RoundEdited) -> RoundEdited:
    rnd = ws.pillars.update_round(state.round_id, state.before, state.version)
    return replace(state, version=rnd.version, round=rnd)
