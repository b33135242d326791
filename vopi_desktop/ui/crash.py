"""Unexpected errors: write them to the log, tell the user, keep running.

Every write is one transaction in the Workspace service, so an error mid-way leaves the database as
it was; the dialog can say so honestly.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from .messages import fmt

log = logging.getLogger(__name__)


def install_crash_handler(logs_dir: Path, about: str = "") -> None:
    """``about`` heads every crash file: the version and folders a support e-mail needs (support.py)."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(logs_dir / "vopi-desktop.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", text)
        crash_file = logs_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
        with contextlib.suppress(OSError):
            crash_file.write_text(f"{about}\n\n{text}" if about else text, encoding="utf-8")
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("Crash", "VOPI Desktop – Unexpected error"),
                fmt(
                    QCoreApplication.translate(
                        "Crash",
                        "Something went wrong: %1\n\nYour saved data is safe: every change is written "
                        "completely or not at all. Details are in %2.",
                    ),
                    str(error),
                    str(crash_file),
                ),
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote user input
            box.setDetailedText(text)
            box.exec()

    sys.excepthook = hook
