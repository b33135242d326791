"""The Mitmachen page's Document tab: the languages of the printed guide, made on the jobs lane, and
what the document left out and why (expired offers, actors in the trash, contacts without consent)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....catalog.outreach import OutreachCatalog
from ....reports.run import ReportError, file_name
from ....store.errors import StoreError
from ...messages import fmt
from .side_by_side import SideBySide

if TYPE_CHECKING:
    from ..base import Page

DEFAULT_LANGUAGES = ("de", "ar", "tr", "uk")


class DocumentTab(QWidget):
    def __init__(self, page: Page, cat: OutreachCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.made_path: Path | None = None
        self._job = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Languages of the document:")))
        grid = QGridLayout()
        self.languages: dict[str, QCheckBox] = {}
        for n, lang in enumerate(cat.languages):
            box = QCheckBox(f"{lang.name} ({lang.code})")
            box.setChecked(lang.code in DEFAULT_LANGUAGES)
            self.languages[lang.code] = box
            grid.addWidget(box, n // 5, n % 5)
        layout.addLayout(grid)
        self.bilingual = SideBySide()  # German and one other language in two columns (also on Berichte)
        layout.addWidget(self.bilingual)
        self.make_button = QPushButton(self.tr("Make &the document"))
        self.make_button.clicked.connect(self.make)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        # printed as every printout, on the Berichte page: made there in these languages, then the dialog
        self.print_button = QPushButton(self.tr("Pri&nt…"))
        self.print_button.setAccessibleName(self.tr("Print the guide"))
        self.print_button.setToolTip(self.tr("Makes the guide in the ticked languages on the Reports page and prints it (Ctrl+P)."))  # fmt: skip
        self.print_button.clicked.connect(lambda: page.print_requested.emit(False))
        make_row = QHBoxLayout()
        make_row.addWidget(self.make_button)
        make_row.addWidget(self.print_button)
        make_row.addWidget(self.status, 1)
        layout.addLayout(make_row)
        left_out_label = QLabel(self.tr("Left out of the document, and what to have checked:"))
        self.left_out = QPlainTextEdit()
        self.left_out.setReadOnly(True)
        left_out_label.setBuddy(self.left_out)
        layout.addWidget(left_out_label)
        layout.addWidget(self.left_out, 1)

    def chosen(self) -> list[str]:
        return [code for code, box in self.languages.items() if box.isChecked()]

    def make(self) -> None:
        from ....reports.outreach import make_outreach

        page = self.page
        mid, codes = page.municipality_id, self.chosen()
        if mid is None or self._job is not None:
            return
        if not codes:
            page.show_error(self.tr("Please choose at least one language."))
            return
        if refused := self.bilingual.refusal(codes):
            page.show_error(refused)
            return
        layout = self.bilingual.chosen_layout()
        folder = Path(page.ctx.config.exports_dir)

        def work(ws, progress):
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / file_name("outreach", ws.municipalities.get(mid).name)
            return make_outreach(
                ws, mid, codes, target, progress.update, lambda: progress.cancelled, layout=layout
            )

        def made(result) -> None:
            self._job = None
            self.make_button.setEnabled(True)
            self.made_path = result.path
            self.status.setText(fmt(self.tr("Made: %1"), result.path))
            lines = result.notes()
            self.left_out.setPlainText("\n".join(lines) or self.tr("Nothing was left out."))

        def failed(exc: BaseException) -> None:
            self._job = None
            self.make_button.setEnabled(True)
            self.status.setText("")
            if not isinstance(exc, StoreError | ReportError | OSError):
                raise exc
            page.show_error(fmt(self.tr("No document was made: %1"), exc))

        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Making the document…"))
        self._job = page.run_job(work, made, failed)
