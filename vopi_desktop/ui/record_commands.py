"""Undoable create, delete and edit of one record, for any service with ``create``, ``update``,
``delete`` and ``restore`` (no Qt). Each state holds the record as the store last returned it, so
every undo and redo passes the version it expects: a record changed elsewhere is refused as stale."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store.workspace import Workspace


@dataclass(frozen=True)
class Exists:
    """A record created (or deleted): ``record`` while it exists, ``gone`` while it does not."""

    service: str  # the Workspace attribute: "events", "measures", "ideas"
    municipality_id: str
    data: Any = None  # the input of the first create
    record: Any = None
    gone: Any = None


def bring(ws: Workspace, st: Exists) -> Exists:
    """Create (first time), or restore what was deleted, under the same id."""
    service = getattr(ws, st.service)
    if st.gone is not None:
        return replace(st, record=service.restore(st.gone), gone=None)
    assert st.data is not None
    return replace(st, record=service.create(st.municipality_id, st.data), gone=None)


def remove(ws: Workspace, st: Exists) -> Exists:
    assert st.record is not None
    gone = getattr(ws, st.service).delete(st.record.id, st.record.version)
    return replace(st, record=None, gone=gone)


@dataclass(frozen=True)
class Edited:
    """A saved edit: ``current`` is stored now, ``other`` the input that swaps it back (or forth)."""

    service: str
    current: Any
    other: Any  # an input type with ``of(record)``

    def stored(self) -> Any:
        """The record as stored now (what a form shows after ``Page.save_form``)."""
        return self.current


def swap(ws: Workspace, st: Edited) -> Edited:
    new = getattr(ws, st.service).update(st.current.id, st.other, st.current.version)
    return Edited(st.service, new, type(st.other).of(st.current))
