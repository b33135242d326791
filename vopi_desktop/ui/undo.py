"""Undo and redo over the service writes, for the whole app until it is closed.

A ``Command`` is one write a page made, with a name for the Bearbeiten menu ("Rückgängig: Akteur
„Kita“ angelegt"). It carries a *state* (usually the record as the store returned it, with its
version) and two functions ``redo(ws, state) -> state`` and ``undo(ws, state) -> state``, each a
single service call (one transaction) that passes the version it expects. So an undo that meets
a record changed since (at another workstation) fails with the store's stale-save message and
writes nothing; the stack then forgets that command and the older ones (they lead through it),
and says so. Pages create commands through ``Page.change(...)`` (see pages/base.py); the stack is
cleared when the municipality changes.

Undo and redo from the window first ask the open page (``ask``: its ``leave_ok``, save / discard /
stay), so no typed input is lost; "stay" undoes nothing. "Save" pushes the save as a command of its
own: the command the user asked to undo is then taken back beneath it when the two touched
different records, else nothing is undone and ``said`` says why. After a step ``said`` names it
("Rückgängig: …", "Wiederhergestellt: …"): the status bar then no longer shows the message of the
write before ("Gespeichert: …"). ``applied`` also names the record the step left in place (a
deleted one restored, an edit undone), which the window has the area's page select once it reads again.
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
RECORD_FIELDS = ("record", "current")  # where a state holds the record it writes (record_commands)
SHOWN_FIELDS = (*RECORD_FIELDS, "row")  # where a state holds the record its page shows (not "gone")


@dataclass
class Command:
    name: str  # what was done, for "Undo: <name>"
    state: Any  # handed to undo/redo; each returns the state after it (new versions)
    redo: Step
    undo: Step
    area: str = ""  # the area whose page shows the record (the window goes there after undo)


class UndoStack(QObject):
    """The app's one history of writes. ``changed`` after every push/undo/redo/clear;
    ``applied(area, record_id)`` after an undo or redo wrote (the id of the record the command's state
    holds now, "" when none: the area's page selects it if its rows have it); ``refused(message)`` when the store said no;
    ``said(message)``, the status bar's line: what an undo or redo did, or why the input saved on
    the way made the asked-for step impossible."""

    changed = Signal()
    applied = Signal(str, str)
    refused = Signal(str)
    said = Signal(str)

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
        state = self._known(state)
        for name in RECORD_FIELDS:  # a record inside the state (record_commands.Exists, Edited)
            inner = getattr(state, name, None)
            if inner is not None and is_dataclass(state):
                state = replace(state, **{name: self._known(inner)})
        result = step(self._workspace(), state)
        for part in (result, *(getattr(result, name, None) for name in RECORD_FIELDS)):
            record_id, version = getattr(part, "id", None), getattr(part, "version", None)
            if isinstance(record_id, str) and isinstance(version, int):
                self._versions[record_id] = version
        return result

    def _known(self, state: Any) -> Any:
        """``state`` expecting the version this stack last wrote for its record, if it wrote one."""
        record_id, version = getattr(state, "id", None), getattr(state, "version", None)
        known = self._versions.get(record_id) if isinstance(record_id, str) else None
        if known is not None and version is not None and known != version and is_dataclass(state):
            return replace(state, version=known)
        return state

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
    def undo(self, ask: Callable[[], bool] | None = None) -> bool:
        """Undo the newest command; ``ask()`` first (False: nothing undone)."""
        if not self.can_undo():
            return False
        command = self._commands[self._index - 1]
        if ask is not None and (not ask() or not self._on_top(command)):
            return False
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
        self.applied.emit(command.area, shown_id(command.state))  # the window shows it, then says so
        self.said.emit(fmt(QCoreApplication.translate("Undo", "Undone: %1"), command.name))
        return True

    def redo(self, ask: Callable[[], bool] | None = None) -> bool:
        """Redo the newest undone command; ``ask()`` first (False: nothing redone)."""
        if not self.can_redo():
            return False
        command = self._commands[self._index]
        if ask is not None and not ask():
            return False
        if not self.can_redo() or self._commands[self._index] is not command:  # a save ended the redo history
            self.said.emit(
                fmt(
                    QCoreApplication.translate("Undo", "Input saved. No longer to be redone: %1."),
                    command.name,
                )
            )
            return False
        try:
            command.state = self._step(command.redo, command.state)
        except StoreError as exc:
            del self._commands[self._index :]  # what was undone stays undone
            self.changed.emit()
            self.refused.emit(str(exc))
            return False
        self._index += 1
        self.changed.emit()
        self.applied.emit(command.area, shown_id(command.state))  # the window shows it, then says so
        self.said.emit(fmt(QCoreApplication.translate("Undo", "Redone: %1"), command.name))
        return True

    def _on_top(self, command: Command) -> bool:
        """After ``ask``: is ``command`` still the newest done one? A save answered on the way is
        newer; ``command`` moves above it when they touched different records (the order of two
        writes to different records does not matter), else it stays and ``said`` says so."""
        done = self._commands[: self._index]
        at = next((i for i, c in enumerate(done) if c is command), None)
        if at is None:
            return False
        newer = done[at + 1 :]
        if not newer:
            return True
        own = _record_ids(command.state)
        if own and all(ids and not ids & own for ids in (_record_ids(c.state) for c in newer)):
            del self._commands[at]
            self._commands.insert(self._index - 1, command)
            return True
        self.changed.emit()
        self.said.emit(
            fmt(
                QCoreApplication.translate(
                    "Undo", "Input saved. Not undone: %1 (the save changed the same record)."
                ),
                command.name,
            )
        )
        return False


def shown_id(state: Any) -> str:
    """The record a command's state holds after a step: itself (an actor) or the one inside it
    (``record_commands.Exists.record`` while it exists, ``Edited.current``, a deletion's ``row``);
    "" when there is none (``Exists.gone`` is a record that does not exist)."""
    for part in (state, *(getattr(state, name, None) for name in SHOWN_FIELDS)):
        record_id = getattr(part, "id", None)
        if isinstance(record_id, str) and record_id:
            return record_id
    return ""


def _record_ids(state: Any) -> set[str]:
    """The ids of the records a command's state holds (itself, or a record inside it such as
    ``record_commands.Edited.current``); empty when unknown, which counts as touching anything."""
    ids: set[str] = set()
    for part in (state, *(getattr(state, name, None) for name in ("current", "record", "gone"))):
        record_id = getattr(part, "id", None)
        if isinstance(record_id, str):
            ids.add(record_id)
    return ids


def undo_actions(
    stack: UndoStack, parent: QObject, ask: Callable[[], bool] | None = None
) -> tuple[QAction, QAction]:
    """The Bearbeiten menu's "Rückgängig: <name>" (Ctrl+Z) and "Wiederholen: <name>"
    (Ctrl+Shift+Z, Ctrl+Y); ``ask`` (the open page's ``leave_ok``) before either runs.

    Text fields keep their own Ctrl+Z while they have the focus: a QLineEdit or QTextEdit accepts
    the ShortcutOverride for the undo keys, so the window's shortcut does not fire there."""
    undo = QAction(parent)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = QAction(parent)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    undo.triggered.connect(lambda: stack.undo(ask))
    redo.triggered.connect(lambda: stack.redo(ask))

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
