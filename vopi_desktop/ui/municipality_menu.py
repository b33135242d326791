"""Datei → Kommune bearbeiten… and Kommune löschen…, for the municipality chosen in the switcher.

Edit opens the municipality dialog filled in; its save is one undoable command (``record_commands``
over ``MunicipalityService.update`` with the version it was read at). Delete names what goes with
it, backs the SQLite file up first and removes the municipality with everything it owns; no undo
(the backup is the way back). Both first ask the open page to keep or drop unsaved input, since
every page reads afresh afterwards. The window passes in what it owns (switcher, pages, status).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..store.dto.municipality import Municipality
from ..store.errors import NotFoundError, StaleRecordError, StoreError
from . import messages
from .context import AppContext
from .dialogs.municipality import MunicipalityDialog
from .messages import fmt
from .widgets.busy import busy_cursor


class MunicipalityMenu(QObject):
    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        current: Callable[[], str | None],
        may_leave: Callable[[], bool],
        changed: Callable[[], None],
        deleted: Callable[[], None],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self._current, self._may_leave, self._status = current, may_leave, status
        self._changed, self._deleted = changed, deleted
        self.edit_action = QAction(self.tr("&Edit municipality…"), window)
        self.delete_action = QAction(self.tr("&Delete municipality…"), window)
        self.edit_action.triggered.connect(self.edit)
        self.delete_action.triggered.connect(self.delete)
        # An undone or redone edit renames or changes the municipality again: switcher, title, pages.
        ctx.undo.applied.connect(self._undo_applied)
        self.sync()

    def actions(self) -> list[QAction]:
        return [self.edit_action, self.delete_action]

    def sync(self) -> None:
        """Enabled while a municipality is chosen."""
        chosen = bool(self._current())
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def _undo_applied(self, area: str) -> None:
        if area == "start":  # the Start page's commands: the municipality's edit among them
            self._changed()

    def _read(self, title: str) -> Municipality | None:
        mid = self._current()
        if not mid or not self._may_leave():
            return None
        try:
            return self.ctx.workspace.municipalities.get(mid)
        except StoreError as exc:
            messages.warn(self.window, title, str(exc))
            if isinstance(exc, NotFoundError):
                self._deleted()  # gone meanwhile (another workstation): show what is there
            return None

    # ----- edit
    def edit(self) -> None:
        municipality = self._read(self.tr("Edit municipality"))
        if municipality is None:
            return
        dialog = MunicipalityDialog(self.ctx, self.window, first_start=False, editing=municipality)
        accepted, saved = messages.run(dialog), dialog.created  # deleted after use
        if accepted and saved is not None:
            self._changed()
            self._status(fmt(self.tr("Municipality “%1” saved. Ctrl+Z undoes it."), saved.name))

    # ----- delete
    def delete(self) -> None:
        title = self.tr("Delete municipality")
        municipality = self._read(title)
        if municipality is None:
            return
        try:
            counts = self.ctx.workspace.municipalities.contents(municipality.id)
        except StoreError as exc:
            messages.warn(self.window, title, str(exc))
            return
        if not messages.ask(
            self.window,
            title,
            self.question(municipality.name, counts),
            yes=self.tr("&Delete municipality"),
            no=self.tr("&Keep it"),
        ):
            return
        config = self.ctx.config
        try:
            with busy_cursor():
                saved = self.ctx.workspace.municipalities.delete(
                    municipality.id, municipality.version, config.backups_dir, config.settings.backups_to_keep
                )
        except StoreError as exc:
            messages.warn(self.window, title, str(exc))
            if isinstance(exc, (StaleRecordError, NotFoundError)):
                self._changed()
            return
        self.ctx.undo.clear()  # its commands name records that are gone
        self._deleted()
        done = fmt(self.tr("Municipality “%1” deleted."), municipality.name)
        self._status(done + " " + fmt(self.tr("Backup: %1"), saved.name) if saved is not None else done)

    def question(self, name: str, counts: dict[str, int]) -> str:
        words = {
            "actors": self.tr("%n actor(s)", "", counts.get("actors", 0)),
            "actors_trashed": self.tr("%n actor(s) in the trash", "", counts.get("actors_trashed", 0)),
            "links": self.tr("%n link(s)", "", counts.get("links", 0)),
            "barriers": self.tr("%n barrier rating(s)", "", counts.get("barriers", 0)),
            "target_groups": self.tr("%n target group(s)", "", counts.get("target_groups", 0)),
            "rounds": self.tr("%n pillar round(s)", "", counts.get("rounds", 0)),
            "events": self.tr("%n event(s)", "", counts.get("events", 0)),
            "ideas": self.tr("%n idea(s)", "", counts.get("ideas", 0)),
            "measures": self.tr("%n measure(s)", "", counts.get("measures", 0)),
            "opportunities": self.tr("%n engagement opportunity(ies)", "", counts.get("opportunities", 0)),
            "checklists": self.tr("%n checklist(s)", "", counts.get("checklists", 0)),
            "practice_examples": self.tr("%n practice example(s)", "", counts.get("practice_examples", 0)),
        }
        # "9 Ideen" never broken between the number and its noun
        listed = [words[key].replace(" ", "\u00a0", 1) for key, n in counts.items() if n and key in words]
        what = (
            fmt(self.tr("This goes with it: %1."), ", ".join(listed))
            if listed
            else self.tr("Nothing is recorded for it yet.")
        )
        if self.ctx.config.sqlite_path is not None:
            way_back = self.tr(
                "The whole workspace is backed up first: File → Restore a backup… brings the municipality "
                "back, Undo (Ctrl+Z) does not."
            )
        else:
            way_back = self.tr(
                "This is a server database: the app makes no backup of it (its administrator does), and "
                "everyone working with it loses the municipality too. Undo (Ctrl+Z) cannot bring it back."
            )
        ask = fmt(self.tr("Delete the municipality “%1” and everything recorded for it?"), name)
        return f"{ask}\n\n{what}\n\n{way_back}"
