"""One GUI per workspace, and a damaged database offered its newest backup before anything shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vopi_desktop.app import install_translators, make_context, run_gui
from vopi_desktop.config import Config
from vopi_desktop.store import backup
from vopi_desktop.store.applock import AppLock, is_locked
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace
from vopi_desktop.ui import messages
from vopi_desktop.ui.start_guard import open_for_gui


class Answers:
    """Answers every message box (Yes or No) and keeps their texts."""

    def __init__(self, yes: bool) -> None:
        self.yes, self.texts = yes, []

    def __call__(self, dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        self.texts.append(dialog.text())
        return QMessageBox.StandardButton.Yes if self.yes else QMessageBox.StandardButton.No


def _fill(config: Config) -> Path:
    ws = Workspace.open(config)
    ws.municipalities.create(MunicipalityInput(name="Altdorf", kind="gemeinde", state="BW"))
    ws.close()
    assert config.sqlite_path is not None
    return config.sqlite_path


def _windows() -> list[str]:
    return [w.metaObject().className() for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_second_gui_says_the_workspace_is_open_and_shows_nothing(qapp, config: Config) -> None:
    install_translators(qapp, "de")
    _fill(config)
    first = AppLock(config.data_dir).acquire()  # the GUI that is already running
    answers = Answers(yes=False)
    try:
        with messages.use_runner(answers):
            assert run_gui(config, "de") == 1
    finally:
        first.release()
    assert answers.texts == ["VOPI Desktop ist mit diesem Arbeitsbereich geöffnet; bitte zuerst schließen."]
    assert "MainWindow" not in _windows()


def test_the_gui_holds_the_lock_while_it_runs(qapp, config: Config) -> None:
    _fill(config)
    with messages.use_runner(Answers(yes=False)):
        opened = open_for_gui(config, lambda: make_context(config, "de"))
    assert opened is not None
    ctx, lock = opened
    try:
        assert lock is not None and ctx.app_lock is lock
        assert is_locked(config.data_dir)
    finally:
        ctx.close()
        lock.release()
    assert not is_locked(config.data_dir)


def test_an_empty_database_is_damaged_and_the_newest_backup_is_offered(qapp, config: Config) -> None:
    install_translators(qapp, "de")
    db = _fill(config)
    saved = backup.make_backup(db, config.backups_dir, "manual")
    db.write_bytes(b"")
    answers = Answers(yes=True)
    with messages.use_runner(answers):
        opened = open_for_gui(config, lambda: make_context(config, "de"))
    assert opened is not None
    ctx, lock = opened
    try:
        assert [m.name for m in ctx.workspace.municipalities.list()] == ["Altdorf"]
    finally:
        ctx.close()
        if lock is not None:
            lock.release()
    assert len(answers.texts) == 1
    assert "beschädigt" in answers.texts[0] and saved.name in answers.texts[0]
    assert saved.exists()


def test_a_damaged_newest_backup_is_passed_over_for_the_newest_intact_one(qapp, config: Config) -> None:
    install_translators(qapp, "de")
    db = _fill(config)
    intact = backup.make_backup(db, config.backups_dir, "manual")
    broken = backup.make_backup(db, config.backups_dir, "manual")
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)  # a copy a failing disk left
    db.write_bytes(b"")
    answers = Answers(yes=True)
    with messages.use_runner(answers):
        opened = open_for_gui(config, lambda: make_context(config, "de"))
    assert opened is not None
    ctx, lock = opened
    try:
        assert [m.name for m in ctx.workspace.municipalities.list()] == ["Altdorf"]
    finally:
        ctx.close()
        if lock is not None:
            lock.release()
    assert len(answers.texts) == 1
    assert intact.name in answers.texts[0] and broken.name not in answers.texts[0]


def test_when_no_backup_can_be_opened_the_user_is_told_and_nothing_changes(qapp, config: Config) -> None:
    install_translators(qapp, "de")
    db = _fill(config)
    broken = backup.make_backup(db, config.backups_dir, "manual")
    broken.write_bytes(b"kaputt" * 1000)
    db.write_bytes(b"")
    answers = Answers(yes=True)
    with messages.use_runner(answers):
        assert open_for_gui(config, lambda: make_context(config, "de")) is None
    assert len(answers.texts) == 1
    assert "Keine der Sicherungen" in answers.texts[0]
    assert db.stat().st_size == 0 and broken.read_bytes() == b"kaputt" * 1000


def _scramble_a_page(db: Path) -> None:
    """Many records, then one of their pages scrambled: the file opens, its header is fine, and
    only a page that some screen reads later would fail (as a bad disk sector leaves it)."""
    conn = sqlite3.connect(db)
    conn.executemany(
        "INSERT INTO change_log (at, who, action, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)",
        [("2026-01-01 00:00:00", "Amt", "update", "actor", str(n), "x" * 300) for n in range(400)],
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    raw = bytearray(db.read_bytes())
    page = len(raw) // 4096 - 4  # among the records just written (early pages are empty tables)
    for i in range(page * 4096 + 8, page * 4096 + 2000):
        raw[i] = (i * 7919) % 251
    db.write_bytes(bytes(raw))


def test_a_damaged_page_is_found_before_the_window_and_a_backup_offered(qapp, config: Config) -> None:
    install_translators(qapp, "de")
    db = _fill(config)
    saved = backup.make_backup(db, config.backups_dir, "manual")
    _scramble_a_page(db)
    answers = Answers(yes=False)
    with messages.use_runner(answers):
        assert open_for_gui(config, lambda: make_context(config, "de")) is None
    assert len(answers.texts) == 1
    assert "beschädigt" in answers.texts[0] and saved.name in answers.texts[0]
    assert not is_locked(config.data_dir)


def test_a_read_only_data_folder_is_a_sentence_with_a_way_out(qapp, config: Config, monkeypatch) -> None:
    """It showed "[Errno 30] Read-only file system: '…/vopi.lock'"."""
    import errno

    install_translators(qapp, "de")
    _fill(config)

    def read_only(_lock: AppLock) -> bool:
        raise OSError(errno.EROFS, "Read-only file system", str(config.data_dir / "vopi.lock"))

    monkeypatch.setattr(AppLock, "try_acquire", read_only)
    answers = Answers(yes=False)
    with messages.use_runner(answers):
        assert open_for_gui(config, lambda: make_context(config, "de")) is None
    (text,) = answers.texts
    assert str(config.data_dir) in text and "--data-dir" in text
    assert "Errno" not in text and "Read-only" not in text


def test_declining_the_backup_leaves_the_damaged_file_alone(qapp, config: Config) -> None:
    install_translators(qapp, "de")
    db = _fill(config)
    backup.make_backup(db, config.backups_dir, "manual")
    db.write_bytes(b"")
    with messages.use_runner(Answers(yes=False)):
        assert open_for_gui(config, lambda: make_context(config, "de")) is None
    assert db.stat().st_size == 0
    assert not is_locked(config.data_dir)


def test_the_running_app_restores_with_its_own_lock_and_keeps_the_backup(qapp, config: Config) -> None:
    from vopi_desktop.store.errors import StoreError
    from vopi_desktop.ui.data_menu import restore_file

    db = _fill(config)
    for _ in range(config.settings.backups_to_keep):
        backup.make_backup(db, config.backups_dir, "manual", config.settings.backups_to_keep)
    oldest = backup.list_backups(config.backups_dir)[0]
    lock = AppLock(config.data_dir).acquire()  # what the running GUI holds
    try:
        try:
            restore_file(config, oldest, db)  # someone else's restore: refused
        except StoreError as exc:
            assert "geöffnet" in str(exc)
        else:
            raise AssertionError("a restore without the app's lock went through")
        restore_file(config, oldest, db, lock)
    finally:
        lock.release()
    assert oldest.exists()
    # the copy made before the restore keeps its own count and pushes out none of the manual ones
    backups = config.backups_dir
    assert len(list(backups.glob("*-manual.sqlite3"))) == config.settings.backups_to_keep
    assert len(list(backups.glob("*before-restore*"))) == 1
