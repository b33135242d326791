"""The undoable writes of the network page: a link drawn, changed or deleted.

No Qt: a state and two functions of the workspace (see ui/undo.py). Each step passes the version it
expects, so undoing a link that someone changed at another workstation is refused as stale.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ....store.dto.network import Link

if TYPE_CHECKING:
    from ....store.workspace import Workspace


@dataclass(frozen=True)
class LinkDrawn:
    municipality_id: str
    source: str
    target: str
    kind: str
    strength: int
    note: str
    link: Link | None = None  # the stored link (None while undone)


def draw(ws: Workspace, state: LinkDrawn) -> LinkDrawn:
    link = ws.network.add_link(
        state.municipality_id, state.source, state.target, state.kind, state.strength, state.note
    )
    return replace(state, link=link)


def undraw(ws: Workspace, state: LinkDrawn) -> LinkDrawn:
    if state.link is not None:
        ws.network.delete_link(state.link.id, state.link.version)
    return replace(state, link=None)


@dataclass(frozen=True)
class LinkChanged:
    link_id: str
    before: tuple[str, int, str]  # kind, strength, note
    after: tuple[str, int, str]
    version: int
    link: Link | None = None


def _set(ws: Workspace, state: LinkChanged, value: tuple[str, int, str]) -> LinkChanged:
    link = ws.network.update_link(state.link_id, *value, state.version)
    return replace(state, version=link.version, link=link)


def change_link(ws: Workspace, state: LinkChanged) -> LinkChanged:
    return _set(ws, state, state.after)


def unchange_link(ws: Workspace, state: LinkChanged) -> LinkChanged:
    return _set(ws, state, state.before)


def deletion(municipality_id: str, link: Link) -> LinkDrawn:
    """Deleting a link is drawing it, backwards: redo deletes, undo draws it again."""
    return LinkDrawn(municipality_id, link.source, link.target, link.kind, link.strength, link.note, link)
