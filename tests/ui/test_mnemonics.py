"""Every underlined letter (Alt+letter) reaches its field with one press (review F8).

On every page of the area registry, with the example town's data and each tab of a page shown in
turn, the mnemonics of everything on screen at once — the menu bar's (Datei, Bearbeiten, …), the
municipality switcher's label, labels with a buddy, buttons, check boxes, group boxes and tabs —
must differ. Two widgets with one letter make Qt cycle: the first press opens a menu or goes to the
other field. Checked in German and in English. Fields a page shows only for some records (an event
kind's protocol section) count when the example shows them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget

from vopi_desktop.areas import AREAS
from vopi_desktop.config import Config
from vopi_desktop.store.workspace import Workspace
from vopi_desktop.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("Schritt &hinzufügen" → "h"), lower case; None without one."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _texts(widget: QWidget, window: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        buddy = widget.buddy()
        return [widget.text()] if buddy is not None and buddy.isVisibleTo(window) else []
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return []


def letters_on_screen(window: MainWindow) -> dict[str, list[str]]:
    """Mnemonic letter → the texts that carry it, for the menu bar and every widget shown now."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if letter := mnemonic(action.text()):
            found[letter].append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        for text in _texts(widget, window):
            if letter := mnemonic(text):
                found[letter].append(text)
    return found


def _states(window: MainWindow, settle) -> Iterator[str]:
    """The page as shown, then with each tab of each of its tab widgets in front."""
    yield ""
    page = window.current_page()
    for tabs in page.findChildren(QTabWidget) if page else []:
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            yield f" [tab {tabs.tabText(index).replace('&', '')}]"
        tabs.setCurrentIndex(0)


@pytest.fixture
def example(config: Config, sqlite_template) -> Config:
    ws = Workspace.open(config, who="test")
    try:
        ws.load_example("small")
    finally:
        ws.close()
    return config


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_two_mnemonics_on_screen_share_a_letter(qtbot, qapp, example: Config, lang: str) -> None:
    from vopi_desktop.app import install_translators
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.tasks import SyncTaskRunner

    install_translators(qapp, lang)
    ws = Workspace.open(example, who="test")
    try:
        ctx = AppContext(ws, example, SyncTaskRunner(), lang)
        ctx.layout.enabled = False
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()

        def settle() -> None:
            for _ in range(3):
                ctx.tasks.settle()
                QApplication.processEvents()

        clashes: list[str] = []
        for area in AREAS:
            window.show_area(area.key)
            settle()
            for state in _states(window, settle):
                for letter, texts in sorted(letters_on_screen(window).items()):
                    if len(texts) > 1:
                        clashes.append(f"{area.key}{state}: Alt+{letter.upper()} {texts}")
        window.close()
    finally:
        install_translators(qapp, "de")
        ws.close()
    assert clashes == [], "\n".join(dict.fromkeys(clashes))


def test_the_letter_is_found_as_qt_reads_it() -> None:
    assert mnemonic("Schritt &hinzufügen") == "h"
    assert mnemonic("&Übersicht") == "ü"
    assert mnemonic("Fragen && Antworten") is None
    assert mnemonic("Fragen && &Antworten") == "a"
    assert mnemonic("Budget (€)") is None


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_two_mnemonics_in_a_dialog_share_a_letter(qtbot, qapp, ctx, municipality, lang: str) -> None:
    """Every dialog the window-title test finds, built as it builds them (a modal dialog has no menu)."""
    from tests.ui.test_window_titles import DIALOGS, _build
    from vopi_desktop.app import install_translators

    install_translators(qapp, lang)
    clashes: list[str] = []
    try:
        for dialog_class in DIALOGS:
            dialog = _build(dialog_class, ctx, municipality, qtbot)
            qtbot.addWidget(dialog)
            dialog.show()
            found: dict[str, list[str]] = defaultdict(list)
            for widget in dialog.findChildren(QWidget):
                if widget.isVisibleTo(dialog):
                    for text in _texts(widget, dialog):
                        if letter := mnemonic(text):
                            found[letter].append(text)
            clashes += [
                f"{dialog_class.__name__}: Alt+{k.upper()} {v}"
                for k, v in sorted(found.items())
                if len(v) > 1
            ]
            dialog.hide()
    finally:
        install_translators(qapp, "de")
    assert clashes == [], "\n".join(clashes)


