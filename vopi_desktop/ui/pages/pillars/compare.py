"""Two rounds side by side: how each pillar moved, and which indicators improved or fell back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....analysis.pillars import Comparison, IndicatorChange, compare
from ....catalog import Catalog
from ....store.dto.pillars import Round
from ...messages import fmt
from .dialog import date_text
from .model import RowsModel
from .radar import number


def _table(model: RowsModel, name: str) -> QTableView:
    """A read-only table whose rows grow with wrapped text, so whole questions are readable."""
    view = QTableView()
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def _box(title: str, view: QTableView, empty: QLabel) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(view)
    layout.addWidget(empty)
    empty.hide()
    return box


class CompareView(QWidget):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._rounds: list[Round] = []
        self.comparison: Comparison | None = None
        self._numbers = {
            i.key: f"{p_no}.{i_no}"
            for p_no, p in enumerate(catalog.pillars, start=1)
            for i_no, i in enumerate(p.indicators, start=1)
        }
        self.before = QComboBox()
        self.after = QComboBox()
        for combo in (self.before, self.after):
            combo.setMinimumContentsLength(28)
            combo.currentIndexChanged.connect(self._update)
        choose = QFormLayout()
        choose.addRow(self.tr("Ear&lier round:"), self.before)
        choose.addRow(self.tr("La&ter round:"), self.after)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        change = self.tr("Change")
        earlier, later = self.tr("Earlier"), self.tr("Later")
        self.pillar_model = RowsModel([self.tr("Pillar (average)"), earlier, later, change], (1, 2, 3))
        indicator_headers = [self.tr("Indicator"), self.tr("Pillar"), earlier, later, change]
        self.improved_model = RowsModel(indicator_headers, (2, 3, 4))
        self.fell_back_model = RowsModel(indicator_headers, (2, 3, 4))
        self.pillar_view = _table(self.pillar_model, self.tr("Pillar averages compared"))
        self.improved_view = _table(self.improved_model, self.tr("Indicators that improved"))
        self.fell_back_view = _table(self.fell_back_model, self.tr("Indicators that fell back"))
        self.pillar_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.pillar_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pillar_view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for view in (self.improved_view, self.fell_back_view):
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(1, 190)
        self.no_improved = QLabel(self.tr("No indicator improved."))
        self.no_fell_back = QLabel(self.tr("No indicator fell back."))
        self.improved_box = _box(self.tr("Improved"), self.improved_view, self.no_improved)
        self.fell_back_box = _box(self.tr("Fell back"), self.fell_back_view, self.no_fell_back)

        top = QHBoxLayout()
        top.addLayout(choose)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pillar_view)
        layout.addWidget(self.improved_box, 1)
        layout.addWidget(self.fell_back_box, 1)
        layout.addStretch(0)

    def set_rounds(self, rounds: list[Round]) -> None:
        """Offer these rounds; keep the chosen pair if it still exists, else the last two."""
        before, after = self.before.currentData(), self.after.currentData()
        self._rounds = list(rounds)
        ids = [r.id for r in rounds]
        if before not in ids or after not in ids:
            before = ids[-2] if len(ids) > 1 else None
            after = ids[-1] if ids else None
        for combo in (self.before, self.after):
            combo.blockSignals(True)
            combo.clear()
            for r in rounds:
                combo.addItem(f"{r.title} ({date_text(r.held_on)})" if r.held_on else r.title, r.id)
            combo.blockSignals(False)
        self.choose(before, after)

    def choose(self, before_id: str | None, after_id: str | None) -> None:
        for combo, wanted in ((self.before, before_id), (self.after, after_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(wanted) if wanted else -1)
            combo.blockSignals(False)
        self._update()

    def _update(self) -> None:
        by_id = {r.id: r for r in self._rounds}
        before, after = by_id.get(self.before.currentData()), by_id.get(self.after.currentData())
        self.comparison = None
        if before is None or after is None or before is after:
            self.summary.setText(
                self.tr("Create a second round to compare.")
                if len(self._rounds) < 2
                else self.tr("Choose two different rounds.")
            )
            for model in (self.pillar_model, self.improved_model, self.fell_back_model):
                model.set_rows([])
            self._show_empty(True, True)
            return
        self.comparison = c = compare(before, after, self.catalog.pillars)
        titles = {p.key: p.title for p in self.catalog.pillars}
        self.pillar_model.set_rows(
            [[titles[p.key], number(p.before), number(p.after), number(p.delta, True)] for p in c.pillars]
        )
        for model, changes in ((self.improved_model, c.improved), (self.fell_back_model, c.fell_back)):
            model.set_rows([self._row(x, titles) for x in changes], [self._question(x) for x in changes])
        self._show_empty(not c.improved, not c.fell_back)
        self.improved_box.setTitle(fmt(self.tr("Improved (%1)"), str(len(c.improved))))
        self.fell_back_box.setTitle(fmt(self.tr("Fell back (%1)"), str(len(c.fell_back))))
        text = fmt(
            self.tr("%1 improved, %2 fell back, %3 unchanged."),
            str(len(c.improved)),
            str(len(c.fell_back)),
            str(len(c.unchanged)),
        )
        if c.not_comparable:
            text += " " + fmt(self.tr("%1 scored in only one of the two rounds."), str(len(c.not_comparable)))
        self.summary.setText(text)

    def _show_empty(self, no_improved: bool, no_fell_back: bool) -> None:
        """An empty list says so in words instead of showing a blank table."""
        for view, label, empty in (
            (self.improved_view, self.no_improved, no_improved),
            (self.fell_back_view, self.no_fell_back, no_fell_back),
        ):
            view.setVisible(not empty)
            label.setVisible(empty)
        self.improved_box.setSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Maximum if no_improved else QSizePolicy.Policy.Preferred,
        )
        self.fell_back_box.setSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Maximum if no_fell_back else QSizePolicy.Policy.Preferred,
        )

    def _question(self, change: IndicatorChange) -> str:
        return self.catalog.indicator(change.key).question

    def _row(self, change: IndicatorChange, titles: dict[str, str]) -> list[str]:
        delta = f"{change.delta:+d}" if change.delta is not None else "–"
        return [
            f"{self._numbers.get(change.key, change.key)}  {self._question(change)}",
            titles.get(change.pillar, change.pillar),
            str(change.before),
            str(change.after),
            delta,
        ]
