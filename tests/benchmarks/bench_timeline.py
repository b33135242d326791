"""Timeline on the large demo's municipality with the most measures: every UI-thread step timed.

The goal (issue 8): no UI stall over 100 ms. Loading runs on the reads lane; what runs on the UI
thread is drawing the scene (at each zoom), a filter change, a keyboard step and a full repaint.
Figures are printed, not asserted.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def run() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from vopi_desktop.config import load_config
    from vopi_desktop.store.demo import fill_demo
    from vopi_desktop.store.workspace import Workspace
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.pages.timeline.page import Loaded, TimelinePage
    from vopi_desktop.ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication([])
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(Path(tmp), None)
        config.ensure_dirs()
        ws = Workspace.open(config)
        fill_demo(ws, "large")
        places = ws.municipalities.list()
        counts = {p.id: len(ws.measures.list(p.id)) for p in places}
        mid = max(counts, key=counts.__getitem__)
        started = time.perf_counter()
        data = Loaded(ws.measures.list(mid), ws.events.list(mid))
        results["load on the reads lane (ms)"] = 1000 * (time.perf_counter() - started)
        results["measures / steps / events"] = (
            f"{len(data.measures)} / {sum(len(m.steps) for m in data.measures)} / {len(data.events)}"  # type: ignore[assignment]
        )
        page = TimelinePage(AppContext(ws, config, SyncTaskRunner(), "de"))
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        timings: dict[str, float] = {}

        def timed(name: str, action) -> None:
            begin = time.perf_counter()
            action()
            app.processEvents()
            page.view.viewport().grab()
            timings[name] = 1000 * (time.perf_counter() - begin)

        timed("show data", lambda: page._show(data))
        for zoom in ("year", "month", "quarter"):
            timed(f"zoom {zoom}", lambda z=zoom: page.zoom.setCurrentIndex(page.zoom.findData(z)))
        timed("pillar filter", lambda: page.pillar.setCurrentIndex(1))
        timed("keyboard step", lambda: page.step(+1))
        for name, ms in timings.items():
            results[f"{name} (ms)"] = ms
        results["longest UI-thread step (ms, goal < 100)"] = max(timings.values())
        page.close()
        ws.close()
    return results
