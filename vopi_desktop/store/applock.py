"""One app per local workspace: an OS file lock in the data folder, held by the GUI while it runs.

The operating system drops the lock when the process ends, also after a crash or kill -9, so a stale
lock file never blocks a start. ``restore`` takes the same lock, so it cannot replace the database
under a running app, and a running app's own restore passes the lock it holds. No Qt here (the GUI
uses it from app.py; QLockFile would tie the CLI to Qt).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..lang import t
from .errors import StoreError

LOCK_NAME = "vopi.lock"


def app_open_message() -> str:
    return t(
        "VOPI Desktop ist mit diesem Arbeitsbereich geöffnet; bitte zuerst schließen.",
        "VOPI Desktop has this workspace open; please close it first.",
    )


class AppLock:
    """An exclusive, non-blocking lock on ``<data folder>/vopi.lock``."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock; False when another process (or another AppLock here) holds it."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        try:  # the process id, for a person who looks at the file; the lock itself is what counts
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass
        return True

    def acquire(self) -> AppLock:
        """Take the lock or raise the StoreError a user sees ("… ist geöffnet; bitte zuerst schließen")."""
        if not self.try_acquire():
            raise AppLockedError(app_open_message())
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> AppLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


class AppLockedError(StoreError):
    """Another VOPI Desktop has this workspace open."""


def is_locked(data_dir: Path) -> bool:
    """Whether some process holds the lock now (takes and drops it to find out)."""
    probe = AppLock(data_dir)
    try:
        if probe.try_acquire():
            probe.release()
            return False
    except OSError:  # a read-only folder: no lock file can exist there, so nobody holds one
        return False
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock, not fcntl/lockf: it belongs to this open file, so a second AppLock in the same
        # process conflicts too (and a test can hold it while the CLI runs).
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
