"""The crash handler writes the error to the logs folder and tells the user, keeping the app alive."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from vopi_desktop.ui.crash import install_crash_handler


def test_unexpected_error_is_logged_and_shown(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_handler(tmp_path / "logs", "Version: VOPI Desktop 9.9\nDatenordner: /daten")
    try:
        raise RuntimeError("Festplatte voll")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, logging.FileHandler) and str(tmp_path) in handler.baseFilename:
                logging.getLogger().removeHandler(handler)
                handler.close()
    crash_files = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(crash_files) == 1
    written = crash_files[0].read_text(encoding="utf-8")
    assert "RuntimeError: Festplatte voll" in written
    assert written.startswith("Version: VOPI Desktop 9.9\nDatenordner: /daten")
    assert shown and "Festplatte voll" in shown[0]
    assert str(crash_files[0]) in shown[0]
