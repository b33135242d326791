"""The one helper for background work: run a function off the UI thread, report back on it.

Two lanes, each its own thread pool: ``reads`` (page loads; short, never queued behind a PDF) and
``jobs`` (PDF, export, import, layout: progress and cancel). Every task names an owner QObject;
when the owner is deleted before the answer arrives, the answer is dropped, never delivered to a
dead widget. The signals object is released once its task has reported. ``cancel_all()`` on
window close stops what is running and drops what has not yet reported.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

Lane = Literal["reads", "jobs"]
PROGRESS_INTERVAL = 0.05  # seconds between two progress signals; the last step always goes out


class Cancelled(Exception):
    """Raised inside a task by ``Progress.check()`` once the user asked to stop."""


class Progress:
    """Handed to the task function: report progress, notice cancellation."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()
        self._last = 0.0

    def update(self, done: int, total: int) -> None:
        """Throttled: a loop over 10,000 rows does not flood the UI thread with signals."""
        self.check()
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
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
            self._progress.check()  # cancelled while it waited in the queue
            result = self._func(self._progress)
        except BaseException as exc:  # reported to the UI thread, never lost in the pool
            self._report("failed", exc)
        else:
            self._report("done", result)

    def _report(self, name: str, value: Any) -> None:
        if self._progress.cancelled and not shiboken6.isValid(self._signals):
            return  # cancel_all() (the window closed) deleted its signals while it ran: nobody asks
        with contextlib.suppress(RuntimeError):  # ... or deletes them just now
            getattr(self._signals, name).emit(value)


class TaskHandle:
    def __init__(self, progress: Progress) -> None:
        self._progress = progress

    def cancel(self) -> None:
        """No callback of this task runs after this (the function itself stops at its next check)."""
        self._progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self._progress.cancelled


OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]
OnProgress = Callable[[int, int], None]


def alive(owner: QObject | None) -> bool:
    """False once the C++ side of ``owner`` is gone (deleted widget, closed dialog)."""
    return owner is None or shiboken6.isValid(owner)


class TaskRunner:
    """Runs tasks on two small thread pools; callbacks arrive on the UI thread, queued."""

    def __init__(self, reads_threads: int = 2, jobs_threads: int = 1) -> None:
        self._pools: dict[str, QThreadPool] = {}
        for lane, threads in (("reads", reads_threads), ("jobs", jobs_threads)):
            pool = QThreadPool()
            pool.setMaxThreadCount(threads)
            self._pools[lane] = pool
        self._alive: dict[_Signals, Progress] = {}

    def run(
        self,
        func: Callable[[Progress], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
        *,
        owner: QObject | None,
        lane: Lane = "jobs",
    ) -> TaskHandle:
        """Run ``func(progress)`` off the UI thread; ``owner`` deleted means no callback runs.
        Every caller names its owner (the page or dialog the answer is for; None only for tests
        and tools that outlive every widget).

        Without ``on_error`` a failure is logged (never the crash dialog: the page is not told).
        """
        signals = _Signals()
        progress = Progress(signals.progress.emit)
        self._alive[signals] = progress
        queued = Qt.ConnectionType.QueuedConnection

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._release(signals)
            if progress.cancelled or isinstance(value, Cancelled) or not alive(owner):
                return
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                log.error("background task failed", exc_info=value)

        def report(done: int, total: int) -> None:
            if on_progress is not None and not progress.cancelled and alive(owner):
                on_progress(done, total)

        signals.done.connect(lambda result: finish(on_done, result), queued)
        signals.failed.connect(lambda exc: finish(on_error, exc), queued)
        signals.progress.connect(report, queued)
        self._start(lane, _Runnable(func, signals, progress))
        return TaskHandle(progress)

    def _start(self, lane: Lane, runnable: _Runnable) -> None:
        self._pools[lane].start(runnable)

    def _release(self, signals: _Signals) -> None:
        """Disconnect and delete the signals object: a finished task keeps nothing alive."""
        if self._alive.pop(signals, None) is None:
            return
        for signal in (signals.done, signals.failed, signals.progress):
            with contextlib.suppress(RuntimeError, TypeError):  # nothing connected any more
                signal.disconnect()
        signals.deleteLater()

    @property
    def busy(self) -> bool:
        """True while a task has not yet reported back to the UI thread."""
        return bool(self._alive)

    @property
    def pending(self) -> int:
        return len(self._alive)

    def wait(self, msecs: int = 30000) -> bool:
        deadline = time.monotonic() + msecs / 1000
        done = True
        for pool in self._pools.values():
            left = max(0, int((deadline - time.monotonic()) * 1000))
            done = pool.waitForDone(left) and done
        return done

    def cancel_all(self, msecs: int = 2000) -> bool:
        """On close: drop queued tasks, ask running ones to stop, wait briefly; no callback runs after."""
        for pool in self._pools.values():
            pool.clear()
        for progress in list(self._alive.values()):
            progress.cancel()
        for signals in list(self._alive):
            self._release(signals)
        return self.wait(msecs)

    def settle(self, timeout: float = 10.0) -> None:
        """Run the event loop until every task has reported (tests, smoke screenshots)."""
        app = QCoreApplication.instance()
        deadline = time.monotonic() + timeout
        while self.busy and time.monotonic() < deadline:
            for pool in self._pools.values():
                pool.waitForDone(10)
            if app is not None:
                app.processEvents()


class SyncTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread, but delivers its callbacks queued, after
    ``run()`` has returned, as the real runner does: tests are deterministic yet see the same order.
    ``settle()`` (or any event processing, e.g. ``qtbot.waitUntil``) delivers them."""

    def __init__(self) -> None:
        super().__init__(reads_threads=1, jobs_threads=1)

    def _start(self, lane: Lane, runnable: _Runnable) -> None:
        runnable.setAutoDelete(False)
        runnable.run()
