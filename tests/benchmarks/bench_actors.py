"""Actor directory with the large demo's 10,000 actors: service list, model reset, search per keystroke.

Goal (issue 3.6): a keystroke in the search field updates the view in at most 50 ms with 10,000 rows.
Each keystroke is timed from the key event until the model is filtered and the table's viewport has
processed its pending events (the repaint included). Figures are printed and returned, not asserted.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORD = "verein"
ROUNDS = 5


def _ms(func: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from vopi_desktop.app import ensure_app
    from vopi_desktop.config import load_config
    from vopi_desktop.store.demo import fill_demo
    from vopi_desktop.store.workspace import Workspace
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.pages.actors.page import ActorsPage
    from vopi_desktop.ui.tasks import SyncTaskRunner

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(Path(tmp), None)
        config.ensure_dirs()
        ws = Workspace.open(config, who="bench")
        try:
            fill_demo(ws, "large")
            rows = ws.actors.list_all()
            biggest = max(ws.municipalities.list(), key=lambda m: len(ws.actors.list(m.id)))
            figures["actors in the model"] = float(len(rows))
            figures["service list_all, 10,000 actors (ms)"] = _ms(ws.actors.list_all)
            figures["service list, biggest municipality (ms)"] = _ms(lambda: ws.actors.list(biggest.id))

            app = ensure_app("de")
            page = ActorsPage(AppContext(ws, config, SyncTaskRunner(), "de"))
            page.resize(1280, 800)
            page.show()
            app.processEvents()
            figures["model reset with 10,000 rows (ms)"] = _ms(lambda: page.model.set_rows(rows))

            def show_all() -> None:
                page.set_rows(rows)
                app.processEvents()

            figures["page shows 10,000 rows, painted (ms)"] = _ms(show_all)

            times = []
            page.search.setFocus()
            for _ in range(ROUNDS):
                page.search.clear()
                app.processEvents()
                for char in WORD:
                    start = time.perf_counter()
                    QTest.keyClick(page.search, char)
                    app.processEvents()
                    times.append((time.perf_counter() - start) * 1000)
                assert page.model.rowCount() < len(rows)
            figures[f"keystroke to painted view, typing '{WORD}': median (ms)"] = statistics.median(times)
            figures[f"keystroke to painted view, typing '{WORD}': max (ms)"] = max(times)
            figures["rows left after typing"] = float(page.model.rowCount())

            page.search.clear()
            app.processEvents()

            def filter_type() -> None:
                page.type_filter.setCurrentIndex(page.type_filter.findData("migrant_org"))
                app.processEvents()
                page.type_filter.setCurrentIndex(0)
                app.processEvents()

            figures["type filter on and off, painted (ms)"] = _ms(filter_type)
            header = page.table.horizontalHeader()

            def sort_by_size() -> None:
                QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_header_point(header, 4))
                app.processEvents()

            figures["sort by clicking a header, painted (ms)"] = _ms(sort_by_size)
            page.close()
        finally:
            ws.close()
    return figures


def _header_point(header: object, column: int) -> object:
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2  # type: ignore[attr-defined]
    return QPoint(x, header.height() // 2)  # type: ignore[attr-defined]


if __name__ == "__main__":
    run()
