"""Start the GUI: QApplication, translations, crash handler, workspace, first-start dialog, window.

Start-up paints from a sqlite3 snapshot when it can (store/snapshot.py); the Workspace, and with it
SQLAlchemy, opens on the first background task instead of before the window appears.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .config import APP_NAME, Config
from .lang import set_language, t
from .resources import resource_path
from .store.errors import StoreError
from .store.revisions import HEAD_REVISION
from .store.snapshot import read_snapshot
from .ui.context import AppContext
from .ui.tasks import TaskRunner
from .ui.widgets.titles import titled

if TYPE_CHECKING:
    from .store.workspace import Workspace

log = logging.getLogger(__name__)
_translators: list[QTranslator] = []


def ensure_app(lang: str) -> QApplication:
    """One QApplication per process, with the German or English translations installed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_NAME)
        app.setOrganizationName("VOPI")
        app.setDesktopFileName("de.vopi.Desktop")  # Linux: the window finds its .desktop entry and icon
        app.setWindowIcon(QIcon(str(resource_path("icons", "vopi-desktop.png"))))
    install_translators(app, lang)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def install_translators(app: QApplication, lang: str) -> None:
    set_language(lang)  # texts made below the UI (store messages, exchange labels) follow the window
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


def make_context(config: Config, lang: str) -> AppContext:
    """Open lazily when a current snapshot paints the window; otherwise migrate and open now."""
    config.ensure_dirs()

    def opener() -> Workspace:
        from .store.workspace import Workspace

        return Workspace.open(config)

    snapshot = read_snapshot(config.sqlite_path, HEAD_REVISION, config.settings.last_municipality)
    workspace = opener if snapshot is not None else opener()
    return AppContext(workspace, config, TaskRunner(), lang, snapshot)


def run_gui(config: Config, lang: str, open_file: Path | None = None) -> int:
    """The GUI; ``open_file`` (a .vopi path, from a double-click) opens its import preview, or is
    handed to a window already open on this workspace, and this process ends."""
    from .support import support_text
    from .ui.crash import install_crash_handler
    from .ui.exchange_inbox import hand_over
    from .ui.start_guard import open_for_gui

    app = ensure_app(lang)
    if open_file is not None and hand_over(config, open_file):
        return 0
    install_crash_handler(config.logs_dir, support_text(config))
    # One app per workspace (a lock in the data folder, held until the app ends) and a damaged
    # database said as such, with the newest backup offered; either way nothing comes up half-way.
    opened = open_for_gui(config, lambda: make_context(config, lang))
    if opened is None:
        return 1
    ctx, lock = opened
    try:
        return _run_window(app, ctx, open_file)
    finally:
        if lock is not None:
            lock.release()


def _run_window(app: QApplication, ctx: AppContext, open_file: Path | None = None) -> int:
    from .ui.dialogs.municipality import MunicipalityDialog
    from .ui.main_window import MainWindow

    try:
        snapshot = ctx.snapshot
        empty = not snapshot.municipalities if snapshot else not ctx.workspace.municipalities.list()
    except StoreError as exc:
        # Started from a menu there is no terminal: say it in a window (the data file is untouched).
        QMessageBox.critical(
            None, titled(QCoreApplication.translate("Start", "Cannot open the data")), str(exc)
        )
        ctx.close()
        return 1
    # ``lang`` may come from --lang for this run only: the saved choice (settings.language) stays.
    if empty and open_file is None:  # a file to take in may bring the first municipality
        MunicipalityDialog(ctx).exec()
        ctx.take_snapshot()  # the dialog may have written: read afresh
    window = MainWindow(ctx)
    window.show()
    window.inbox.listen(ctx.config)
    if open_file is not None:
        QTimer.singleShot(0, lambda: window.open_exchange_file(open_file))
    gc.freeze()  # start-up objects live for the whole session: keep them out of full collections
    try:
        return app.exec()
    finally:
        ctx.tasks.cancel_all()  # a report or layout still running does not hold the closing app
        ctx.close()


def _quiet_offscreen(_mode: QtMsgType, _context: object, message: str) -> None:
    """The offscreen platform warns about every shown window; everything else still reaches stderr."""
    if "propagateSizeHints" not in message:
        print(f"Qt: {message}", file=sys.stderr)


def settle(app: QApplication, tasks: TaskRunner, timeout: float = 60.0) -> None:
    """Run the event loop until no background task is left (pages start theirs once painted)."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        app.processEvents()
        quiet = quiet + 1 if not tasks.busy else 0
        tasks.wait(50)


SMOKE_SIZE = (1280, 820)


def run_smoke(
    config: Config,
    lang: str,
    page: str,
    screenshot: Path | None,
    timing: bool = False,
    size: tuple[int, int] | None = None,
) -> int:
    """Open the window on a page with its data loaded, paint it, optionally save a picture, exit.

    The window is ``size`` (width, height) exactly, 1280×820 without it; remembered window and
    splitter sizes are neither used nor overwritten, so pictures are the same on every machine.
    With ``timing`` it prints when the first frame with data was painted, counted from
    ``VOPI_BENCH_T0`` (seconds since the epoch, set by the benchmark right before it starts us).
    Returns 1 when the window could not be made as small as asked.
    """
    if (
        "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .ui.main_window import MainWindow

    qInstallMessageHandler(_quiet_offscreen)
    app = ensure_app(lang)
    ctx = make_context(config, lang)
    ctx.layout.enabled = False
    width, height = size or SMOKE_SIZE
    try:
        window = MainWindow(ctx)
        window.resize(width, height)
        window.show()
        window.show_area(page)
        app.processEvents()
        window.resize(width, height)  # again: the page is built now
        window.grab()  # the first frame, painted with the data the page has at once
        if timing:
            start = float(os.environ.get("VOPI_BENCH_T0", "0")) or time.time()
            print(f"first paint: {(time.time() - start) * 1000:.0f} ms")
        settle(app, ctx.tasks)  # what the page loads in the background lands before the picture
        settling = getattr(window.stack.currentWidget(), "settling", None)  # e.g. a map built in slices
        deadline = time.monotonic() + 60
        while callable(settling) and settling() and time.monotonic() < deadline:
            app.processEvents()
            ctx.tasks.wait(20)
        window.resize(width, height)  # loaded data may have asked for more room
        app.processEvents()
        if screenshot is not None:
            if not screenshot.parent.is_dir():  # a typo in the path must not create folders
                raise StoreError(
                    t(
                        f"Den Ordner {screenshot.parent} gibt es nicht.",
                        f"The folder {screenshot.parent} does not exist.",
                    )
                )
            if not window.grab().save(str(screenshot)):
                raise StoreError(
                    t(
                        f"{screenshot} ließ sich nicht schreiben (Bildformat aus der Endung, z. B. .png).",
                        f"{screenshot} could not be written (image format from the ending, e.g. .png).",
                    )
                )
        actual = window.size()
        QTimer.singleShot(0, window.close)
        app.processEvents()
    finally:
        ctx.tasks.wait()
        ctx.close()
    if (actual.width(), actual.height()) != (width, height):
        print(
            t(
                f"Das Fenster ist {actual.width()}x{actual.height()} statt {width}x{height} groß: "
                "ein Teil verlangt mehr Platz.",
                f"The window is {actual.width()}x{actual.height()} instead of {width}x{height}: "
                "a part of it asks for more room.",
            ),
            file=sys.stderr,
        )
        return 1
    return 0
