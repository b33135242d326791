"""The main window: sidebar of areas, municipality switcher, menus, status bar, lazily built pages."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
)

from ..store.dto.municipality import Municipality
from . import messages, printing
from .context import AppContext
from .data_menu import database_text
from .dialogs.municipality import MunicipalityDialog
from .exchange_inbox import ExchangeInbox
from .menu_bar import MenuBar
from .messages import plain_tooltip
from .navigation import Area, areas
from .pages.base import Page
from .pages.placeholder import PlaceholderPage
from .widgets.accessible import name_qt_buttons
from .widgets.wheel_guard import guard_one

log = logging.getLogger(__name__)
KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.municipality_id: str | None = None
        self._areas = {a.key: a for a in areas()}
        self._pages: dict[str, Page] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._snapshot = ctx.take_snapshot()  # serves the first paint only
        self.setWindowTitle("VOPI Desktop")
        self._build_sidebar()
        self._build_toolbar()
        self._build_menus()
        self._build_statusbar()
        self._fit_to_screen()
        self.reload_municipalities()
        self.inbox = ExchangeInbox(self, self.open_exchange_file)  # .vopi dropped or handed over

    # ----- layout
    def _build_sidebar(self) -> None:
        self.sidebar = QTreeWidget()
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setRootIsDecorated(False)
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setMinimumWidth(160)
        groups: dict[str, QTreeWidgetItem] = {}
        for area in self._areas.values():
            parent = self._items.get(area.parent) or groups.get(area.group)
            if area.group and parent is None:
                parent = QTreeWidgetItem(self.sidebar, [area.group])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                groups[area.group] = parent
            item = QTreeWidgetItem(parent or self.sidebar, [area.title])
            item.setData(0, KEY_ROLE, area.key)
            self._items[area.key] = item
        self.sidebar.expandAll()
        self.sidebar.currentItemChanged.connect(self._on_sidebar)

        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1090])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

    def _fit_to_screen(self) -> None:
        """The last size and place, else 1280×820 but never more than the screen offers."""
        self.ctx.layout.remember(self.splitter, "main/splitter")
        if self.ctx.layout.remember(self, "main/window"):
            return
        screen = self.screen().availableGeometry()
        frame = 40  # title bar and border, which the window manager adds outside our size
        self.resize(min(1280, screen.width()), min(820, screen.height() - frame))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Municipality"))
        bar.setObjectName("municipality_toolbar")
        bar.setMovable(False)
        label = QLabel(self.tr("&Municipality:"))
        self.switcher = QComboBox()
        self.switcher.setMinimumContentsLength(36)  # a Gemeindeverwaltungsverband's name, mostly
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setBuddy(self.switcher)
        guard_one(self.switcher)  # a wheel passing over it on the way to the menu keeps the town
        self.switcher.currentIndexChanged.connect(self._on_switch)
        # the whole name where the box cuts it (a plain-text tooltip: names are user text)
        self.switcher.currentTextChanged.connect(lambda text: self.switcher.setToolTip(plain_tooltip(text)))
        bar.addWidget(label)
        bar.addWidget(self.switcher)
        self.addToolBar(bar)
        name_qt_buttons(bar)  # the » button Qt shows when the window is too narrow

    def _build_menus(self) -> None:
        self.menus = MenuBar(self)  # its actions stay reachable as the window's own
        self.new_action, self.print_action = self.menus.new_action, self.menus.print_action
        self.undo_action, self.redo_action = self.menus.undo_action, self.menus.redo_action
        self.municipality_menu, self.data_menu = self.menus.municipality_menu, self.menus.data_menu
        self.edit_municipality_action, self.delete_municipality_action = self.municipality_menu.actions()
        self.ctx.undo.refused.connect(self._undo_refused)
        self.ctx.undo.applied.connect(self._undo_applied)
        self.ctx.undo.said.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def _build_statusbar(self) -> None:
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)

    def _show_database(self) -> None:
        """Which database, in words; the exact file or server address in the tooltip."""
        text, where = database_text(self.ctx.config, self.switcher.count())
        self.db_label.setText(text)
        self.db_label.setToolTip(plain_tooltip(where))
        self.db_label.setAccessibleName(text)

    def _data_replaced(self) -> None:
        """A restore put other data in place: read the municipalities and every page afresh."""
        self.municipality_id = ""  # matches no id: every page gets the municipality and reads again
        self.reload_municipalities()

    # ----- municipalities
    def reload_municipalities(self, select: str | None = None) -> None:
        if self._snapshot is not None:
            municipalities = list(self._snapshot.municipalities)
        else:
            municipalities = self.ctx.workspace.municipalities.list()
        wanted = select or self.municipality_id or self.ctx.config.settings.last_municipality
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for m in municipalities:
            self.switcher.addItem(self._label(m), m.id)
        index = self.switcher.findData(wanted) if wanted else -1
        self.switcher.setCurrentIndex(index if index >= 0 else 0 if municipalities else -1)
        self.switcher.blockSignals(False)
        self._show_database()
        self._on_switch()

    def _label(self, m: Municipality) -> str:
        suffix = self.tr(" (example)") if m.is_example else ""
        return m.name + suffix

    def _on_switch(self) -> None:
        mid = self.switcher.currentData()
        if mid == self.municipality_id and self._pages:
            return
        if not self._may_leave_page():
            self.switcher.blockSignals(True)  # stay with the municipality whose input is unsaved
            self.switcher.setCurrentIndex(self.switcher.findData(self.municipality_id))
            self.switcher.blockSignals(False)
            return
        self.municipality_id = mid
        self.ctx.undo.clear()  # undo belongs to the municipality it was done in
        if mid:
            self.ctx.config.settings.last_municipality = mid
        self._show_title()
        self.municipality_menu.sync()
        for page in self._pages.values():
            page.set_municipality(mid)
        if self.stack.count() == 0:
            self.show_area("start")

    def _show_title(self) -> None:
        mid = self.switcher.currentData()
        self.setWindowTitle(f"VOPI Desktop – {self.switcher.currentText()}" if mid else "VOPI Desktop")
        self.switcher.setToolTip(plain_tooltip(self.switcher.currentText()))  # a long name is elided

    def _municipality_changed(self) -> None:
        """Its details were edited (or the edit undone): name in the switcher and title, pages afresh."""
        self.reload_municipalities(self.municipality_id)
        self._show_title()
        for page in self._pages.values():
            page.mark_stale()

    def _municipality_deleted(self) -> None:
        """Gone: another municipality, or the first-start state when none is left, on the Start page."""
        self.reload_municipalities()
        self.show_area("start")

    def new_municipality(self) -> None:
        dialog = MunicipalityDialog(self.ctx, self, first_start=False)
        accepted, created = messages.run(dialog), dialog.created  # deleted after use
        if accepted and created is not None:
            self.reload_municipalities(select=created.id)
            self.statusBar().showMessage(self.tr("Municipality created."), 5000)

    # ----- pages
    def show_area(self, key: str) -> None:
        if key not in self._areas:
            return
        current = self.current_page()
        if current is not None and current is not self._pages.get(key) and not self._may_leave_page():
            key = next(k for k, p in self._pages.items() if p is current)  # stay where the input is
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        item = self._items[key]
        if self.sidebar.currentItem() is not item:
            self.sidebar.setCurrentItem(item)

    def page(self, key: str) -> Page:
        """Build a page the first time it is shown, so start-up pays only for the Start page."""
        if key not in self._pages:
            area = self._areas[key]
            page = self._make_page(area)
            page.area_key = key
            page.set_municipality(self.municipality_id)
            if self._snapshot is not None:
                page.preload(self._snapshot)
                self._snapshot = None
            page.navigate.connect(self.show_area)
            page.data_changed.connect(lambda src=page: self._mark_others_stale(src))
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            page.create_municipality.connect(self.new_municipality)
            edit = getattr(page, "edit_municipality", None)  # the Start page, beside the facts
            if edit is not None:
                edit.connect(self.municipality_menu.edit)
            page.print_requested.connect(self._print)  # one printing path: the Berichte page's
            changed = getattr(page, "municipalities_changed", None)  # an import may bring new ones
            if changed is not None:
                changed.connect(lambda: self.reload_municipalities(self.municipality_id))
            opened = getattr(page, "open_municipality", None)  # the consultant's table
            if opened is not None:
                opened.connect(self.open_municipality)
            self._pages[key] = page
            self.stack.addWidget(page)
            name_qt_buttons(page)  # Qt's own clear buttons get an accessible name
        return self._pages[key]

    def _make_page(self, area: Area) -> Page:
        if area.page is None:
            return PlaceholderPage(self.ctx, area.title, area.purpose)
        module_name, class_name = area.page.split(":")
        module = importlib.import_module(f"{__package__}.pages.{module_name}")
        return getattr(module, class_name)(self.ctx)

    def _mark_others_stale(self, source: Page) -> None:
        for page in self._pages.values():
            if page is not source:
                page.mark_stale()

    def _undo_refused(self, message: str) -> None:
        page = self.current_page()
        if page is not None:
            page.show_error(message)
        self.statusBar().showMessage(message, 8000)

    def _undo_applied(self, area: str, record_id: str = "") -> None:
        """An undo or redo wrote: every page reads again; show the area whose record it was, a record
        it brought back (a delete undone) selected."""
        if record_id and area in self._areas:
            page = self.page(area)
            if not page.lists(record_id):  # brought back (a delete undone): selected once read again
                page.select_after_load = record_id
        for page in self._pages.values():
            page.mark_stale()
        if area and area in self._areas:
            self.show_area(area)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _on_sidebar(self, item: QTreeWidgetItem | None) -> None:
        key = item.data(0, KEY_ROLE) if item else None
        if key:
            self.show_area(key)

    def open_municipality(self, municipality_id: str) -> None:
        """Switch to a municipality (the consultant opened its row) and show its Start page."""
        index = self.switcher.findData(municipality_id)
        if index >= 0:
            self.switcher.setCurrentIndex(index)
            if self.municipality_id == municipality_id:
                self.show_area("start")

    def open_exchange_file(self, path: Path) -> None:
        """A .vopi file dropped, given at start or handed over by a second start: its preview."""
        self.show_area("exchange")
        if self.current_page() is self._pages.get("exchange"):
            self.raise_()
            self.activateWindow()
            self._pages["exchange"].open_file(path)  # type: ignore[attr-defined]

    # ----- actions
    def print_current(self) -> None:
        """Ctrl+P: the open page prints its document (a checklist asks blank or filled) or says why not."""
        printing.print_current(self)

    def _print(self, blank: bool = False) -> None:
        """A page's "Print…" (``print_requested``): the Berichte page makes and prints its document."""
        printing.print_page(self, blank)

    def _may_leave_page(self) -> bool:
        page = self.current_page()
        return page is None or page.leave_ok()

    def _may_stop_printing(self) -> bool:
        """Closing aborts a print run still going to the printer (the jobs lane): only when asked."""
        reports = self._pages.get("reports")
        return (
            reports is None
            or not reports.printing()
            or messages.ask(  # type: ignore[attr-defined]
                self,
                self.tr("Close"),
                self.tr("A document is still being printed. Closing now cancels the printing."),
                self.tr("&Close and cancel printing"),
                self.tr("&Go on printing"),
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave_page() or not self._may_stop_printing():
            event.ignore()
            return
        self.ctx.tasks.cancel_all()  # closing never waits for a report or a layout to finish
        self.ctx.layout.save_all()
        try:
            self.ctx.config.save_settings()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
        super().closeEvent(event)
