"""`make bench`: start-up against a bare PySide6 window, memory, demo size, and the area benchmarks.

Figures are printed, not asserted: a noisy machine must not fail the suite. Record them in
docs/benchmarks.md.
"""

from __future__ import annotations

import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 820); w.show(); app.processEvents(); w.grab()
"""
PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
RUNS = 5


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _median(cmd: list[str], runs: int = RUNS) -> float:
    _timed(cmd)  # warm the file cache once
    return statistics.median(_timed(cmd) for _ in range(runs))


def _vopi(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "vopi_desktop", "--data-dir", str(data), *args]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "large"
        demo_s = _timed(_vopi(data, "demo", "--size", "large"))
        print(f"demo --size large: {demo_s:.1f} s (goal < 60 s)")

        bare = _median([sys.executable, "-c", BARE])
        print(f"bare PySide6 window painted: {bare * 1000:.0f} ms (median of {RUNS})")
        for page in ("start", "actors", "network"):
            smoke = _median(_vopi(data, "smoke", "--page", page))
            print(f"smoke --page {page} on the large demo: {smoke * 1000:.0f} ms = {smoke / bare:.2f} x bare")
            if page == "start":
                print(f"  start-up ratio: {smoke / bare:.2f} (goal <= 2.5)")
        for page in ("start", "actors"):
            out = subprocess.run(
                [sys.executable, "-c", PEAK_RSS, *_vopi(data, "smoke", "--page", page)],
                check=True,
                capture_output=True,
                text=True,
            )
            rss_mb = int(out.stdout.strip().splitlines()[-1]) / 1024
            print(f"peak RSS, large demo open on {page}: {rss_mb:.0f} MB (goal <= 300 MB)")

    for name in ("bench_actors", "bench_network"):
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
        except ModuleNotFoundError:
            continue
        print(f"--- {name}")
        for key, value in module.run().items():
            print(f"{key}: {value:.1f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
