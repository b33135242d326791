"""The placement guidance and decision of a municipality as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...analysis.placement import Recommendation


@dataclass(frozen=True)
class PlacementDecision:
    """Where the topic was placed; ``accepted`` is False when staff overruled the recommendation."""

    id: str
    municipality_id: str
    option: str  # catalogue placement key
    recommended: str  # the recommendation at the time of the decision
    accepted: bool
    decided_on: date | None
    reasons: str
    version: int


@dataclass(frozen=True)
class Guidance:
    """What the anchoring page shows beside the checklist: the recommendation now and the decision."""

    municipality_id: str
    kind: str
    population: int | None
    recommendation: Recommendation
    decision: PlacementDecision | None
