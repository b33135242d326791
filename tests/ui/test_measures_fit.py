"""The measure list beside its form at 1024×600: the status column in view, whole, in German and English.

The list gets about 280 pixels there; the title column's fixed 230 left the status half hidden
("Abgesch…") until the splitter was dragged. Shown the way ``smoke`` shows the page (test_window_fit).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_window_fit import SIZES, _window
from tests.ui.test_window_fit import example_dir as example_dir  # the module's example workspace


def _status_in_view(page) -> list[str]:
    """What keeps the status column from being read whole without scrolling sideways."""
    table, header = page.table, page.table.horizontalHeader()
    problems = []
    if table.horizontalScrollBar().value() != 0:
        problems.append("scrolled")
    right = header.sectionViewportPosition(1) + header.sectionSize(1)
    if right > table.viewport().width():
        problems.append(f"status ends at {right} px in a {table.viewport().width()} px view")
    if header.sectionSize(1) < table.sizeHintForColumn(1):
        problems.append(f"status {header.sectionSize(1)} px, its texts need {table.sizeHintForColumn(1)} px")
    if header.sectionSize(0) < 100:
        problems.append(f"title squeezed to {header.sectionSize(0)} px")
    return problems


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_status_column_is_in_view(qtbot, example_dir: Path, size: tuple[int, int], lang: str) -> None:
    with _window(qtbot, example_dir, "measures", size, lang) as window:
        page = window.page("measures")
        assert page.model.rowCount() > 0
        assert _status_in_view(page) == []


def test_the_status_stays_in_view_when_the_splitter_moves(qtbot, example_dir: Path) -> None:
    """Narrower or wider list: the title gives way or takes the room, the status follows it."""
    with _window(qtbot, example_dir, "measures", (1024, 600)) as window:
        page = window.page("measures")
        splitter = page.table.parentWidget().parentWidget()
        total = sum(splitter.sizes())
        for left in (250, 420, 600):
            splitter.setSizes([left, total - left])
            QApplication.processEvents()
            assert _status_in_view(page) == [], left
        wide = page.table.horizontalHeader().sectionSize(0)
        splitter.setSizes([250, total - 250])
        QApplication.processEvents()
        assert page.table.horizontalHeader().sectionSize(0) < wide  # the title gave way


def test_a_title_width_remembered_from_an_earlier_start_leaves_the_status_in_view(
    qtbot, workspace, municipality, config
) -> None:
    """A saved header state brings back the widths and the old resize modes: a 400-pixel title
    from a wide window, restored at 1024×600, still leaves the status beside it."""
    from vopi_desktop.config import load_config
    from vopi_desktop.store.dto.measures import MeasureInput
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.main_window import MainWindow
    from vopi_desktop.ui.tasks import SyncTaskRunner

    workspace.measures.create(
        municipality.id, MeasureInput(title="Sprechstunde im Rathaus", status="running")
    )

    def start() -> MainWindow:
        ctx = AppContext(workspace, load_config(config.data_dir, None), SyncTaskRunner(), "de")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        window.show_area("measures")
        ctx.tasks.settle()
        QApplication.processEvents()
        return window

    window = start()
    window.page("measures").table.horizontalHeader().resizeSection(0, 400)  # as a drag on the header does
    assert window.close()
    assert "measures/columns" in load_config(config.data_dir, None).settings.layout

    again = start()
    page = again.page("measures")
    assert _status_in_view(page) == []
    assert page.columns.wanted == 400  # the user's width, given again where there is room
