"""The background helper on real threads: results and errors arrive on the UI thread, cancel works."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

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

    runner.run(work, done, on_progress=lambda d, t: steps.append((d, t)))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"result": 42, "on_ui_thread": True}
    assert worker and worker[0] != threading.get_ident()
    qtbot.waitUntil(lambda: steps == [(1, 3), (2, 3), (3, 3)])
    assert not runner.busy


def test_error_is_reported_not_lost(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail(_progress: Progress) -> None:
        raise ValueError("kaputt")

    runner.run(fail, on_done=lambda _r: pytest.fail("no result expected"), on_error=errors.append)
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

    handle = runner.run(slow, calls.append, calls.append)
    assert started.wait(5)
    handle.cancel()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert calls == []
    assert handle.cancelled
    qtbot.waitUntil(lambda: not runner.busy)


def test_sync_runner_runs_at_once_and_passes_errors() -> None:
    runner = SyncTaskRunner()
    out: list[object] = []
    runner.run(lambda _p: "ja", out.append)
    runner.run(lambda _p: 1 / 0, out.append, out.append)
    assert out[0] == "ja"
    assert isinstance(out[1], ZeroDivisionError)
