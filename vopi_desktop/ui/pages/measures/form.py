"""The measure form: every field of a measure and its steps; explicit Save (Ctrl+S), undoable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....catalog import Catalog
from ....store.dto.actors import ActorSummary
from ....store.dto.measures import Measure, MeasureInput
from ....store.dto.outreach import Opportunity
from ....textnumbers import parse_money
from ...editor import EditorPanel
from ...widgets.actor_choices import ActorChoices, marked
from ...widgets.checklist import CheckList
from ...widgets.fit import fit_width
from ...widgets.form_rows import FormRows, add_labelled, text_box
from ...widgets.numbers import format_decimal
from ...widgets.optional_date import OptionalDate
from ...widgets.search_combo import SearchCombo
from .steps import StepsEditor


def money(value: float | None) -> str:
    return "" if value is None else format_decimal(value, 2)


class MeasureForm(EditorPanel):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.catalog = catalog
        # An empty form for a measure not stored yet (``show_new``): the first Save creates it.
        self.new = False
        self.actors = ActorChoices()  # a trashed actor only where the measure names it
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for key, label in catalog.vocab("measure_status").items():
            self.status.addItem(label, key)
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Own kind of measure"), "")
        for approach in catalog.approaches:
            self.kind.addItem(f"{approach.key} {approach.title}", approach.key)
        self.goal = text_box(self.tr("Goal"))
        self.pillars = CheckList(self.tr("Pillars"), 4)
        self.pillars.set_choices((p.key, p.title) for p in catalog.pillars)
        self.groups = CheckList(self.tr("Target groups"), 4)
        self.barriers = CheckList(self.tr("Barriers addressed"), 5)
        self.channels = CheckList(self.tr("Channels"), 4)
        self.channels.set_choices(catalog.vocab("channels").items())
        self.languages = CheckList(self.tr("Languages"), 4)
        self.languages.set_choices(catalog.vocab("languages").items())
        self.responsible = SearchCombo()  # editable: a part of the name finds the actor
        self.responsible.setAccessibleName(self.tr("Responsible actor"))
        self.person = QLineEdit()
        self.person.setAccessibleName(self.tr("Responsible person"))
        self.partners = CheckList(self.tr("Partners"), 4)
        self.opportunities = CheckList(self.tr("Engagement opportunities it promotes"), 4)
        self.start = OptionalDate(self.tr("from"), date_name=self.tr("Start date"))
        self.end = OptionalDate(self.tr("until"), date_name=self.tr("End date"))
        self.budget = QLineEdit()
        self.budget.setAccessibleName(self.tr("Budget planned (euros)"))
        self.spent = QLineEdit()
        self.spent.setAccessibleName(self.tr("Budget spent (euros)"))
        self.indicator = text_box(self.tr("Indicator of success"), 2)
        self.result = text_box(self.tr("Result"), 2)
        self.steps = StepsEditor()
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300;")
        self.warning.hide()
        self.name_fields(
            {
                "title": self.title_edit, "goal": self.goal, "status": self.status, "kind": self.kind,
                "end_on": self.end, "start_on": self.start, "budget_planned": self.budget,
                "budget_spent": self.spent, "steps": self.steps, "result": self.result,
                "success_indicator": self.indicator, "responsible_person": self.person,
                "pillars": self.pillars, "channels": self.channels, "languages": self.languages,
                "opportunity_ids": self.opportunities,
            }
        )  # fmt: skip

        form = FormRows()
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        money_row = QHBoxLayout()
        money_row.addWidget(self.budget)
        add_labelled(money_row, self.tr("spent:"), self.spent)
        for text, field in (
            (self.tr("&Title:"), self.title_edit),
            (self.tr("Stat&us:"), self.status),
            (self.tr("&Kind:"), self.kind),
            (self.tr("G&oal:"), self.goal),
            (self.tr("Pillars:"), self.pillars),
            (self.tr("Target groups:"), self.groups),
            (self.tr("&Barriers:"), self.barriers),
            (self.tr("Channels:"), self.channels),
            (self.tr("Languages:"), self.languages),
            (self.tr("Responsible a&ctor:"), self.responsible),
            (self.tr("Responsible &person:"), self.person),
            (self.tr("Partners:"), self.partners),
            (self.tr("Promotes:"), self.opportunities),
            (self.tr("&Dates:"), dates),
            (self.tr("Budget (€) planned:"), money_row),
            (self.tr("&Indicator of success:"), self.indicator),
            (self.tr("Result:"), self.result),
            (self.tr("Steps:"), self.steps),
        ):
            form.add(text, field)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        fit_width(scroll)
        buttons = QHBoxLayout()
        buttons.addWidget(self.warning, 1)
        buttons.addStretch()  # keeps Revert and Save their own size while the warning is hidden
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.watch(
            self.title_edit, self.status, self.kind, self.goal, self.responsible, self.person, self.start,
            self.end, self.budget, self.spent, self.indicator, self.result,
        )  # fmt: skip
        for checklist in (
            self.pillars,
            self.groups,
            self.barriers,
            self.channels,
            self.languages,
            self.partners,
            self.opportunities,
        ):
            checklist.changed.connect(self.check_dirty)
        self.steps.changed.connect(self.check_dirty)
        self.setEnabled(False)

    def set_choices(
        self,
        actors: Sequence[ActorSummary],
        groups: Sequence[tuple[str, str]],
        barriers: Sequence[tuple[str, str]],
        opportunities: Sequence[Opportunity] = (),
    ) -> None:
        """The municipality's actors (the trash included: offered where the measure names one), target
        groups and stored barriers as (id, label), and its engagement opportunities (one no longer
        offered says so: a measure may still name it)."""
        self._filling = True
        self.actors.set_actors(actors)
        self.groups.set_choices(groups)
        self.barriers.set_choices(barriers)
        self.opportunities.set_choices((o.id, self._offer_label(o)) for o in opportunities)
        self._filling = False
        self.show_row(self.row)  # called after a load: the stored record with the new choices

    def _offer_label(self, o: Opportunity) -> str:
        if o.actor_trashed:
            state = self.tr("actor in the trash")
        elif o.expired(date.today()):
            state = self.tr("expired")
        else:
            state = {"paused": self.tr("paused"), "ended": self.tr("ended")}.get(o.status, "")
        return marked(o.title, state) if state else o.title

    # ----- EditorPanel
    def show_new(self) -> None:
        """An empty form for a new measure (planned); nothing is stored until Save."""
        self.new = True
        self.show_row(None)

    def fill(self, row: Measure | None) -> None:
        if row is not None:
            self.new = False
        self.setEnabled(row is not None or self.new)
        m = row
        self.title_edit.setText(m.title if m else "")
        self.title_edit.setCursorPosition(0)  # a long title shows its beginning
        self.status.setCurrentIndex(max(0, self.status.findData(m.status if m else "planned")))
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind if m else "")))
        self.goal.setPlainText(m.goal if m else "")
        self.pillars.set_checked(m.pillars if m else ())
        self.groups.set_checked(m.target_group_ids if m else ())
        self.barriers.set_checked(m.barrier_ids if m else ())
        self.channels.set_checked(m.channels if m else ())
        self.languages.set_checked(m.languages if m else ())
        self.actors.pick(
            self.responsible, m.responsible_actor_id if m else None, self.tr("— nobody chosen —")
        )
        self.person.setText(m.responsible_person if m else "")
        self.actors.tick(self.partners, m.partner_ids if m else ())
        self.opportunities.set_checked(m.opportunity_ids if m else ())
        self.start.set_value(m.start_on if m else None)
        self.end.set_value(m.end_on if m else None)
        self.budget.setText(money(m.budget_planned) if m else "")
        self.spent.setText(money(m.budget_spent) if m else "")
        self.indicator.setPlainText(m.success_indicator if m else "")
        self.result.setPlainText(m.result if m else "")
        self.steps.set_steps(m.steps if m else ())
        warnings = m.warnings if m else ()
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.set_title(m.title if m else "")

    def values(self) -> tuple[object, ...]:
        return (
            self.title_edit.text(), self.status.currentData(), self.kind.currentData(), self.goal.toPlainText(),
            self.pillars.checked(), self.groups.checked(), self.barriers.checked(), self.channels.checked(),
            self.languages.checked(), self.responsible.currentData(), self.person.text(),
            self.partners.checked(), self.start.value(), self.end.value(), self.budget.text(),
            self.spent.text(), self.indicator.toPlainText(), self.result.toPlainText(), self.steps.values(),
            self.opportunities.checked(),
        )  # fmt: skip

    def to_input(self) -> MeasureInput:
        """What the service gets; a budget that is no number raises ValidationError (field named)."""
        planned = parse_money(
            self.budget.text(), "budget_planned", ("Das geplante Budget", "The planned budget")
        )
        spent = parse_money(self.spent.text(), "budget_spent", ("Das ausgegebene Budget", "The budget spent"))
        return MeasureInput(
            title=self.title_edit.text(),
            goal=self.goal.toPlainText(),
            kind=self.kind.currentData() or "",
            status=self.status.currentData(),
            target_group_ids=self.groups.checked(),
            barrier_ids=self.barriers.checked(),
            pillars=self.pillars.checked(),
            channels=self.channels.checked(),
            languages=self.languages.checked(),
            responsible_actor_id=self.responsible.currentData(),
            responsible_person=self.person.text(),
            partner_ids=self.partners.checked(),
            start_on=self.start.value(),
            end_on=self.end.value(),
            budget_planned=planned,
            budget_spent=spent,
            success_indicator=self.indicator.toPlainText(),
            result=self.result.toPlainText(),
            steps=self.steps.steps(),
            opportunity_ids=self.opportunities.checked(),
        )
