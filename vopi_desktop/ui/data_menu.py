"""The data behind the window: Datei → Sicherung erstellen / wiederherstellen / Datenordner öffnen,
and the status bar's words for which database is open.

Backups exist for the local SQLite workspace only; on a server database the actions are disabled
and say why (the server's administrator backs it up). A restore in the GUI first asks the current
page to keep or drop unsaved input, validates the chosen file, says what will be replaced, then
closes the workspace (no connection of ours stays on the file), lets ``store/backup.py`` put the
backup in place and opens the workspace afresh; every page reads again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from ..config import Config
from ..store import backup, sqlite_file
from ..store.applock import AppLock
from ..store.errors import StoreError
from ..store.revisions import KNOWN_REVISIONS
from . import messages
from .context import AppContext
from .dialogs.backups import BackupsDialog, size_text, when_text
from .messages import fmt
from .widgets.busy import busy_cursor

log = logging.getLogger(__name__)


def municipalities_text(count: int) -> str:
    return QCoreApplication.translate("DataMenu", "%n municipality(ies)", None, count)


def database_text(config: Config, municipalities: int) -> tuple[str, str]:
    """("Lokale Datenbank · 3 Kommunen", the file) or ("Server db.landkreis.de · 25 Kommunen", the URL
    without its password): the words for the status bar and the exact place for its tooltip."""
    if config.sqlite_path is not None:
        place = QCoreApplication.translate("DataMenu", "Local database")
    else:
        try:
            host = urlsplit(config.database_url or "").hostname
        except ValueError:
            host = None
        place = fmt(QCoreApplication.translate("DataMenu", "Server %1"), host or "localhost")
    return f"{place} · {municipalities_text(municipalities)}", config.display_location


class DataMenu(QObject):
    """The three actions of the Datei menu that look after the data, and what they do.

    ``may_leave`` asks the current page about unsaved input; ``reloaded`` is called once the
    restored workspace is open; ``count`` says how many municipalities the current data holds.
    """

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        may_leave: Callable[[], bool],
        reloaded: Callable[[], None],
        count: Callable[[], int],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self._may_leave, self._reloaded, self._count, self._status = may_leave, reloaded, count, status
        self.backup_action = QAction(self.tr("Make a &backup"), window)
        self.restore_action = QAction(self.tr("&Restore a backup…"), window)
        self.folder_action = QAction(self.tr("Open the &data folder"), window)
        self.backup_action.triggered.connect(self.make_backup)
        self.restore_action.triggered.connect(self.restore)
        self.folder_action.triggered.connect(self.open_folder)
        local = ctx.config.sqlite_path is not None
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(local)
            if not local:
                action.setToolTip(
                    self.tr("A server database is backed up by its administrator, not by this app.")
                )
        self.running: object | None = None  # the backup task, while it runs

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action, self.folder_action]

    # ----- backup
    def make_backup(self) -> None:
        path = self.ctx.config.sqlite_path
        if path is None or self.running is not None:
            return
        config = self.ctx.config
        self.backup_action.setEnabled(False)
        self._status(self.tr("Making a backup…"))

        def done(made: Path) -> None:
            self._finished()
            size = made.stat().st_size if made.exists() else 0
            self._status(fmt(self.tr("Backup made: %1 (%2)"), made.name, size_text(size)))

        def failed(exc: BaseException) -> None:
            self._finished()
            messages.warn(self.window, self.tr("Backup"), fmt(self.tr("No backup was made: %1"), exc))

        self.running = self.ctx.tasks.run(
            lambda _progress: backup.make_backup(
                path, config.backups_dir, "manual", config.settings.backups_to_keep
            ),
            on_done=done,
            on_error=failed,
            owner=self,
            lane="jobs",
        )

    def _finished(self) -> None:
        self.running = None
        self.backup_action.setEnabled(True)

    # ----- restore
    def restore(self) -> None:
        """Choose, check, confirm, replace; nothing changes unless every step agrees."""
        if self.ctx.config.sqlite_path is None:
            return
        dialog = BackupsDialog(self.ctx.config.backups_dir, self.window)
        if messages.run(dialog) != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        source = dialog.chosen
        title = self.tr("Restore a backup")
        try:
            with busy_cursor():
                sqlite_file.validate_sqlite_file(source, KNOWN_REVISIONS)
        except (StoreError, OSError) as exc:
            messages.warn(self.window, title, str(exc))
            return
        if not messages.ask(self.window, title, self.question(source), yes=self.tr("&Replace the data")):
            return
        if not self._may_leave():  # asked last: a cancelled restore never costs unsaved input
            return
        self._replace(source, title)

    def question(self, source: Path) -> str:
        """What will be replaced, in words: the backup's date and the current municipalities."""
        from datetime import datetime

        try:
            made = when_text(datetime.fromtimestamp(source.stat().st_mtime))
        except OSError:
            made = "?"
        return fmt(
            self.tr(
                "Replace all current data – %1 with everything entered for them – by the backup of %2 "
                "(%3)?\n\nWhat was entered since that backup is then no longer in the app. The "
                "current data is first saved as a new backup, so you can go back to it."
            ),
            municipalities_text(self._count()),
            made,
            source.name,
        )

    def _replace(self, source: Path, title: str) -> None:
        ctx = self.ctx
        target = ctx.config.sqlite_path
        assert target is not None
        ctx.tasks.cancel_all()  # no page task may still hold a session on the old file
        ctx.undo.clear()  # the history belongs to the data being replaced
        error: str | None = None
        with busy_cursor():
            ctx.close_workspace()
            try:
                restore_file(ctx.config, source, target, ctx.app_lock)
            except (StoreError, OSError) as exc:
                log.warning("restore failed: %s", exc)
                error = str(exc)
        with busy_cursor():  # an older backup is upgraded as it opens
            self._reloaded()  # opens the workspace again: the restored data, or the untouched old one
        if error is not None:
            messages.warn(self.window, title, fmt(self.tr("Nothing was restored: %1"), error))
        else:
            self._status(fmt(self.tr("Restored from %1."), source.name))

    # ----- folder
    def open_folder(self) -> None:
        folder = self.ctx.config.data_dir
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._status(fmt(self.tr("The data folder could not be opened: %1"), folder))


def restore_file(config: Config, source: Path, target: Path, lock: AppLock | None = None) -> None:
    """Back up the current file, then put ``source`` in its place (the workspace is closed).

    store.backup.restore checks a copy made with SQLite's backup API, never prunes the file being
    restored (it may be the oldest backup), and replaces the database atomically. ``lock`` is the
    app's own lock (ctx.app_lock); without one the restore takes it, so a second app cannot be open.
    """
    config.ensure_dirs()
    backup.restore(config, source, lock=lock)
