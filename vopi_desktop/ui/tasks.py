"""The one helper for background work: run a function off the UI thread, report back on it.

The signals live on a QObject that the runner keeps until the task has reported, so Python never
collects it while a queued signal is still on its way (TagStudio's QRunnable segfaults).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task by ``Progress.check()`` once the user asked to stop."""


class Progress:
    """Handed to the task function: report progress, notice cancellation."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def update(self, done: int, total: int) -> None:
        self.check()
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, func: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._func, self._signals, self._progress = func, signals, progress

    def run(self) -> None:
        try:
            result = self._func(self._progress)
        except BaseException as exc:  # reported to the UI thread, never lost in the pool
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class TaskHandle:
    def __init__(self, progress: Progress) -> None:
        self._progress = progress

    def cancel(self) -> None:
        self._progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self._progress.cancelled


OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]
OnProgress = Callable[[int, int], None]


class TaskRunner:
    """Runs tasks on its own small thread pool; callbacks arrive on the UI thread."""

    def __init__(self, max_threads: int = 2) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._alive: set[_Signals] = set()

    def run(
        self,
        func: Callable[[Progress], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> TaskHandle:
        signals = _Signals()
        progress = Progress(signals.progress.emit)
        self._alive.add(signals)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._alive.discard(signals)
            if isinstance(value, Cancelled):
                return
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                log.error("background task failed", exc_info=value)

        signals.done.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda exc: finish(on_error, exc))
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self._pool.start(_Runnable(func, signals, progress))
        return TaskHandle(progress)

    @property
    def busy(self) -> bool:
        """True while a task has not yet reported back to the UI thread."""
        return bool(self._alive)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread: deterministic tests without threads."""

    def __init__(self) -> None:
        super().__init__(max_threads=1)

    def run(
        self,
        func: Callable[[Progress], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> TaskHandle:
        progress = Progress(on_progress or (lambda _done, _total: None))
        try:
            result = func(progress)
        except Cancelled:
            return TaskHandle(progress)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            if on_done is not None:
                on_done(result)
        return TaskHandle(progress)
