"""A measure row (steps, links) as ``Measure``, and its warnings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ...lang import t
from ..dto.measures import Measure, Step, StepInput

if TYPE_CHECKING:
    from ..models import Measure as MeasureRow


def to_dto(row: MeasureRow, idea_ids: Sequence[str] = ()) -> Measure:
    steps = tuple(
        Step(s.id, s.what, s.who, s.due_on, s.done, s.position, s.version)
        for s in sorted(row.steps, key=lambda s: s.position)
    )
    actor = row.responsible_actor_id
    return Measure(
        id=row.id,
        municipality_id=row.municipality_id,
        title=row.title,
        goal=row.goal,
        kind=row.kind,
        status=row.status,
        target_group_ids=tuple(g.id for g in row.target_groups),
        barrier_ids=tuple(b.id for b in row.barriers),
        pillars=tuple(row.pillars or ()),
        channels=tuple(row.channels or ()),
        languages=tuple(row.languages or ()),
        responsible_actor_id=actor,
        responsible_actor_name=row.responsible_actor.name if actor and row.responsible_actor else "",
        responsible_person=row.responsible_person,
        partner_ids=tuple(a.id for a in row.partners),
        start_on=row.start_on,
        end_on=row.end_on,
        budget_planned=row.budget,
        budget_spent=row.budget_spent,
        success_indicator=row.success_indicator,
        result=row.result,
        steps=steps,
        idea_ids=tuple(idea_ids),
        version=row.version,
        updated_at=row.updated_at,
        warnings=step_warnings(row.end_on, steps) + budget_warnings(row.budget, row.budget_spent),
        opportunity_ids=tuple(o.id for o in row.opportunities),
    )


def step_warnings(end_on: date | None, steps: Sequence[Step | StepInput]) -> tuple[str, ...]:
    """Steps due after the measure ends: saved as entered, but worth a look (a warning, not a refusal)."""
    if end_on is None:
        return ()
    late = [s for s in steps if s.due_on is not None and s.due_on > end_on]
    if not late:
        return ()
    names = ", ".join(f"„{s.what[:40]}“" for s in late[:3]) + (" …" if len(late) > 3 else "")
    end = end_on.strftime("%d.%m.%Y")
    return (
        t(
            f"{len(late)} Arbeitsschritt(e) fällig nach dem Ende der Maßnahme ({end}): {names}",
            f"{len(late)} step(s) due after the measure ends ({end_on.isoformat()}): {names}",
        ),
    )


def budget_warnings(planned: float | None, spent: float | None) -> tuple[str, ...]:
    """More spent than planned: saved as entered (it happens), but said beside the form and in the plan."""
    if planned is None or spent is None or spent <= planned:
        return ()
    german = str.maketrans(",.", ".,")
    return (
        t(
            f"Ausgegeben ({f'{spent:,.2f}'.translate(german)} €) ist mehr als geplant "
            f"({f'{planned:,.2f}'.translate(german)} €).",
            f"Spent (€{spent:,.2f}) is more than planned (€{planned:,.2f}).",
        ),
    )
