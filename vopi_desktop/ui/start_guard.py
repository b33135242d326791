"""Before the window: one app per workspace, and a damaged database said as such with a way out.

The GUI holds the data folder's lock (store/applock.py) for as long as it runs; a second start on the
same folder says so and brings nothing up. A database that is empty (0 bytes) or damaged is never
opened as a new workspace: the user is told, and offered the newest backup.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..config import Config
from ..store import backup, sqlite_file
from ..store.applock import AppLock, app_open_message
from ..store.errors import DamagedDatabaseError, StoreError
from .messages import ask, fmt, warn

if TYPE_CHECKING:
    from .context import AppContext

log = logging.getLogger(__name__)


def open_for_gui(
    config: Config, make_context: Callable[[], AppContext]
) -> tuple[AppContext, AppLock | None] | None:
    """The context and the held lock, or None after telling the user why not (nothing is shown)."""
    lock: AppLock | None = None
    if config.sqlite_path is not None:  # a server database is shared on purpose
        lock = AppLock(config.data_dir)
        try:
            locked = not lock.try_acquire()
        except OSError as exc:  # a read-only data folder: say it and stop
            log.warning("data folder lock not taken: %s", exc)
            warn(
                None,
                QCoreApplication.translate("Start", "Cannot open the data"),
                fmt(
                    QCoreApplication.translate(
                        "Start",
                        "VOPI Desktop cannot write in its data folder %1 (read-only or not accessible). "
                        "Ask your IT for write access, or start it with another folder: "
                        "vopi-desktop --data-dir FOLDER.",
                    ),
                    str(config.data_dir),
                ),
            )
            return None
        if locked:
            warn(None, QCoreApplication.translate("Start", "Already open"), app_open_message())
            return None
    restored = False
    while True:
        try:
            _refuse_damaged_pages(config)
            ctx = make_context()
            ctx.app_lock = lock
            return ctx, lock
        except DamagedDatabaseError as exc:
            if restored or not _offer_newest_backup(config, str(exc), lock):
                _release(lock)
                return None
            restored = True  # the newest backup is in place now: open again
        except StoreError as exc:
            # Started from a menu there is no terminal: say it in a window (the data file is untouched).
            warn(None, QCoreApplication.translate("Start", "Cannot open the data"), str(exc))
            _release(lock)
            return None


def _refuse_damaged_pages(config: Config) -> None:
    """A damaged page is found before the window opens (quick_check: 20–40 ms for 18 MB), not when
    some page first reads it, after the user may have typed more into a damaged file."""
    path = config.sqlite_path
    if path is None or not path.is_file():
        return
    problem = sqlite_file.damage_found(path)
    if problem is not None:
        raise DamagedDatabaseError(
            fmt(
                QCoreApplication.translate(
                    "Start", "The database %1 is damaged (SQLite's check says: %2). Nothing was changed."
                ),
                str(path),
                problem,
            )
        )


def _offer_newest_backup(config: Config, problem: str, lock: AppLock | None) -> bool:
    """Offer the newest backup that is itself intact: a damaged one would only be refused."""
    from ..store.revisions import KNOWN_REVISIONS

    title = QCoreApplication.translate("Start", "The database is damaged")
    newest = backup.newest_intact(config.backups_dir, KNOWN_REVISIONS)
    if newest is None:
        if backup.list_backups(config.backups_dir):
            problem = fmt(
                QCoreApplication.translate("Start", "%1\n\nNone of the backups in %2 can be opened either."),
                problem,
                str(config.backups_dir),
            )
        warn(None, title, problem)
        return False
    question = fmt(
        QCoreApplication.translate(
            "Start", "%1\n\nRestore the newest backup, %2? Nothing else is changed; the damaged file is kept."
        ),
        problem,
        newest.name,
    )
    if not ask(
        None,
        title,
        question,
        QCoreApplication.translate("Start", "&Restore the backup"),
        QCoreApplication.translate("Start", "&Quit"),
    ):
        return False
    try:
        backup.restore(config, newest, lock=lock)
    except StoreError as exc:
        warn(None, title, fmt(QCoreApplication.translate("Start", "Nothing was restored: %1"), str(exc)))
        return False
    return True


def _release(lock: AppLock | None) -> None:
    if lock is not None:
        lock.release()
