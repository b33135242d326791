"""Datei → Sicherung erstellen / wiederherstellen / Datenordner öffnen, the status bar's words, the language menu."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vopi_desktop.config import Config, load_config
from vopi_desktop.store import backup
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.data_menu import database_text
from vopi_desktop.ui.dialogs.backups import BackupsDialog
from vopi_desktop.ui.main_window import MainWindow


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_status_bar_says_which_database_in_words(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    assert window.db_label.text() == "Lokale Datenbank · 1 Kommune"
    assert str(ctx.config.sqlite_path) in window.db_label.toolTip()
    ctx.workspace.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY"))
    window.reload_municipalities()
    assert window.db_label.text() == "Lokale Datenbank · 2 Kommunen"


def test_server_database_named_by_host_without_password(qapp, ctx, tmp_path: Path) -> None:
    server = Config(tmp_path, database_url="postgresql://amt:Geheim123@db.landkreis.de:5432/vopi")
    text, where = database_text(server, 25)
    assert text == "Server db.landkreis.de · 25 Kommunen"
    assert "Geheim123" not in where and "db.landkreis.de" in where


def test_backup_actions_are_off_on_a_server_database(qtbot, ctx, municipality, monkeypatch) -> None:
    monkeypatch.setattr(ctx.config, "database_url", "postgresql://amt@db.landkreis.de/vopi")
    window = _window(qtbot, ctx)
    assert not window.data_menu.backup_action.isEnabled()
    assert not window.data_menu.restore_action.isEnabled()
    assert "Administrator" in window.data_menu.backup_action.toolTip()
    assert window.data_menu.folder_action.isEnabled()


def test_make_a_backup_from_the_menu(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    window.data_menu.backup_action.trigger()
    ctx.tasks.settle()
    made = backup.list_backups(ctx.config.backups_dir)
    assert len(made) == 1 and made[0].name.endswith("-manual.sqlite3")
    assert "Sicherung erstellt" in window.statusBar().currentMessage()


def _answer(choose: Path | None, confirm: bool, seen: list[str]):
    """Answer the restore dialogs: pick ``choose`` in the list, then confirm or not."""

    def runner(dialog: QDialog) -> int:
        if isinstance(dialog, BackupsDialog):
            seen.append(
                "list:"
                + " | ".join(
                    dialog.list.topLevelItem(i).text(1) for i in range(dialog.list.topLevelItemCount())
                )
            )
            if choose is None:
                return QDialog.DialogCode.Rejected
            dialog.chosen = choose
            return QDialog.DialogCode.Accepted
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        return QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No

    return runner


def test_restore_from_the_menu_replaces_the_data_and_keeps_the_current_state(
    qtbot, ctx, municipality
) -> None:
    source = backup.make_backup(ctx.config.sqlite_path, ctx.config.backups_dir, "manual")
    ctx.workspace.municipalities.create(
        MunicipalityInput(name="Später angelegt", kind="gemeinde", state="BY")
    )
    window = _window(qtbot, ctx)
    assert window.switcher.count() == 2
    seen: list[str] = []
    with messages.use_runner(_answer(source, True, seen)):
        window.data_menu.restore_action.trigger()
    assert seen[0] == "list:Auf Wunsch erstellt"
    assert "2 Kommunen" in seen[1] and source.name in seen[1]  # says what will be replaced
    assert [m.name for m in ctx.workspace.municipalities.list()] == ["Teststadt"]
    assert window.switcher.count() == 1
    assert window.db_label.text() == "Lokale Datenbank · 1 Kommune"
    saved = [p.name for p in backup.list_backups(ctx.config.backups_dir)]
    assert any(name.endswith("-before-restore.sqlite3") for name in saved)
    assert "Wiederhergestellt" in window.statusBar().currentMessage()
    # the page shown reads the restored data, and writing works on the reopened workspace
    ctx.workspace.municipalities.create(MunicipalityInput(name="Danach", kind="gemeinde", state="BY"))


def test_restore_refused_or_cancelled_changes_nothing(qtbot, ctx, municipality, tmp_path: Path) -> None:
    window = _window(qtbot, ctx)
    not_a_backup = tmp_path / "notiz.sqlite3"
    not_a_backup.write_text("keine Datenbank", encoding="utf-8")
    seen: list[str] = []
    with messages.use_runner(_answer(not_a_backup, True, seen)):
        window.data_menu.restore_action.trigger()
    assert "keine VOPI-Datenbank" in seen[-1]  # the warning, no question asked
    source = backup.make_backup(ctx.config.sqlite_path, ctx.config.backups_dir, "manual")
    ctx.workspace.municipalities.create(MunicipalityInput(name="Bleibt", kind="gemeinde", state="BY"))
    with messages.use_runner(_answer(source, False, seen)):
        window.data_menu.restore_action.trigger()
    with messages.use_runner(_answer(None, True, seen)):
        window.data_menu.restore_action.trigger()
    assert len(ctx.workspace.municipalities.list()) == 2
    assert len(backup.list_backups(ctx.config.backups_dir)) == 1


def test_backups_dialog_lists_date_occasion_and_size(qtbot, config) -> None:
    config.backups_dir.mkdir(parents=True, exist_ok=True)
    (config.backups_dir / "vopi-backup-20260105-093000-000001-manual.sqlite3").write_bytes(b"x" * 2048)
    (config.backups_dir / "vopi-backup-20260301-170500-000001-before-upgrade-0002.sqlite3").write_bytes(b"x")
    dialog = BackupsDialog(config.backups_dir)
    qtbot.addWidget(dialog)
    rows = [[dialog.list.topLevelItem(r).text(c) for c in range(3)] for r in range(2)]
    assert rows[0][0] == "01.03.2026 17:05:00" and rows[0][1] == "Vor einem Update der App"
    assert rows[1][0] == "05.01.2026 09:30:00" and rows[1][1] == "Auf Wunsch erstellt"
    assert rows[1][2] == "2,0 kB"
    assert dialog.restore_button.isEnabled()


def test_open_data_folder(qtbot, ctx, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = _window(qtbot, ctx)
    window.data_menu.folder_action.trigger()
    assert opened == [str(ctx.config.data_dir)]


def test_language_menu_saves_the_choice_for_the_next_start(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "language_menu")
    english = next(a for a in menu.actions() if a.text() == "English")
    english.trigger()
    assert load_config(ctx.config.data_dir, None).settings.language == "en"
    assert ctx.lang == "de"  # this run keeps its language
    assert "nächsten Start" in window.statusBar().currentMessage()


def test_lang_flag_applies_to_one_run_only(qapp, config, municipality, monkeypatch) -> None:
    """``--lang en`` for one run: closing the window must not save English as the choice."""
    from vopi_desktop import app as app_module
    from vopi_desktop.ui import crash

    config.settings.language = "de"
    config.save_settings()
    monkeypatch.setattr(crash, "install_crash_handler", lambda *_args, **_kw: None)

    def close_at_once() -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
        return 0

    monkeypatch.setattr(qapp, "exec", close_at_once)
    try:
        assert app_module.run_gui(load_config(config.data_dir, None), "en") == 0
    finally:
        gc.unfreeze()
        app_module.install_translators(qapp, "de")
    assert load_config(config.data_dir, None).settings.language == "de"


@pytest.fixture(autouse=True)
def _no_real_dialogs():
    """Every dialog these tests do not answer themselves fails loudly instead of blocking."""

    def refuse(dialog: QDialog) -> int:
        raise AssertionError(f"unexpected dialog: {dialog.windowTitle()}")

    with messages.use_runner(refuse):
        yield


def test_no_two_entries_of_a_menu_share_an_access_key(qtbot, ctx) -> None:
    """Alt+D must reach one entry ("&Drucken" and "&Datenordner öffnen" both had D)."""
    window = _window(qtbot, ctx)
    for top in window.menuBar().actions():
        keys = [
            text[text.index("&") + 1].lower()
            for text in (a.text().replace("&&", "") for a in top.menu().actions())
            if "&" in text
        ]
        assert len(keys) == len(set(keys)), (top.text(), keys)


def test_restore_asks_about_unsaved_input_only_when_it_goes_ahead(qtbot, ctx, municipality) -> None:
    """Unsaved input is asked about after the confirmation: a cancelled restore costs nothing,
    and "stay here" keeps both the input and the data."""
    source = backup.make_backup(ctx.config.sqlite_path, ctx.config.backups_dir, "manual")
    window = _window(qtbot, ctx)
    window.show_area("barriers")
    page = window.page("barriers")
    ctx.tasks.settle()
    qtbot.keyClicks(page.form.relevance, "3")  # B1 rated, not saved
    asked: list[str] = []

    def runner(confirm: bool, unsaved_answer: QMessageBox.StandardButton):
        def answer(dialog: QDialog) -> int:
            if isinstance(dialog, BackupsDialog):
                dialog.chosen = source
                return QDialog.DialogCode.Accepted
            asked.append(dialog.text())
            if len(asked) == 1 or not confirm:
                return QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No
            return unsaved_answer

        return answer

    with messages.use_runner(runner(False, QMessageBox.StandardButton.Cancel)):
        window.data_menu.restore_action.trigger()
    assert len(asked) == 1 and page.form.relevance.currentData() == 3  # only the confirmation
    asked.clear()
    with messages.use_runner(runner(True, QMessageBox.StandardButton.Cancel)):
        window.data_menu.restore_action.trigger()
    assert len(asked) == 2  # confirmation, then save/discard/stay
    assert page.form.relevance.currentData() == 3
    assert len(backup.list_backups(ctx.config.backups_dir)) == 1  # nothing restored, nothing saved
    with messages.use_runner(lambda _box: QMessageBox.StandardButton.Discard):
        assert window.close()
