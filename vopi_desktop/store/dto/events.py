"""Participation events, their method-specific protocol and the ideas collected there, as plain data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

#: The five phases of a Zukunftskonferenz, in running order (catalogue methods.json, future_conference).
FUTURE_PHASES = ("past", "present", "future", "common_ground", "action_planning")


@dataclass(frozen=True)
class Idea:
    """An idea with where it came from and, once it became a measure, where that measure stands."""

    id: str
    municipality_id: str
    event_id: str | None
    text: str
    pillar: str  # pillar key or ""
    votes: int
    status: str  # vocab idea_status
    reject_reason: str
    measure_id: str | None
    measure_title: str
    measure_status: str
    version: int


@dataclass(frozen=True)
class Event:
    """An event record. ``protocol`` holds the method's sections (see services/protocol.py):

    - ``rounds``: World Café, ``[{"question": str, "summary": str}, …]``
    - ``phases``: Zukunftskonferenz, ``{"past": str, "present": str, "future": str, "common_ground": str,
      "action_planning": str}``
    - ``agreements``: Runder Tisch, ``[{"what": str, "who": str, "due": "YYYY-MM-DD" or ""}, …]``
    - ``exchange``: Netzwerktreffen, ``[{"municipality": str, "contribution": str}, …]``
    """

    id: str
    municipality_id: str
    kind: str  # vocab event_kinds
    title: str
    held_on: date | None
    time_from: str
    time_to: str
    place: str
    moderation: str
    minute_taker: str
    participants_total: int | None
    participants_migration: int | None
    organisation_ids: tuple[str, ...]
    agenda: str
    results: str
    decisions: str
    open_points: str
    next_date: date | None
    protocol: Mapping[str, Any]
    ideas: tuple[Idea, ...]
    version: int
    updated_at: datetime | None = None


@dataclass
class EventInput:
    kind: str = "other"
    title: str = ""
    held_on: date | None = None
    time_from: str = ""
    time_to: str = ""
    place: str = ""
    moderation: str = ""
    minute_taker: str = ""
    participants_total: int | None = None
    participants_migration: int | None = None
    organisation_ids: Sequence[str] = field(default_factory=tuple)
    agenda: str = ""
    results: str = ""
    decisions: str = ""
    open_points: str = ""
    next_date: date | None = None
    protocol: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, e: Event) -> EventInput:
        """The input that saves ``e`` as it is (undo)."""
        return cls(
            kind=e.kind,
            title=e.title,
            held_on=e.held_on,
            time_from=e.time_from,
            time_to=e.time_to,
            place=e.place,
            moderation=e.moderation,
            minute_taker=e.minute_taker,
            participants_total=e.participants_total,
            participants_migration=e.participants_migration,
            organisation_ids=e.organisation_ids,
            agenda=e.agenda,
            results=e.results,
            decisions=e.decisions,
            open_points=e.open_points,
            next_date=e.next_date,
            protocol=e.protocol,
        )


@dataclass
class IdeaInput:
    text: str = ""
    pillar: str = ""
    votes: int = 0
    status: str = "new"
    reject_reason: str = ""
    event_id: str | None = None

    @classmethod
    def of(cls, i: Idea) -> IdeaInput:
        return cls(i.text, i.pillar, i.votes, i.status, i.reject_reason, i.event_id)
