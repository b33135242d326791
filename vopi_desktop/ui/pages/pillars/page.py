"""The Pillars page: assessment rounds, the 20 indicator scores, the radar chart, comparison, insights."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....analysis.pillars import biggest_change, pillar_averages, unscored_pillars, weakest_pillar
from ....store.dto.pillars import Round
from ....store.errors import NotFoundError, StaleRecordError, StoreError
from ...context import AppContext
from ...messages import fmt
from ...widgets.fit import fit_width
from ...widgets.titles import titled
from ..base import Page
from .compare import CompareView
from .dialog import RoundDialog, date_text
from .form import ScoreForm
from .radar import RadarChart, RadarSeries, number

RADAR_ROUNDS = 4  # the chosen round and up to three others: more outlines stop being readable


class PillarsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        catalog = ctx.catalog
        self._rounds: list[Round] = []
        self._titles = {p.key: p.title for p in catalog.pillars}
        self.dialog: RoundDialog | None = None
        self.confirm: QMessageBox | None = None

        heading = QLabel("<h2>" + self.tr("Pillar self-assessment") + "</h2>")
        round_label = QLabel(self.tr("&Round:"))
        self.round_combo = QComboBox()
        self.round_combo.setMinimumContentsLength(30)
        round_label.setBuddy(self.round_combo)
        self.round_combo.currentIndexChanged.connect(self._show_selected)
        self.new_button = QPushButton(self.tr("&New round…"))
        self.edit_button = QPushButton(self.tr("Ed&it round…"))
        self.delete_button = QPushButton(self.tr("&Delete round"))
        self.new_button.clicked.connect(self.new_round)
        self.edit_button.clicked.connect(self.edit_round)
        self.delete_button.clicked.connect(self.delete_round)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.round_combo)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_round)
        bar = QHBoxLayout()
        bar.addWidget(round_label)
        bar.addWidget(self.round_combo, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(0, 12, 0, 0)

        self.form = ScoreForm(catalog)
        self.form.committed.connect(self._save_score)
        self.radar = RadarChart()
        self.radar.setMaximumWidth(520)
        self._build_insights()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_columns(), self.tr("&Assessment"))
        self.compare = CompareView(catalog)
        self.tabs.addTab(self.compare, self.tr("&Comparison"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addWidget(self.empty, 1)  # either the empty note or the tabs fill the page
        layout.addWidget(self.tabs, 1)

    def _build_columns(self) -> QSplitter:
        """Form | radar and insights, side by side in a remembered splitter.

        The side column scrolls on a low screen instead of letting the insights slide under the
        radar, and neither column can be dragged narrower than its content needs.
        """
        side_panel = QWidget()
        side = QVBoxLayout(side_panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.radar)
        side.addWidget(self.insights)
        side.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setWidget(side_panel)
        fit_width(side_scroll)
        fit_width(self.form)
        self.columns = QSplitter()
        self.columns.addWidget(self.form)
        self.columns.addWidget(side_scroll)
        self.columns.setChildrenCollapsible(False)
        self.columns.setStretchFactor(0, 3)
        self.columns.setStretchFactor(1, 2)
        self.columns.setSizes([600, 400])  # scaled to the width the page gets
        self.ctx.layout.remember(self.columns, "pillars/columns")
        return self.columns

    def _build_insights(self) -> None:
        self.insights = QGroupBox(self.tr("What stands out"))
        self.weakest_text = QLabel()
        self.change_text = QLabel()
        self.show_button = QPushButton(self.tr("&Show its indicators"))
        self.plan_button = QPushButton(self.tr("&Plan measures"))
        self.compare_button = QPushButton(self.tr("&Open comparison"))
        self.plan_button.setToolTip(self.tr("Plan measures that strengthen this pillar"))
        self.show_button.clicked.connect(lambda: self.form.show_pillar(self._weakest or ""))
        self.plan_button.clicked.connect(lambda: self.navigate.emit("measures"))
        self.compare_button.clicked.connect(self._open_comparison)
        layout = QVBoxLayout(self.insights)
        for label in (self.weakest_text, self.change_text):
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
        self._weakest: str | None = None
        self._change: tuple[str, str] | None = None

    # ----- loading
    def reload(self) -> None:
        self._load(self.round_combo.currentData())

    def _load(self, select: str | None) -> None:
        self._rounds = []
        if self.municipality_id is not None:
            try:
                self._rounds = self.ctx.workspace.pillars.rounds(self.municipality_id)
            except StoreError as exc:
                self.status_message.emit(str(exc))
        self._fill_combo(select)

    def _fill_combo(self, select: str | None) -> None:
        ids = [r.id for r in self._rounds]
        if select not in ids:
            select = ids[-1] if ids else None
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        kinds = self.ctx.catalog.vocab("round_kinds")
        for r in self._rounds:
            when = date_text(r.held_on) or self.tr("no date")
            self.round_combo.addItem(f"{r.title} – {when} ({kinds.get(r.kind, r.kind)})", r.id)
        self.round_combo.setCurrentIndex(ids.index(select) if select else -1)
        self.round_combo.blockSignals(False)
        has_place, has_rounds = self.municipality_id is not None, bool(self._rounds)
        self.new_button.setEnabled(has_place)
        for widget in (self.edit_button, self.delete_button, self.round_combo):
            widget.setEnabled(has_rounds)
        self.tabs.setVisible(has_rounds)
        self.info.setVisible(has_rounds)
        self.empty.setVisible(not has_rounds)
        self.empty.setText(
            self.tr(
                "No assessment round yet. Start with a baseline: choose “New round…”, enter the date and who "
                "took part, then score the 20 indicators from 1 (not at all) to 5 (fully). A later follow-up "
                "round shows what has changed."
            )
            if has_place
            else self.tr("Create or choose a municipality first.")
        )
        self.compare.set_rounds(self._rounds)
        self._show_selected()

    def current_round(self) -> Round | None:
        rid = self.round_combo.currentData()
        return next((r for r in self._rounds if r.id == rid), None)

    def _show_selected(self) -> None:
        rnd = self.current_round()
        self.form.set_round(rnd)
        self._show_figures()

    def _show_figures(self) -> None:
        """Everything computed from the scores: headings, radar, info line, insights."""
        rnd = self.current_round()
        pillars = self.ctx.catalog.pillars
        averages = pillar_averages(rnd.scores, pillars) if rnd else {}
        self.form.set_averages(averages)
        self.radar.set_data(list(self._titles.items()), self._radar_series(rnd))
        if rnd is not None:
            parts = [self.ctx.catalog.label("round_kinds", rnd.kind)]
            if rnd.held_on:
                parts.append(date_text(rnd.held_on))
            if rnd.participants:
                parts.append(fmt(self.tr("Participants: %1"), " ".join(rnd.participants.split())))
            parts.append(
                fmt(self.tr("%1 of %2 indicators scored"), str(rnd.scored_count), str(len(self.form.combos)))
            )
            self.info.setText(" · ".join(parts))
        self._show_insights(rnd, averages)

    def _radar_series(self, rnd: Round | None) -> list[RadarSeries]:
        shown = [r for r in self._rounds if r is not rnd][-(RADAR_ROUNDS - 1) :] + ([rnd] if rnd else [])
        shown.sort(key=self._rounds.index)
        pillars = self.ctx.catalog.pillars
        return [
            RadarSeries(
                f"{r.title} ({date_text(r.held_on)})" if r.held_on else r.title,
                pillar_averages(r.scores, pillars),
                r is rnd,
            )
            for r in shown
        ]

    def _show_insights(self, rnd: Round | None, averages: dict[str, float | None]) -> None:
        self._weakest = weakest_pillar(averages) if rnd else None
        if rnd is not None and self._weakest is not None:
            self.weakest_text.setText(
                fmt(
                    self.tr("Weakest pillar in “%1”: %2 (average %3)."),
                    rnd.title,
                    self._titles[self._weakest],
                    number(averages[self._weakest]),
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
        self.show_button.setEnabled(self._weakest is not None)
        self.plan_button.setEnabled(self._weakest is not None)
        found = biggest_change(self._rounds, self.ctx.catalog.pillars)
        self._change = (found.before_id, found.after_id) if found else None
        if found is None:
            self.change_text.setText(self.tr("With two scored rounds, the biggest change shows here."))
        else:
            titles = {r.id: r.title for r in self._rounds}
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
        self.compare_button.setEnabled(self._change is not None)

    def _open_comparison(self) -> None:
        if self._change is not None:
            self.compare.choose(*self._change)
        self.tabs.setCurrentWidget(self.compare)
        self.compare.improved_view.setFocus()

    # ----- scores
    def _save_score(self, key: str, score: int | None, note: str) -> None:
        rnd = self.current_round()
        if rnd is None:
            return
        if rnd.score(key) == score and rnd.note(key) == note:
            return  # focus left an unchanged field
        try:
            saved = self.ctx.workspace.pillars.set_score(
                rnd.id, key, score, note, rnd.score_versions.get(key)
            )
        except (StaleRecordError, NotFoundError) as exc:
            # show what is stored now: the other person's value, or the round gone
            self.status_message.emit(str(exc))
            self._replace(self._reread(rnd))
            self.form.set_round(self.current_round())
            return
        except StoreError as exc:
            self.status_message.emit(str(exc))
            self.form.set_indicator(key, rnd.score(key), rnd.note(key))
            return
        self._replace(saved)
        self.form.set_indicator(key, saved.score(key), saved.note(key))
        self.status_message.emit(self.tr("Saved."))
        self.data_changed.emit()

    def _reread(self, rnd: Round) -> Round | None:
        try:
            return self.ctx.workspace.pillars.get_round(rnd.id)
        except StoreError:
            return None

    def _replace(self, rnd: Round | None) -> None:
        if rnd is None:  # deleted elsewhere
            self.reload()
            return
        self._rounds = [rnd if r.id == rnd.id else r for r in self._rounds]
        self.compare.set_rounds(self._rounds)
        self._show_figures()

    # ----- rounds
    def new_round(self) -> None:
        if self.municipality_id is not None:
            self._open_dialog(None)

    def edit_round(self) -> None:
        rnd = self.current_round()
        if rnd is not None:
            self._open_dialog(rnd)

    def _open_dialog(self, existing: Round | None) -> None:
        """Window-modal but not blocking, so the page stays testable and the main loop keeps running."""
        dialog = RoundDialog(self.ctx, self.municipality_id or "", self._rounds, existing, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_saved(dialog))
        dialog.finished.connect(lambda _result: self._dispose(dialog))  # after accepted
        dialog.open()

    def _dispose(self, window: QDialog) -> None:
        """A closed dialog would otherwise live as long as the page (each one a child of it)."""
        if self.dialog is window:
            self.dialog = None
        if self.confirm is window:
            self.confirm = None
        window.deleteLater()

    def _dialog_saved(self, dialog: RoundDialog) -> None:
        if dialog.saved is None:
            return
        self._load(dialog.saved.id)
        self.tabs.setCurrentIndex(0)
        self.status_message.emit(self.tr("Round saved."))
        self.data_changed.emit()

    def delete_round(self) -> None:
        rnd = self.current_round()
        if rnd is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete round"),
            fmt(
                self.tr(
                    "Delete the round “%1” (%2 of %3 indicators scored) with all its scores and notes? "
                    "This cannot be undone."
                ),
                rnd.title,
                str(rnd.scored_count),
                str(len(self.form.combos)),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm = box
        box.finished.connect(lambda _result: self._delete_confirmed(box, rnd))
        box.finished.connect(lambda _result: self._dispose(box))
        box.open()

    def _delete_confirmed(self, box: QMessageBox, rnd: Round) -> None:
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.workspace.pillars.delete_round(rnd.id, rnd.version)
        except StoreError as exc:
            QMessageBox.warning(self, titled(self.tr("Delete round")), str(exc))
            self.reload()
            return
        self.reload()
        self.status_message.emit(self.tr("Round deleted."))
        self.data_changed.emit()

    def help_text(self) -> str:
        return self.tr(
            "Assess the four pillars with 20 questions, each from 1 (not at all) to 5 (fully), in rounds: a "
            "baseline first, later follow-ups. Every change is saved at once. The radar chart shows the "
            "pillar averages per round; the Comparison tab lists what improved and what fell back."
        )
