"""The Pillars page's "What stands out" box: the weakest pillar of the chosen round (only once every
pillar is scored) and the biggest change between rounds, each with a way to act on it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....analysis.pillars import biggest_change, unscored_pillars, weakest_pillar
from ....catalog import Pillar
from ....store.dto.pillars import Round
from ...messages import fmt
from .radar import number


class StandoutBox(QGroupBox):
    show_pillar = Signal(str)  # "Show its indicators": the weakest pillar's key
    plan = Signal()  # "Plan measures"
    compare = Signal(object)  # "Open comparison": (before id, after id) of the biggest change, or None

    def __init__(self, titles: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What stands out"))
        self._titles = titles
        self.weakest: str | None = None
        self.change: tuple[str, str] | None = None
        self.weakest_text = QLabel()
        self.change_text = QLabel()
        self.show_button = QPushButton(self.tr("Sho&w its indicators"))
        self.plan_button = QPushButton(self.tr("&Plan measures"))
        self.compare_button = QPushButton(self.tr("&Open comparison"))
        self.plan_button.setToolTip(self.tr("Plan measures that strengthen this pillar"))
        self.show_button.clicked.connect(lambda: self.show_pillar.emit(self.weakest or ""))
        self.plan_button.clicked.connect(self.plan.emit)
        self.compare_button.clicked.connect(lambda: self.compare.emit(self.change))
        layout = QVBoxLayout(self)
        for label in (self.weakest_text, self.change_text):
            label.setTextFormat(Qt.TextFormat.PlainText)  # they quote round titles (user text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        act = QHBoxLayout()
        act.addWidget(self.show_button)
        act.addWidget(self.plan_button)
        act.addStretch(1)
        layout.addWidget(self.weakest_text)
        layout.addLayout(act)
        layout.addWidget(self.change_text)
        layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_round(
        self,
        rnd: Round | None,
        averages: dict[str, float | None],
        rounds: Sequence[Round],
        pillars: Sequence[Pillar],
    ) -> None:
        self.weakest = weakest_pillar(averages) if rnd else None
        if rnd is not None and self.weakest is not None:
            self.weakest_text.setText(
                fmt(
                    self.tr("Weakest pillar in “%1”: %2 (average %3)."),
                    rnd.title,
                    self._titles[self.weakest],
                    number(averages[self.weakest]),
                )
            )
        elif rnd is not None and any(v is not None for v in averages.values()):
            # Only some pillars scored: the lowest of those is not "the weakest"; say what is missing.
            missing = ", ".join(self._titles[k] for k in unscored_pillars(averages))
            self.weakest_text.setText(
                fmt(self.tr("Score every pillar to see which is weakest. Not scored yet: %1."), missing)
            )
        else:
            self.weakest_text.setText(self.tr("Score the indicators to see which pillar is weakest."))
        self.show_button.setEnabled(self.weakest is not None)
        self.plan_button.setEnabled(self.weakest is not None)
        self._show_change(rounds, pillars)

    def _show_change(self, rounds: Sequence[Round], pillars: Sequence[Pillar]) -> None:
        found = biggest_change(rounds, pillars)
        self.change = (found.before_id, found.after_id) if found else None
        self.compare_button.setEnabled(self.change is not None)
        if found is None:
            self.change_text.setText(self.tr("With two scored rounds, the biggest change shows here."))
            return
        titles = {r.id: r.title for r in rounds}
        delta = found.change.delta or 0.0
        if abs(delta) < 0.05:
            text = self.tr("No pillar changed from “%1” to “%2”.")
        elif delta > 0:
            text = self.tr("Biggest change from “%1” to “%2”: %3 improved by %4.")
        else:
            text = self.tr("Biggest change from “%1” to “%2”: %3 fell back by %4.")
        self.change_text.setText(
            fmt(
                text,
                titles[found.before_id],
                titles[found.after_id],
                self._titles[found.change.key],
                number(abs(delta)),
            )
        )
