"""Qt's own late buttons get names: the toolbar's » in a narrow window, a search field's clear button."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QToolBar, QToolButton

from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.widgets.accessible import EXTENSION


def test_toolbar_extension_and_clear_buttons_have_accessible_names(qtbot, ctx, municipality) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(window.minimumWidth(), 500)  # the toolbar may not fit: Qt shows its » button
    toolbar = window.findChild(QToolBar)
    extension = toolbar.findChild(QToolButton, EXTENSION)
    assert extension is not None and extension.accessibleName()

    for key in ("actors", "network"):
        window.show_area(key)
        page = window.page(key)
        search = page.panel.search if key == "network" else page.search
        qtbot.keyClicks(search, "verein")  # the clear button appears once there is text
        buttons = [b for b in search.findChildren(QAbstractButton) if b.isVisible()]
        assert buttons, key
        assert all(b.accessibleName() for b in buttons), key
