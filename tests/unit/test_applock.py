"""The app lock dies with its process: a crash or kill -9 never leaves a workspace locked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from vopi_desktop.store.applock import AppLock, AppLockedError, is_locked

HOLD = "import sys, time; from vopi_desktop.store.applock import AppLock; AppLock(sys.argv[1]).acquire(); print('held', flush=True); time.sleep(60)"


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert is_locked(tmp_path)
        with pytest.raises(AppLockedError, match="bitte zuerst schließen"):
            AppLock(tmp_path).acquire()
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
    assert (tmp_path / "vopi.lock").exists()  # the file stays, the lock does not
    assert not is_locked(tmp_path)
    with AppLock(tmp_path) as lock:
        assert lock.held


def test_one_holder_at_a_time_within_a_process(tmp_path: Path) -> None:
    first = AppLock(tmp_path).acquire()
    assert not AppLock(tmp_path).try_acquire()
    first.release()
    second = AppLock(tmp_path)
    assert second.try_acquire()
    second.release()
