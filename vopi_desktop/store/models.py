"""The mapped classes of the workspace: each on its Core table (``tables.py``, where the columns and
their meaning are), with the relationships and the validators the services use. Alembic owns the
schema built from the tables.

A column is an attribute of its class under its own name (``actor.name``); the annotations below are
the relationships only, so the columns are written down once.
"""

# Annotations are evaluated by Python here (no ``from __future__ import annotations``): as strings,
# SQLAlchemy would parse every one of them at import. A class named before it is defined is quoted.
from sqlalchemy.orm import Mapped, relationship, validates

from . import tables
from .base import Base, Owned, Record
from .link_tables import (
    barrier_target_groups,
    event_actors,
    measure_barriers,
    measure_opportunities,
    measure_partners,
    measure_target_groups,
)
from .names import link_pair_key, name_key


class Municipality(Base, Record):
    __table__ = tables.municipality

    @validates("name")
    def _keep_key(self, _attr: str, value: str) -> str:
        self.name_key = name_key(value)
        return value


class ProcessSettings(Base, Owned):
    __table__ = tables.process_settings


class TargetGroup(Base, Owned):
    __table__ = tables.target_group


class BarrierAssessment(Base, Owned):
    __table__ = tables.barrier_assessment
    target_groups: Mapped[list["TargetGroup"]] = relationship(secondary=barrier_target_groups)


class Actor(Base, Owned):
    __table__ = tables.actor

    @validates("name")
    def _keep_key(self, _attr: str, value: str) -> str:
        self.name_key = name_key(value)
        return value


class ActorLink(Base, Owned):
    __table__ = tables.actor_link

    @validates("source_id", "target_id")
    def _keep_key(self, attr: str, value: str) -> str:
        other = self.target_id if attr == "source_id" else self.source_id
        if other is not None:
            self.pair_key = link_pair_key(value, other)
        return value


class PillarRound(Base, Owned):
    __table__ = tables.pillar_round
    scores: Mapped[list["IndicatorScore"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", passive_deletes=True
    )


class IndicatorScore(Base, Owned):
    __table__ = tables.indicator_score
    round: Mapped["PillarRound"] = relationship(back_populates="scores")


class Event(Base, Owned):
    __table__ = tables.event
    organisations: Mapped[list["Actor"]] = relationship(secondary=event_actors)


class Measure(Base, Owned):
    __table__ = tables.measure
    target_groups: Mapped[list["TargetGroup"]] = relationship(secondary=measure_target_groups)
    barriers: Mapped[list["BarrierAssessment"]] = relationship(secondary=measure_barriers)
    partners: Mapped[list["Actor"]] = relationship(secondary=measure_partners)
    opportunities: Mapped[list["EngagementOpportunity"]] = relationship(
        secondary=measure_opportunities, order_by="EngagementOpportunity.title"
    )
    responsible_actor: Mapped["Actor | None"] = relationship(
        foreign_keys=[tables.measure.c.responsible_actor_id], viewonly=True
    )
    steps: Mapped[list["MeasureStep"]] = relationship(
        back_populates="measure",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MeasureStep.position",
    )


class MeasureStep(Base, Owned):
    """One Arbeitsschritt of a measure: what, who, by when, done."""

    __table__ = tables.measure_step
    measure: Mapped["Measure"] = relationship(back_populates="steps")


class Idea(Base, Owned):
    __table__ = tables.idea


class ChecklistInstance(Base, Owned):
    __table__ = tables.checklist_instance
    items: Mapped[list["ChecklistItemState"]] = relationship(
        back_populates="instance", cascade="all, delete-orphan", passive_deletes=True
    )


class ChecklistItemState(Base, Owned):
    __table__ = tables.checklist_item_state
    instance: Mapped["ChecklistInstance"] = relationship(back_populates="items")


class PracticeExample(Base, Owned):
    """A municipality's own practice example (the built-in ones live in the catalogue)."""

    __table__ = tables.practice_example


class PlacementDecision(Base, Owned):
    """Where the municipality placed the topic in its administration, and why (one per municipality)."""

    __table__ = tables.placement_decision


class ChangeLog(Base):
    """Who changed what and when; stays local, never exported."""

    __table__ = tables.change_log


# The outreach classes and the tombstones of deleted records (0008, with the event that writes them)
# live in modules of their own; importing them here maps them with the rest.
from .deletions import Deletion  # noqa: E402, F401
from .outreach_models import EngagementOpportunity, OpportunityText, OutreachText  # noqa: E402, F401
