"""Pillar self-assessment rounds and their indicator scores as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Round:
    """One assessment round with its scores.

    ``scores`` maps an indicator key to ``(score or None, note)``; ``score_versions`` holds the
    version of each stored score row, which a later ``set_score`` must hand back (stale check).
    An indicator without a row is simply absent from both.
    """

    id: str
    municipality_id: str
    title: str
    kind: str  # vocab round_kinds: baseline | follow_up
    held_on: date | None
    participants: str
    version: int
    scores: dict[str, tuple[int | None, str]] = field(default_factory=dict)
    score_versions: dict[str, int] = field(default_factory=dict)

    @property
    def scored_count(self) -> int:
        """How many indicators carry a score (a note alone does not count)."""
        return sum(1 for score, _note in self.scores.values() if score is not None)

    def score(self, indicator_key: str) -> int | None:
        return self.scores.get(indicator_key, (None, ""))[0]

    def note(self, indicator_key: str) -> str:
        return self.scores.get(indicator_key, (None, ""))[1]


@dataclass
class RoundInput:
    """What the round form edits. ``kind=None`` lets the service choose (first round: baseline)."""

    title: str
    held_on: date | None = None
    participants: str = ""
    kind: str | None = None
