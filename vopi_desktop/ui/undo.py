"""Undo and redo over the service writes, for the whole app until it is closed.

A ``Command`` is one write a page made, with a name for the Bearbeiten menu ("Rückgängig: Akteur
„Kita“ angelegt"). It carries a *state* (usually the record as the store returned it, with its
version) and two functions ``redo(ws, state) -> state`` and ``undo(ws, state) -> state``, each a
single service call (one transaction) that passes the version it expects. So an undo that meets
a record changed since (at another workstation) fails with the store's stale-save message and
writes nothing; the stack then forgets that command and the older ones (they lead through it),
and says so. Pages create commands through ``Page.change(...)`` (see pages/base.py); the stack is
cleared when the municipality changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, is_dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from ..store.errors import StoreError
from .messages import fmt

if TYPE_CHECKING:
    from ..store.workspace import Workspace

Step = Callable[["Workspace", Any], Any]
LIMIT = 200  # commands kept; the oldest go first


@dataclass
class Command:
    name: str  # what was done, for "Undo: <name>"
    state: Any  # handed to undo/redo; each returns the state after it (new versions)
    redo: Step
    undo: Step
    area: str = ""  # the area whose page shows the record (the window goes there after undo)


class UndoStack(QObject):
    """The app's one history of writes. ``changed`` after every push/undo/redo/clear;
    ``applied(area)`` after an undo or redo wrote; ``refused(message)`` when the store said no."""

    changed = Signal()
    applied = Signal(str)
    refused = Signal(str)

    def __init__(self, workspace: Callable[[], Workspace], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._commands: list[Command] = []
        self._index = 0  # commands[:index] are done, commands[index:] can be redone
        # The newest version this stack itself wrote, per record id: a later command on the same
        # record (create, then edit) moved the version on, and undoing the earlier one must expect
        # that version, not the one it saw. A change made elsewhere is still caught.
        self._versions: dict[str, int] = {}

    # ----- recording
    def do(self, command: Command) -> Any:
        """Run the command's first redo; recorded only when it succeeded (StoreError propagates)."""
        command.state = self._step(command.redo, command.state)
        del self._commands[self._index :]
        self._commands.append(command)
        if len(self._commands) > LIMIT:
            del self._commands[0]
        self._index = len(self._commands)
        self.changed.emit()
        return command.state

    def clear(self) -> None:
        self._versions.clear()
        if self._commands:
            self._commands.clear()
            self._index = 0
            self.changed.emit()

    def _step(self, step: Step, state: Any) -> Any:
        record_id, version = getattr(state, "id", None), getattr(state, "version", None)
        known = self._versions.get(record_id) if isinstance(record_id, str) else None
        if known is not None and version is not None and known != version and is_dataclass(state):
            state = replace(state, version=known)
        result = step(self._workspace(), state)
        record_id, version = getattr(result, "id", None), getattr(result, "version", None)
        if isinstance(record_id, str) and isinstance(version, int):
            self._versions[record_id] = version
        return result

    # ----- state for the menu
    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    def undo_name(self) -> str:
        return self._commands[self._index - 1].name if self.can_undo() else ""

    def redo_name(self) -> str:
        return self._commands[self._index].name if self.can_redo() else ""

    def __len__(self) -> int:
        return len(self._commands)

    # ----- undo and redo
    def undo(self) -> bool:
        if not self.can_undo():
            return False
        command = self._commands[self._index - 1]
        try:
            command.state = self._step(command.undo, command.state)
        except StoreError as exc:
            # The record changed since (or is gone): this and every older command cannot be undone.
            del self._commands[: self._index]
            self._index = 0
            self.changed.emit()
            self.refused.emit(str(exc))
            return False
        self._index -= 1
        self.changed.emit()
        self.applied.emit(command.area)
        return True

    def redo(self) -> bool:
        if not self.can_redo():
            return False
        command = self._commands[self._index]
        try:
            command.state = self._step(command.redo, command.state)
        except StoreError as exc:
            del self._commands[self._index :]  # what was undone stays undone
            self.changed.emit()
            self.refused.emit(str(exc))
            return False
        self._index += 1
        self.changed.emit()
        self.applied.emit(command.area)
        return True


def undo_actions(stack: UndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """The Bearbeiten menu's "Rückgängig: <name>" (Ctrl+Z) and "Wiederholen: <name>"
    (Ctrl+Shift+Z, Ctrl+Y). Text fields keep their own Ctrl+Z while they have the focus."""
    undo = QAction(parent)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = QAction(parent)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)

    def update() -> None:
        name = stack.undo_name()
        undo.setText(
            fmt(QCoreApplication.translate("Undo", "&Undo: %1"), name)
            if name
            else QCoreApplication.translate("Undo", "&Undo")
        )
        undo.setEnabled(bool(name))
        name = stack.redo_name()
        redo.setText(
            fmt(QCoreApplication.translate("Undo", "&Redo: %1"), name)
            if name
            else QCoreApplication.translate("Undo", "&Redo")
        )
        redo.setEnabled(bool(name))

    stack.changed.connect(update)
    update()
    return undo, redo
