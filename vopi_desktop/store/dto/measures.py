"""Measures (the Umsetzungsplan) and their steps as plain data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

#: Statuses whose measures are worked on: the coverage counts them, the timeline draws them solid.
ACTIVE_STATUSES = ("planned", "running")


@dataclass(frozen=True, slots=True)
class Step:
    """One Arbeitsschritt: what, who, due, done."""

    id: str
    what: str
    who: str
    due_on: date | None
    done: bool
    position: int
    version: int


@dataclass(frozen=True)
class Measure:
    """The full record; ``warnings`` are saved-but-worth-a-look notes (a step due after the end)."""

    id: str
    municipality_id: str
    title: str
    goal: str
    kind: str  # catalogue approach key ("O1"...) or "" for an own kind
    status: str  # vocab measure_status
    target_group_ids: tuple[str, ...]
    barrier_ids: tuple[str, ...]  # BarrierAssessment ids
    pillars: tuple[str, ...]
    channels: tuple[str, ...]  # vocab channels
    languages: tuple[str, ...]
    responsible_actor_id: str | None
    responsible_actor_name: str
    responsible_person: str
    partner_ids: tuple[str, ...]
    start_on: date | None
    end_on: date | None
    budget_planned: float | None
    budget_spent: float | None
    success_indicator: str
    result: str
    steps: tuple[Step, ...]
    idea_ids: tuple[str, ...]  # the ideas this measure grew from
    version: int
    updated_at: datetime | None = None
    warnings: tuple[str, ...] = ()
    opportunity_ids: tuple[str, ...] = ()  # the engagement opportunities it promotes

    def overdue(self, today: date) -> bool:
        """Past its end, or with an open step past due, while still planned or running."""
        if self.status not in ACTIVE_STATUSES:
            return False
        if self.end_on is not None and self.end_on < today:
            return True
        return any(not s.done and s.due_on is not None and s.due_on < today for s in self.steps)

    @property
    def steps_done(self) -> int:
        return sum(1 for s in self.steps if s.done)


@dataclass
class StepInput:
    """A step as the form has it; ``id`` None for a new step."""

    what: str = ""
    who: str = ""
    due_on: date | None = None
    done: bool = False
    id: str | None = None


@dataclass
class MeasureInput:
    """What the measure form hands to the service; ``steps`` in their order replace the stored ones."""

    title: str = ""
    goal: str = ""
    kind: str = ""
    status: str = "planned"
    target_group_ids: Sequence[str] = field(default_factory=tuple)
    barrier_ids: Sequence[str] = field(default_factory=tuple)
    pillars: Sequence[str] = field(default_factory=tuple)
    channels: Sequence[str] = field(default_factory=tuple)
    languages: Sequence[str] = field(default_factory=tuple)
    responsible_actor_id: str | None = None
    responsible_person: str = ""
    partner_ids: Sequence[str] = field(default_factory=tuple)
    start_on: date | None = None
    end_on: date | None = None
    budget_planned: float | None = None
    budget_spent: float | None = None
    success_indicator: str = ""
    result: str = ""
    steps: Sequence[StepInput] = field(default_factory=tuple)
    opportunity_ids: Sequence[str] = field(default_factory=tuple)

    @classmethod
    def of(cls, m: Measure) -> MeasureInput:
        """The input that saves ``m`` as it is: what undo hands back to the service."""
        return cls(
            title=m.title,
            goal=m.goal,
            kind=m.kind,
            status=m.status,
            target_group_ids=m.target_group_ids,
            barrier_ids=m.barrier_ids,
            pillars=m.pillars,
            channels=m.channels,
            languages=m.languages,
            responsible_actor_id=m.responsible_actor_id,
            responsible_person=m.responsible_person,
            partner_ids=m.partner_ids,
            start_on=m.start_on,
            end_on=m.end_on,
            budget_planned=m.budget_planned,
            budget_spent=m.budget_spent,
            success_indicator=m.success_indicator,
            result=m.result,
            steps=[StepInput(s.what, s.who, s.due_on, s.done, s.id) for s in m.steps],
            opportunity_ids=m.opportunity_ids,
        )
