"""The Start page: occasions that set the focus, and the next steps recommended from them."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QCommandLinkButton,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....analysis.next_steps import next_steps
from ....store.errors import NotFoundError, StoreError
from ....store.snapshot import StartSnapshot
from ...context import AppContext
from ...messages import fmt
from ...navigation import areas
from ...widgets.fit import columns_or_rows
from ..base import Page
from .insights import InsightsBox
from .steps import step_description, step_title

if TYPE_CHECKING:
    from ....analysis.insights import Insights


class StartPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel()

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_text = QLabel(
            self.tr(
                "There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog "
                "also loads the fictional example town to look around and practise."
            )
        )
        empty_text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create municipality…"))
        self.create_button.clicked.connect(self.create_municipality)
        empty_layout.addWidget(empty_text)
        empty_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        self.occasion_boxes: dict[str, QCheckBox] = {}
        occasions = QGroupBox(self.tr("Occasion: why is your municipality taking this up?"))
        occ_layout = QVBoxLayout(occasions)
        for occasion in ctx.catalog.occasions:
            box = QCheckBox(occasion.title)
            box.setToolTip(occasion.description)
            box.setAccessibleDescription(occasion.description)
            box.toggled.connect(self._save_occasions)
            hint = QLabel(occasion.description)
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setStyleSheet("color: #555;")
            occ_layout.addWidget(box)
            occ_layout.addWidget(hint)
            self.occasion_boxes[occasion.key] = box
        concern_label = QLabel(self.tr("Your own &concern:"))
        self.own_concern = QPlainTextEdit()
        self.own_concern.setTabChangesFocus(True)
        self.own_concern.setMaximumHeight(80)
        concern_label.setBuddy(self.own_concern)
        self.own_concern.installEventFilter(self)  # leaving the field saves it
        self.save_concern = QPushButton(self.tr("&Save concern"))
        self.save_concern.clicked.connect(self._save_occasions)
        occ_layout.addWidget(concern_label)
        occ_layout.addWidget(self.own_concern)
        occ_layout.addWidget(self.save_concern, 0, Qt.AlignmentFlag.AlignRight)
        occ_layout.addStretch(1)  # keep the occasions together when the right column is taller

        steps_box = QGroupBox(self.tr("Next steps"))
        self.steps_layout = QVBoxLayout(steps_box)
        self.step_buttons: list[QPushButton] = []

        self.content = QWidget()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.content)
        columns.addWidget(occasions, 1, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(steps_box)
        self.insights = InsightsBox()
        self.insights.navigate.connect(self.navigate)
        right.addWidget(self.insights)
        right.addStretch(1)
        columns.addLayout(right, 1)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        columns_or_rows(columns, scroll.viewport())  # one column on a small screen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._loading = False
        self._saved_concern = ""  # as stored: what leaving the page compares the field with
        self._preloaded: StartSnapshot | None = None
        self._insights_due: str | None = None

    def reload(self) -> None:
        has = self.municipality_id is not None
        self.empty.setVisible(not has)
        self.content.setVisible(has)
        if not has:
            self.heading.setText("<h1>" + self.tr("Welcome to VOPI Desktop") + "</h1>")
            self.facts.clear()
            return
        mid = self.municipality_id
        preloaded, self._preloaded = self._preloaded, None
        if preloaded is not None and preloaded.municipality_id == mid and preloaded.state is not None:
            municipality = next(m for m in preloaded.municipalities if m.id == mid)
            state = preloaded.state
        else:
            municipality = self.ctx.workspace.municipalities.get(mid)
            state = self.ctx.workspace.municipalities.process_state(mid)
        catalog = self.ctx.catalog
        self.heading.setText(f"<h1>{html.escape(municipality.name)}</h1>")
        facts = [
            catalog.label("municipality_kinds", municipality.kind),
            catalog.label("federal_states", municipality.state),
        ]
        if municipality.population:
            # QLocale follows the UI language: 12.000 in German, 12,000 in English
            facts.append(fmt(self.tr("%1 inhabitants"), QLocale().toString(municipality.population)))
        self.facts.setText(" · ".join(facts))
        self._loading = True
        for key, box in self.occasion_boxes.items():
            box.setChecked(key in state.occasions)
        self.own_concern.setPlainText(state.own_concern)
        self._saved_concern = state.own_concern
        self._loading = False
        self._show_steps(state.occasions, state.counts)
        # Insights read three areas; off the UI thread so the page paints at once (and the first
        # call opens the Workspace there when the window was painted from the start-up snapshot).
        self._insights_due = mid
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._insights_due is not None:
            # Started once the page is on screen, so the first frame does not wait for the
            # Workspace (and SQLAlchemy) to load on the worker thread.
            mid, self._insights_due = self._insights_due, None
            QTimer.singleShot(0, lambda: self._load_insights(mid))

    def _load_insights(self, mid: str) -> None:
        if mid != self.municipality_id:
            return
        self.ctx.tasks.run(
            lambda _progress: self.ctx.workspace.insights.gather(mid),
            lambda result: self._show_insights(mid, result),
        )

    def preload(self, snapshot: StartSnapshot) -> None:
        self._preloaded = snapshot

    def _show_insights(self, municipality_id: str, insights: Insights) -> None:
        if municipality_id != self.municipality_id:
            return  # the user switched municipality while the insights were computed
        self.insights.show_insights(insights, self.ctx.catalog)

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

    def _save_occasions(self) -> None:
        """A ticked occasion or the Save button: store, then show the steps that follow from it."""
        if self._loading or self.municipality_id is None or not self._store():
            return
        state = self.ctx.workspace.municipalities.process_state(self.municipality_id)
        self._show_steps(state.occasions, state.counts)
        self.status_message.emit(self.tr("Saved."))

    def _store(self, gone_ok: bool = False) -> bool:
        """Occasions and concern as one write; False (the message shown) when it was refused.

        ``gone_ok``: a municipality deleted meanwhile (elsewhere) counts as done, nothing to keep.
        """
        mid = self.municipality_id
        if mid is None:
            return True
        chosen = [key for key, box in self.occasion_boxes.items() if box.isChecked()]
        concern = self.own_concern.toPlainText()
        try:
            self.ctx.workspace.municipalities.set_occasions(mid, chosen, concern)
        except NotFoundError as exc:
            if gone_ok:
                return True
            self.status_message.emit(str(exc))
            return False
        except StoreError as exc:
            self.status_message.emit(str(exc))
            return False
        self._saved_concern = concern
        return True

    def _concern_changed(self) -> bool:
        return self.own_concern.toPlainText().strip() != self._saved_concern.strip()

    def _save_concern(self, gone_ok: bool = False) -> bool:
        """Store a changed concern without asking; the steps do not depend on it, so they stay."""
        if self._loading or not self._concern_changed():
            return True
        return self._store(gone_ok)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.own_concern and event.type() == QEvent.Type.FocusOut:
            self._save_concern()
        return super().eventFilter(watched, event)

    def leave_ok(self) -> bool:
        """Another page, municipality or closing: a typed concern is saved, not lost.

        Only a refused save (too long, database down) keeps the user here, with the reason shown.
        """
        return self._save_concern(gone_ok=True)

    def help_text(self) -> str:
        return self.tr(
            "Tick the occasions that apply to your municipality. The next steps on the right follow from "
            "them and from what is already filled in; each one leads to its area."
        )
