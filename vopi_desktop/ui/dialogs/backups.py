"""Datei → Sicherung wiederherstellen…: the backups in the data folder with date, occasion and size.

The dialog only chooses a file (from the list, or another one from disk); what the restore will
replace is asked afterwards by ``ui/data_menu.py``, which knows the current state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...store import backup, backup_names
from ..messages import fmt, plain_tooltip
from ..widgets.dialog_buttons import button_box, primary
from ..widgets.optional_date import date_pattern

PATH_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made: datetime
    reason: str  # "manual", "before-restore", "before-upgrade-0002", … as in the file name
    size: int
    about: str = ""  # the file imported, for a backup before an import


def backup_entries(folder: Path) -> list[BackupEntry]:
    """The backups in ``folder``, newest first; the time from the name, else the file's own."""
    entries = []
    for path in backup.list_backups(folder):
        try:
            stat = path.stat()
        except OSError:
            continue  # pruned or removed meanwhile
        named = backup_names.parse(path.name)
        made = named.made or datetime.fromtimestamp(stat.st_mtime)
        entries.append(BackupEntry(path, made, named.reason, stat.st_size, named.about))
    # Two backups of one second (an import right after a manual one) in the order made: the name
    # holds the microseconds.
    return sorted(entries, key=lambda e: (e.made, e.path.name), reverse=True)


def when_text(made: datetime) -> str:
    """05.12.2026 23:40:12: the year in full and the seconds, as two backups may share a minute."""
    locale = QLocale()
    date_format = date_pattern()  # the year in full
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss")
    return locale.toString(QDateTime(made), f"{date_format} {time_format}")


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupsDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("VOPI Desktop – Restore a backup"))
        self.chosen: Path | None = None
        self.entries = backup_entries(folder)
        intro = QLabel(
            self.tr(
                "Choose the state to go back to. The current data is backed up first, so a restore "
                "can itself be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        list_label = QLabel(self.tr("&Backups in the data folder:"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setTabKeyNavigation(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Made on"), self.tr("Occasion"), self.tr("Size")])
        self.list.setAccessibleName(self.tr("Backups"))
        list_label.setBuddy(self.list)
        for entry in self.entries:
            item = QTreeWidgetItem(
                [when_text(entry.made), self.reason_text(entry.reason, entry.about), size_text(entry.size)]
            )
            item.setData(0, PATH_ROLE, str(entry.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column in range(3):
                item.setToolTip(column, plain_tooltip(str(entry.path)))
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.none_label = QLabel(self.tr("There are no backups in the data folder yet."))
        self.none_label.setVisible(not self.entries)
        self.list.setVisible(bool(self.entries))

        buttons = button_box(self, QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.other_button = QPushButton(self.tr("&Other file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        primary(self.restore_button)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._choose_other)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda *_: self._restore_selected())
        if self.entries:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._selection_changed()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.none_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.resize(620, 420)

    def reason_text(self, reason: str, about: str = "") -> str:
        """The occasion in words (never the file name's key): ten rows of "before-import" did not
        say which one to pick, the imported file's name does."""
        occasion = backup_names.Named(None, reason, about).occasion
        if occasion == backup_names.MANUAL:
            return self.tr("Made on request")
        if occasion == backup_names.RESTORE:
            return self.tr("Before a restore")
        if occasion == backup_names.UPGRADE:
            return self.tr("Before an update of the app")
        if occasion == backup_names.DELETE:
            return self.tr("Before a municipality was deleted")
        if occasion == backup_names.IMPORT:
            return fmt(self.tr("Before the import of %1"), about) if about else self.tr("Before an import")
        return self.tr("Unknown")

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None and bool(self.entries))

    def _restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(0, PATH_ROLE))
            self.accept()

    def _choose_other(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("VOPI Desktop – Choose a backup file"),
            str(Path.home()),
            self.tr("VOPI databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()
