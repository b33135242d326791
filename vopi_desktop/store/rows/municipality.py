"""Municipality rows: the list, one by name, and each one's settings and progress counts (Core)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ...textsort import sort_key
from .. import tables
from ..dto.municipality import Municipality, ProcessState
from ..names import name_key

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from ..models import Municipality as MunicipalityRow


def to_dto(row: MunicipalityRow) -> Municipality:
    return Municipality(
        id=row.id,
        name=row.name,
        kind=row.kind,
        state=row.state,
        population=row.population,
        contact_name=row.contact_name,
        contact_email=row.contact_email,
        contact_phone=row.contact_phone,
        is_example=row.is_example,
        version=row.version,
    )


def all_places(s: Session | Connection) -> list[Municipality]:
    """Every municipality, by name as Germans sort (Core: no ORM needed to list them)."""
    rows = [to_dto(r) for r in s.execute(select(tables.municipality))]  # type: ignore[arg-type]
    # Sorted in Python: the databases collate differently, and "Ölbronn" belongs with the O's.
    return sorted(rows, key=lambda m: (sort_key(m.name), m.name))


def place_named(s: Session | Connection, name: str) -> Municipality | None:
    """By the one name key (case, joiners, spacing ignored), the same on both databases."""
    table = tables.municipality
    row = s.execute(select(table).where(table.c.name_key == name_key(name))).first()
    return to_dto(row) if row is not None else None  # type: ignore[arg-type]


def process_states(s: Session | Connection, ids: Sequence[str]) -> dict[str, ProcessState]:
    """Each municipality's settings and progress counts, grouped: a query per count, whatever the
    number of municipalities (the Start page asks for one, the documents for all)."""
    settings: dict[str, Any] = {}
    for row in s.execute(
        select(tables.process_settings).where(tables.process_settings.c.municipality_id.in_(ids))
    ):
        settings.setdefault(row.municipality_id, row)  # the service takes the first

    def count(table: Any, *where: object) -> dict[str, int]:
        column = table.c.municipality_id
        query = select(column, func.count()).where(column.in_(ids), *where).group_by(column)
        return {str(mid): n for mid, n in s.execute(query)}

    barrier, actor, checklist = tables.barrier_assessment.c, tables.actor.c, tables.checklist_instance.c
    counts = {
        "target_groups": count(tables.target_group),
        # Progress counts catalogue barriers only ("18 von 27"); own barriers come on top.
        "barriers_assessed": count(
            tables.barrier_assessment, barrier.relevance.is_not(None), barrier.barrier_key.is_not(None)
        ),
        "barriers_high": count(tables.barrier_assessment, barrier.relevance >= 3),
        "actors": count(tables.actor, actor.deleted_at.is_(None)),
        "migrant_orgs": count(tables.actor, actor.deleted_at.is_(None), actor.type == "migrant_org"),
        "links": count(tables.actor_link),
        "rounds": count(tables.pillar_round),
        "scores": _latest_round_scores(s, ids),
        "events": count(tables.event),
        "ideas": count(tables.idea),
        "measures": count(tables.measure),
        "opening_checklists": count(tables.checklist_instance, checklist.template_key == "opening"),
        "anchoring_checklists": count(tables.checklist_instance, checklist.template_key == "anchoring"),
    }
    out = {}
    for mid in ids:
        row = settings.get(mid)
        out[mid] = ProcessState(
            occasions=tuple(row.occasions) if row else (),
            own_concern=row.own_concern if row else "",
            counts={name: values.get(mid, 0) for name, values in counts.items()},
        )
    return out


def _latest_round_scores(s: Session | Connection, ids: Sequence[str]) -> dict[str, int]:
    """Scored indicators of each municipality's latest round, in the service's order of rounds:
    undated (planned) rounds newest, then by date, created_at and id."""
    r, score = tables.pillar_round.c, tables.indicator_score.c
    rounds = s.execute(
        select(r.municipality_id, r.id, r.held_on, r.created_at).where(r.municipality_id.in_(ids))
    ).all()
    latest: dict[str, tuple] = {}
    for mid, rid, held_on, created in rounds:
        rank = (held_on is None, held_on or date.min, created, rid)
        if mid not in latest or rank > latest[mid][0]:
            latest[mid] = (rank, rid)
    if not latest:
        return {}
    scored = dict(
        s.execute(
            select(score.round_id, func.count())
            .where(score.round_id.in_([rid for _rank, rid in latest.values()]), score.score.is_not(None))
            .group_by(score.round_id)
        ).all()
    )
    return {mid: scored.get(rid, 0) for mid, (_rank, rid) in latest.items()}
