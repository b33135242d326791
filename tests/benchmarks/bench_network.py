"""Network map on the large demo's biggest municipality: layout, scene build, UI-thread stalls.

The goal (issue 3): the UI thread is never blocked longer than 100 ms by the network map.
A 10 ms QTimer runs on the UI thread throughout; the longest gap between two of its ticks is the
longest time the window would not have answered. A page counts as drawn once it has stopped
settling (map built, fitted, names placed, updates on) and has had 200 ms to paint.
Figures are printed, not asserted. The load average is printed too: on two shared cores a stall
grows with it (compare versions only in alternating runs).
"""

from __future__ import annotations

import gc
import os
import statistics
import tempfile
import time
from pathlib import Path

PAGE_OPENS = 3  # opens of the page with every position saved (the usual case)


def run() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from vopi_desktop.analysis.network import degrees, force_layout
    from vopi_desktop.config import load_config
    from vopi_desktop.store.demo import fill_demo
    from vopi_desktop.store.workspace import Workspace
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.pages.network import scene as scene_module
    from vopi_desktop.ui.pages.network.page import NetworkPage
    from vopi_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    results: dict[str, float] = {"load average at the start": os.getloadavg()[0]}

    class StallMeter:
        """Ticks every 10 ms on the UI thread and remembers the longest gap between ticks, and the
        UI thread's CPU time in each gap: that is what our code costs, the rest of a gap is waiting
        for a core (two shared cores) or for the interpreter (the layout thread)."""

        def __init__(self) -> None:
            self.timer = QTimer()
            self.timer.setInterval(10)
            self.timer.timeout.connect(self._tick)
            self.longest = 0.0  # seconds
            self._last = self._last_cpu = 0.0
            self.gaps: list[tuple[float, float]] = []  # (end of the gap, its length)
            self.cpu: list[float] = []  # the UI thread's CPU time in each gap

        def start(self) -> None:
            self.longest, self.gaps, self.cpu = 0.0, [], []
            self._last, self._last_cpu = time.perf_counter(), time.thread_time()
            self.timer.start()

        def most_cpu(self, start: float = 0.0, end: float = float("inf")) -> float:
            """The most CPU time (ms) the UI thread spent between two ticks (ending in this span)."""
            spent = (cpu for (at, _), cpu in zip(self.gaps, self.cpu, strict=True) if start <= at <= end)
            return 1000 * max(spent, default=0.0)

        def longest_between(self, start: float, end: float) -> float:
            return 1000 * max((gap for at, gap in self.gaps if start <= at <= end), default=0.0)

        def stop(self) -> float:
            self._tick()
            self.timer.stop()
            return self.longest * 1000

        def _tick(self) -> None:
            now, cpu = time.perf_counter(), time.thread_time()
            self.longest = max(self.longest, now - self._last)
            self.gaps.append((now, now - self._last))
            self.cpu.append(cpu - self._last_cpu)
            self._last, self._last_cpu = now, cpu

    def open_map(page: NetworkPage, mid: str) -> tuple[StallMeter, float, float, float]:
        """Open the municipality's map on the shown page (as the window does on a switch or when the
        page is shown again) and run the event loop until it is drawn with its names:
        (meter, opened at, drawing began at, drawn at)."""
        gc.collect()
        meter, loop = StallMeter(), QEventLoop()
        drawn_at: list[float] = []
        draw = NetworkPage._draw
        page._draw = lambda positions: (drawn_at.append(time.perf_counter()), draw(page, positions))  # type: ignore[method-assign]
        done: list[float] = []

        def check() -> None:
            if not done and drawn_at and not page.settling() and not page._label_timer.isActive():
                done.append(time.perf_counter())
                QTimer.singleShot(200, loop.quit)  # the first paint of the whole map comes after

        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(check)
        meter.start()
        start = time.perf_counter()
        page.set_municipality(mid)
        poll.start()
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        poll.stop()
        meter.stop()
        return meter, start, drawn_at[0], (done or [time.perf_counter()])[0]

    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(Path(tmp), None)
        config.ensure_dirs()
        ws = Workspace.open(config, who="bench")
        try:
            fill_demo(ws, "large")
            towns = ws.municipalities.list()
            biggest = max(towns, key=lambda m: ws.municipalities.process_state(m.id).counts["actors"])
            start = time.perf_counter()
            graph = ws.network.graph(biggest.id)
            results["graph read (ms)"] = (time.perf_counter() - start) * 1000
            results["actors on the map"] = float(len(graph.nodes))
            results["links on the map"] = float(len(graph.links))

            # 1. The page as a user first meets it: no saved layout yet, real background tasks.
            # The first window of a process pays for fonts and styles; in the app that is the main
            # window, long before the network page is opened.
            warm = QLabel("VOPI")
            warm.show()
            app.processEvents()
            warm.close()
            ctx = AppContext(ws, config, TaskRunner(), "de")
            page = NetworkPage(ctx)
            page.resize(1200, 800)
            page.show()  # the page on screen, no municipality yet (in the app: the window's)
            app.processEvents()
            meter, start, drawing, drawn = open_map(page, biggest.id)
            results["page: open to map drawn, layout included (s)"] = drawn - start
            results["page: longest UI-thread stall, open to map drawn (ms)"] = meter.longest * 1000
            results["page: … while reading and laying out (ms)"] = meter.longest_between(start, drawing)
            results["page: … while building, fitting, naming, painting (ms)"] = meter.longest_between(
                drawing, drawn + 1.0
            )
            results["page: most UI-thread CPU time between two ticks (ms)"] = meter.most_cpu()
            results["page: … while reading and laying out (ms CPU)"] = meter.most_cpu(start, drawing)
            results["page: … while building, fitting, naming, painting (ms CPU)"] = meter.most_cpu(
                drawing, drawn + 1.0
            )
            results["page: scene build on the UI thread (ms)"] = page.scene.build_seconds * 1000
            results["page: longest build slice (ms)"] = page.scene.longest_slice * 1000
            saved = ws.network.graph(biggest.id)
            results["page: positions saved"] = float(len(saved.nodes) - len(saved.unplaced))

            # 2. The map opened again, every position saved (every later visit).
            stalls, times, turns = [], [], []
            for _ in range(PAGE_OPENS):
                page.set_municipality(None)
                app.processEvents()
                meter, start, _drawing, drawn = open_map(page, biggest.id)
                stalls.append(meter.longest * 1000)
                times.append(drawn - start)
                turns.append(meter.most_cpu())
            results["saved layout: open to map drawn, median (ms)"] = statistics.median(times) * 1000
            results["saved layout: longest UI-thread stall, median (ms)"] = statistics.median(stalls)
            results["saved layout: longest UI-thread stall, worst (ms)"] = max(stalls)
            results["saved layout: most UI-thread CPU time between two ticks, median (ms)"] = (
                statistics.median(turns)
            )
            page.close()
            ctx.tasks.wait()

            # 3. The layout alone in the task runner, the UI thread ticking meanwhile.
            ids = [n.id for n in graph.nodes]
            edges = [(link.source, link.target, float(link.strength)) for link in graph.links]
            done: list[float] = []
            runner, loop = TaskRunner(), QEventLoop()
            started: list[float] = []

            def launch() -> None:
                started.append(time.perf_counter())
                runner.run(
                    lambda progress: force_layout(ids, edges, seed=7, progress=progress.update),
                    on_done=lambda _positions: (done.append(time.perf_counter()), loop.quit()),
                    owner=None,
                )

            gc.collect()  # the garbage of step 1 should not be collected inside this measurement
            meter = StallMeter()
            meter.start()
            QTimer.singleShot(50, launch)  # the event loop is already turning when the layout starts
            loop.exec()
            meter.stop()
            results["layout in the task runner (s)"] = done[0] - started[0]
            results["longest UI-thread stall while the layout runs (ms)"] = meter.longest_between(
                started[0], done[0]
            )

            # 4. The scene built in one go on the UI thread (what the slices add up to), and the
            # names placed at a zoom where many fit (0.3), median of five fresh placements.
            positions = {n.id: (n.x or 0.0, n.y or 0.0) for n in saved.nodes}
            scene_module.SYNC_ITEMS = 10**9
            builds, placements, cpu = [], [], []
            for _ in range(5):
                scene = scene_module.NetworkScene()
                start = time.perf_counter()
                scene.build(saved.nodes, saved.links, positions, degrees(saved.links), {})
                builds.append(time.perf_counter() - start)
                start, start_cpu = time.perf_counter(), time.thread_time()
                scene.update_labels(0.3)
                placements.append(time.perf_counter() - start)
                cpu.append(time.thread_time() - start_cpu)
            results["scene build in one go, median (ms)"] = statistics.median(builds) * 1000
            results["label placement at zoom 0.3, median (ms)"] = statistics.median(placements) * 1000
            results["label placement at zoom 0.3, CPU time, median (ms)"] = statistics.median(cpu) * 1000

            # 5. Saving a whole layout.
            start = time.perf_counter()
            ws.network.save_positions(biggest.id, positions)
            results["save_positions for all actors (ms)"] = (time.perf_counter() - start) * 1000
        finally:
            ws.close()
        app.processEvents()
    results["load average at the end"] = os.getloadavg()[0]
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.1f}")
