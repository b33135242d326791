"""Start page, review 3 (H10): the insights about the network open the Netzwerk page on the actor
they name, with the keyboard focus on the map, not left in the sidebar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _network_shown(qtbot, ctx, window) -> object:
    page = window.page("network")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    qtbot.waitUntil(lambda: page.graph is not None and not page.scene.building and bool(page.scene.nodes))
    ctx.tasks.settle()
    QApplication.processEvents()
    return page


def _insight(qtbot, window, title_start: str):
    start = window.page("start")
    qtbot.waitUntil(lambda: bool(start.insights.buttons))
    return next(b for b in start.insights.buttons if b.text().startswith(title_start))


def test_isolated_organisations_insight_selects_the_first_and_focuses_the_map(
    qtbot, ctx, open_example
) -> None:
    window = open_example()
    button = _insight(qtbot, window, "Migrantenorganisationen ohne Verbindung")
    first = button.description().split(",")[0].strip()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    page = _network_shown(qtbot, ctx, window)
    qtbot.waitUntil(lambda: page.scene.current is not None)
    assert page._by_id[page.scene.current].name == first
    assert page.panel.current is not None and page.panel.current.name == first
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)


def test_missing_type_insight_selects_an_actor_of_that_type(qtbot, ctx, open_example) -> None:
    window = open_example()
    button = _insight(qtbot, window, "Fehlt im Netzwerk")
    assert "erfasst, nicht verbunden" in button.description()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = _network_shown(qtbot, ctx, window)
    qtbot.waitUntil(lambda: page.scene.current is not None)
    node = page._by_id[page.scene.current]
    assert page.type_labels[node.type] in button.description()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
