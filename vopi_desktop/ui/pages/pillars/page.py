"""The Pillars page: assessment rounds, the 20 indicator scores, the radar chart, comparison, insights."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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

from ....analysis.pillars import pillar_averages
from ....store.dto.pillars import Round, RoundInput
from ...context import AppContext
from ...messages import fmt
from ...record_commands import Exists, bring, remove
from ...widgets.fit import fit_width
from ...widgets.form_error import FormError
from ..base import Page
from .commands import (
    RoundCreated,
    RoundEdited,
    ScoreChange,
    redo_create,
    redo_edit,
    redo_score,
    undo_create,
    undo_edit,
    undo_score,
)
from .commands import input_of as round_input
from .compare import CompareView
from .dialog import RoundDialog, date_text
from .form import ScoreForm
from .radar import RadarChart, RadarSeries
from .standout import StandoutBox

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
        self.info.setTextFormat(Qt.TextFormat.PlainText)  # round title and participants are user text

        self.form = ScoreForm(catalog)
        self.form.committed.connect(self._save_score)
        self.radar = RadarChart()
        self.radar.setMaximumWidth(520)
        self.insights = StandoutBox(self._titles)
        self.insights.show_pillar.connect(self.form.show_pillar)
        self.insights.plan.connect(lambda: self.navigate.emit("measures"))
        self.insights.compare.connect(self._open_comparison)
        # the box's parts, as the tests and the keyboard reach them
        self.weakest_text, self.change_text = self.insights.weakest_text, self.insights.change_text
        self.show_button, self.plan_button = self.insights.show_button, self.insights.plan_button
        self.compare_button = self.insights.compare_button
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_columns(), self.tr("&Assessment"))
        self.compare = CompareView(catalog)
        self.tabs.addTab(self.compare, self.tr("&Comparison"))

        layout = self.page_layout()  # message line, then this body or an empty state
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)
        self.disable_while_loading(self.new_button, self.edit_button, self.delete_button, delete_key)

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

    # ----- loading
    def reload(self) -> None:
        select, mid = self.round_combo.currentData(), self.municipality_id or ""
        self.load(lambda ws: ws.pillars.rounds(mid), lambda rounds: self._loaded(rounds, select))

    def lists(self, record_id: str) -> bool:
        return any(r.id == record_id for r in self._rounds)

    def clear(self) -> None:
        self._loaded([], None)

    def _loaded(self, rounds: list[Round], select: str | None) -> None:
        self._rounds = rounds
        self._fill_combo(self.take_selection(lambda wanted: any(r.id == wanted for r in rounds), select))

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
        self.update_actions()
        if self._rounds:
            self.show_body()
        elif self.municipality_id is not None:
            self.show_empty(
                self.tr("No assessment round yet"),
                self.tr(
                    "Start with a baseline: choose “New round…”, enter the date and who took part, then score "
                    "the 20 indicators on the scale each question offers. A later follow-up round shows what "
                    "has changed."
                ),
                self.tr("&New round…"),
                self.new_round,
            )
        self.compare.set_rounds(self._rounds)
        self._show_selected()

    def update_actions(self) -> None:
        has_rounds = bool(self._rounds) and not self.loading
        self.new_button.setEnabled(self.municipality_id is not None and not self.loading)
        for widget in (self.edit_button, self.delete_button, self.round_combo):
            widget.setEnabled(has_rounds)

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
        self.insights.show_round(rnd, averages, self._rounds, pillars)

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

    def _open_comparison(self, change: tuple[str, str] | None) -> None:
        if change is not None:
            self.compare.choose(*change)
        self.tabs.setCurrentWidget(self.compare)
        self.compare.improved_view.setFocus()

    # ----- scores
    def _save_score(self, key: str, score: int | None, note: str) -> None:
        """A score or note saves at once, as an undoable command ("Wert von Indikator 1.1")."""
        rnd = self.current_round()
        if rnd is None:
            return
        if rnd.score(key) == score and rnd.note(key) == note:
            return  # focus left an unchanged field
        state = ScoreChange(
            rnd.id, key, (rnd.score(key), rnd.note(key)), (score, note), rnd.score_versions.get(key)
        )
        name = fmt(self.tr("Score of indicator %1"), self.form.number_of(key))
        done = self.change(name, state, redo_score, undo_score)
        if done is None or done.round is None:
            # refused (the message line says why): show what is stored; a stale one reloads the page
            self.form.set_indicator(key, rnd.score(key), rnd.note(key))
            return
        self._replace(done.round)
        self.form.set_indicator(key, done.round.score(key), done.round.note(key))
        self.show_info(self.tr("Saved."))

    def _replace(self, rnd: Round) -> None:
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
        dialog.save_handler = self._store_round
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

    def _store_round(
        self, data: RoundInput, existing: Round | None, copy_from: str | None, errors: FormError
    ) -> Round | None:
        """The round dialog's Save: a new round or a changed one, each an undoable command."""
        if existing is None:
            created = RoundCreated(self.municipality_id or "", data, copy_from)
            name = fmt(self.tr("New round “%1”"), data.title.strip())
            done = self.change(name, created, redo_create, undo_create, errors=errors)
        else:
            edited = RoundEdited(existing.id, round_input(existing), data, existing.version)
            name = fmt(self.tr("Round “%1” changed"), existing.title)
            done = self.change(name, edited, redo_edit, undo_edit, errors=errors)
        return None if done is None else done.round

    def _dialog_saved(self, dialog: RoundDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        others = [r for r in self._rounds if r.id != saved.id]
        self._rounds = sorted([*others, saved], key=self._round_order(saved))
        self._fill_combo(saved.id)
        self.tabs.setCurrentIndex(0)
        self.show_info(self.tr("Round saved."))

    def _round_order(self, saved: Round):
        """Keep the store's order (by date, undated last) when a round is added or changed here."""
        known = {r.id: n for n, r in enumerate(self._rounds)}

        def key(r: Round) -> tuple[bool, object, int]:
            return (r.held_on is None, r.held_on or date.min, known.get(r.id, len(known)))

        return key

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
                    "Ctrl+Z brings it back."
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
        name = fmt(self.tr("Round “%1” deleted"), rnd.title)
        if self.change(name, Exists("pillars", rnd.municipality_id, record=rnd), remove, bring) is None:
            return  # the message line says why; a stale or vanished round reloads the page
        self._rounds = [r for r in self._rounds if r.id != rnd.id]
        self._fill_combo(None)
        self.show_info(self.tr("Round deleted."))

    def leave_ok(self) -> bool:
        """A note still being typed is saved before the page, municipality or window changes (it
        saves on Enter or when the field is left, and closing the window leaves no field)."""
        rnd = self.current_round()
        if rnd is None:
            return super().leave_ok()
        for key, edit in self.form.notes.items():
            note = edit.text().strip()
            if note != rnd.note(key):
                self._save_score(key, self.form.combos[key].score(), note)
                rnd = self.current_round()
                if rnd is None or rnd.note(key) != note:
                    return False  # refused: the message line says why, the input stays
        return super().leave_ok()

    def help_text(self) -> str:
        return self.tr(
            "Assess the four pillars with 20 questions in rounds: a baseline first, later follow-ups. Each "
            "question is answered on the scale that fits it (how often, how many, how far it applies), "
            "from 1 to 5. Every score and note is saved at once; Ctrl+Z takes it back. The radar chart "
            "shows the pillar averages per round; the Comparison tab lists what improved and what fell "
            "back. Ctrl+P prints the analysis."
        )
