"""Berichte's Print (also for another page's Ctrl+P or "Drucken…") and "Save as…" of what was made: one document to a file, or every one of "all
municipalities" into a folder (asking before any is replaced; all of them or none) or one print job."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
)

from ...context import AppContext
from ...messages import ask, fmt
from ...tasks import TaskHandle
from ...widgets.message_line import MessageLine
from ...widgets.save_dialog import save_file_name
from .choices import KindChoices
from .documents import AREA_KINDS, document_name
from .preview import Preview
from .print_job import PrintError, print_pages
from .saving import existing, save_all

SHOW_NAMES = 8  # a question naming 25 files would not fit a 600-pixel screen


class SaveActions:
    """Mixed into the Berichte page, after ``Page``: the attributes below are the page's (its texts are
    translated in the page's context, where they were written first)."""

    ctx: AppContext
    made: list[Path]
    status: QLabel
    progress: QProgressBar
    message: MessageLine
    _printing: TaskHandle | None
    _printer: object
    _status_before: str
    _print_when_made: bool
    _subject: tuple[str, str] | None
    kind: QComboBox
    this_one: QRadioButton
    blank: QCheckBox
    choices: KindChoices
    make_button: QPushButton
    _made_as: tuple[str, bool]
    shown: QComboBox
    preview: Preview
    _job: TaskHandle | None
    if TYPE_CHECKING:

        def show_error(self, text: str) -> None: ...
        def show_info(self, text: str) -> None: ...
        def run_job(self, work, on_done, on_error=None, on_progress=None) -> TaskHandle: ...
        def _options_changed(self) -> None: ...
        def _progressed(self, done: int, total: int) -> None: ...
        def make_document(self) -> None: ...

    def print_for(
        self,
        area: str,
        blank: bool = False,
        subject: tuple[str, str] | None = None,
        guide: tuple[tuple[str, ...], bool] | None = None,
    ) -> None:
        """Ctrl+P or "Print…" on another page: make that area's document for the current municipality
        (``blank``: a checklist's empty form; ``subject``: the one club or event that page shows, so
        its printout holds that one only; ``guide``: the Mitmachen guide's languages and side by side,
        as ticked on its page), then print."""
        kind = AREA_KINDS.get(area)
        if kind is None:
            return
        if self._job is not None or self._printing is not None:  # never switch a running job's options
            self.show_error(QCoreApplication.translate(
                "ReportsPage", "A document is still being made or printed: print when it is done, or cancel it."
            ))  # fmt: skip
            return
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.this_one.setChecked(True)
        self.blank.setChecked(blank)
        self.choices.club.setCurrentIndex(0)  # that page's club (``subject``) or all, not this list's
        if guide is not None:
            self.choices.set_guide(*guide)
        if self.make_button.isEnabled():
            self._print_when_made = True
            self._subject = None if blank else subject  # a blank sheet is everyone's
            self.make_document()

    def print_document(self) -> None:
        """After "all municipalities", ask whether to print every document in one job or the shown one;
        then the system's print dialog, and the pages go to the printer on the jobs lane."""
        if not self.made or self._job is not None or self._printing is not None:
            return
        every = len(self.made) > 1 and ask(
            self,
            QCoreApplication.translate("ReportsPage", "Print"),
            fmt(QCoreApplication.translate("ReportsPage", "Print all %Ln documents in one go, or only the one shown (%1)?", "", len(self.made)),
                self.shown.currentText()),
            QCoreApplication.translate("ReportsPage", "&All"),
            QCoreApplication.translate("ReportsPage", "&Only the one shown"),
        )  # fmt: skip
        printer = self.preview.ask_printer()
        if printer is None:
            return
        sources = self.preview.sources(printer, list(self.made) if every else None)
        # kept here until the next print: the last reference, so the printer is destroyed on the UI
        # thread (a system printer's driver may not expect it on the job's thread)
        self._printer = printer
        self._status_before = self.status.text()
        self.status.setText(QCoreApplication.translate("ReportsPage", "Printing…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.clear()
        # the printer goes with the job: nothing on the UI thread touches it until the job is done
        self._printing = self.run_job(
            lambda _ws, progress: print_pages(printer, sources, progress),
            self._printed,
            self._print_failed,
            self._progressed,
        )
        self._options_changed()

    def printing(self) -> bool:
        return self._printing is not None

    def _print_ended(self) -> None:
        self._printing = None
        self.progress.hide()
        self._options_changed()
        if self.made:  # (a document retired meanwhile keeps the page's words for that)
            self.status.setText(self._status_before)

    def _printed(self, pages: int) -> None:
        self._print_ended()
        self.show_info(QCoreApplication.translate("ReportsPage", "%n page(s) printed.", "", pages))

    def _print_failed(self, exc: BaseException) -> None:
        self._print_ended()
        if not isinstance(exc, PrintError | OSError):
            raise exc  # a bug: the crash handler logs it
        self.show_error(
            fmt(QCoreApplication.translate("ReportsPage", "The document was not printed: %1"), exc)
        )

    def cancel_printing(self) -> None:
        """Cancel while printing: the job stops before the next page and aborts the printer's run."""
        if self._printing is not None:
            self._printing.cancel()
            self._print_ended()
            self.status.setText(QCoreApplication.translate("ReportsPage", "Printing cancelled."))

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
