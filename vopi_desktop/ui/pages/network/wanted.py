"""What another page asked the network map to point at (the Start page's insights): kept per app
context until the map has been drawn and has selected it, as ``opening.start`` does for checklists.

A request is ``"isolated"`` (the first migrant organisation without a link) or ``"type:<key>"`` (the
first actor of a type that is recorded but not linked)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import Qt

from ...context import AppContext
from .model import ID_ROLE

if TYPE_CHECKING:
    from .page import NetworkPage

ISOLATED = "isolated"
TYPE = "type:"

_wanted: WeakKeyDictionary[AppContext, str] = WeakKeyDictionary()


def request(ctx: AppContext, what: str) -> None:
    _wanted[ctx] = what


def take(ctx: AppContext) -> str | None:
    """The request, forgotten once read (the map acts on it once)."""
    return _wanted.pop(ctx, None)


def point(page: NetworkPage) -> None:
    """Select what was asked for on the drawn map, with the keyboard focus on the map."""
    what = take(page.ctx)
    if what is None or page.graph is None:
        return
    if what == ISOLATED:  # the panel's list, in the order the Start page named them
        model = page.panel.insights.isolated
        node_id = model.index(0, 0).data(ID_ROLE) if model.rowCount() else None
    else:
        kind = what.removeprefix(TYPE)
        node_id = next((n.id for n in page.graph.nodes if n.type == kind), None)
    if node_id is not None:
        page.select(node_id, centre=True)
        page.view.setFocus(Qt.FocusReason.OtherFocusReason)
