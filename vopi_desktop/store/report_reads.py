"""The documents' reads for many municipalities at once: one connection, a few queries per area.

``report dossier --all`` used to read each municipality through the services: about fifty queries
and fifteen sessions per municipality, ORM objects and a UUID object per id. Here each area is one
query over all the municipalities asked for (``IN``), grouped in Python, and turned into the very
DTOs the services return, with the services' own conversion functions and sort orders.

The queries are Core selects over the tables (``tables.py``) on a Core ``Connection``, not ORM
loads: no identity map, no per-object state, no relationship loaders (the ORM took about a third of
the reads' time), and the ORM is never imported (its import and the mapping of the classes were a
fifth of ``report --all``'s start). A Core row carries the mapped attributes' names (every column is
named as its attribute), so the services' conversion functions (``rows/``) read it as they read an
ORM object; what they read through a relationship is filled in
from one query per link table (``core_rows.py``). The big tables (actors, links) come as plain columns
with ids as text, made dashed without ``uuid.UUID``. ``tests/store/test_report_reads.py`` keeps
every area equal to its service.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from types import SimpleNamespace
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Engine, Text, cast, func, select
from sqlalchemy.exc import DBAPIError

from ..catalog import load_catalog
from ..lang import language
from ..textsort import sort_key
from . import tables
from .core_rows import columns, linked, records
from .db_errors import database_error
from .dto.municipality import Municipality, ProcessState
from .dto.network import Graph, Link, Node
from .link_tables import (
    barrier_target_groups,
    event_actors,
    measure_barriers,
    measure_opportunities,
    measure_partners,
    measure_target_groups,
)
from .rows import actors as actors_rows
from .rows import anchoring as anchoring_rows
from .rows import barriers as barriers_rows
from .rows import checklists as checklists_rows
from .rows import events as events_rows
from .rows import ideas as ideas_rows
from .rows import measures as measures_rows
from .rows import municipality as municipality_rows
from .rows import pillars as pillars_rows
from .rows import target_groups as target_groups_rows

T = TypeVar("T")
ByPlace = dict[str, list[T]]

_ACTOR = tables.actor
_OFFER = tables.engagement_opportunity
_LINK = tables.actor_link
_BARRIER = tables.barrier_assessment
_CHECKLIST = tables.checklist_instance
_ITEM = tables.checklist_item_state
_EVENT = tables.event
_IDEA = tables.idea
_SCORE = tables.indicator_score
_MEASURE = tables.measure
_STEP = tables.measure_step
_PLACE = tables.municipality
_ROUND = tables.pillar_round
_DECISION = tables.placement_decision
_GROUP = tables.target_group


class ActorsRead(NamedTuple):
    """The live actors of each municipality, read once for the documents' lists and the map."""

    nodes: dict[str, list[Node]]  # by municipality id, in the actors list's order
    alive: dict[str, tuple[str, str]]  # actor id as stored -> (dashed id, municipality id as stored)


def _by_place(rows: Iterable[T], key: Callable[[T], str]) -> ByPlace[T]:
    """Rows grouped by municipality, each group in the order the rows came (a query's ORDER BY)."""
    out: ByPlace[T] = defaultdict(list)
    for row in rows:
        out[key(row)].append(row)
    return out