def test_one_alt_press_reaches_each_field(qtbot, qapp, example: Config) -> None:
    """On every page, Alt and a label's underlined letter, pressed once, put the cursor in its field
    (before, on Maßnahmen Alt+H opened the Hilfe menu and only a second press went to "Schritt
    hinzufügen"; the date rows' labels went nowhere, their tick box takes the focus by proxy)."""
    from PySide6.QtGui import QKeySequence

    from vopi_desktop.app import install_translators
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.tasks import SyncTaskRunner

    install_translators(qapp, "de")
    ws = Workspace.open(example, who="test")
    try:
        ctx = AppContext(ws, example, SyncTaskRunner(), "de")
        ctx.layout.enabled = False
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        missed, tried = [], 0
        for area in AREAS:
            window.show_area(area.key)
            ctx.tasks.settle()
            window.activateWindow()  # a page's first build may show a helper window for a moment
            qtbot.waitUntil(window.isActiveWindow)
            for label in window.current_page().findChildren(QLabel):
                buddy = label.buddy()
                letter = mnemonic(label.text())
                if not (label.isVisibleTo(window) and buddy is not None and buddy.isVisibleTo(window)):
                    continue
                if letter is None or not letter.isascii() or not buddy.isEnabled():
                    continue  # Alt+Ü is typed on a German keyboard, not by QTest's Latin-1 keys
                window.sidebar.setFocus()
                combo = QKeySequence.mnemonic(label.text())[0]
                qtbot.keyClick(window.sidebar, combo.key(), combo.keyboardModifiers())
                tried += 1
                focused = QApplication.focusWidget()
                if focused is None or not (focused is buddy or buddy.isAncestorOf(focused)):
                    missed.append(f"{area.key}: {label.text()} → {type(focused).__name__}")
                if QApplication.activePopupWidget() is not None:
                    QApplication.activePopupWidget().close()
        window.close()
    finally:
        ws.close()
    assert tried >= 40
    assert missed == [], "\n".join(missed)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_two_mnemonics_share_a_letter_on_berichte_after_all(
    qtbot, qapp, example: Config, lang: str
) -> None:
    """After "all municipalities" the Berichte page shows the "Shown" choice, the preview's zoom buttons
    and the checkboxes at once (for every kind): they must differ too."""
    from vopi_desktop.app import install_translators
    from vopi_desktop.store.dto.municipality import MunicipalityInput
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.tasks import SyncTaskRunner

    install_translators(qapp, lang)
    ws = Workspace.open(example, who="test")
    try:
        ws.municipalities.create(
            MunicipalityInput(name="Leerbach", kind="gemeinde", state="BY", population=900)
        )
        ctx = AppContext(ws, example, SyncTaskRunner(), lang)
        ctx.layout.enabled = False
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.show_area("reports")
        page = window.page("reports")
        clashes: list[str] = []
        shown = 0
        for index in range(page.kind.count()):  # every kind, each made for all municipalities
            page.kind.setCurrentIndex(index)
            page.every_one.setChecked(page.every_one.isEnabled())
            page.make_document()
            ctx.tasks.settle()
            QApplication.processEvents()
            shown += page.shown.isVisibleTo(window)
            for letter, texts in sorted(letters_on_screen(window).items()):
                if len(texts) > 1:
                    clashes.append(f"{page.kind.itemText(index)}: Alt+{letter.upper()} {texts}")
        assert shown >= 2  # the states that show the choice were reached
        window.close()
    finally:
        install_translators(qapp, "de")
        ws.close()
    assert clashes == [], "\n".join(dict.fromkeys(clashes))
