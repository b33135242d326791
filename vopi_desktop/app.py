"""Start the GUI: QApplication, translations, crash handler, workspace, first-start dialog, window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

# The store (SQLAlchemy) is imported before PySide6: PySide6's __feature__ import hook reads the
# source of every module imported after it, which costs a tenth of a second at start-up for
# SQLAlchemy alone.
from .store.workspace import Workspace  # isort: skip

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .config import APP_NAME, Config
from .resources import resource_path

log = logging.getLogger(__name__)


def ensure_app(lang: str) -> QApplication:
    """One QApplication per process, with the German or English translations installed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_NAME)
        app.setOrganizationName("VOPI")
    install_translators(app, lang)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


_translators: list[QTranslator] = []


def install_translators(app: QApplication, lang: str) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(QLocale(QLocale.Language.German if lang == "de" else QLocale.Language.English))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"vopi_{lang}", str(resource_path("translations"))), (f"qtbase_{lang}", qt_dir)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
        elif name.startswith("vopi"):
            log.warning("translation %s not found in %s", name, folder)


def _open_workspace(config: Config) -> Workspace:
    config.ensure_dirs()
    return Workspace.open(config)


def _context(config: Config, lang: str):
    from .ui.context import AppContext
    from .ui.tasks import TaskRunner

    return AppContext(_open_workspace(config), config, TaskRunner(), lang)


def run_gui(config: Config, lang: str) -> int:
    from .ui.crash import install_crash_handler
    from .ui.dialogs.municipality import MunicipalityDialog
    from .ui.main_window import MainWindow

    config.ensure_dirs()
    app = ensure_app(lang)
    install_crash_handler(config.logs_dir)
    ctx = _context(config, lang)
    if config.settings.language != lang:
        config.settings.language = lang
    if not ctx.workspace.municipalities.list():
        dialog = MunicipalityDialog(ctx)
        dialog.exec()
    window = MainWindow(ctx)
    window.show()
    try:
        return app.exec()
    finally:
        ctx.workspace.close()


def run_smoke(config: Config, lang: str, page: str, screenshot: Path | None) -> int:
    """Open the window on a page with its data loaded, paint it, optionally save a picture, exit."""
    if (
        "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .ui.main_window import MainWindow

    app = ensure_app(lang)
    ctx = _context(config, lang)
    try:
        window = MainWindow(ctx)
        window.show()
        window.show_area(page)
        app.processEvents()
        ctx.tasks.wait(60000)  # background work a page started (e.g. a layout) lands before the picture
        for _ in range(5):
            app.processEvents()
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(screenshot)):
                raise OSError(f"could not write {screenshot}")
        QTimer.singleShot(0, window.close)
        app.processEvents()
    finally:
        ctx.workspace.close()
    return 0
