"""Barrier assessments and target groups as plain data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class TargetGroup:
    """A group of people the municipality wants to reach; counts tell the UI what a delete would touch."""

    id: str
    name: str
    description: str
    version: int
    barrier_count: int = 0
    measure_count: int = 0


@dataclass(frozen=True)
class BarrierRow:
    """One line of the barrier list: a catalogue barrier (stored or not yet) or an own barrier.

    A catalogue barrier without a stored assessment has ``id`` and ``version`` None and shows as not
    assessed; the first save creates its row. ``position`` is the catalogue order (0..26); own
    barriers all share the position after the catalogue and keep their creation order in lists.
    """

    key: str | None  # catalogue key "B1".."B27", None for own barriers
    id: str | None
    group: str  # barrier group key; "" or unknown for own barriers without a known group
    title: str
    description: str  # the catalogue explanation, or the own barrier's description
    relevance: int | None  # None = not assessed, else 0..3
    evidence_kind: str  # vocab evidence_kinds, "" = not given
    note: str
    target_group_ids: tuple[str, ...]
    version: int | None
    position: int
    updated_at: datetime | None = None

    @property
    def is_custom(self) -> bool:
        return self.key is None

    @property
    def ref(self) -> str:
        """A stable handle for selection in the UI: the catalogue key, or the id of an own barrier."""
        return self.key or self.id or ""

    @property
    def assessed(self) -> bool:
        return self.relevance is not None


@dataclass
class BarrierInput:
    """What the edit form hands to ``BarrierService.save``: name the barrier by ``key`` or by ``id``."""

    key: str | None = None  # a catalogue barrier (its row is created on first save)
    id: str | None = None  # a stored assessment, e.g. an own barrier
    relevance: int | None = None
    evidence_kind: str = ""
    note: str = ""
    target_group_ids: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class OwnBarrierInput:
    """What the own-barrier dialog edits (``BarrierService.create``/``update``)."""

    title: str
    description: str = ""
    group: str = ""

    @classmethod
    def of(cls, row: BarrierRow) -> OwnBarrierInput:
        return cls(row.title, row.description, row.group)


@dataclass(frozen=True)
class RemovedBarrier:
    """An own barrier as ``BarrierService.delete`` took it away, for ``restore``: the row with its
    rating and target groups, and the measures that named it."""

    municipality_id: str
    row: BarrierRow
    measure_ids: tuple[str, ...]
    created_at: datetime | None = None  # keeps its place among the own barriers

    @property
    def id(self) -> str | None:
        return self.row.id


@dataclass(frozen=True)
class TargetGroupInput:
    """What the target-groups dialog edits (``TargetGroupService.create``/``update``)."""

    name: str
    description: str = ""

    @classmethod
    def of(cls, group: TargetGroup) -> TargetGroupInput:
        return cls(group.name, group.description)


@dataclass(frozen=True)
class RemovedTargetGroup:
    """A target group as ``TargetGroupService.delete`` took it away, with the barriers and measures
    that named it, for ``restore``."""

    municipality_id: str
    group: TargetGroup
    barrier_ids: tuple[str, ...]
    measure_ids: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.group.id
