"""The placement decision row as ``PlacementDecision``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dto.anchoring import PlacementDecision

if TYPE_CHECKING:
    from ..models import PlacementDecision as DecisionRow


def to_dto(row: DecisionRow) -> PlacementDecision:
    return PlacementDecision(
        id=row.id,
        municipality_id=row.municipality_id,
        option=row.option_key,
        recommended=row.recommended_key,
        accepted=row.accepted,
        decided_on=row.decided_on,
        reasons=row.reasons,
        version=row.version,
    )
