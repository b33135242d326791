"""The consultant's view: one row of figures per municipality, read in a few grouped queries
(25 municipalities with 10,000 actors in well under a second), never one query per municipality."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ...analysis.barriers import TOP_MIN_RELEVANCE, top_barriers
from ...catalog import load_catalog
from ..dto.consultant import PHASES, PlaceOverview, TopBarrier
from ..models import (
    Actor,
    BarrierAssessment,
    ChangeLog,
    ChecklistInstance,
    ChecklistItemState,
    Event,
    IndicatorScore,
    Measure,
    Municipality,
    PillarRound,
    ProcessSettings,
)
from .barriers import barrier_rows
from .base import Service

TOP = 3


class ConsultantService(Service):
    def overview(self) -> list[PlaceOverview]:
        with self._read() as s:
            places = s.execute(
                select(Municipality.id, Municipality.name, Municipality.kind, Municipality.population)
            ).all()
            occasions = {
                mid: bool(chosen)
                for mid, chosen in s.execute(
                    select(ProcessSettings.municipality_id, ProcessSettings.occasions)
                )
            }
            assessed = self._count(
                s,
                BarrierAssessment,
                BarrierAssessment.relevance.is_not(None),
                BarrierAssessment.barrier_key.is_not(None),
            )
            actors = self._count(s, Actor, Actor.deleted_at.is_(None))
            rounds = self._count(s, PillarRound)
            events = self._count(s, Event)
            measures: dict[str, dict[str, int]] = defaultdict(dict)
            for mid, status, n in s.execute(
                select(Measure.municipality_id, Measure.status, func.count()).group_by(
                    Measure.municipality_id, Measure.status
                )
            ):
                measures[mid][status] = n
            lists: dict[str, set[str]] = defaultdict(set)
            for mid, template in s.execute(
                select(ChecklistInstance.municipality_id, ChecklistInstance.template_key).distinct()
            ):
                lists[mid].add(template)
            done: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for mid, status, n in s.execute(
                select(ChecklistItemState.municipality_id, ChecklistItemState.status, func.count()).group_by(
                    ChecklistItemState.municipality_id, ChecklistItemState.status
                )
            ):
                if status != "not_relevant":
                    done[mid][1] += n
                    done[mid][0] += n if status == "done" else 0
            top = self._top_barriers(s)
            scores = self._latest_scores(s)
            files = self._last_files(s)
        out = []
        for mid, name, kind, population in places:
            has = {
                "occasion": occasions.get(mid, False),
                "analysis": bool(assessed.get(mid) or actors.get(mid) or rounds.get(mid)),
                "participation": bool(events.get(mid)),
                "implementation": bool(measures.get(mid)),
                "opening": "opening" in lists[mid],
                "anchoring": "anchoring" in lists[mid],
            }
            last = files.get(mid)
            out.append(
                PlaceOverview(
                    id=mid,
                    name=name,
                    kind=kind,
                    population=population,
                    phases=tuple(p for p in PHASES if has[p]),
                    barriers_assessed=assessed.get(mid, 0),
                    top_barriers=tuple(top.get(mid, ())),
                    pillar_scores=scores.get(mid, {}),
                    actors=actors.get(mid, 0),
                    measures=dict(measures.get(mid, {})),
                    checklist_done=done[mid][0],
                    checklist_total=done[mid][1],
                    last_file=last[1] if last else "",
                    last_file_at=last[0] if last else None,
                )
            )
        return out

    @staticmethod
    def _count(s, model, *where) -> dict[str, int]:
        query = select(model.municipality_id, func.count()).where(*where).group_by(model.municipality_id)
        return dict(s.execute(query).all())

    @staticmethod
    def _top_barriers(s) -> dict[str, list[TopBarrier]]:
        """Each municipality's top barriers by the same rule as its own pages and dossier
        (``analysis.barriers.top_barriers``: relevance, then target groups reached, then catalogue
        order), so the comparison never names other barriers than the municipality's report."""
        stored = s.scalars(
            select(BarrierAssessment)
            .where(BarrierAssessment.relevance >= TOP_MIN_RELEVANCE)
            .options(selectinload(BarrierAssessment.target_groups))
            .order_by(BarrierAssessment.created_at, BarrierAssessment.id)
        ).all()
        by_place: dict[str, list[BarrierAssessment]] = defaultdict(list)
        for row in stored:
            by_place[row.municipality_id].append(row)
        catalog = load_catalog()
        return {
            mid: [
                TopBarrier(r.key, "" if r.key else r.title, r.relevance or 0)
                for r in top_barriers(barrier_rows(rows, catalog), TOP)
            ]
            for mid, rows in by_place.items()
        }

    @staticmethod
    def _latest_scores(s) -> dict[str, dict[str, float]]:
        """Mean score per pillar in each municipality's latest round (the order of PillarService)."""
        rounds = s.execute(
            select(PillarRound.municipality_id, PillarRound.id).order_by(
                PillarRound.municipality_id,
                PillarRound.held_on.is_(None).desc(),
                PillarRound.held_on.desc(),
                PillarRound.created_at.desc(),
                PillarRound.id.desc(),
            )
        )
        latest: dict[str, str] = {}
        for mid, round_id in rounds:
            latest.setdefault(mid, round_id)
        pillar_of = {i.key: p.key for p in load_catalog().pillars for i in p.indicators}
        sums: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        owner = {round_id: mid for mid, round_id in latest.items()}
        rows = s.execute(
            select(IndicatorScore.round_id, IndicatorScore.indicator_key, IndicatorScore.score).where(
                IndicatorScore.round_id.in_(list(owner)), IndicatorScore.score.is_not(None)
            )
        )
        for round_id, key, score in rows:
            pillar = pillar_of.get(key, key.partition(".")[0])
            sums[owner[round_id]][pillar].append(score)
        return {mid: {p: sum(v) / len(v) for p, v in by.items()} for mid, by in sums.items()}

    @staticmethod
    def _last_files(s) -> dict[str, tuple]:
        rows = s.execute(
            select(ChangeLog.municipality_id, ChangeLog.at, ChangeLog.summary)
            .where(ChangeLog.action == "import", ChangeLog.entity == "exchange")
            .order_by(ChangeLog.at)
        )
        return {mid: (at, summary) for mid, at, summary in rows}
