"""Hilfe → Über names the version, the database and the folders, and copies them for a support e-mail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from vopi_desktop import __version__
from vopi_desktop.config import Config
from vopi_desktop.ui.dialogs.about import AboutDialog


def test_about_names_version_database_and_folders_and_copies_them(qtbot, config: Config) -> None:
    dialog = AboutDialog(config)
    qtbot.addWidget(dialog)
    shown = [label.text() for label in dialog.values]
    assert any(__version__ in text for text in shown)
    assert any("lokale SQLite-Datenbank" in text and str(config.sqlite_path) in text for text in shown)
    assert str(config.data_dir) in shown and str(config.logs_dir) in shown
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Datenordner: {config.data_dir}" in copied and f"Protokollordner: {config.logs_dir}" in copied
    assert dialog.copied.text()


def test_about_never_shows_a_server_password(qtbot, tmp_path) -> None:
    config = Config(data_dir=tmp_path, database_url="postgresql+psycopg://amt:Geheim123@db.kreis.de/vopi")
    dialog = AboutDialog(config)
    qtbot.addWidget(dialog)
    assert not any("Geheim123" in label.text() for label in dialog.values)
    assert any("db.kreis.de" in label.text() for label in dialog.values)
