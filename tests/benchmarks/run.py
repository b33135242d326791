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

# Both sides report the first painted frame, counted from VOPI_BENCH_T0 (set right before the start).
BARE = """
import os, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 820); w.show(); app.processEvents(); w.grab()
print(f"first paint: {(time.time() - float(os.environ['VOPI_BENCH_T0'])) * 1000:.0f} ms")
"""
PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
RUNS = 7


def _first_paint_ms(cmd: list[str]) -> float:
    env = {**os.environ, "VOPI_BENCH_T0": repr(time.time())}
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    line = next(x for x in out.splitlines() if x.startswith("first paint:"))
    return float(line.split()[2])


def _median_ms(cmd: list[str]) -> float:
    _first_paint_ms(cmd)  # warm the file cache once
    return statistics.median(_first_paint_ms(cmd) for _ in range(RUNS))


def _vopi(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "vopi_desktop", "--data-dir", str(data), *args]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen plugin chatter
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "large"
        start = time.perf_counter()
        subprocess.run(_vopi(data, "demo", "--size", "large"), check=True, stdout=subprocess.DEVNULL)
        print(f"demo --size large: {time.perf_counter() - start:.1f} s (goal < 60 s)")

        bare = _median_ms([sys.executable, "-c", BARE])
        print(f"bare PySide6 window, first paint: {bare:.0f} ms (median of {RUNS})")
        for page in ("start", "barriers", "actors", "pillars", "network"):
            ms = _median_ms(_vopi(data, "smoke", "--page", page, "--timing"))
            goal = "  (goal <= 2.5)" if page == "start" else ""
            print(
                f"smoke --page {page}, large demo, first paint with data: {ms:.0f} ms = {ms / bare:.2f} x bare{goal}"
            )
        for page in ("start", "actors", "network"):
            out = subprocess.run(
                [sys.executable, "-c", PEAK_RSS, *_vopi(data, "smoke", "--page", page)],
                check=True,
                capture_output=True,
                text=True,
            )
            rss_mb = int(out.stdout.strip().splitlines()[-1]) / 1024
            print(f"peak RSS, large demo open on {page} (all loads done): {rss_mb:.0f} MB (goal <= 300 MB)")

    for name in ("bench_actors", "bench_network", "bench_reports", "bench_exchange", "bench_timeline"):
        module = importlib.import_module(f"tests.benchmarks.{name}")
        print(f"--- {name}")
        for key, value in module.run().items():
            print(f"{key}: {value:.1f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
