"""The documents' reads for many municipalities at once: one session, a few queries per area.

``report dossier --all`` used to read each municipality through the services: about fifty queries
and fifteen sessions per municipality, ORM objects and a UUID object per id. Here each area is one
query over all the municipalities asked for (``IN``), grouped in Python, and turned into the very
DTOs the services return, with the services' own conversion functions and sort orders; plain
columns (ids as text, made dashed without ``uuid.UUID``) where the services read plain columns too.
``tests/store/test_report_reads.py`` keeps every area equal to its service.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session, selectinload

from ..catalog import load_catalog
from ..lang import language
from ..textsort import sort_key
from .dto.municipality import Municipality, ProcessState
from .dto.network import Graph, Link, Node
from .models import (
    Actor,
    ActorLink,
    BarrierAssessment,
    ChecklistInstance,
    Event,
    Idea,
    Measure,
    PillarRound,
    PlacementDecision,
    TargetGroup,
    barrier_target_groups,
    measure_target_groups,
)
from .models import Municipality as MunicipalityRow
from .services import actors as actors_svc
from .services import anchoring as anchoring_svc
from .services import barriers as barriers_svc
from .services import checklists as checklists_svc
from .services import events as events_svc
from .services import ideas as ideas_svc
from .services import measures as measures_svc
from .services import municipality as municipality_svc
from .services import pillars as pillars_svc
from .services import target_groups as target_groups_svc
from .services.base import Service

T = TypeVar("T")
ByPlace = dict[str, list[T]]


def _by_place(rows: Iterable[T], key: Callable[[T], str]) -> ByPlace[T]:
    """Rows grouped by municipality, each group in the order the rows came (a query's ORDER BY)."""
    out: ByPlace[T] = defaultdict(list)
    for row in rows:
        out[key(row)].append(row)
    return out


class ReportReads(Service):
    """Read-only: every method takes the municipality ids and returns ``{id: the service's answer}``."""

    def municipalities(self, s: Session, ids: Sequence[str]) -> dict[str, Municipality]:
        rows = s.scalars(select(MunicipalityRow).where(MunicipalityRow.id.in_(ids)))
        return {r.id: municipality_svc.to_dto(r) for r in rows}

    def process_states(self, s: Session, ids: Sequence[str]) -> dict[str, ProcessState]:
        return municipality_svc.process_states(s, ids)

    def barriers(self, s: Session, ids: Sequence[str]) -> dict[str, list]:
        catalog = load_catalog(language())
        stored = s.scalars(
            select(BarrierAssessment)
            .where(BarrierAssessment.municipality_id.in_(ids))
            .options(selectinload(BarrierAssessment.target_groups))
            .order_by(BarrierAssessment.created_at, BarrierAssessment.id)
        ).all()
        groups = _by_place(stored, lambda r: r.municipality_id)
        return {mid: barriers_svc.barrier_rows(groups.get(mid, []), catalog) for mid in ids}

    def target_groups(self, s: Session, ids: Sequence[str]) -> dict[str, list]:
        rows = s.scalars(select(TargetGroup).where(TargetGroup.municipality_id.in_(ids))).all()
        of_places = select(TargetGroup.id).where(TargetGroup.municipality_id.in_(ids))
        used_b = target_groups_svc._usage(s, barrier_target_groups.c.target_group_id, of_places)
        used_m = target_groups_svc._usage(s, measure_target_groups.c.target_group_id, of_places)
        out: dict[str, list] = {mid: [] for mid in ids}
        for r in rows:
            out[r.municipality_id].append(target_groups_svc._dto(r, used_b.get(r.id, 0), used_m.get(r.id, 0)))
        for groups in out.values():
            groups.sort(key=lambda g: (sort_key(g.name), g.name, g.id))
        return out

    def graphs(self, s: Session, ids: Sequence[str], order: dict[str, int] | None = None) -> dict[str, Graph]:
        """``NetworkService.graph`` for each: live actors as nodes, the links between them.

        ``order``: the position of each actor in a list already sorted the service's way (the actors
        list); an actor it does not know (added meanwhile) makes that map sort by name itself.
        """
        dashed = actors_svc._uuid
        actors = s.execute(
            select(
                cast(Actor.id, Text), cast(Actor.municipality_id, Text), Actor.name, Actor.type, Actor.map_x,
                Actor.map_y,
            ).where(Actor.municipality_id.in_(ids), Actor.deleted_at.is_(None))
        ).all()  # fmt: skip
        # ids stay in the database's text form for matching (32 hex digits on SQLite), each made
        # dashed once: 15,000 links name their two actors again and again
        nodes: ByPlace[Node] = defaultdict(list)
        alive: dict[str, tuple[str, str]] = {}  # raw actor id -> (dashed id, raw municipality id)
        for aid, mid, name, kind, x, y in actors:
            node = Node(dashed(aid), name, kind, x, y)
            alive[aid] = (node.id, mid)
            nodes[mid].append(node)
        links: ByPlace[Link] = defaultdict(list)
        rows = s.execute(
            select(
                cast(ActorLink.municipality_id, Text), cast(ActorLink.id, Text), cast(ActorLink.source_id, Text),
                cast(ActorLink.target_id, Text), ActorLink.kind, ActorLink.strength, ActorLink.note,
                ActorLink.version,
            )
            .where(ActorLink.municipality_id.in_(ids))
            .order_by(ActorLink.created_at, ActorLink.id)
        )  # fmt: skip
        missing = ("", "")
        for mid, lid, source, target, kind, strength, note, version in rows:
            # a link to an actor in the trash stays stored but is not part of the map
            (src, src_mid), (dst, dst_mid) = alive.get(source, missing), alive.get(target, missing)
            if src_mid == mid and dst_mid == mid:
                links[mid].append(Link(dashed(lid), src, dst, kind, strength, note, version))
        raw = {dashed(mid): mid for mid in {*nodes, *links}}
        out = {}
        for mid in ids:
            placed = nodes.get(raw.get(mid, ""), [])
            if order is not None and all(n.id in order for n in placed):
                placed.sort(key=lambda n: order[n.id])
            else:
                placed.sort(key=lambda n: (sort_key(n.name), n.id))
            out[mid] = Graph(mid, tuple(placed), tuple(links.get(raw.get(mid, ""), ())))
        return out

    def rounds(self, s: Session, ids: Sequence[str]) -> dict[str, list]:
        rows = s.scalars(
            select(PillarRound)
            .where(PillarRound.municipality_id.in_(ids))
            .options(selectinload(PillarRound.scores))
            .order_by(PillarRound.created_at, PillarRound.id)
        )
        groups = _by_place((pillars_svc.to_dto(r) for r in rows), lambda r: r.municipality_id)
        return {mid: sorted(groups.get(mid, []), key=pillars_svc._sort_key) for mid in ids}

    def measures(self, s: Session, ids: Sequence[str]) -> dict[str, list]:
        rows = s.scalars(
            select(Measure)
            .where(Measure.municipality_id.in_(ids))
            .options(*measures_svc.MeasureService._loads())
        ).all()
        ideas = measures_svc.MeasureService._idea_ids(s, [r.id for r in rows])
        groups = _by_place(
            (measures_svc.to_dto(r, ideas.get(r.id, ())) for r in rows), lambda m: m.municipality_id
        )
        return {
            mid: sorted(
                groups.get(mid, []),
                key=lambda m: (m.start_on is None, m.start_on or date.min, sort_key(m.title), m.id),
            )
            for mid in ids
        }

    def ideas_by_event(self, s: Session, ids: Sequence[str]) -> dict[str, dict[str | None, list]]:
        """``ideas.idea_rows_of`` for each: ideas by event, most votes first."""
        query = (
            select(Idea, Measure)
            .outerjoin(Measure, Measure.id == Idea.measure_id)
            .where(Idea.municipality_id.in_(ids))
            .order_by(Idea.votes.desc(), Idea.created_at, Idea.id)
        )
        out: dict[str, dict[str | None, list]] = {mid: defaultdict(list) for mid in ids}
        for idea, measure in s.execute(query):
            out[idea.municipality_id][idea.event_id].append(ideas_svc.to_dto(idea, measure))
        return out

    def events(
        self, s: Session, ids: Sequence[str], ideas: dict[str, dict[str | None, list]]
    ) -> dict[str, list]:
        rows = s.scalars(
            select(Event).where(Event.municipality_id.in_(ids)).options(selectinload(Event.organisations))
        ).all()
        groups = _by_place(
            (events_svc.to_dto(r, ideas[r.municipality_id].get(r.id, ())) for r in rows),
            lambda e: e.municipality_id,
        )
        return {
            mid: sorted(
                groups.get(mid, []),
                key=lambda e: (e.held_on is not None, e.held_on or date.max, e.title),
                reverse=True,
            )
            for mid in ids
        }

    def checklists(self, s: Session, ids: Sequence[str]) -> dict[str, list]:
        """What ``report_data`` printed from the checklist service: each Verein's opening checklist in
        the overview's order (live actors by name), then the municipality's anchoring checklist."""
        rows = s.scalars(
            select(ChecklistInstance)
            .where(ChecklistInstance.municipality_id.in_(ids))
            .options(selectinload(ChecklistInstance.items))
        ).all()
        alive = dict(
            s.execute(
                select(Actor.id, Actor.name).where(
                    Actor.municipality_id.in_(ids),
                    Actor.deleted_at.is_(None),
                    Actor.id.in_([r.actor_id for r in rows if r.actor_id is not None]),
                )
            ).all()
        )
        opening: ByPlace[tuple] = defaultdict(list)
        anchoring: dict[str, ChecklistInstance] = {}
        for r in rows:
            if r.template_key == checklists_svc.OPENING and r.actor_id in alive:
                opening[r.municipality_id].append((sort_key(alive[r.actor_id]), r.actor_id, r))
            elif r.template_key == checklists_svc.ANCHORING and r.actor_id is None:
                anchoring.setdefault(r.municipality_id, r)
        out = {}
        for mid in ids:
            found = [checklists_svc.to_dto(r, alive[aid]) for _key, aid, r in sorted(opening.get(mid, []))]
            if mid in anchoring:
                found.append(checklists_svc.to_dto(anchoring[mid]))
            out[mid] = found
        return out

    def decisions(self, s: Session, ids: Sequence[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for row in s.scalars(select(PlacementDecision).where(PlacementDecision.municipality_id.in_(ids))):
            out.setdefault(row.municipality_id, anchoring_svc.to_dto(row))
        return out

    def actor_details(self, s: Session, actor_ids: Collection[str]) -> dict[str, Any]:
        """Full actor records by id (``ActorService.get`` for each, in one query per 500 ids)."""
        wanted = list(actor_ids)
        out = {}
        for start in range(0, len(wanted), 500):
            rows = s.scalars(select(Actor).where(Actor.id.in_(wanted[start : start + 500])))
            out.update((r.id, actors_svc.to_dto(r)) for r in rows)
        return out
