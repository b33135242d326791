"""The actor directory's undoable writes: new, edited, moved to the trash, restored.

Each step is one service call that passes the version it expects (or checks it first), so an
undo meeting a record changed since at another workstation is refused and writes nothing.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ....store.dto.actors import Actor, ActorInput, ActorSummary
from ....store.errors import stale_error
from ...messages import fmt

if TYPE_CHECKING:
    from ....store.workspace import Workspace
    from ..base import ErrorSink, Page


def input_of(actor: Actor) -> ActorInput:
    """The form input that would store ``actor`` as it is (what an undo of an edit writes back)."""
    values = {f.name: getattr(actor, f.name) for f in fields(ActorInput)}
    values["fields"], values["languages"] = list(actor.fields), list(actor.languages)
    return ActorInput(**values)


def _trash(ws: Workspace, actor: Actor | ActorSummary) -> Actor:
    ws.actors.trash(actor.id, actor.version)
    return ws.actors.get(actor.id)


def _restore(ws: Workspace, actor: Actor | ActorSummary) -> Actor:
    if ws.actors.get(actor.id).version != actor.version:
        raise stale_error()
    return ws.actors.restore(actor.id)


def create(page: Page, municipality_id: str, data: ActorInput, errors: ErrorSink) -> Actor | None:
    name = fmt(QCoreApplication.translate("ActorChanges", "new actor “%1”"), data.name.strip())
    return page.change(
        name,
        None,
        redo=lambda ws, a: ws.actors.create(municipality_id, data) if a is None else _restore(ws, a),
        undo=_trash,
        errors=errors,
    )


def edit(page: Page, actor: Actor, data: ActorInput, errors: ErrorSink) -> Actor | None:
    before = input_of(actor)
    name = fmt(QCoreApplication.translate("ActorChanges", "changes to “%1”"), actor.name)
    return page.change(
        name,
        actor,
        redo=lambda ws, a: ws.actors.update(a.id, data, a.version),
        undo=lambda ws, a: ws.actors.update(a.id, before, a.version),
        errors=errors,
    )


def trash(page: Page, summary: ActorSummary) -> Actor | None:
    name = fmt(QCoreApplication.translate("ActorChanges", "“%1” moved to the trash"), summary.name)
    return page.change(name, summary, redo=_trash, undo=_restore)


def restore(page: Page, summary: ActorSummary, errors: ErrorSink) -> Actor | None:
    name = fmt(QCoreApplication.translate("ActorChanges", "“%1” restored"), summary.name)
    return page.change(name, summary, redo=_restore, undo=_trash, errors=errors)