class ReportReads:
    """Read-only: every method takes the municipality ids and returns ``{id: the service's answer}``.

    Reads through a Core ``Connection``, never a ``Session``: ``report --all`` imports no ORM."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as connection:
            try:
                yield connection
            except DBAPIError as exc:
                raise database_error(exc) from exc

    def places(self) -> list[Municipality]:
        """Every municipality, as ``MunicipalityService.list`` gives them."""
        with self._read() as s:
            return municipality_rows.all_places(s)

    def place_named(self, name: str) -> Municipality | None:
        """As ``MunicipalityService.find_by_name``."""
        with self._read() as s:
            return municipality_rows.place_named(s, name)

    def sizes(self, ids: Sequence[str]) -> dict[str, int]:
        """A rough measure of the work of each municipality's documents, to share ``--all`` among
        processes before anything is read: its live actors and links (the map, the lists), and its
        measures and events (a block of rows each), weighted as a dossier's layout costs them."""
        found = dict.fromkeys(ids, 0)
        with self._read() as s:
            for table, weight in ((_ACTOR, 1), (_LINK, 1), (_MEASURE, 90), (_EVENT, 50)):
                place = table.c.municipality_id
                query = select(place, func.count()).where(place.in_(ids)).group_by(place)
                if table is _ACTOR:
                    query = query.where(table.c.deleted_at.is_(None))
                for mid, count in s.execute(query):
                    found[mid] += weight * count
        return found

    def municipalities(self, s: Connection, ids: Sequence[str]) -> dict[str, Municipality]:
        rows = s.execute(select(*columns(_PLACE)).where(_PLACE.c.id.in_(ids)))
        return {r.id: municipality_rows.to_dto(r) for r in rows}  # type: ignore[arg-type]

    def process_states(self, s: Connection, ids: Sequence[str]) -> dict[str, ProcessState]:
        return municipality_rows.process_states(s, ids)

    def barriers(self, s: Connection, ids: Sequence[str]) -> dict[str, list]:
        catalog = load_catalog(language())
        rows = s.execute(
            select(*columns(_BARRIER))
            .where(_BARRIER.c.municipality_id.in_(ids))
            .order_by(_BARRIER.c.created_at, _BARRIER.c.id)
        )
        groups = barrier_target_groups.c
        stored = records(
            rows,
            target_groups=linked(s, groups.barrier_assessment_id, groups.target_group_id, _BARRIER, ids),
        )
        by_place = _by_place(stored, lambda r: r.municipality_id)
        return {mid: barriers_rows.barrier_rows(by_place.get(mid, []), catalog) for mid in ids}  # type: ignore[arg-type]

    def target_groups(self, s: Connection, ids: Sequence[str]) -> dict[str, list]:
        rows = s.execute(select(*columns(_GROUP)).where(_GROUP.c.municipality_id.in_(ids))).all()
        of_places = select(_GROUP.c.id).where(_GROUP.c.municipality_id.in_(ids))
        used_b = target_groups_rows.usage(s, barrier_target_groups.c.target_group_id, of_places)
        used_m = target_groups_rows.usage(s, measure_target_groups.c.target_group_id, of_places)
        out: dict[str, list] = {mid: [] for mid in ids}
        for r in rows:
            group = target_groups_rows.to_dto(r, used_b.get(r.id, 0), used_m.get(r.id, 0))  # type: ignore[arg-type]
            out[r.municipality_id].append(group)
        for groups in out.values():
            groups.sort(key=lambda g: (sort_key(g.name), g.name, g.id))
        return out

    def actors(self, s: Connection, ids: Sequence[str]) -> ActorsRead:
        """The live actors of each as map nodes, in ``ActorService.list``'s order: what the documents
        print of the 10,000 actors (id, name, type) and the map's places. Only the actors list reads
        full records (``actor_details``), contact data left out unless asked."""
        a = _ACTOR.c
        rows = s.execute(
            select(cast(a.id, Text), cast(a.municipality_id, Text), a.name, a.type, a.map_x, a.map_y).where(
                a.municipality_id.in_(ids), a.deleted_at.is_(None)
            )
        ).all()
        dashed = actors_rows.dashed
        places: dict[str, str] = {}  # municipality id as stored -> dashed
        nodes: dict[str, list[Node]] = {mid: [] for mid in ids}
        alive: dict[str, tuple[str, str]] = {}
        for raw, raw_place, name, kind, x, y in rows:
            place = places.get(raw_place)
            if place is None:
                place = places[raw_place] = dashed(raw_place)
            node = Node(dashed(raw), name, kind, x, y)
            nodes[place].append(node)
            alive[raw] = (node.id, raw_place)
        for found in nodes.values():
            found.sort(key=lambda n: (sort_key(n.name), n.id))  # the service's order (and the map's)
        return ActorsRead(nodes, alive)

    def graphs(self, s: Connection, ids: Sequence[str], actors: ActorsRead | None = None) -> dict[str, Graph]:
        """``NetworkService.graph`` for each: live actors as nodes (``actors``, read if not given),
        the links between them."""
        if actors is None:
            actors = self.actors(s, ids)
        dashed, k = actors_rows.dashed, _LINK.c
        # ids stay in the database's text form for matching (32 hex digits on SQLite), each made
        # dashed once: 15,000 links name their two actors again and again
        links: ByPlace[Link] = defaultdict(list)
        rows = s.execute(
            select(
                cast(k.municipality_id, Text),
                cast(k.id, Text),
                cast(k.source_id, Text),
                cast(k.target_id, Text),
                k.kind,
                k.strength,
                k.note,
                k.version,
            )
            .where(k.municipality_id.in_(ids))
            .order_by(k.created_at, k.id)
        )  # fmt: skip
        missing = ("", "")
        alive = actors.alive
        for mid, lid, source, target, kind, strength, note, version in rows:
            # a link to an actor in the trash stays stored but is not part of the map
            (src, src_mid), (dst, dst_mid) = alive.get(source, missing), alive.get(target, missing)
            if src_mid == mid and dst_mid == mid:
                links[mid].append(Link(dashed(lid), src, dst, kind, strength, note, version))
        raw = {dashed(mid): mid for mid in links}
        return {
            mid: Graph(mid, tuple(actors.nodes[mid]), tuple(links.get(raw.get(mid, ""), ()))) for mid in ids
        }

    def rounds(self, s: Connection, ids: Sequence[str]) -> dict[str, list]:
        scores: dict[str, list] = defaultdict(list)
        for score in s.execute(select(*columns(_SCORE)).where(_SCORE.c.municipality_id.in_(ids))):
            scores[score.round_id].append(score)
        rows = s.execute(
            select(*columns(_ROUND))
            .where(_ROUND.c.municipality_id.in_(ids))
            .order_by(_ROUND.c.created_at, _ROUND.c.id)
        )
        groups = _by_place(
            (pillars_rows.to_dto(r) for r in records(rows, scores=scores)),  # type: ignore[arg-type]
            lambda r: r.municipality_id,
        )
        return {mid: sorted(groups.get(mid, []), key=pillars_rows.round_order) for mid in ids}

    def measures(self, s: Connection, ids: Sequence[str]) -> dict[str, list]:
        m = _MEASURE
        rows = s.execute(
            select(*columns(m), _ACTOR.c.name.label("responsible_name"))
            .outerjoin(_ACTOR, _ACTOR.c.id == m.c.responsible_actor_id)
            .where(m.c.municipality_id.in_(ids))
        ).all()
        steps: dict[str, list] = defaultdict(list)
        for step in s.execute(select(*columns(_STEP)).where(_STEP.c.municipality_id.in_(ids))):
            steps[step.measure_id].append(step)
        found = records(
            rows,
            steps=steps,
            target_groups=linked(s, *measure_target_groups.c, m, ids),
            barriers=linked(s, *measure_barriers.c, m, ids),
            partners=linked(s, *measure_partners.c, m, ids),
            opportunities=linked(s, *measure_opportunities.c, m, ids),
        )
        for r in found:  # the viewonly relationship to the actor, trashed or not
            r.responsible_actor = (
                None if r.responsible_name is None else SimpleNamespace(name=r.responsible_name)
            )
        ideas = self._idea_ids(s, [r.id for r in found])
        groups = _by_place(
            (measures_rows.to_dto(r, ideas.get(r.id, ())) for r in found),  # type: ignore[arg-type]
            lambda m: m.municipality_id,
        )
        return {
            mid: sorted(
                groups.get(mid, []),
                key=lambda m: (m.start_on is None, m.start_on or date.min, sort_key(m.title), m.id),
            )
            for mid in ids
        }

    @staticmethod
    def _idea_ids(s: Connection, measure_ids: Sequence[str]) -> dict[str, list[str]]:
        """``MeasureService._idea_ids`` over the table: the same query, without the ORM."""
        out: dict[str, list[str]] = defaultdict(list)
        if measure_ids:
            query = (
                select(*columns(_IDEA.c.measure_id, _IDEA.c.id))
                .where(_IDEA.c.measure_id.in_(measure_ids))
                .order_by(_IDEA.c.created_at)
            )
            for measure_id, idea_id in s.execute(query):
                out[measure_id].append(idea_id)
        return out

    def ideas_by_event(self, s: Connection, ids: Sequence[str]) -> dict[str, dict[str | None, list]]:
        """``ideas.idea_rows_of`` for each: ideas by event, most votes first."""
        i, m = _IDEA, _MEASURE
        query = (
            select(*columns(i), m.c.title.label("measure_title"), m.c.status.label("measure_status"))
            .outerjoin(m, m.c.id == i.c.measure_id)
            .where(i.c.municipality_id.in_(ids))
            .order_by(i.c.votes.desc(), i.c.created_at, i.c.id)
        )
        out: dict[str, dict[str | None, list]] = {mid: defaultdict(list) for mid in ids}
        for idea in s.execute(query):
            measure = None
            if idea.measure_title is not None:  # title is required: None means no measure
                measure = SimpleNamespace(title=idea.measure_title, status=idea.measure_status)
            out[idea.municipality_id][idea.event_id].append(ideas_rows.to_dto(idea, measure))  # type: ignore[arg-type]
        return out

    def events(
        self, s: Connection, ids: Sequence[str], ideas: dict[str, dict[str | None, list]]
    ) -> dict[str, list]:
        rows = s.execute(select(*columns(_EVENT)).where(_EVENT.c.municipality_id.in_(ids)))
        found = records(rows, organisations=linked(s, *event_actors.c, _EVENT, ids))
        groups = _by_place(
            (events_rows.to_dto(r, ideas[r.municipality_id].get(r.id, ())) for r in found),  # type: ignore[arg-type]
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

    def checklists(self, s: Connection, ids: Sequence[str]) -> dict[str, list]:
        """What ``report_data`` printed from the checklist service: each Verein's opening checklist in
        the overview's order (live actors by name), then the municipality's anchoring checklist."""
        items: dict[str, list] = defaultdict(list)
        for item in s.execute(select(*columns(_ITEM)).where(_ITEM.c.municipality_id.in_(ids))):
            items[item.instance_id].append(item)
        rows = records(
            s.execute(select(*columns(_CHECKLIST)).where(_CHECKLIST.c.municipality_id.in_(ids))), items=items
        )
        a = _ACTOR.c
        alive = dict(
            s.execute(
                select(*columns(a.id), a.name).where(
                    a.municipality_id.in_(ids),
                    a.deleted_at.is_(None),
                    a.id.in_([r.actor_id for r in rows if r.actor_id is not None]),
                )
            ).all()
        )
        opening: ByPlace[tuple] = defaultdict(list)
        anchoring: dict[str, Any] = {}
        for r in rows:
            if r.template_key == checklists_rows.OPENING and r.actor_id in alive:
                opening[r.municipality_id].append((sort_key(alive[r.actor_id]), r.actor_id, r))
            elif r.template_key == checklists_rows.ANCHORING and r.actor_id is None:
                anchoring.setdefault(r.municipality_id, r)
        out = {}
        for mid in ids:
            found = [
                checklists_rows.to_dto(r, alive[aid])  # type: ignore[arg-type]
                for _key, aid, r in sorted(opening.get(mid, []), key=lambda o: o[:2])
            ]
            if mid in anchoring:
                found.append(checklists_rows.to_dto(anchoring[mid]))
            out[mid] = found
        return out

    def decisions(self, s: Connection, ids: Sequence[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for row in s.execute(select(*columns(_DECISION)).where(_DECISION.c.municipality_id.in_(ids))):
            out.setdefault(row.municipality_id, anchoring_rows.to_dto(row))  # type: ignore[arg-type]
        return out

    def offers(self, s: Connection, ids: Sequence[str], today: date) -> dict[str, tuple[int, int]]:
        """Per municipality (the Mitmachen offers the flyer prints, the open ones past their date):
        ``OutreachService.material``'s rule (open, of an actor not in the trash, not expired), counted."""
        o = _OFFER
        query = (
            select(o.c.municipality_id, o.c.valid_until)
            .join(_ACTOR, _ACTOR.c.id == o.c.actor_id)
            .where(o.c.municipality_id.in_(ids), o.c.status == "open", _ACTOR.c.deleted_at.is_(None))
        )
        counts = {mid: [0, 0] for mid in ids}
        for mid, until in s.execute(query):
            counts[mid][int(until is not None and until < today)] += 1
        return {mid: (n[0], n[1]) for mid, n in counts.items()}

    def actor_details(self, s: Connection, actor_ids: Collection[str]) -> dict[str, Any]:
        """Full actor records by id (``ActorService.get`` for each, in one query per 500 ids)."""
        wanted = list(actor_ids)
        out = {}
        for start in range(0, len(wanted), 500):
            rows = s.execute(select(*columns(_ACTOR)).where(_ACTOR.c.id.in_(wanted[start : start + 500])))
            out.update((r.id, actors_rows.to_dto(r)) for r in rows)  # type: ignore[arg-type]
        return out
