"""Berichte's Print and "Save as…" of what was made: one document to a file, or every one of "all
municipalities" into a folder (asking before any is replaced; all of them or none) or one print job."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog

from ...context import AppContext
from ...messages import ask, fmt
from ...tasks import TaskHandle
from ...widgets.save_dialog import save_file_name
from .documents import document_name
from .preview import Preview
from .saving import existing, save_all

SHOW_NAMES = 8  # a question naming 25 files would not fit a 600-pixel screen


class SaveActions:
    """Mixed into the Berichte page, after ``Page``: the attributes below are the page's (its texts are
    translated in the page's context, where they were written first)."""

    ctx: AppContext
    made: list[Path]
    _made_as: tuple[str, bool]
    shown: QComboBox
    preview: Preview
    _job: TaskHandle | None
    if TYPE_CHECKING:

        def show_error(self, text: str) -> None: ...
        def show_info(self, text: str) -> None: ...

    def print_document(self) -> None:
        """After "all municipalities", ask whether to print every document in one job or the shown one."""
        if not self.made or self._job is not None:
            return
        every = len(self.made) > 1 and ask(
            self,
            QCoreApplication.translate("ReportsPage", "Print"),
            fmt(QCoreApplication.translate("ReportsPage", "Print all %Ln documents in one go, or only the one shown (%1)?", "", len(self.made)),
                self.shown.currentText()),
            QCoreApplication.translate("ReportsPage", "&All"),
            QCoreApplication.translate("ReportsPage", "&Only the one shown"),
        )  # fmt: skip
        self.preview.print_document(list(self.made) if every else None)

    def save_as(self) -> None:
        """One document: a file name; several ("all"): a folder that receives every one of them."""
        if len(self.made) > 1:
            self._save_all()
            return
        if not self.made:
            return
        kind, blank = self._made_as  # named in the UI's language, in the data folder's exports folder
        name = document_name(kind, self.shown.itemText(0) or self.made[0].stem, blank)
        target = self.choose_target(str(Path(self.ctx.config.exports_dir) / name))
        if target is not None:
            try:
                save_all([(self.made[0], target)])
            except OSError as exc:
                self.show_error(
                    fmt(QCoreApplication.translate("ReportsPage", "The document was not saved: %1"), exc)
                )
                return
            self.show_info(fmt(QCoreApplication.translate("ReportsPage", "Saved: %1"), target))

    def _save_all(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        pairs = [(path, folder / path.name) for path in self.made]
        there = existing(pairs)
        if there and not ask(
            self,
            QCoreApplication.translate("ReportsPage", "Replace documents"),
            fmt(
                QCoreApplication.translate(
                    "ReportsPage", "%1 already holds %Ln of these documents:", "", len(there)
                ),
                folder,
            )
            + "\n"
            + "\n".join(p.name for p in there[:SHOW_NAMES])
            + (
                "\n" + QCoreApplication.translate("ReportsPage", "… and %n more", "", len(there) - SHOW_NAMES)
                if len(there) > SHOW_NAMES
                else ""
            )
            + "\n\n"
            + QCoreApplication.translate("ReportsPage", "Replace them with the new ones?"),
            QCoreApplication.translate("ReportsPage", "&Replace"),
            QCoreApplication.translate("ReportsPage", "&Keep the old ones"),
        ):
            return
        try:
            save_all(pairs)
        except OSError as exc:
            self.show_error(
                fmt(QCoreApplication.translate("ReportsPage", "The documents were not saved: %1"), exc)
            )
            return
        self.show_info(
            fmt(
                QCoreApplication.translate("ReportsPage", "%Ln documents saved in %1", "", len(pairs)), folder
            )
        )

    def choose_target(self, suggested: str) -> Path | None:
        """The file dialog; it, or ``save_file_name`` for a name typed without ".pdf", asks before replacing."""
        return save_file_name(
            self,
            QCoreApplication.translate("ReportsPage", "Save document as"),
            Path(suggested),
            QCoreApplication.translate("ReportsPage", "PDF (*.pdf)"),
            ".pdf",
        )

    def choose_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("ReportsPage", "Folder for the documents (one PDF per municipality)"),
        )
        return Path(name) if name else None
