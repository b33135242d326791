"""What UI tests share beyond ``tests/conftest.py`` (``ctx``, ``municipality``): the main window opened
on a page, with every question answered so that closing it at the end of a test never hangs; the
actors of a tick list long enough for its search bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow

# More organisations than a tick list shows without its search bar (12), some found only by a forgiving
# search ("konigs" finds both Königsbrück names).
NAMES = (
    *(f"Verein {n:02d}" for n in range(1, 13)),
    "Königsbrücker Tafel",
    "Kulturverein Königsbrück",
    "Integrationsbeirat Teststadt",
    "Caritas Fachdienst Migration",
)


@pytest.fixture
def actors(ctx, municipality) -> dict[str, str]:
    """The ``NAMES`` recorded as clubs of the test's municipality: their ids by name, in that order.
    A test module with actors of its own defines its own ``actors``."""
    ws = ctx.workspace
    return {
        name: ws.actors.create(municipality.id, ActorInput(name=name, type="verein")).id for name in NAMES
    }


@pytest.fixture
def discard_on_close() -> Iterator[None]:
    """Closing the window with typed or refused input asks "save?": discard it, reject any other dialog.
    A test that wants another answer nests its own ``messages.use_runner``."""
    with messages.use_runner(
        lambda d: (
            QMessageBox.StandardButton.Discard if isinstance(d, QMessageBox) else QDialog.DialogCode.Rejected
        )
    ):
        yield


def _shown(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def open_window(qtbot, ctx, discard_on_close) -> Callable[[str], MainWindow]:
    """``open_window("events")``: the main window shown and active on that area's page, its load done."""

    def open_on(area: str) -> MainWindow:
        window = _shown(qtbot, ctx)
        window.show_area(area)
        ctx.tasks.settle()
        return window

    return open_on


@pytest.fixture
def open_example(qtbot, ctx, discard_on_close) -> Callable[[], MainWindow]:
    """``open_example()``: the main window shown and active on the small example town (Musterstadt),
    opened when called (a test may install its spies first)."""

    def open_it() -> MainWindow:
        ctx.workspace.load_example("small")
        return _shown(qtbot, ctx)

    return open_it
