"""The Start page: occasions that set the focus, and the next steps recommended from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QCommandLinkButton,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....analysis.next_steps import next_steps
from ....store.dto.municipality import Municipality, ProcessState
from ....store.snapshot import StartSnapshot
from ...context import AppContext
from ...messages import fmt
from ...navigation import areas
from ...widgets.fit import columns_or_rows
from ..base import Page
from ..network import wanted
from . import changes
from .concern import ConcernEditor
from .insights import InsightsBox
from .steps import step_description, step_title

if TYPE_CHECKING:
    from ....analysis.insights import Insights


class StartPage(Page):
    edit_municipality = Signal()  # the window opens Datei → Kommune bearbeiten…

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a municipality's name, as typed
        self.heading.setWordWrap(True)  # a Gemeindeverwaltungsverband's name must not widen the page
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        # Where the facts are, the way to correct them (the Verankerung page's advice rests on them).
        self.edit_button = QPushButton(self.tr("&Change details…"))
        self.edit_button.setToolTip(self.tr("Name, kind, federal state, population and contact (File menu)"))
        self.edit_button.clicked.connect(self.edit_municipality.emit)

        self.occasion_boxes: dict[str, QCheckBox] = {}
        occasions = QGroupBox(self.tr("Occasion: why is your municipality taking this up?"))
        occ_layout = QVBoxLayout(occasions)
        for occasion in ctx.catalog.occasions:
            box = QCheckBox(occasion.title)
            box.setToolTip(occasion.description)
            box.setAccessibleDescription(occasion.description)
            box.toggled.connect(lambda ticked, key=occasion.key: self._tick(key, ticked))
            hint = QLabel(occasion.description)
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setStyleSheet("color: #555;")
            occ_layout.addWidget(box)
            occ_layout.addWidget(hint)
            self.occasion_boxes[occasion.key] = box
        self.concern = ConcernEditor()
        self.concern.save_handler = self._store_concern
        self.own_concern, self.save_concern = self.concern.text, self.concern.save_button
        self.add_editor(self.concern)  # leaving the page with an unsaved concern asks
        occ_layout.addWidget(self.concern)
        occ_layout.addStretch(1)  # keep the occasions together when the right column is taller

        steps_box = QGroupBox(self.tr("Next steps"))
        self.steps_layout = QVBoxLayout(steps_box)
        self.step_buttons: list[QPushButton] = []

        self.content = QWidget()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.content)
        columns.addWidget(occasions, 1, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(steps_box)
        self.placement_label = QLabel()  # the anchoring decision (Verankerung), once one is recorded
        self.placement_label.setTextFormat(Qt.TextFormat.PlainText)
        self.placement_label.setWordWrap(True)
        self.placement_label.hide()
        right.addWidget(self.placement_label)
        self.insights = InsightsBox()
        self.insights.navigate.connect(self._go_to)
        right.addWidget(self.insights)
        right.addStretch(1)
        columns.addLayout(right, 1)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts)
        facts_row.addSpacing(12)
        facts_row.addWidget(self.edit_button)
        facts_row.addStretch(1)
        layout.addLayout(facts_row)
        layout.addWidget(self.content)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        columns_or_rows(columns, scroll.viewport())  # one column on a small screen
        self.page_layout().addWidget(scroll)
        # Ticks and the concern act on the loaded state: not while another municipality's loads.
        self.disable_while_loading(*self.occasion_boxes.values(), self.concern, self.edit_button)
        self._filling = False  # ticks set by a load are not the user's
        self._occasions: tuple[str, ...] = ()  # as stored
        self._counts: dict[str, int] = {}
        self._preloaded: StartSnapshot | None = None
        self._insights_due: str | None = None

    def show_no_municipality(self) -> None:
        self.show_empty(
            self.tr("Welcome to VOPI Desktop"),
            self.tr(
                "There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog "
                "also loads the fictional example town to look around and practise."
            ),
            self.tr("&Create municipality…"),
            self.create_municipality.emit,
        )

    def reload(self) -> None:
        mid = self.municipality_id
        preloaded, self._preloaded = self._preloaded, None
        if preloaded is not None and preloaded.municipality_id == mid and preloaded.state is not None:
            # The first frame, painted from the start-up snapshot before the Workspace opens.
            self._show_state((next(m for m in preloaded.municipalities if m.id == mid), preloaded.state))
            return
        self.load(
            lambda ws: (ws.municipalities.get(mid), ws.municipalities.process_state(mid)), self._show_state
        )

    def _show_state(self, answer: tuple[Municipality, ProcessState]) -> None:
        municipality, state = answer
        catalog = self.ctx.catalog
        self.heading.setText(municipality.name)
        facts = [
            catalog.label("municipality_kinds", municipality.kind),
            catalog.label("federal_states", municipality.state),
        ]
        if municipality.population:
            # QLocale follows the UI language: 12.000 in German, 12,000 in English
            facts.append(fmt(self.tr("%1 inhabitants"), QLocale().toString(municipality.population)))
        self.facts.setText(" · ".join(facts))
        self._filling = True
        for key, box in self.occasion_boxes.items():
            box.setChecked(key in state.occasions)
        self._filling = False
        self._occasions = tuple(state.occasions)
        if not self.concern.is_dirty():  # a reload never throws away what the user is typing
            self.concern.show_row(state.own_concern)
        self._counts = dict(state.counts)
        self._show_steps(state.occasions, state.counts)
        # Insights read three areas; off the UI thread, started once the page has painted (and the
        # first call opens the Workspace there when the window was painted from the snapshot).
        self._insights_due = self.municipality_id
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._insights_due is not None:
            # Started once the page is on screen, so the first frame does not wait for the
            # Workspace (and SQLAlchemy) to load on the worker thread.
            mid, self._insights_due = self._insights_due, None
            QTimer.singleShot(0, lambda: self._load_insights(mid))

    def _load_insights(self, mid: str) -> None:
        if mid == self.municipality_id:
            self.load(lambda ws: ws.insights.gather(mid), self._show_insights, part="insights")

    def preload(self, snapshot: StartSnapshot) -> None:
        self._preloaded = snapshot

    def _show_insights(self, insights: Insights) -> None:
        self.insights.show_insights(insights, self.ctx.catalog)
        self._show_placement()

    def _go_to(self, area: str, detail: str) -> None:
        """An insight's area, asked to point at what the insight names (the network map selects it)."""
        if detail and area == "network":
            wanted.request(self.ctx, detail)
        self.navigate.emit(area)

    def _show_placement(self) -> None:
        """Where the topic lives in the administration: one small read once the insights are in."""
        from ..anchoring.guidance import decision_text

        mid = self.municipality_id
        guidance = self.read_now(lambda ws: ws.anchoring.guidance(mid)) if mid else None
        decided = guidance is not None and guidance.decision is not None
        self.placement_label.setVisible(decided)
        if decided:
            text = decision_text(self, self.ctx.catalog, guidance)
            self.placement_label.setText(fmt(self.tr("Where the topic lives: %1"), text))

    def _show_steps(self, occasions: tuple[str, ...], counts: dict[str, int]) -> None:
        for button in self.step_buttons:
            self.steps_layout.removeWidget(button)
            button.deleteLater()
        self.step_buttons = []
        recommended = {o.key: o.recommended_areas for o in self.ctx.catalog.occasions}
        built = {a.key for a in areas() if a.page is not None}
        for step in next_steps(occasions, recommended, counts, built):
            title = step_title(step)
            if not step.available:
                # An area of a later version: named, never ticked; its placeholder says what it will do.
                button = QPushButton(fmt(self.tr("%1 (in a later version)"), title))
                button.setToolTip(self.tr("This area is not built yet; its page says what it will do."))
                button.setFlat(True)
                button.setStyleSheet("text-align: left; padding: 2px 8px; color: #555;")
            elif step.done:
                # Steps already under way take one line each, so the open ones and the insights stay in view.
                button: QPushButton = QPushButton(f"✓ {title}")
                button.setToolTip(step_description(step))
                button.setFlat(True)
                button.setStyleSheet("text-align: left; padding: 2px 8px;")
            else:
                button = QCommandLinkButton(title, step_description(step))
            button.setAccessibleName(title)
            button.setAccessibleDescription(step_description(step))
            button.setObjectName(f"step_{step.area}")
            button.clicked.connect(lambda _=False, area=step.area: self.navigate.emit(area))
            self.steps_layout.addWidget(button)
            self.step_buttons.append(button)

    # ----- writing
    def _tick(self, key: str, ticked: bool) -> None:
        """A tick saves at once, as an undoable command; the steps follow from it."""
        mid = self.municipality_id
        if self._filling or mid is None:
            return
        after = tuple(k for k, box in self.occasion_boxes.items() if box.isChecked())
        title = self.occasion_boxes[key].text()
        if changes.tick(self, changes.Occasions(mid, self._occasions, after), title, ticked) is None:
            return  # refused: the message line says why and the page reloads the stored ticks
        self._occasions = after
        self._show_steps(after, self._counts)
        self.show_info(self.tr("Saved."))

    def _store_concern(self, text: str) -> bool:
        mid = self.municipality_id
        if mid is None:
            return True
        return self.save_form(
            self.concern,
            changes.concern_name(),
            changes.Concern(mid, self.concern.row or "", text),
            changes.redo_concern,
            changes.undo_concern,
            stored=lambda change: change.after,
            then=lambda _text: self.show_info(self.tr("Saved.")),
            errors_to_page=True,  # Start says everything in its message line; the concern is one field
        )

    def help_text(self) -> str:
        return self.tr(
            "Tick the occasions that apply to your municipality; each tick is saved at once (Ctrl+Z undoes "
            "it). Your own concern is saved with its Save button (Ctrl+S). The next steps on the right "
            "follow from the occasions and from what is already filled in; each one leads to its area. "
            "Ctrl+P prints the municipality's dossier."
        )
