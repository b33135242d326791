"""The consultant's comparison of all municipalities as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

PHASES = ("occasion", "analysis", "participation", "implementation", "opening", "anchoring")


@dataclass(frozen=True)
class TopBarrier:
    key: str | None  # catalogue key, None for an own barrier
    title: str  # own barrier's title ("" for catalogue barriers: the UI names them from the catalogue)
    relevance: int


@dataclass(frozen=True)
class PlaceOverview:
    """One municipality in the comparison; every figure is what its pages show."""

    id: str
    name: str
    kind: str
    population: int | None
    phases: tuple[str, ...]  # the PHASES with recorded work, in order
    barriers_assessed: int  # catalogue barriers rated (of the catalogue's)
    top_barriers: tuple[TopBarrier, ...]  # highest relevance first, at most three
    pillar_scores: dict[str, float]  # pillar key → mean score of the latest round
    actors: int
    measures: dict[str, int] = field(default_factory=dict)  # status → count
    checklist_done: int = 0
    checklist_total: int = 0  # items, "not relevant" left out
    last_file: str = ""  # the change-log summary of the last import
    last_file_at: datetime | None = None

    @property
    def checklist_share(self) -> float | None:
        return self.checklist_done / self.checklist_total if self.checklist_total else None
