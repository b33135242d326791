"""Start or open a Verein's opening checklist from any page (overview, actor directory, network map).

The request to show a particular Verein is kept per app context until the Öffnung page reads it,
so the actor directory and the network map need only call ``open_for_actor(page, id, name)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication

from ...context import AppContext
from ...messages import fmt
from ..checklists import commands as c

if TYPE_CHECKING:
    from ..base import Page

_wanted: WeakKeyDictionary[AppContext, str] = WeakKeyDictionary()


def request(ctx: AppContext, actor_id: str) -> None:
    """Ask the Öffnung page to show this actor's checklist the next time it loads."""
    _wanted[ctx] = actor_id


def pending(ctx: AppContext) -> str | None:
    """The actor asked for; it stays asked for until its checklist is on screen (a load that is
    overtaken by a newer one must not lose it)."""
    return _wanted.get(ctx)


def done(ctx: AppContext) -> None:
    _wanted.pop(ctx, None)


def start_checklist(page: Page, actor_id: str, name: str) -> bool:
    """Begin the opening checklist of an actor as an undoable write; True when it was begun."""
    mid = page.municipality_id
    if mid is None:
        return False
    state = page.change(
        fmt(QCoreApplication.translate("Checklists", "Opening checklist for “%1” begun"), name),
        c.start_state(mid, "opening", actor_id),
        c.redo_start,
        c.undo_start,
    )
    return state is not None


def open_for_actor(page: Page, actor_id: str, name: str) -> None:
    """Show the actor's opening checklist on the Öffnung page, beginning it first if need be."""
    existing = page.read_now(lambda ws: ws.checklists.for_actor(actor_id))
    if existing is None and not start_checklist(page, actor_id, name):
        return  # refused: the reason is in this page's message line
    request(page.ctx, actor_id)
    page.navigate.emit("opening")
