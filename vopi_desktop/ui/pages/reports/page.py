"""Berichte: choose a document, make it on the jobs lane (progress, cancel), preview, print, save."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....reports.fonts import named, take_lacking
from ....reports.kinds import KINDS
from ....reports.run import Options, ReportError, file_name, make, make_all
from ....store.errors import StoreError
from ...context import AppContext
from ...messages import ask, fmt, plain_label
from ...tasks import Progress, TaskHandle
from ...widgets.save_dialog import save_file_name
from ..base import Page
from .documents import AREA_KINDS, CHECKLISTS, document_name, offered
from .preview import Preview
from .saving import existing, save_all

SHOW_NAMES = 8  # a question naming 25 files would not fit a 600-pixel screen


class ReportsPage(Page):
    needs_municipality = False  # the comparison of all municipalities needs none chosen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._job: TaskHandle | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="vopi-documents-")
        self.made: list[Path] = []
        self._runs = 0  # "all" writes into a fresh folder of its own each time
        self._print_when_made = False
        self._made_as = ("dossier", False)  # the kind and blank-ness of the document made
        self._made_for: str | None = None  # the one municipality it is about (None: all, or none)
        # (id, name) of the one record a print from another page is limited to (Page.print_subject):
        # one club's checklist, one event's protocol; used by that one document, then forgotten
        self._subject: tuple[str, str] | None = None

        self.kind = QComboBox()
        for key, title in offered().items():
            self.kind.addItem(title, key)
        self.this_one = QRadioButton(self.tr("&The current municipality"))
        self.every_one = QRadioButton(self.tr("All mu&nicipalities (one PDF each, into a folder)"))
        self.this_one.setChecked(True)
        self.blank = QCheckBox(self.tr("&Blank sheet for paper workshops (checklists)"))
        self.personal = QCheckBox(self.tr("W&ith contact persons (personal data)"))
        self.personal.setToolTip(self.tr("Names, e-mail addresses and phone numbers of contact persons. "
                                         "Print them only where they are needed."))  # fmt: skip
        self.make_button = QPushButton(self.tr("Ma&ke document"))
        self.make_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(False)
        # shown only while a document is made: an empty bar looked like a text field to fill in
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the buttons below stay where they are
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.shown = QComboBox()  # after "all": which municipality's document the preview shows
        self.shown_label = QLabel(self.tr("Sho&wn:"))
        self.shown_label.setBuddy(self.shown)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Print the document (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Sa&ve as…"))
        self.open_button = QPushButton(self.tr("&Open in PDF viewer"))

        form = QFormLayout()
        kind_label = QLabel(self.tr("&Document:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        which = QVBoxLayout()
        which.addWidget(self.this_one)
        which.addWidget(self.every_one)
        form.addRow(QLabel(self.tr("For:")), which)
        form.addRow(self.blank)
        form.addRow(self.personal)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(form)
        run_row = QHBoxLayout()
        run_row.addWidget(self.make_button)
        run_row.addWidget(self.cancel_button)
        side_layout.addLayout(run_row)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.status)
        shown_row = QHBoxLayout()
        shown_row.addWidget(self.shown_label)
        shown_row.addWidget(self.shown, 1)
        side_layout.addLayout(shown_row)
        for button in (self.print_button, self.save_button, self.open_button):
            side_layout.addWidget(button)
        side_layout.addStretch(1)

        self.preview = Preview()
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        splitter.setChildrenCollapsible(False)
        ctx.layout.remember(splitter, "reports/splitter")
        layout = self.page_layout()
        layout.addWidget(splitter, 1)

        for signal in (self.kind.currentIndexChanged, self.every_one.toggled, self.blank.toggled, self.personal.toggled):  # fmt: skip
            signal.connect(self._choice_changed)
        self.make_button.clicked.connect(self.make_document)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.preview.open_externally)
        self.shown.currentIndexChanged.connect(self._show_chosen)
        # Ctrl+P is the window's File → Print, which prints this page's document (main_window._print)
        self._options_changed()

    # ----- page protocol
    def reload(self) -> None:
        self._options_changed()

    def clear(self) -> None:
        self._options_changed()

    def help_text(self) -> str:
        return self.tr("Choose a document and make it; the preview shows it, Ctrl+P prints it.")

    # ----- options
    def current_kind(self) -> str:
        return self.kind.currentData() or "dossier"

    def _options_changed(self) -> None:
        kind = self.current_kind()
        running = self._job is not None
        self.blank.setEnabled(kind in CHECKLISTS and not running)
        everyone = kind == "consultant"
        self.this_one.setEnabled(not everyone and not running)
        self.every_one.setEnabled(not everyone and not running)
        spec = KINDS.get(kind)  # every kind that names persons when asked, not the actors list alone
        self.personal.setEnabled(spec is not None and spec.personal and not running)
        ready = everyone or self.every_one.isChecked() or self.municipality_id is not None
        self.make_button.setEnabled(ready and not running)
        self.kind.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        has = bool(self.made)
        self.print_button.setEnabled(has and not running)
        self.save_button.setEnabled(has and not running)
        self.open_button.setEnabled(has and not running)
        several = len(self.made) > 1
        self.shown_label.setVisible(several)
        self.shown.setVisible(several)
        self.shown.setEnabled(several and not running)
        if not running and not has:
            self.status.setText(
                self.tr("Choose a document and press Make document; the preview shows it here.")
                if ready
                else self.tr("Choose a municipality in the toolbar above, or all municipalities.")
            )

    def _choice_changed(self) -> None:
        self._retire(self.tr("The choice has changed: press Make document for the new document."))

    def set_municipality(self, municipality_id: str | None) -> None:
        """Another municipality: a document made (or being made) for the one before goes as after a
        changed choice; one about all of them (the comparison, "all municipalities") stays."""
        before = self.municipality_id
        super().set_municipality(municipality_id)
        if municipality_id == before or self._made_for in (None, municipality_id):
            return
        self._made_for = None
        self.cancel()  # a job for the town before would show its document under this one
        self._retire(self.tr("Another municipality is chosen: press Make document for its document."))

    def _retire(self, said: str) -> None:
        """The preview, Print and Save act on the document made: once what it was made for differs, it goes."""
        retired = bool(self.made) and self._job is None
        if retired:
            self.made = []
            self.preview.clear()
        self._options_changed()
        if retired:
            self.status.setText(said)

    # ----- making
    def make_document(self) -> None:
        if self._job is not None or not self.make_button.isEnabled():
            return
        kind = self.current_kind()
        self._made_as = (kind, self.blank.isEnabled() and self.blank.isChecked())  # "Save as" names it
        subject, self._subject = self._subject, None
        options = Options(
            blank=self.blank.isEnabled() and self.blank.isChecked(),
            personal=self.personal.isEnabled() and self.personal.isChecked(),
            subject=subject[0] if subject is not None else None,
        )
        every = self.every_one.isEnabled() and self.every_one.isChecked()
        mid = self.municipality_id
        self._made_for = None if every or kind == "consultant" else mid
        everyone = self.tr("all municipalities")
        folder_now = Path(self._folder.name)
        self._runs += 1
        # "All" goes into a folder of its own here first; "Save as…" then copies every file where the
        # user wants them, asking before it replaces one (make_all itself would replace silently).
        folder_all = folder_now / f"all-{self._runs}"

        def documents(ws, progress: Progress) -> list[tuple[str, Path]]:
            def check() -> bool:
                return progress.cancelled

            if every:
                names = [m.name for m in ws.municipalities.list()]  # make_all's order
                paths = make_all(ws, kind, folder_all, options, progress.update, check)
                shown = names if len(names) == len(paths) else [p.stem for p in paths]
                return list(zip(shown, paths, strict=True))
            # named after the municipality, as "Save as" suggests it (read here, off the UI thread),
            # or after the one club or event printed
            name = everyone if kind == "consultant" or mid is None else ws.municipalities.get(mid).name
            if subject is not None:
                name = subject[1]
            out = folder_now / file_name(kind + ("-leer" if options.blank else ""), name)
            return [(name, make(ws, kind, out, mid, options, progress.update, check))]

        def work(ws, progress: Progress) -> tuple[list[tuple[str, Path]], list[str]]:
            take_lacking()  # this job's documents only: the jobs lane runs one job at a time
            made = documents(ws, progress)
            return made, take_lacking()  # the characters printed as "�" (reports/fonts.py)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Making the document…"))
        self.message.clear()
        self._job = self.run_job(work, self._made, self._failed, self._progressed)
        self._options_changed()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def print_for(self, area: str, blank: bool = False, subject: tuple[str, str] | None = None) -> None:
        """Ctrl+P or "Print…" on another page: make that area's document for the current municipality
        (``blank``: a checklist's empty form; ``subject``: the one club or event that page shows, so
        its printout holds that one only), then print."""
        kind = AREA_KINDS.get(area)
        if kind is None:
            return
        if self._job is not None:  # never switch the running job's options under it
            self.show_error(self.tr("A document is still being made: print when it is done, or cancel it."))
            return
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.this_one.setChecked(True)
        self.blank.setChecked(blank)
        if self.make_button.isEnabled():
            self._print_when_made = True
            self._subject = None if blank else subject  # a blank sheet is everyone's
            self.make_document()

    def _made(self, result: tuple[list[tuple[str, Path]], list[str]]) -> None:
        made, lacking = result
        self._job = None
        self.made = [path for _name, path in made]
        self.progress.hide()
        self.status.setText(
            fmt(self.tr("Made: %1"), self.made[0].name) if len(made) == 1 else fmt(self.tr("%1 documents made, one per municipality; “Save as…” writes them all into a folder."), len(made))
        )  # fmt: skip
        if lacking:
            hint = self.tr(
                "Note: %n character(s) missing from the fonts, printed as “�”: %1", "", len(lacking)
            )
            self.status.setText(self.status.text() + "\n" + fmt(hint, named(lacking)))
        self.shown.blockSignals(True)
        self.shown.clear()
        for name, path in made:
            self.shown.addItem(name, str(path))
        self.shown.blockSignals(False)
        if self.made:
            self.preview.show_pdf(self.made[0])
        self._options_changed()
        if self._print_when_made:
            self._print_when_made = False
            self.print_document()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self._print_when_made = False
        self.progress.hide()
        self.status.setText("")
        self._options_changed()
        if not isinstance(exc, StoreError | ReportError | OSError):
            raise exc  # a bug: the crash handler logs it
        self.show_error(fmt(self.tr("No document was made: %1"), exc))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self._print_when_made = False
            self.progress.hide()
            self._options_changed()
            self.status.setText(self.tr("Cancelled: no document was made."))

    # ----- after making
    def print_document(self) -> None:
        """After "all municipalities", ask whether to print every document in one job or the shown one."""
        if not self.made or self._job is not None:
            return
        every = len(self.made) > 1 and ask(
            self,
            self.tr("Print"),
            fmt(self.tr("Print all %Ln documents in one go, or only the one shown (%1)?", "", len(self.made)),
                self.shown.currentText()),
            self.tr("&All"),
            self.tr("&Only the one shown"),
        )  # fmt: skip
        self.preview.print_document(list(self.made) if every else None)

    def _show_chosen(self, index: int) -> None:
        if 0 <= index < len(self.made):
            self.preview.show_pdf(self.made[index])

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
                self.show_error(fmt(self.tr("The document was not saved: %1"), exc))
                return
            self.show_info(fmt(self.tr("Saved: %1"), target))

    def _save_all(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        pairs = [(path, folder / path.name) for path in self.made]
        there = existing(pairs)
        if there and not ask(
            self,
            self.tr("Replace documents"),
            fmt(self.tr("%1 already holds %Ln of these documents:", "", len(there)), folder)
            + "\n"
            + "\n".join(p.name for p in there[:SHOW_NAMES])
            + (
                "\n" + self.tr("… and %n more", "", len(there) - SHOW_NAMES)
                if len(there) > SHOW_NAMES
                else ""
            )
            + "\n\n"
            + self.tr("Replace them with the new ones?"),
            self.tr("&Replace"),
            self.tr("&Keep the old ones"),
        ):
            return
        try:
            save_all(pairs)
        except OSError as exc:
            self.show_error(fmt(self.tr("The documents were not saved: %1"), exc))
            return
        self.show_info(fmt(self.tr("%Ln documents saved in %1", "", len(pairs)), folder))

    def choose_target(self, suggested: str) -> Path | None:
        """The file dialog; it, or ``save_file_name`` for a name typed without ".pdf", asks before replacing."""
        return save_file_name(
            self, self.tr("Save document as"), Path(suggested), self.tr("PDF (*.pdf)"), ".pdf"
        )

    def choose_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the documents (one PDF per municipality)")
        )
        return Path(name) if name else None
