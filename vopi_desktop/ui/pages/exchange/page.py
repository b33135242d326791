"""Austausch: export a .vopi file (options, password, progress, cancel) and take one in through the
merge preview. Files arrive by the file dialog, by drop on the window, or from the command line /
a second start of the app (``open_file``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....exchange.errors import ExchangeError
from ....exchange.seal import MIN_PASSWORD, is_sealed
from ....store.errors import StoreError
from ... import messages
from ...context import AppContext
from ...messages import fmt, plain_label
from ...tasks import Progress, TaskHandle
from ...widgets.save_dialog import save_file_name
from ..base import Page
from .examples import ExampleList
from .import_result import taken_over
from .password import ask_password
from .preview import PreviewDialog

SUFFIX = ".vopi"


class ExchangePage(Page):
    needs_municipality = False  # a consultant exports all, and an import may bring the first one
    municipalities_changed = Signal()  # an import may bring new municipalities: the switcher reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._job: TaskHandle | None = None
        self._exporting = False  # only an export can be cancelled; an import's transaction runs to its end
        self._name = ""
        layout = self.page_layout()
        layout.addWidget(self._export_box())
        layout.addWidget(self._import_box())
        layout.addStretch(1)
        self._update()

    # ----- layout
    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Send: export a .vopi file"))
        self.this_one = QRadioButton(self.tr("The &current municipality"))
        self.every_one = QRadioButton(self.tr("&All municipalities of this workspace"))
        self.examples_only = QRadioButton(self.tr("&Chosen practice examples of the current municipality"))
        self.examples = ExampleList()
        self.this_one.setChecked(True)
        self.without_personal = QCheckBox(self.tr("&Without personal data (contact persons are left out)"))
        self.with_password = QCheckBox(self.tr("Protect w&ith a password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat password"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.cancel_button = QPushButton(self.tr("Cance&l"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(False)
        self.export_status = plain_label()
        self.export_status.setWordWrap(True)

        form = QFormLayout(box)
        which = QVBoxLayout()
        which.addWidget(self.this_one)
        which.addWidget(self.every_one)
        which.addWidget(self.examples_only)
        form.addRow(QLabel(self.tr("What:")), which)
        self.examples_label = QLabel(self.tr("Tic&k the ones to send:"))
        self.examples_label.setBuddy(self.examples)
        form.addRow(self.examples_label, self.examples)
        form.addRow(self.without_personal)
        form.addRow(self.with_password)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        repeat_label = QLabel(self.tr("&Repeat:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(password_label, self.password)
        form.addRow(repeat_label, self.repeat)
        hint = plain_label(
            self.tr("Send the file by e-mail and tell the password by phone, never in the same e-mail.")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 2)
        buttons.addStretch(1)  # the buttons keep their size while the progress bar is hidden
        form.addRow(buttons)
        form.addRow(self.export_status)

        for toggle in (self.this_one, self.every_one, self.examples_only, self.with_password):
            toggle.toggled.connect(self._update)
        self.examples.ticks_changed.connect(self._update)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        return box

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receive: take in a .vopi file"))
        self.import_button = QPushButton(self.tr("&Open file…"))
        self.import_status = plain_label(
            self.tr(
                "Choose a file, drop it on the window or open it from the e-mail program. A preview shows "
                "what is new and what differs before anything is taken over; a backup is made first."
            )
        )
        self.import_status.setWordWrap(True)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.import_status)
        self.import_button.clicked.connect(self.choose_import)
        return box

    # ----- page protocol
    def reload(self) -> None:
        if self.municipality_id is not None and self._job is None:
            self.this_one.setChecked(True)  # a municipality sends its own file; a consultant picks "all"
        self._update()
        if self.municipality_id is not None:
            mid = self.municipality_id
            self.load(lambda ws: ws.municipalities.get(mid).name, self._named)
            self.load(
                lambda ws: [(p.id, p.title) for p in ws.practice.list(mid)],
                self.examples.fill,
                part="examples",
            )
        else:
            self.examples.fill([])

    def _named(self, name: str) -> None:
        self._name = name
        self.this_one.setText(fmt(self.tr("&The current municipality (%1)"), name))

    def clear(self) -> None:
        self._name = ""
        self.examples.fill([])
        self._update()

    def help_text(self) -> str:
        return self.tr(
            "Export writes a .vopi file to send by e-mail; Open file takes one in after a preview of what "
            "changes. Conflicts are decided per record: keep mine, take theirs, or newer wins. A file also "
            "says what the sender deleted: the preview names it, and it is deleted here too unless it was "
            "changed here since; it can also be kept, one by one or all at once (All deletions). A record "
            'whose only difference is that the file names one deleted here is listed as "names one deleted '
            'here" and stays as it is here.'
        )

    def _update(self) -> None:
        running = self._job is not None
        has_place = self.municipality_id is not None
        self.this_one.setEnabled(has_place and not running)
        if not has_place:
            self.every_one.setChecked(True)
        elif self.examples_only.isChecked() and not self.examples.count():
            self.this_one.setChecked(True)  # no examples (any more) here
        self.every_one.setEnabled(not running)
        self.examples_only.setEnabled(has_place and self.examples.count() > 0 and not running)
        chosen = self.examples_only.isChecked()
        for part in (self.examples_label, self.examples):
            part.setVisible(chosen)
        self.examples.setEnabled(not running)
        self.without_personal.setEnabled(not running)
        self.with_password.setEnabled(not running)
        sealed = self.with_password.isChecked()
        for field in (self.password, self.repeat):
            field.setEnabled(sealed and not running)
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running and self._exporting)
        self.progress.setVisible(running or self.progress.value() > 0)
        self.import_button.setEnabled(not running)

    # ----- export
    def start_export(self) -> None:
        if self._job is not None:
            return
        password = None
        if self.with_password.isChecked():
            password = self.password.text()
            if len(password) < MIN_PASSWORD:
                self.show_error(fmt(self.tr("The password needs at least %1 characters."), MIN_PASSWORD))
                self.password.setFocus()
                return
            if password != self.repeat.text():
                self.show_error(self.tr("The two passwords differ."))
                self.repeat.setFocus()
                return
        one = self.this_one.isChecked() and self.municipality_id is not None
        name = self._name if one else None
        chosen = self.examples.checked_ids() if self.examples_only.isChecked() else None
        if chosen == []:
            self.show_error(self.tr("Tick at least one practice example to send."))
            self.examples.setFocus()
            return
        suggested = fmt(self.tr("%1 practice examples"), self._name) if chosen else name
        target = self.choose_export_target(self.suggested_name(suggested))
        if target is None:
            return
        personal = not self.without_personal.isChecked()

        def work(ws: Any, progress: Progress) -> Any:
            def step(percent: int, _what: str) -> None:
                progress.update(percent, 100)

            return ws.exchange.export_file(target, name, personal, password, step, chosen)

        self.message.clear()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.export_status.setText(self.tr("Exporting…"))
        self._exporting = True
        self._job = self.run_job(work, self._exported, self._export_failed, self._progressed)
        self._update()

    def suggested_name(self, name: str | None) -> str:
        base = name or self.tr("all-municipalities")
        safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in base).strip() or "vopi"
        return str(self.ctx.config.data_dir / "exports" / f"{safe}{SUFFIX}")

    def choose_export_target(self, suggested: str) -> Path | None:
        return save_file_name(
            self, self.tr("Export as"), Path(suggested), self.tr("VOPI exchange file (*.vopi)"), SUFFIX
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _exported(self, result: Any) -> None:
        self._job, self._exporting = None, False
        self.progress.setValue(self.progress.maximum())
        text = fmt(self.tr("Written: %1 (%2 records)"), result.path, result.records)
        for name in result.left_out:  # "all" leaves the example town out (exchange/example_towns.py)
            text += " " + fmt(self.tr("The example town “%1” is not included."), name)
        self.export_status.setText(text)
        self.password.clear()
        self.repeat.clear()
        self._update()

    def _export_failed(self, exc: BaseException) -> None:
        self._job, self._exporting = None, False
        self.progress.setValue(0)
        self._update()
        if not isinstance(exc, StoreError | OSError):
            raise exc  # a bug: the crash handler logs it
        self.export_status.setText("")
        self.show_error(fmt(self.tr("No file was written: %1"), exc))

    def cancel_export(self) -> None:
        """The export stops at its next step and removes its temporary file; no callback follows."""
        if self._job is not None and self._exporting:
            self._job.cancel()
            self._job, self._exporting = None, False
            self.progress.setValue(0)
            self.export_status.setText(self.tr("Cancelled: no file was written."))
            self._update()

    # ----- import
    def choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open exchange file"), "", self.tr("VOPI exchange file (*.vopi);;All files (*)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read and plan a file on the jobs lane, then show the preview (every way in ends here)."""
        if self._job is not None:
            self.show_error(self.tr("Please wait until the current export or import has finished."))
            return
        password = None
        if _sealed(path):
            password = ask_password(self, path.name)
            if password is None:
                return
        target = self.municipality_id  # practice examples from a consultant go to the current one
        self.message.clear()
        self.import_status.setText(fmt(self.tr("Reading %1…"), path.name))
        self.progress.setRange(0, 0)
        self._job = self.run_job(
            lambda ws, _progress: ws.exchange.prepare_import(path, password, "newer", target),
            self._planned,
            self._import_failed,
        )
        self._update()

    def _planned(self, plan: Any) -> None:
        self._job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._update()
        self.import_status.setText(fmt(self.tr("Preview of %1"), plan.file_name))
        dialog = PreviewDialog(plan, self.ctx.catalog, self)
        if messages.run(dialog) != PreviewDialog.DialogCode.Accepted:
            self.import_status.setText(fmt(self.tr("%1 was not taken over."), plan.file_name))
            return
        self.take_over(plan)

    def take_over(self, plan: Any) -> None:
        config = self.ctx.config
        self.import_status.setText(fmt(self.tr("Taking over %1…"), plan.file_name))
        self.progress.setRange(0, 0)
        self._job = self.run_job(
            lambda ws, _progress: ws.exchange.apply_import(
                plan, config.backups_dir, config.settings.backups_to_keep
            ),
            lambda result: self._applied(plan, result),
            self._import_failed,
        )
        self._update()

    def _applied(self, plan: Any, result: Any) -> None:
        self._job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)  # hidden: a full bar in the export box read as a finished export
        self._update()
        if result is None:
            self.import_status.setText(
                fmt(self.tr("%1: nothing to take over, all is up to date."), plan.file_name)
            )
            return
        # The import rewrote records the history's steps expect at their old versions: undoing one
        # would be refused as "changed by someone else". So the history ends here, as on a switch.
        had_steps = len(self.ctx.undo) > 0
        self.ctx.undo.clear()
        text = taken_over(plan, result, had_steps)
        self.import_status.setText(text)
        self.status_message.emit(text)
        self.data_changed.emit()
        self.municipalities_changed.emit()

    def _import_failed(self, exc: BaseException) -> None:
        self._job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._update()
        if not isinstance(exc, StoreError | OSError):
            raise exc  # a bug: the crash handler logs it
        self.import_status.setText(self.tr("Nothing was taken over."))
        self.show_error(
            str(exc) if isinstance(exc, ExchangeError) else fmt(self.tr("Import failed: %1"), exc)
        )


def _sealed(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return is_sealed(handle.read(16))
    except OSError:
        return False  # the pipeline says what is wrong with the file
