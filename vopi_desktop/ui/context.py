"""What every page is handed: the workspace, the config, the task runner and the language."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..catalog import Catalog, load_catalog
from ..config import Config
from ..store.snapshot import StartSnapshot
from .layout_memory import LayoutMemory
from .tasks import TaskRunner
from .undo import UndoStack

if TYPE_CHECKING:
    from ..store.applock import AppLock
    from ..store.workspace import Workspace


class AppContext:
    """``workspace`` opens on first use when given as a function: the first paint comes from a
    snapshot, and the first page task (on a worker thread) pays for importing SQLAlchemy."""

    def __init__(
        self,
        workspace: Workspace | Callable[[], Workspace],
        config: Config,
        tasks: TaskRunner,
        lang: str = "de",
        snapshot: StartSnapshot | None = None,
    ) -> None:
        self.config = config
        self.tasks = tasks
        self.lang = lang
        self.snapshot = snapshot
        # The data folder's lock while the GUI runs (None in tests and on PostgreSQL); the Datei
        # menu's restore passes it to store.backup.restore(config, file, lock=ctx.app_lock).
        self.app_lock: AppLock | None = None
        self.layout = LayoutMemory(config.settings)  # window, splitter and column sizes
        self.undo = UndoStack(lambda: self.workspace)  # the app's one history of writes (ui/undo.py)
        self._lock = threading.Lock()
        self._workspace: Workspace | None = None
        self._opener: Callable[[], Workspace] | None = None
        if callable(workspace):
            self._opener = workspace
        else:
            self._workspace = workspace

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            with self._lock:  # a worker and the UI thread may ask at the same moment: open once
                if self._workspace is None:
                    assert self._opener is not None
                    self._workspace = self._opener()
        return self._workspace

    def take_snapshot(self) -> StartSnapshot | None:
        """The snapshot serves the first paint only; later reads go to the workspace."""
        snapshot, self.snapshot = self.snapshot, None
        return snapshot

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()

    def close_workspace(self) -> None:
        """Close the database now; the next use opens it again (after a restore replaced the file)."""
        with self._lock:
            current, self._workspace = self._workspace, None
        if current is None:
            return
        if self._opener is None:
            kind, config = type(current), self.config
            self._opener = lambda: kind.open(config)
        current.close()

    @property
    def catalog(self) -> Catalog:
        return load_catalog(self.lang)
