"""Measures (the Umsetzungsplan) with their steps, links to barriers, target groups and actors.

A measure is saved as a whole, steps included: the form has an explicit Save, and undo hands the
previous state back the same way (``MeasureInput.of``). Every save bumps the version, also when only
a link or a step changed, so a concurrent edit at another workstation is refused, never overwritten.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from ...catalog import Catalog, load_catalog
from ...dates import checked_date
from ...lang import language, t
from ...textsort import sort_key
from ..base import utcnow
from ..dto.measures import Measure, MeasureInput, StepInput
from ..errors import ValidationError
from ..models import Actor, BarrierAssessment, Idea, Municipality, TargetGroup
from ..models import Measure as MeasureRow
from ..models import MeasureStep as StepRow
from ..outreach_models import EngagementOpportunity as Opportunity
from ..rows.measures import to_dto
from .base import Service
from .fields import Label, decimal, one_of, text
from .links import owned

LONG = 5000
MAX_STEPS = 100
MAX_EUROS = 100_000_000
LABELS = {
    "goal": Label("Das Ziel", "ein Ziel", "the goal"),
    "success_indicator": Label("Der Erfolgsmaßstab", "einen Erfolgsmaßstab", "the indicator of success"),
    "result": Label("Das Ergebnis", "ein Ergebnis", "the result"),
    "responsible_person": Label("Die verantwortliche Person", "eine Person", "the person responsible"),
    "budget_planned": Label("Das geplante Budget", "ein Budget", "the planned budget"),
    "budget_spent": Label("Das ausgegebene Budget", "ein Budget", "the budget spent"),
    "step": Label("Der Arbeitsschritt", "einen Arbeitsschritt", "the step"),
    "who": Label("Wer den Schritt übernimmt", "wer", "who takes the step"),
}


def _catalog() -> Catalog:
    return load_catalog(language())


class MeasureService(Service):
    def list(self, municipality_id: str) -> list[Measure]:
        """All measures of a municipality by start date (undated last), then title."""
        with self._read() as s:
            rows = s.scalars(
                select(MeasureRow)
                .where(MeasureRow.municipality_id == municipality_id)
                .options(*self._loads())
            ).all()
            ideas = self._idea_ids(s, [r.id for r in rows])
            out = [to_dto(r, ideas.get(r.id, ())) for r in rows]
        return sorted(
            out, key=lambda m: (m.start_on is None, m.start_on or date.min, sort_key(m.title), m.id)
        )

    def get(self, measure_id: str) -> Measure:
        with self._read() as s:
            row = self._get(s, MeasureRow, measure_id)
            return to_dto(row, self._idea_ids(s, [row.id]).get(row.id, ()))

    def create(self, municipality_id: str, data: MeasureInput, record_id: str | None = None) -> Measure:
        """A new measure; ``record_id`` lets undo bring a deleted measure back under its old id."""
        values = self._validate(data)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            row = MeasureRow(municipality_id=municipality_id)
            if record_id:
                row.id = record_id
            self._apply(s, row, municipality_id, data, values)
            s.add(row)
            self._log(s, "create", row, row.title)
            s.flush()
            return to_dto(row)

    def update(self, measure_id: str, data: MeasureInput, version: int | None) -> Measure:
        values = self._validate(data)
        with self._write() as s:
            row = self._get(s, MeasureRow, measure_id)
            self._check_version(row, version)
            self._apply(s, row, row.municipality_id, data, values)
            self._log(s, "update", row, row.title)
            s.flush()
            return to_dto(row, self._idea_ids(s, [row.id]).get(row.id, ()))

    def delete(self, measure_id: str, version: int | None) -> Measure:
        """Delete a measure with its steps; returns it as it was, so undo can ``restore`` it.
        Ideas that became this measure lose the link and are "selected" again (``_follow``)."""
        with self._write() as s:
            row = self._get(s, MeasureRow, measure_id)
            self._check_version(row, version)
            before = to_dto(row, self._idea_ids(s, [row.id]).get(row.id, ()))
            _follow(s, before.idea_ids, (row.id, "in_measure"), (None, "selected"))
            self._log(s, "delete", row, row.title)
            s.delete(row)
            return before

    def restore(self, before: Measure) -> Measure:
        """Undo of ``delete``: the measure under its old id, its steps, and the links of its ideas."""
        data = MeasureInput.of(before)
        values = self._validate(data)
        with self._write() as s:
            self._get(s, Municipality, before.municipality_id)
            # an opportunity deleted meanwhile is no reason to refuse the undo: its link stays gone
            data.opportunity_ids = list(
                s.scalars(select(Opportunity.id).where(Opportunity.id.in_(before.opportunity_ids)))
            )
            row = MeasureRow(id=before.id, municipality_id=before.municipality_id)
            self._apply(s, row, before.municipality_id, data, values)
            s.add(row)
            s.flush()
            # its ideas taken over again, unless someone changed them since the delete
            _follow(s, before.idea_ids, (None, "selected"), (row.id, "in_measure"))
            self._log(s, "restore", row, row.title)
            s.flush()
            return to_dto(row, self._idea_ids(s, [row.id]).get(row.id, ()))

    def from_approach(self, municipality_id: str, barrier_id: str, approach_key: str) -> Measure:
        """A planned measure of a catalogue approach, already linked to the barrier it answers."""
        catalog = _catalog()
        one_of(approach_key, {a.key for a in catalog.approaches}, "kind")
        approach = catalog.approach(approach_key)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            barriers = owned(
                s, BarrierAssessment, municipality_id, [barrier_id], "barrier_ids", _WHAT["barrier"]
            )
            row = MeasureRow(
                municipality_id=municipality_id,
                title=approach.title[:200],
                goal=approach.description[:LONG],
                kind=approach.key,
                status="planned",
                pillars=[],
                channels=[],
                languages=[],
            )
            row.barriers = barriers
            s.add(row)
            self._log(s, "create", row, f"{row.title} ({approach_key})")
            s.flush()
            return to_dto(row)

    # ----- helpers
    @staticmethod
    def _loads() -> tuple[object, ...]:
        return (
            selectinload(MeasureRow.target_groups),
            selectinload(MeasureRow.barriers),
            selectinload(MeasureRow.partners),
            selectinload(MeasureRow.steps),
            selectinload(MeasureRow.responsible_actor),
            selectinload(MeasureRow.opportunities),
        )

    @staticmethod
    def _idea_ids(s: Session, measure_ids: Sequence[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        if measure_ids:
            query = (
                select(Idea.measure_id, Idea.id)
                .where(Idea.measure_id.in_(measure_ids))
                .order_by(Idea.created_at)
            )
            for measure_id, idea_id in s.execute(query):
                out[str(measure_id)].append(str(idea_id))
        return out

    @staticmethod
    def _validate(data: MeasureInput) -> dict[str, object]:
        catalog = _catalog()
        values: dict[str, object] = {
            "title": text(data.title, "title", required=True, name=True),
            "goal": text(data.goal, "goal", limit=LONG, label=LABELS["goal"]),
            "success_indicator": text(
                data.success_indicator, "success_indicator", limit=LONG, label=LABELS["success_indicator"]
            ),
            "result": text(data.result, "result", limit=LONG, label=LABELS["result"]),
            "responsible_person": text(
                data.responsible_person, "responsible_person", name=True, label=LABELS["responsible_person"]
            ),
            "status": one_of(data.status, catalog.vocab("measure_status"), "status"),
            "kind": one_of(data.kind, {"", *(a.key for a in catalog.approaches)}, "kind"),
            "pillars": _keys(data.pillars, {p.key for p in catalog.pillars}, "pillars"),
            "channels": _keys(data.channels, catalog.vocab("channels"), "channels"),
            "languages": _keys(data.languages, catalog.vocab("languages"), "languages"),
            "budget": decimal(
                data.budget_planned,
                "budget_planned",
                minimum=0,
                maximum=MAX_EUROS,
                label=LABELS["budget_planned"],
                unit="€",
            ),
            "budget_spent": decimal(
                data.budget_spent,
                "budget_spent",
                minimum=0,
                maximum=MAX_EUROS,
                label=LABELS["budget_spent"],
                unit="€",
            ),
            "start_on": _date(data.start_on, "start_on"),
            "end_on": _date(data.end_on, "end_on"),
        }
        if values["start_on"] and values["end_on"] and values["end_on"] < values["start_on"]:  # type: ignore[operator]
            raise ValidationError(
                t("Das Ende liegt vor dem Beginn.", "The end lies before the start."),
                "end_on",
            )
        steps = list(data.steps or ())
        if len(steps) > MAX_STEPS:
            raise ValidationError(
                t(f"Höchstens {MAX_STEPS} Arbeitsschritte.", f"At most {MAX_STEPS} steps."), "steps"
            )
        values["steps"] = [
            StepInput(
                what=text(step.what, "steps", required=True, limit=1000, label=LABELS["step"]),
                who=text(step.who, "steps", name=True, label=LABELS["who"]),
                due_on=_date(step.due_on, "steps"),
                done=bool(step.done),
                id=step.id,
            )
            for step in steps
        ]
        return values

    def _apply(
        self, s: Session, row: MeasureRow, mid: str, data: MeasureInput, values: dict[str, object]
    ) -> None:
        """Set the fields, links and steps; a change of links or steps alone still bumps the version."""
        steps: list[StepInput] = values.pop("steps")  # type: ignore[assignment]
        if data.responsible_actor_id:
            owned(s, Actor, mid, [data.responsible_actor_id], "responsible_actor_id", _WHAT["actor"])
        self._update(row, responsible_actor_id=data.responsible_actor_id or None, **values)
        groups = owned(s, TargetGroup, mid, data.target_group_ids, "target_group_ids", _WHAT["group"])
        self._set_collection(row, "target_groups", groups)
        barriers = owned(s, BarrierAssessment, mid, data.barrier_ids, "barrier_ids", _WHAT["barrier"])
        self._set_collection(row, "barriers", barriers)
        self._set_collection(
            row, "partners", owned(s, Actor, mid, data.partner_ids, "partner_ids", _WHAT["actor"])
        )
        promoted = owned(s, Opportunity, mid, data.opportunity_ids, "opportunity_ids", _WHAT["opportunity"])
        self._set_collection(row, "opportunities", promoted)
        stored = {st.id: st for st in row.steps} if row.id else {}
        before = (
            [(st.id, st.what, st.who, st.due_on, st.done, st.position) for st in row.steps] if row.id else []
        )
        kept: list[StepRow] = []
        for position, step in enumerate(steps):
            current = stored.get(step.id or "")
            if current is None:
                current = StepRow(municipality_id=mid)
                if step.id and s.get(StepRow, step.id) is None:
                    current.id = step.id  # undo brings a removed step back under its id
            self._update(
                current, what=step.what, who=step.who, due_on=step.due_on, done=step.done, position=position
            )
            kept.append(current)
        after = [(st.id, st.what, st.who, st.due_on, st.done, st.position) for st in kept]
        if after != before or any(st.id is None for st in kept):
            row.steps = kept
            if row.id:
                row.updated_at = utcnow()  # steps are rows of their own: the measure's version moves too


def _follow(
    s: Session, idea_ids: Sequence[str], was: tuple[str | None, str], now: tuple[str | None, str]
) -> None:
    """The ideas among ``idea_ids`` still linked and in the status ``was`` get ``now``: an idea's
    "in_measure" follows its measure (deleted: "selected" again, the delete undone: taken over again).
    Core, not the ORM: the idea's version stays, as when the database's SET NULL drops the link, so the
    undo of the idea's own take-over still matches; ``updated_at`` moves, so a file sent on carries it."""
    if not idea_ids:
        return
    link = Idea.measure_id.is_(None) if was[0] is None else Idea.measure_id == was[0]
    s.execute(
        update(Idea)
        .where(Idea.id.in_(idea_ids), link, Idea.status == was[1])
        .values(measure_id=now[0], status=now[1], updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


_WHAT = {
    "group": ("Eine gewählte Zielgruppe", "A chosen target group"),
    "barrier": ("Ein gewähltes Hemmnis", "A chosen barrier"),
    "actor": ("Ein gewählter Akteur", "A chosen actor"),
    "opportunity": ("Ein gewähltes Mitmach-Angebot", "A chosen engagement opportunity"),
}


def _keys(values: Sequence[str] | None, allowed: object, field: str) -> list[str]:
    return list(dict.fromkeys(one_of(v, allowed, field) for v in values or ()))


def _date(value: object, field: str) -> date | None:
    return checked_date(value, field)  # the one plausibility rule (vopi_desktop/dates.py)
