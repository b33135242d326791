"""The undoable writes of the checklist pages: each redo/undo is one service call with the version it expects.

A ``State`` names the record the next step writes (``id``, ``version``) and carries what the steps
need in ``data``. The undo stack keeps the newest version of every record it has seen and hands it
to an older command (two edits of one item, then two undos), so only a change made elsewhere makes
an undo fail with the store's stale-save message.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ....store.dto.checklists import ChecklistItem, ItemInput
from ....store.dto.practice import OwnPractice, PracticeInput

if TYPE_CHECKING:
    from ....store.workspace import Workspace


@dataclass(frozen=True)
class State:
    id: str | None  # the record the next step writes; None while there is none
    version: int | None
    data: dict[str, Any] = field(default_factory=dict)

    def but(self, record: Any, **data: Any) -> State:
        """The state after a step: the record's id and version, and the changed data."""
        return State(getattr(record, "id", None), getattr(record, "version", None), {**self.data, **data})


def item_input(item: ChecklistItem, **changes: object) -> ItemInput:
    """The stored values of an item as input, with some changed."""
    values = ItemInput(item.status, item.note, item.responsible, item.due_on, item.text)
    return replace(values, **changes)  # type: ignore[arg-type]


def _of(record: Any, **data: Any) -> State:
    return State(getattr(record, "id", None), getattr(record, "version", None), data)


# ----- one item's state, note, responsible person, due date (and an own item's text)
def set_item_state(item: ChecklistItem, new: ItemInput) -> State:
    return _of(item, item=item, old=item_input(item), new=new)


def redo_set_item(ws: Workspace, state: State) -> State:
    item = ws.checklists.set_item(state.id, state.data["new"], state.version)
    return state.but(item, item=item)


def undo_set_item(ws: Workspace, state: State) -> State:
    item = ws.checklists.set_item(state.id, state.data["old"], state.version)
    return state.but(item, item=item)


# ----- own items
def add_item_state(checklist_id: str, section: str, data: ItemInput) -> State:
    return State(None, None, {"checklist_id": checklist_id, "section": section, "input": data, "item": None})


def redo_add_item(ws: Workspace, state: State) -> State:
    gone = state.data["item"]
    if gone is None:  # the first time: a new item; a redo puts the same one back
        item = ws.checklists.add_item(state.data["checklist_id"], state.data["section"], state.data["input"])
    else:
        item = ws.checklists.restore_item(gone)
    return state.but(item, item=item)


def undo_add_item(ws: Workspace, state: State) -> State:
    gone = ws.checklists.remove_item(state.id, state.version)
    return State(gone.id, None, {**state.data, "item": gone})


def remove_item_state(item: ChecklistItem) -> State:
    return _of(item, item=item)


def redo_remove_item(ws: Workspace, state: State) -> State:
    gone = ws.checklists.remove_item(state.id, state.version)
    return State(gone.id, None, {**state.data, "item": gone})


def undo_remove_item(ws: Workspace, state: State) -> State:
    item = ws.checklists.restore_item(state.data["item"])
    return state.but(item, item=item)


# ----- starting a checklist
def start_state(municipality_id: str, template_key: str, actor_id: str | None) -> State:
    return State(
        None, None, {"mid": municipality_id, "template": template_key, "actor": actor_id, "checklist": None}
    )


def redo_start(ws: Workspace, state: State) -> State:
    checklist = ws.checklists.start(state.data["mid"], state.data["template"], state.data["actor"])
    return state.but(checklist, checklist=checklist)


def undo_start(ws: Workspace, state: State) -> State:
    ws.checklists.delete(state.id, state.version)
    return State(None, None, {**state.data, "checklist": None})


# ----- own practice examples
def practice_state(municipality_id: str, old: OwnPractice | None, new: PracticeInput | None) -> State:
    return _of(old, mid=municipality_id, old=old, new=new, example=old, gone=None)


def _as_input(example: OwnPractice) -> PracticeInput:
    return PracticeInput(
        example.title, example.what, example.helped, example.items, example.barriers, example.contact_actor_id
    )


def _delete(ws: Workspace, state: State) -> State:
    gone = ws.practice.delete(state.id, state.version)
    return State(gone.id, None, {**state.data, "example": None, "gone": gone})


def redo_practice(ws: Workspace, state: State) -> State:
    """Create (old None), change (both) or delete (new None) an own example."""
    new: PracticeInput | None = state.data["new"]
    if new is None:
        return _delete(ws, state)
    if state.data["example"] is None:
        gone = state.data["gone"]  # a redo of a create puts back the same record
        example = ws.practice.create(state.data["mid"], new, practice_id=gone.id if gone else None)
    else:
        example = ws.practice.update(state.id, new, state.version)
    return state.but(example, example=example)


def undo_practice(ws: Workspace, state: State) -> State:
    old: OwnPractice | None = state.data["old"]
    if old is None:  # undo a create
        return _delete(ws, state)
    if state.data["example"] is None:  # undo a delete
        example = ws.practice.create(state.data["mid"], _as_input(old), practice_id=old.id)
    else:
        example = ws.practice.update(state.id, _as_input(old), state.version)
    return state.but(example, example=example)


# ----- the placement decision
def decision_state(municipality_id: str, old: Any, option: str, reasons: str, day: date | None) -> State:
    return _of(old, mid=municipality_id, old=old, new=(option, reasons, day), decision=old)


def redo_decide(ws: Workspace, state: State) -> State:
    option, reasons, day = state.data["new"]
    version = state.version if state.data["decision"] is not None else None
    decision = ws.anchoring.decide(state.data["mid"], option, reasons, day, version)
    return state.but(decision, decision=decision)


def undo_decide(ws: Workspace, state: State) -> State:
    old = state.data["old"]
    if old is None:
        ws.anchoring.withdraw(state.data["mid"], state.version)
        return State(state.id, None, {**state.data, "decision": None})
    decision = ws.anchoring.decide(state.data["mid"], old.option, old.reasons, old.decided_on, state.version)
    return state.but(decision, decision=decision)
