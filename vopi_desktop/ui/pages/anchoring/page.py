"""Verankerung: where the topic lives in the administration, and the anchoring checklist.

Two tabs, so both fit a small screen: the placement guidance (recommendation from the municipality's
kind and population, the six options with fit, pro and contra, the decision with date and reasons)
and the municipality's anchoring checklist (a ``ChecklistPane``; begun with one button).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ....store.dto.anchoring import Guidance, PlacementDecision
from ....store.dto.checklists import Checklist
from ... import messages
from ...context import AppContext
from ...messages import fmt
from ...widgets.form_error import FormError
from ...widgets.optional_date import shown_date
from ..base import Page
from ..checklists import commands as c
from ..checklists.pane import ChecklistPane
from ..checklists.printing import print_checklist
from .dialog import DecisionDialog
from .guidance import GuidancePanel


class AnchoringPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.guidance_data: Guidance | None = None
        layout = self.page_layout()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Anchoring"))
        layout.addWidget(self.tabs)
        self.guidance = GuidancePanel(ctx.catalog)
        self.tabs.addTab(self.guidance, self.tr("&Where the topic lives"))

        self.checklist_stack = QStackedWidget()
        self.pane = ChecklistPane(self, self.tr("anchoring checklist"))
        ctx.layout.remember(self.pane.splitter, "anchoring/splitter")
        begin = QWidget()
        begin_layout = QVBoxLayout(begin)
        text = QLabel(
            self.tr(
                "The anchoring checklist helps to make the topic permanent in the administration: a council "
                "decision, a post with time for it, a budget, a network round, monitoring. Begin it to record "
                "what is in place and what is still to do."
            )
        )
        text.setWordWrap(True)
        self.begin_button = QPushButton(self.tr("&Begin the anchoring checklist"))
        begin_layout.addWidget(text)
        begin_layout.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignLeft)
        begin_layout.addStretch(1)
        self.checklist_stack.addWidget(begin)
        self.checklist_stack.addWidget(self.pane)
        self.tabs.addTab(self.checklist_stack, self.tr("Anchoring &checklist"))

        self.guidance.accept_requested.connect(self.accept_recommendation)
        self.guidance.choose_requested.connect(self.decide)
        self.begin_button.clicked.connect(self.begin)
        self.pane.print_requested.connect(self.request_print)
        self.disable_while_loading(
            self.begin_button, self.guidance.accept_button, self.guidance.choose_button
        )

    # ----- loading
    def reload(self) -> None:
        mid = self.municipality_id
        if mid is None:
            return

        def fetch(ws):  # type: ignore[no-untyped-def]
            actors = ws.actors.list(mid, include_deleted=True)  # an example's contact may be trashed
            return (
                ws.anchoring.guidance(mid),
                ws.checklists.for_municipality(mid),
                ws.practice.list(mid),
                actors,
            )

        self.load(fetch, lambda result: self._show(*result))

    def _show(self, guidance: Guidance, checklist: Checklist | None, own: list, actors: list) -> None:
        self.show_body()
        self.guidance_data = guidance
        self.guidance.set_guidance(guidance)
        self.pane.actors.set_actors(actors)
        self.pane.show_checklist(checklist, own)
        self.checklist_stack.setCurrentIndex(0 if checklist is None else 1)

    def clear(self) -> None:
        self.guidance_data = None
        self.guidance.set_guidance(None)
        self.pane.show_checklist(None)

    def update_actions(self) -> None:
        if self.guidance_data is not None:
            decision = self.guidance_data.decision
            followed = decision is not None and decision.option == self.guidance_data.recommendation.option
            self.guidance.accept_button.setEnabled(not self.loading and not followed)
        self.pane.update_actions()

    # ----- the decision
    def _record(
        self, option: str, reasons: str, day: date, errors: FormError | None = None
    ) -> PlacementDecision | None:
        mid, guidance = self.municipality_id, self.guidance_data
        if mid is None or guidance is None:
            return None
        title = self.ctx.catalog.placement(option).title
        name = (
            fmt(self.tr("Placement decided: %1"), title)
            if option == guidance.recommendation.option
            else fmt(self.tr("Placement decided against the recommendation: %1"), title)
        )
        state = self.change(name, c.decision_state(mid, guidance.decision, option, reasons, day),
                            c.redo_decide, c.undo_decide, errors=errors)  # fmt: skip
        if state is None:
            return None
        self.show_info(name)
        self.reload()
        return state.data["decision"]

    def accept_recommendation(self) -> None:
        guidance = self.guidance_data
        if guidance is None:
            return
        if guidance.decision is not None and not self._replace_ok(
            guidance.decision, guidance.recommendation.option
        ):
            return
        self._record(guidance.recommendation.option, "", date.today())

    def _replace_ok(self, decision: PlacementDecision, recommended: str) -> bool:
        """One click must not overwrite a council's decision, its date and reasons: ask, No the default."""
        if decision.decided_on is None:
            question = (
                self.tr("Replace the decision and its reasons with the recommendation?")
                if decision.reasons
                else self.tr("Replace the decision with the recommendation?")
            )
        else:
            question = fmt(
                self.tr("Replace the decision of %1 and its reasons with the recommendation?")
                if decision.reasons
                else self.tr("Replace the decision of %1 with the recommendation?"),
                shown_date(decision.decided_on),
            )
        catalog = self.ctx.catalog
        options = fmt(  # whole titles, unquoted: they are the catalogue's, not a record's name
            self.tr("Decided: %1\nRecommended: %2"),
            catalog.placement(decision.option).title,
            catalog.placement(recommended).title,
        )
        question = f"{question}\n\n{options}\n\n" + self.tr("The new decision is dated today.")
        return messages.ask(
            self,
            self.tr("Follow the recommendation"),
            question,
            yes=self.tr("&Replace decision"),
            no=self.tr("&Keep decision"),
        )

    def decide(self, option: str) -> None:
        guidance = self.guidance_data
        if guidance is None:
            return
        dialog = DecisionDialog(
            self.ctx.catalog,
            guidance.recommendation.option,
            option or guidance.recommendation.option,
            guidance.decision,
            lambda key, reasons, day, error: self._record(key, reasons, day, error),
            self,
        )
        messages.run(dialog)
        dialog.deleteLater()

    # ----- the checklist
    def request_print(self) -> None:
        """Ctrl+P as the checklist's Print button: blank or filled (the menu below the button when shown)."""
        shown = self.pane.print_button.isVisible()
        print_checklist(self, anchor=self.pane.print_button if shown else self.tabs.tabBar())

    def begin(self) -> None:
        mid = self.municipality_id
        if mid is None:
            return
        state = self.change(self.tr("Anchoring checklist begun"), c.start_state(mid, "anchoring", None),
                            c.redo_start, c.undo_start)  # fmt: skip
        if state is not None:
            self.reload()
            self.pane.view.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def help_text(self) -> str:
        return self.tr(
            "Anchoring: the first tab recommends where the topic should live in your administration, "
            "from the kind and population of the municipality, and shows the six options with where "
            "each fits, what speaks for and against it. Follow the recommendation with one button, or "
            "choose another option and give your reasons; the decision, its date and reasons appear on "
            "the Start page. The second tab holds the anchoring checklist: tick what is in place, record "
            "who is responsible and by when. Ctrl+Z undoes. “Print…” or Ctrl+P prints it, blank for a "
            "workshop or filled in."
        )
