"""The Start page's undoable writes: a ticked occasion (saved at once) and the own concern (saved
on Save). Occasions and concern share one record, so each step writes only its own part and first
checks that the part is still as this workstation left it (else the stale-save refusal)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ....store.errors import stale_error
from ...messages import fmt

if TYPE_CHECKING:
    from ....store.workspace import Workspace
    from ..base import Page


@dataclass(frozen=True)
class Occasions:
    municipality_id: str
    before: tuple[str, ...]
    after: tuple[str, ...]


@dataclass(frozen=True)
class Concern:
    municipality_id: str
    before: str
    after: str


def _set_occasions(ws: Workspace, mid: str, expected: tuple[str, ...], wanted: tuple[str, ...]) -> None:
    state = ws.municipalities.process_state(mid)
    if set(state.occasions) != set(expected):
        raise stale_error()
    ws.municipalities.set_occasions(mid, list(wanted), state.own_concern)


def _set_concern(ws: Workspace, mid: str, expected: str, wanted: str) -> None:
    state = ws.municipalities.process_state(mid)
    if state.own_concern.strip() != expected.strip():
        raise stale_error()
    ws.municipalities.set_occasions(mid, list(state.occasions), wanted)


def _redo_occasions(ws: Workspace, s: Occasions) -> Occasions:
    _set_occasions(ws, s.municipality_id, s.before, s.after)
    return s


def _undo_occasions(ws: Workspace, s: Occasions) -> Occasions:
    _set_occasions(ws, s.municipality_id, s.after, s.before)
    return s


def redo_concern(ws: Workspace, s: Concern) -> Concern:
    _set_concern(ws, s.municipality_id, s.before, s.after)
    return s


def undo_concern(ws: Workspace, s: Concern) -> Concern:
    _set_concern(ws, s.municipality_id, s.after, s.before)
    return s


def tick(page: Page, change: Occasions, title: str, ticked: bool) -> Occasions | None:
    template = (
        QCoreApplication.translate("StartChanges", "occasion “%1” ticked")
        if ticked
        else QCoreApplication.translate("StartChanges", "occasion “%1” unticked")
    )
    return page.change(fmt(template, title), change, _redo_occasions, _undo_occasions)


def concern_name() -> str:
    """The undo history's name of a saved concern (the page saves it with ``Page.save_form``)."""
    return QCoreApplication.translate("StartChanges", "own concern")
