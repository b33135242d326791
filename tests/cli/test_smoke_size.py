"""``smoke --size WxH``: through the real entry point, a picture of exactly that size; odd sizes refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "vopi_desktop", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("size", ["10x10", "1024", "1024x", "x600", "breit", "1024x600x2"])
def test_a_size_that_is_not_one_is_refused_in_one_line(tmp_path: Path, size: str) -> None:
    result = run("--data-dir", str(tmp_path), "smoke", "--size", size)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "1024x600" in result.stderr or "640x480" in result.stderr


def test_smoke_size_gives_a_picture_of_exactly_that_size(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    data = tmp_path / "data"
    assert run("--data-dir", str(data), "demo").returncode == 0
    shot = tmp_path / "pillars.png"
    result = run(
        "--data-dir", str(data), "smoke", "--page", "pillars", "--size", "1024x600", "--screenshot", str(shot)
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 600)
