"""Window size, splitter positions and column widths come back after a restart (settings.json)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QSplitter

from vopi_desktop.areas import AREAS
from vopi_desktop.config import load_config
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.tasks import SyncTaskRunner


def _start(qtbot, workspace, data_dir) -> MainWindow:
    """A fresh start: the settings are read from disk again, as the next run of the app would."""
    config = load_config(data_dir, None)
    window = MainWindow(AppContext(workspace, config, SyncTaskRunner(), "de"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_size_and_splitter_come_back(qtbot, workspace, municipality, config) -> None:
    window = _start(qtbot, workspace, config.data_dir)
    window.resize(760, 520)  # the offscreen screen is 800×600; a restore keeps the window on it
    window.splitter.setSizes([260, 500])
    assert window.close()
    saved = json.loads(config.settings_path.read_text(encoding="utf-8"))["layout"]
    assert {"main/window", "main/splitter"} <= set(saved)

    again = _start(qtbot, workspace, config.data_dir)
    assert (again.width(), again.height()) == (760, 520)
    assert again.splitter.sizes()[0] == 260


def test_column_widths_the_user_set_come_back(qtbot, workspace, municipality, config) -> None:
    window = _start(qtbot, workspace, config.data_dir)
    window.show_area("actors")
    header = window.page("actors").table.horizontalHeader()
    header.resizeSection(0, 321)  # as a drag on the header does
    assert window.close()

    again = _start(qtbot, workspace, config.data_dir)
    again.show_area("actors")
    assert again.page("actors").table.horizontalHeader().sectionSize(0) == 321


def test_columns_follow_the_width_until_the_user_sets_them(qtbot, workspace, municipality, config) -> None:
    window = _start(qtbot, workspace, config.data_dir)
    window.show_area("actors")
    assert window.close()
    saved = json.loads(config.settings_path.read_text(encoding="utf-8"))["layout"]
    assert "actors/columns" not in saved  # the automatic widths are not frozen for the next start


def test_first_start_is_no_taller_than_the_screen(qtbot, workspace, config) -> None:
    window = _start(qtbot, workspace, config.data_dir)
    available = window.screen().availableGeometry()
    assert window.height() < available.height()
    assert window.width() <= available.width()


def test_damaged_layout_entries_are_ignored(qtbot, workspace, config) -> None:
    config.settings_path.write_text(
        json.dumps({"layout": {"main/window": 5, "main/splitter": "%%% kein base64 %%%"}}), encoding="utf-8"
    )
    window = _start(qtbot, workspace, config.data_dir)
    assert window.isVisible()
    assert window.splitter.sizes()[0] > 0
    config.settings_path.write_text(json.dumps({"layout": ["odd"]}), encoding="utf-8")
    assert load_config(config.data_dir, None).settings.layout == {}


@pytest.mark.parametrize("page", [a.key for a in AREAS if a.page is not None])
def test_every_splitter_of_a_page_is_remembered(qtbot, workspace, municipality, config, page: str) -> None:
    """A page that comes next copies the pattern: ``ctx.layout.remember(splitter, "area/…")``."""
    window = _start(qtbot, workspace, config.data_dir)
    window.show_area(page)
    forgotten = [
        s.objectName() or repr(s)
        for s in window.page(page).findChildren(QSplitter)
        if not window.ctx.layout.tracks(s)
    ]
    assert forgotten == []
