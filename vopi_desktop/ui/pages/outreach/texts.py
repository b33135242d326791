"""The outreach texts per language: which are reviewed, the municipality's wording, mark reviewed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....catalog.outreach import OutreachCatalog
from ....store.dto.outreach import OutreachText
from ...editor import EditorPanel
from ...messages import plain_tooltip
from ...widgets.optional_date import shown_date


class TextForm(EditorPanel):
    """The wording of one text in one language; empty means the built-in wording."""

    def __init__(self, cat: OutreachCatalog, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.cat = cat
        self.review_handler: Callable[[str], bool] | None = None
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        body_label = QLabel(self.tr("&Wording (empty: the built-in text):"))
        body_label.setBuddy(self.body)
        self.builtin = QLabel()
        self.builtin.setTextFormat(Qt.TextFormat.PlainText)
        self.builtin.setWordWrap(True)
        self.builtin.setStyleSheet("color: #5f6b76;")
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("e.g. a native speaker from a migrant organisation"))
        reviewer_label = QLabel(self.tr("Reviewed &by:"))
        reviewer_label.setBuddy(self.reviewer)
        self.review_button = QPushButton(self.tr("Mar&k reviewed"))
        self.review_button.clicked.connect(self._review)
        self.name_fields({"body": self.body, "reviewed_by": self.reviewer})
        review = QHBoxLayout()
        review.addWidget(reviewer_label)
        review.addWidget(self.reviewer, 1)
        review.addWidget(self.review_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.builtin)
        layout.addWidget(body_label)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        layout.addLayout(review)
        layout.addWidget(self.error)
        self.watch(self.body)
        self.setEnabled(False)

    def fill(self, row: OutreachText | None) -> None:
        self.setEnabled(row is not None)
        if row is None:
            self.body.setPlainText("")
            self.builtin.setText("")
            self.set_title("")
            return
        builtin = self.cat.s(row.language, f"text.{row.topic}")
        self.builtin.setText(builtin)
        self.body.setPlainText(row.body)
        self.set_title(f"{self.cat.s(row.language, f'heading.{row.topic}')} ({row.language})")
        self.body.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if self.cat.language(row.language).rtl
            else Qt.LayoutDirection.LeftToRight
        )

    def values(self) -> str:
        return self.body.toPlainText()

    def _review(self) -> None:
        self.error.hide()
        if self.review_handler is not None:
            self.review_handler(self.reviewer.text())


class TextsTab(QWidget):
    """The table of texts (topic, language, review status) above the form of the chosen one."""

    chosen = Signal(object)

    def __init__(self, cat: OutreachCatalog, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat, self.ui_lang = cat, ui_lang
        self.rows: list[OutreachText] = []
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Texts per language"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Text"), self.tr("Language"), self.tr("Review status"), self.tr("Reviewed by, on")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # the topic tells the rows apart: it gets the room ("Was ist ein …" on every row said nothing);
        # language, status and reviewer as wide as their contents
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the reviewer takes the rest, shortened with "…"
        self.table.currentCellChanged.connect(lambda row, *_: self._choose(row))
        self.form = TextForm(cat)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.form)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def set_rows(self, rows: Sequence[OutreachText], keep: tuple[str, str] | None = None) -> None:
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            reviewed = row.review_status == "reviewed"
            status = self.tr("Reviewed") if reviewed else self.tr("Not reviewed")
            if row.body.strip():
                status += " · " + self.tr("own wording")
            when = shown_date(row.reviewed_on) if row.reviewed_on else ""
            cells = (
                self.cat.s(self.ui_lang, f"heading.{row.topic}"),
                self.cat.language(row.language).name,
                status,
                ", ".join(x for x in (row.reviewed_by, when) if x),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))  # the reviewer's name is user text
                self.table.setItem(n, column, item)
        self.table.blockSignals(False)
        target = next(
            (n for n, r in enumerate(self.rows) if keep and (r.topic, r.language) == keep),
            0 if self.rows else -1,
        )
        if target >= 0:
            self.table.setCurrentCell(target, 0)
        self._choose(target)

    def select(self, topic: str, language: str) -> None:
        for n, row in enumerate(self.rows):
            if (row.topic, row.language) == (topic, language):
                self.table.setCurrentCell(n, 0)

    def current(self) -> OutreachText | None:
        n = self.table.currentRow()
        return self.rows[n] if 0 <= n < len(self.rows) else None

    def _choose(self, n: int) -> None:
        row = self.rows[n] if 0 <= n < len(self.rows) else None
        if row is not self.form.row:
            self.form.show_row(row)
            self.chosen.emit(row)
