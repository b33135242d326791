"""Berichte: choose a document, make it on the jobs lane (progress, cancel), preview, print, save."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....reports.fonts import named, take_lacking
from ....reports.kinds import KINDS
from ....reports.run import Options, ReportError, make, make_all
from ....store.errors import StoreError
from ...context import AppContext
from ...messages import fmt, plain_label
from ...tasks import Progress, TaskHandle
from ..base import Page
from .choices import CLUB_KIND, LANGUAGES_KIND, KindChoices
from .documents import CHECKLISTS, document_name, offered
from .preview import Preview
from .save_actions import SaveActions


class ReportsPage(Page, SaveActions):
    needs_municipality = False  # the comparison of all municipalities needs none chosen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._job: TaskHandle | None = None
        self._printing: TaskHandle | None = None  # pages going to the printer (save_actions.py)
        self._printer = None  # the last print run's printer (save_actions.py)
        self._folder = tempfile.TemporaryDirectory(prefix="vopi-documents-")
        self.made: list[Path] = []
        self._runs = 0  # "all" writes into a fresh folder of its own each time
        self._print_when_made = False
        self._made_as = ("dossier", False)  # the kind and blank-ness of the document made
        self._made_for: str | None = None  # the one municipality it is about (None: all, or none)
        self._retired: str | None = None  # why the made one went: said until the next, reloads too
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
        self.choices = KindChoices()  # the club of the opening checklist, the guide's languages
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
        # what the Mitmachen guide left out and why: scrolls in what room is left (1024x600)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.notes.setMinimumHeight(2 * self.notes.fontMetrics().lineSpacing())
        self.notes_label = QLabel(self.tr("Left out of the document, and what to have checked:"))
        self.notes_label.setWordWrap(True)
        self.notes_label.setBuddy(self.notes)
        self.shown = QComboBox()  # after "all": which municipality's document the preview shows
        self.shown_label = QLabel(self.tr("Displa&yed:"))
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
        form.addRow(self.choices)
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
        side_layout.addWidget(self.notes_label)
        side_layout.addWidget(self.notes, 1)
        side_layout.addStretch(0)
        self._show_notes([])

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
        self.choices.changed.connect(self._choice_changed)
        self.kind.currentIndexChanged.connect(self._load_clubs)
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
        self._load_clubs()

    def _load_clubs(self) -> None:
        """The clubs of the opening checklist's "Club" list, read when that kind is chosen."""
        mid = self.municipality_id
        if self.current_kind() != CLUB_KIND or mid is None:
            return

        def fetch(ws) -> list[tuple[str, str, bool]]:
            return [
                (r.actor_id, r.actor_name, r.checklist_id is not None) for r in ws.checklists.overview(mid)
            ]

        self.load(fetch, self.choices.set_clubs, part="clubs")

    def clear(self) -> None:
        self._options_changed()

    def help_text(self) -> str:
        return self.tr("Choose a document and make it; the preview shows it, Ctrl+P prints it.")

    # ----- options
    def current_kind(self) -> str:
        return self.kind.currentData() or "dossier"

    def _options_changed(self) -> None:
        kind = self.current_kind()
        running = self._job is not None or self._printing is not None
        self.blank.setEnabled(kind in CHECKLISTS and not running)
        everyone = kind == "consultant"
        self.this_one.setEnabled(not everyone and not running)
        self.every_one.setEnabled(not everyone and kind != LANGUAGES_KIND and not running)
        if kind == LANGUAGES_KIND:  # the guide is one municipality's
            self.this_one.setChecked(True)
        self.choices.show_for(kind)
        self.choices.set_enabled(not running)
        self.choices.club.setEnabled(not running and not self.every_one.isChecked())  # one town's club
        spec = KINDS.get(kind)  # every kind that names persons when asked, not the actors list alone
        self.personal.setEnabled(spec is not None and spec.personal and not running)
        ready = everyone or self.every_one.isChecked() or self.municipality_id is not None
        ready = ready and (kind != LANGUAGES_KIND or bool(self.choices.chosen_languages()))
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
                (
                    self._retired
                    or self.tr("Choose a document and press Make document; the preview shows it here.")
                )
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
        self._cancel_making()  # a job for the town before would show its document under this one
        self._retire(
            self.tr("Another municipality is chosen: press “Make document” to make the document for it.")
        )

    def _retire(self, said: str) -> None:
        """The preview, Print and Save act on the document made: once what it was made for differs, it goes."""
        retired = bool(self.made) and self._job is None
        if retired:
            self.made = []
            self.preview.clear()
            self._show_notes([])
            self._retired = said
        self._options_changed()

    # ----- making
    def make_document(self) -> None:
        if self._job is not None or not self.make_button.isEnabled():
            return
        kind = self.current_kind()
        if kind == LANGUAGES_KIND and (refused := self.choices.refusal()):
            self.show_error(refused)  # side by side: German and one other language only; nothing made
            return
        every = self.every_one.isEnabled() and self.every_one.isChecked()
        subject, self._subject = self._subject, None
        blank = self.blank.isEnabled() and self.blank.isChecked()
        if subject is None and kind == CLUB_KIND and not every:
            subject = self.choices.subject()  # one club, or None: every club that has begun
            # a club not begun: its document is the blank sheet with its name in it (not an anonymous one)
            blank = blank and (subject is None or self.choices.begun())
        self._made_as = (kind, blank)  # "Save as" names it
        guide = self.choices.guide()  # the Mitmachen guide's languages and layout
        options = Options(
            blank=blank,
            personal=self.personal.isEnabled() and self.personal.isChecked(),
            subject=subject[0] if subject is not None else None,
        )
        mid = self.municipality_id
        self._made_for = None if every or kind == "consultant" else mid
        everyone = self.tr("all municipalities")
        folder_now = Path(self._folder.name)
        self._runs += 1
        # "All" goes into a folder of its own here first; "Save as…" then copies every file where the
        # user wants them, asking before it replaces one (make_all itself would replace silently).
        folder_all = folder_now / f"all-{self._runs}"

        notes: list[str] = []  # what the guide left out and why (written by the job, read when done)

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
            # the name "Save as…" suggests, in the UI's language: the status line shows it
            out = folder_now / document_name(kind, name, options.blank)
            if kind == LANGUAGES_KIND and mid is not None:
                made = guide.make(ws, mid, out, progress.update, check)
                notes.extend(made.notes())
                return [(name, made.path)]
            return [(name, make(ws, kind, out, mid, options, progress.update, check))]

        def work(ws, progress: Progress) -> tuple[list[tuple[str, Path]], list[str], list[str]]:
            take_lacking()  # this job's documents only: the jobs lane runs one job at a time
            made = documents(ws, progress)
            return made, take_lacking(), notes  # the characters printed as "�" (reports/fonts.py)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Making the document…"))
        self._retired = None
        self.message.clear()
        self._job = self.run_job(work, self._made, self._failed, self._progressed)
        self._options_changed()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _made(self, result: tuple[list[tuple[str, Path]], list[str], list[str]]) -> None:
        made, lacking, notes = result
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
        self._show_notes(notes)
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

    def _show_notes(self, notes: list[str]) -> None:
        """The guide's left-out offers and unchecked translations, as on the Mitmachen page."""
        # a left-to-right mark first: a line opening with "العربية:" would be set right to left
        self.notes.setPlainText("\n".join("\u200e" + line for line in notes))
        self.notes.setVisible(bool(notes))
        self.notes_label.setVisible(bool(notes))

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
        """The Cancel button: the pages going to the printer, else the document being made."""
        if self._printing is not None:
            self.cancel_printing()
        else:
            self._cancel_making()

    def _cancel_making(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self._print_when_made = False
            self.progress.hide()
            self._options_changed()
            self.status.setText(self.tr("Cancelled: no document was made."))

    # ----- after making (Print and "Save as…": save_actions.py)
    def _show_chosen(self, index: int) -> None:
        if 0 <= index < len(self.made):
            self.preview.show_pdf(self.made[index])
