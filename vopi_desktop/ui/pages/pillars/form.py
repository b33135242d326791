"""The 20 indicators under their four pillars, each with a 1–5 score box and a note, in one scrolling form.

Each box offers the answers of its indicator's scale ("Nie … Regelmäßig" for "Wie oft …?"); 1–5 is stored.

The form only shows and reports: it emits ``committed`` when the user finishes a score or a note,
and the page saves it. A score box takes the mouse wheel only with the focus (``widgets/wheel_guard.py``,
as every form's fields), so scrolling the form never changes a score by accident.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....catalog import Catalog
from ....store.dto.pillars import Round
from ...messages import fmt
from ...widgets.wheel_guard import guard_one
from .radar import number

MAX_NOTE = 2000


class ScoreBox(QComboBox):
    """A combo box for one score; the wheel scrolls the page unless it has the focus (``guard_wheel``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard_one(self)

    def score(self) -> int | None:
        return self.currentData()

    def set_score(self, score: int | None) -> None:
        self.setCurrentIndex(max(self.findData(score), 0))


class ScoreForm(QScrollArea):
    committed = Signal(str, object, str)  # indicator key, score or None, note

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.combos: dict[str, ScoreBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.headings: dict[str, QLabel] = {}
        self._titles: dict[str, str] = {}
        self._numbers: dict[str, str] = {}  # indicator key -> "1.1"
        self._filling = False
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for number_, pillar in enumerate(catalog.pillars, start=1):
            group = QGroupBox()  # the title is a wrapping label: a long one must not widen the page
            group.setToolTip(pillar.description)
            group.setAccessibleName(pillar.title)
            heading = QLabel(pillar.title)
            heading.setWordWrap(True)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
            self.groups[pillar.key] = group
            self.headings[pillar.key] = heading
            self._titles[pillar.key] = pillar.title
            grid = QGridLayout(group)
            grid.setColumnStretch(3, 1)
            about = QLabel(pillar.description)
            about.setWordWrap(True)
            about.setStyleSheet("color: #555;")
            grid.addWidget(heading, 0, 0, 1, 4)
            grid.addWidget(about, 1, 0, 1, 4)
            row = 2
            for n, indicator in enumerate(pillar.indicators, start=1):
                self._numbers[indicator.key] = f"{number_}.{n}"
                question = QLabel(f"{number_}.{n}  {indicator.question}")
                question.setWordWrap(True)
                question.setStyleSheet("font-weight: bold; margin-top: 6px;")
                hint = QLabel(indicator.scale_hint)
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #555;")
                combo = ScoreBox()
                combo.addItem(self.tr("– not assessed"), None)
                for value, label in enumerate(
                    indicator.scale_labels, start=1
                ):  # the answers fit the question
                    combo.addItem(f"{value} – {label}", value)
                combo.setObjectName(f"score_{indicator.key}")
                combo.setAccessibleName(indicator.question)
                combo.setAccessibleDescription(indicator.scale_hint)
                combo.setToolTip(indicator.scale_hint)
                combo.setMinimumContentsLength(22)
                question.setBuddy(combo)
                note_label = QLabel(self.tr("Note:"))
                note = QLineEdit()
                note.setObjectName(f"note_{indicator.key}")
                note.setMaxLength(MAX_NOTE)
                note.setPlaceholderText(self.tr("what the score is based on"))
                note.setAccessibleName(fmt(self.tr("Note on %1"), f"{number_}.{n}"))
                note_label.setBuddy(note)
                combo.currentIndexChanged.connect(lambda _i, key=indicator.key: self._commit(key))
                note.editingFinished.connect(lambda key=indicator.key: self._commit(key))
                grid.addWidget(question, row, 0, 1, 4)
                grid.addWidget(hint, row + 1, 0, 1, 4)
                grid.addWidget(combo, row + 2, 0)
                grid.addWidget(note_label, row + 2, 2)
                grid.addWidget(note, row + 2, 3)
                grid.setColumnMinimumWidth(1, 8)
                self.combos[indicator.key] = combo
                self.notes[indicator.key] = note
                row += 3
            layout.addWidget(group)
        layout.addStretch(1)
        self.setWidget(inner)

    def set_round(self, rnd: Round | None) -> None:
        """Show a round's scores; None clears and disables the form."""
        self._filling = True
        try:
            for key, combo in self.combos.items():
                combo.set_score(rnd.score(key) if rnd else None)
                self.notes[key].setText(rnd.note(key) if rnd else "")
        finally:
            self._filling = False
        self.widget().setEnabled(rnd is not None)

    def set_indicator(self, key: str, score: int | None, note: str) -> None:
        """Show one indicator's stored value without reporting it as a new commit."""
        self._filling = True
        try:
            if self.combos[key].score() != score:
                self.combos[key].set_score(score)
            if self.notes[key].text() != note:
                self.notes[key].setText(note)
        finally:
            self._filling = False

    def set_averages(self, averages: dict[str, float | None]) -> None:
        """Put each pillar's average into its heading, so the figure is next to the questions."""
        for key, heading in self.headings.items():
            value = averages.get(key)
            suffix = fmt(self.tr("average %1"), number(value)) if value is not None else ""
            heading.setText(f"{self._titles[key]} – {suffix}" if suffix else self._titles[key])

    def number_of(self, key: str) -> str:
        """The indicator's number as the form shows it ("1.1" for the first of the first pillar)."""
        return self._numbers.get(key, key)

    def show_pillar(self, key: str) -> None:
        """Scroll to a pillar and put the cursor on its first score."""
        group = self.groups.get(key)
        if group is None:
            return
        self.ensureWidgetVisible(group, 0, 0)
        self.verticalScrollBar().setValue(group.y())
        first = group.findChild(ScoreBox)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _commit(self, key: str) -> None:
        if not self._filling:
            self.committed.emit(key, self.combos[key].score(), self.notes[key].text().strip())
