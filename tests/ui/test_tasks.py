"""The background helper on real threads: results and errors arrive on the UI thread, cancel works."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QThread
from PySide6.QtWidgets import QApplication, QLabel

from vopi_desktop.ui import tasks
from vopi_desktop.ui.tasks import Progress, SyncTaskRunner, TaskRunner


def test_result_and_progress_arrive_on_the_ui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}
    steps: list[tuple[int, int]] = []
    worker: list[int] = []

    def work(progress: Progress) -> int:
        worker.append(threading.get_ident())
        for i in range(3):
            progress.update(i + 1, 3)
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["on_ui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    runner.run(work, done, on_progress=lambda d, t: steps.append((d, t)), owner=None)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"result": 42, "on_ui_thread": True}
    assert worker and worker[0] != threading.get_ident()
    assert steps and steps[-1] == (3, 3)  # throttled: the last step always arrives, before the result
    assert not runner.busy


def test_error_is_reported_not_lost(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail(_progress: Progress) -> None:
        raise ValueError("kaputt")

    runner.run(fail, on_done=lambda _r: pytest.fail("no result expected"), on_error=errors.append, owner=None)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_cancel_stops_the_task_and_reports_nothing(qtbot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    calls: list[object] = []

    def slow(progress: Progress) -> str:
        started.set()
        for i in range(500):
            time.sleep(0.005)
            progress.update(i, 500)  # raises Cancelled once cancel() was called
        return "finished"

    handle = runner.run(slow, calls.append, calls.append, owner=None)
    assert started.wait(5)
    handle.cancel()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert calls == []
    assert handle.cancelled
    qtbot.waitUntil(lambda: not runner.busy)


def test_sync_runner_delivers_after_run_returns_as_the_real_one(qtbot) -> None:
    runner = SyncTaskRunner()
    out: list[object] = []
    runner.run(lambda _p: "ja", out.append, owner=None)
    runner.run(lambda _p: 1 / 0, out.append, out.append, owner=None)
    assert out == []  # nothing yet: callbacks are queued, as on real threads
    runner.settle()
    assert out[0] == "ja"
    assert isinstance(out[1], ZeroDivisionError)
    assert not runner.busy


def test_progress_is_throttled(qtbot) -> None:
    runner = TaskRunner()
    steps: list[tuple[int, int]] = []
    finished: list[int] = []

    def busy(progress: Progress) -> int:
        for i in range(10_000):
            progress.update(i + 1, 10_000)
        return 1

    runner.run(busy, finished.append, on_progress=lambda d, t: steps.append((d, t)), owner=None)
    qtbot.waitUntil(lambda: bool(finished))
    assert steps[-1] == (10_000, 10_000)
    assert len(steps) < 100  # not one signal per row


def test_callback_to_a_deleted_owner_is_dropped(qtbot) -> None:
    """Before v2 the callback reached the deleted widget and the crash dialog."""
    runner = TaskRunner()
    release = threading.Event()
    owner = QLabel()
    calls: list[object] = []

    def work(_progress: Progress) -> str:
        release.wait(5)
        return "late"

    runner.run(work, lambda text: calls.append(owner.setText(text)), calls.append, owner=owner, lane="reads")
    shiboken6.delete(owner)  # the page was closed while its data was read
    release.set()
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: not runner.busy)
    qtbot.wait(20)
    assert calls == []


def test_a_finished_task_releases_its_signals_object(qtbot, monkeypatch) -> None:
    made: list[QObject] = []

    class Recorded(tasks._Signals):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(tasks, "_Signals", Recorded)
    runner = TaskRunner()
    done: list[int] = []
    for n in range(20):
        runner.run(lambda _p, n=n: n, done.append, lane="reads", owner=None)
    qtbot.waitUntil(lambda: len(done) == 20)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not runner.busy
    assert len(made) == 20 and not any(shiboken6.isValid(s) for s in made)


def test_reads_are_not_starved_by_jobs(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    read: list[str] = []
    for _ in range(3):  # more long jobs than the jobs lane has threads
        runner.run(lambda _p: release.wait(10), owner=None, lane="jobs")
    runner.run(lambda _p: "rows", read.append, lane="reads", owner=None)
    qtbot.waitUntil(lambda: read == ["rows"], timeout=3000)
    release.set()
    assert runner.wait(5000)


def test_cancel_all_stops_running_and_queued_tasks_at_once(qtbot) -> None:
    runner = TaskRunner()
    calls: list[object] = []
    started = threading.Event()

    def slow(progress: Progress) -> str:
        started.set()
        for _ in range(3000):  # 30 s unless cancelled
            time.sleep(0.01)
            progress.check()
        return "finished"

    for _ in range(3):
        runner.run(slow, calls.append, calls.append, owner=None)
    assert started.wait(5)
    t0 = time.monotonic()
    assert runner.cancel_all(5000)
    assert time.monotonic() - t0 < 1.0
    qtbot.wait(30)
    assert calls == []
    assert not runner.busy


def test_a_task_that_outlasts_cancel_all_ends_quietly(qtbot) -> None:
    """The window closed while a page was still being painted for the printer (longer than cancel_all
    waits): the task ends later, with nobody to tell, and raises nothing in its thread."""
    runner = TaskRunner()
    calls: list[object] = []
    started, release = threading.Event(), threading.Event()

    def stuck(progress: Progress) -> str:
        started.set()
        release.wait(10)  # one long step: no check() until it is done
        progress.check()
        return "finished"

    runner.run(stuck, calls.append, calls.append, owner=None)
    assert started.wait(5)
    assert not runner.cancel_all(50)  # still running when the window goes
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its signals object deleted
    release.set()
    assert runner.wait(5000)
    qtbot.wait(30)
    assert calls == [] and not runner.busy
