"""Command-line tools some tests read their results with (pdftotext, zbarimg, desktop-file-validate, …).

A clean CI machine may lack them; like the PostgreSQL harness, install the Debian package when running
as root, serialised by a lock file, and otherwise skip (or fail under CI) with the reason.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

INSTALL_LOCK = Path(tempfile.gettempdir()) / "vopi-apt-install.lock"
_tried: set[str] = set()


def _install(package: str) -> str:
    """Install a Debian package; returns '' on success, else why not."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return f"not root or no apt-get to install {package}"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["apt-get", *args], capture_output=True, text=True, env=env, timeout=900)

    with open(INSTALL_LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if run("install", "-y", "-qq", package).returncode == 0:
            return ""
        run("update", "-qq")  # a fresh machine's package lists may be missing or old
        proc = run("install", "-y", "-qq", package)
        return "" if proc.returncode == 0 else f"apt-get install {package} failed: {proc.stderr[-300:]}"


def require_tool(command: str, package: str) -> str:
    """The path of ``command``, installing ``package`` if needed; skips the test (fails on CI) if impossible."""
    path = shutil.which(command)
    if path is None and package not in _tried:
        _tried.add(package)
        reason = _install(package)
        path = shutil.which(command)
        if path is None:
            _give_up(f"{command} unavailable: {reason or 'installed but not on PATH'}")
    if path is None:
        _give_up(f"{command} unavailable")
    return path  # type: ignore[return-value]


def _give_up(reason: str) -> None:
    ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    if ci or os.environ.get("VOPI_REQUIRE_POSTGRES") == "1":  # the full `make test` run: nothing skips
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)
