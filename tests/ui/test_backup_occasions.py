"""Datei → Sicherung wiederherstellen… says each backup's occasion in words, never the file name's key
(review F34: ten rows of "before-import" did not say which one to pick)."""

from __future__ import annotations

from vopi_desktop.ui.dialogs.backups import BackupsDialog

NAMES = [
    "vopi-backup-20261206-060000-000001-manual.sqlite3",
    "vopi-backup-20261206-060100-000001-before-upgrade-0006.sqlite3",
    "vopi-backup-20261206-060200-000001-before-import@Neustadt.vopi.sqlite3",
    "vopi-backup-20261206-060300-000001-before-import.sqlite3",
    "vopi-backup-20261206-060400-000001-before-delete.sqlite3",
    "vopi-backup-20261206-060500-000001-before-restore.sqlite3",
]


def test_every_occasion_in_words(qtbot, ctx) -> None:
    folder = ctx.config.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        (folder / name).write_bytes(b"x")
    dialog = BackupsDialog(folder)
    qtbot.addWidget(dialog)
    shown = [dialog.list.topLevelItem(r).text(1) for r in range(dialog.list.topLevelItemCount())]
    assert shown == [
        "Vor einer Wiederherstellung",
        "Vor dem Löschen einer Kommune",
        "Vor einem Import",
        "Vor dem Import von Neustadt.vopi",
        "Vor einem Update der App",
        "Auf Wunsch erstellt",
    ]
    assert not any("before" in text or "manual" in text for text in shown)


def test_backups_of_one_second_in_the_order_made(qtbot, ctx) -> None:
    folder = ctx.config.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    for name in (
        "vopi-backup-20261206-060000-900000-before-import@b.vopi.sqlite3",
        "vopi-backup-20261206-060000-100000-manual.sqlite3",
        "vopi-backup-20261206-060000-500000-before-import@a.vopi.sqlite3",
    ):
        (folder / name).write_bytes(b"x")
    dialog = BackupsDialog(folder)
    qtbot.addWidget(dialog)
    shown = [dialog.list.topLevelItem(r).text(1) for r in range(3)]
    assert shown == ["Vor dem Import von b.vopi", "Vor dem Import von a.vopi", "Auf Wunsch erstellt"]
