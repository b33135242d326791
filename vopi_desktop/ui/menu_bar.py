"""The window's menu bar: Datei, Bearbeiten, Gehe zu, Einstellungen, Hilfe.

A part of the main window kept in a file of its own: it builds the menus once and calls the
window's own handlers (pages, switcher, the one printing path), so it holds no state beyond its
actions. Every action is added to the window too, so its shortcut works wherever the focus is.
Bearbeiten → Suchen and Hilfe → Hilfe zu dieser Seite ask the open page (its search field, its help).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from . import messages
from .data_menu import DataMenu
from .dialogs.about import AboutDialog
from .language_menu import language_menu
from .municipality_menu import MunicipalityMenu
from .undo import undo_actions

if TYPE_CHECKING:
    from .main_window import MainWindow


class MenuBar(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ctx, bar = window.ctx, window.menuBar()

        def status(text: str) -> None:
            window.statusBar().showMessage(text, 8000)

        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New municipality…"), QKeySequence.StandardKey.New, window.new_municipality
        )
        self.print_action = self._action(
            self.tr("&Print / reports…"), QKeySequence.StandardKey.Print, window.print_current
        )
        quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.municipality_menu = MunicipalityMenu(
            ctx,
            window,
            current=lambda: window.municipality_id,
            may_leave=window._may_leave_page,
            changed=window._municipality_changed,
            deleted=window._municipality_deleted,
            status=status,
        )
        file_menu.addActions([self.new_action, *self.municipality_menu.actions()])
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        self.data_menu = DataMenu(
            ctx,
            window,
            may_leave=window._may_leave_page,
            reloaded=window._data_replaced,
            count=window.switcher.count,
            status=status,
        )
        file_menu.addActions(self.data_menu.actions())
        file_menu.setToolTipsVisible(True)  # why backups are off on a server database
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action, self.redo_action = undo_actions(ctx.undo, window, ask=window._may_leave_page)
        window.addActions([self.undo_action, self.redo_action])
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self._find))
        window.stack.currentChanged.connect(lambda _index: self._clear_no_search())

        view_menu = bar.addMenu(self.tr("&Go"))
        for area in window._areas.values():
            shortcut = QKeySequence(area.shortcut) if area.shortcut else None
            action = self._action(area.title, shortcut, lambda _=False, key=area.key: window.show_area(key))
            view_menu.addAction(action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addMenu(language_menu(ctx, window, status))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&Help for this page"), QKeySequence.StandardKey.HelpContents, self._help)
        )
        help_menu.addAction(self._action(self.tr("&About VOPI Desktop"), None, self._about))

    def _action(self, text: str, shortcut: object, slot: Callable[..., object]) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _find(self) -> None:
        page = self.window.current_page()
        if page is not None and page.focus_search():
            self._clear_no_search()
        else:
            self.window.statusBar().showMessage(self.tr("This page has no search field."), 4000)

    def _clear_no_search(self) -> None:
        """The "no search field" line spoke of the page it was said on: gone once a search is found or the page
        changes (other status lines, "Rückgängig: …" after an undo's page change, stay)."""
        bar = self.window.statusBar()
        if bar.currentMessage() == self.tr("This page has no search field."):
            bar.clearMessage()

    def _help(self) -> None:
        page = self.window.current_page()
        text = page.help_text() if page else ""
        messages.inform(
            self.window,
            self.tr("Help"),
            text
            or self.tr(
                "This page has no help of its own yet. The sidebar on the left lists every area (Ctrl+1 … "
                "Ctrl+9 open the main ones); the Start page recommends the next steps for your municipality."
            ),
        )

    def _about(self) -> None:
        messages.run(AboutDialog(self.window.ctx.config, self.window))
