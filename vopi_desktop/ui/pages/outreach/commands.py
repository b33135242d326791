"""The undoable writes of the Mitmachen page (no Qt): save or delete an opportunity, save a text.

Each state carries the version the store holds after the last step, so an undo meeting a record
changed since at another workstation is refused as stale and nothing is half-undone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ....store.dto.outreach import Opportunity, OpportunityInput, OutreachText

if TYPE_CHECKING:
    from ....store.workspace import Workspace


@dataclass(frozen=True)
class OpportunitySave:
    municipality_id: str
    before: OpportunityInput | None  # None: the save created it
    after: OpportunityInput
    id: str | None = None
    version: int | None = None
    row: Opportunity | None = None


def redo_save(ws: Workspace, state: OpportunitySave) -> OpportunitySave:
    if state.before is None and (state.row is None or state.version is None):
        row = ws.outreach.create(state.municipality_id, state.after, record_id=state.id)
    else:
        row = ws.outreach.update(state.id or "", state.after, state.version)
    return replace(state, id=row.id, version=row.version, row=row)


def undo_save(ws: Workspace, state: OpportunitySave) -> OpportunitySave:
    if state.before is None:
        ws.outreach.delete(state.id or "", state.version)
        return replace(state, version=None, row=None)
    row = ws.outreach.update(state.id or "", state.before, state.version)
    return replace(state, version=row.version, row=row)


@dataclass(frozen=True)
class OpportunityDelete:
    row: Opportunity


def redo_delete(ws: Workspace, state: OpportunityDelete) -> OpportunityDelete:
    return OpportunityDelete(ws.outreach.delete(state.row.id, state.row.version))


def undo_delete(ws: Workspace, state: OpportunityDelete) -> OpportunityDelete:
    return OpportunityDelete(ws.outreach.restore(state.row))


Wording = tuple[str, str, str, date | None]  # body, review status, reviewed by, reviewed on


def wording(text: OutreachText) -> Wording:
    return (text.body, text.review_status, text.reviewed_by, text.reviewed_on)


@dataclass(frozen=True)
class TextSave:
    municipality_id: str
    topic: str
    language: str
    before: Wording
    after: Wording
    version: int | None
    row: OutreachText | None = None
    id: str | None = None  # the stored text's id once saved (the undo stack tracks versions by it)


def _save_text(ws: Workspace, state: TextSave, values: Wording) -> TextSave:
    body, status, by, on = values
    row = ws.outreach.save_text(
        state.municipality_id, state.topic, state.language, body, status, by, on, state.version
    )
    return replace(state, version=row.version, row=row, id=row.id)


def redo_text(ws: Workspace, state: TextSave) -> TextSave:
    return _save_text(ws, state, state.after)


def undo_text(ws: Workspace, state: TextSave) -> TextSave:
    return _save_text(ws, state, state.before)
