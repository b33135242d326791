"""Undoable writes of events (created, edited, deleted), each passing the version it expects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ....store.dto.events import Event, EventInput

if TYPE_CHECKING:
    from ....store.workspace import Workspace


@dataclass(frozen=True)
class Exists:
    municipality_id: str
    data: EventInput | None = None
    record: Event | None = None
    gone: Event | None = None


def bring(ws: Workspace, st: Exists) -> Exists:
    if st.gone is not None:
        record = ws.events.restore(st.gone)
    else:
        assert st.data is not None
        record = ws.events.create(st.municipality_id, st.data)
    return Exists(st.municipality_id, st.data, record, None)


def remove(ws: Workspace, st: Exists) -> Exists:
    assert st.record is not None
    return Exists(st.municipality_id, st.data, None, ws.events.delete(st.record.id, st.record.version))


@dataclass(frozen=True)
class Edited:
    current: Event
    other: EventInput


def swap(ws: Workspace, st: Edited) -> Edited:
    new = ws.events.update(st.current.id, st.other, st.current.version)
    return Edited(new, EventInput.of(st.current))
