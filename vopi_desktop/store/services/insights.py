"""Gathers what the analysis insights need from the barrier, network and pillar services."""

from __future__ import annotations

from ...analysis.insights import Insights, build_insights
from ...catalog import load_catalog
from ..dto.barriers import BarrierRow
from ..dto.network import Node
from .barriers import BarrierService
from .base import Service, ServiceContext
from .measures import MeasureService
from .network import NetworkService
from .pillars import PillarService


class InsightService(Service):
    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx)
        self._barriers = BarrierService(ctx)
        self._network = NetworkService(ctx)
        self._pillars = PillarService(ctx)
        self._measures = MeasureService(ctx)

    def gather(self, municipality_id: str, limit: int = 3) -> Insights[BarrierRow, Node]:
        graph = self._network.graph(municipality_id)
        return build_insights(
            self._barriers.list(municipality_id),
            graph.nodes,
            graph.links,
            self._pillars.rounds(municipality_id),
            load_catalog().pillars,
            limit,
            self._measures.list(municipality_id),
        )
