"""The tables of the workspace (DESIGN.md section 5). Alembic owns the schema built from them."""

# Annotations are evaluated by Python here (no ``from __future__ import annotations``): as strings,
# SQLAlchemy would parse every one of them at import, a fifth of mapping the models. A class named
# before it is defined is quoted.
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from .base import Base, LongText, Owned, Record, ShortText, UTCDateTime, utcnow
from .link_tables import (
    barrier_target_groups,
    event_actors,
    measure_barriers,
    measure_opportunities,
    measure_partners,
    measure_target_groups,
)
from .names import link_pair_key, name_key
from .partial_indexes import partial_index


# Derived key columns (migration 0003). They carry the unique constraints on names, computed in
# Python so SQLite and PostgreSQL compare alike. DERIVED: never exported or imported, never edited;
# the column default fills them on every INSERT (ORM and Core, e.g. the demo's bulk load, as long as
# the name is in the row) and the validators below keep them in step when the name changes. The
# database default '' is a trap for writers that bypass both: a second such row breaks the constraint
# instead of slipping past it.
def _name_key_default(context: object) -> str:
    return name_key(context.get_current_parameters()["name"])  # type: ignore[attr-defined]


def _pair_key_default(context: object) -> str:
    params = context.get_current_parameters()  # type: ignore[attr-defined]
    return link_pair_key(params["source_id"], params["target_id"])


def _name_key_column() -> Mapped[str]:
    return mapped_column(String(200), nullable=False, default=_name_key_default, server_default="")


class Municipality(Base, Record):
    __tablename__ = "municipality"
    __table_args__ = (Index("uq_municipality_name_key", "name_key", unique=True),)
    name: Mapped[str] = mapped_column(ShortText)
    name_key: Mapped[str] = _name_key_column()  # derived from name, see above
    kind: Mapped[str] = mapped_column(String(20))  # vocab municipality_kinds
    state: Mapped[str] = mapped_column(String(4))  # vocab federal_states
    population: Mapped[int | None] = mapped_column(Integer)
    contact_name: Mapped[str] = mapped_column(ShortText, default="")
    contact_email: Mapped[str] = mapped_column(ShortText, default="")
    contact_phone: Mapped[str] = mapped_column(String(60), default="")
    is_example: Mapped[bool] = mapped_column(default=False)

    @validates("name")
    def _keep_key(self, _attr: str, value: str) -> str:
        self.name_key = name_key(value)
        return value


class ProcessSettings(Base, Owned):
    __tablename__ = "process_settings"
    __table_args__ = (UniqueConstraint("municipality_id"),)
    occasions: Mapped[list[str]] = mapped_column(JSON, default=list)
    own_concern: Mapped[str] = mapped_column(LongText, default="")
    phase_status: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class TargetGroup(Base, Owned):
    __tablename__ = "target_group"
    name: Mapped[str] = mapped_column(ShortText)
    description: Mapped[str] = mapped_column(LongText, default="")


class BarrierAssessment(Base, Owned):
    __tablename__ = "barrier_assessment"
    # One row per catalogue barrier and municipality (own barriers have no key and may be many):
    # two first saves racing each other cannot both insert (migration 0002).
    __table_args__ = (
        partial_index(
            "uq_barrier_assessment_municipality_id_barrier_key",
            "municipality_id",
            "barrier_key",
            where="barrier_key IS NOT NULL",
        ),
    )
    barrier_key: Mapped[str | None] = mapped_column(String(10))  # catalogue key, None for own barriers
    custom_title: Mapped[str] = mapped_column(ShortText, default="")
    custom_description: Mapped[str] = mapped_column(LongText, default="")
    custom_group: Mapped[str] = mapped_column(String(30), default="")
    relevance: Mapped[int | None] = mapped_column(Integer)  # None = not assessed, else 0..3
    evidence_kind: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(LongText, default="")
    target_groups: Mapped[list["TargetGroup"]] = relationship(secondary=barrier_target_groups)


class Actor(Base, Owned):
    __tablename__ = "actor"
    # One live actor per name and municipality; one in the trash may share it (restore checks again).
    __table_args__ = (
        partial_index(
            "uq_actor_municipality_id_name_key", "municipality_id", "name_key", where="deleted_at IS NULL"
        ),
    )
    name: Mapped[str] = mapped_column(ShortText, index=True)
    name_key: Mapped[str] = _name_key_column()  # derived from name, see above
    type: Mapped[str] = mapped_column(String(30))  # vocab actor_types
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    size: Mapped[int | None] = mapped_column(Integer)  # members or active people
    address: Mapped[str] = mapped_column(LongText, default="")
    website: Mapped[str] = mapped_column(ShortText, default="")
    org_email: Mapped[str] = mapped_column(ShortText, default="")
    org_phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(LongText, default="")
    # Contact person: personal data under GDPR, hence legal basis and dates.
    contact_name: Mapped[str] = mapped_column(ShortText, default="")
    contact_email: Mapped[str] = mapped_column(ShortText, default="")
    contact_phone: Mapped[str] = mapped_column(String(60), default="")
    legal_basis: Mapped[str] = mapped_column(String(20), default="")  # consent | public_task
    consent_date: Mapped[date | None] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date)
    # where the actor sits on this computer's map: view state (exchange/registry.py ``view``)
    map_x: Mapped[float | None] = mapped_column(Float, info={"view": True})
    map_y: Mapped[float | None] = mapped_column(Float, info={"view": True})
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)  # in the trash

    @validates("name")
    def _keep_key(self, _attr: str, value: str) -> str:
        self.name_key = name_key(value)
        return value


class ActorLink(Base, Owned):
    __tablename__ = "actor_link"
    # One link per pair (either direction) and kind.
    __table_args__ = (Index("uq_actor_link_pair_key", "pair_key", "kind", unique=True),)
    source_id: Mapped[str] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("actor.id", ondelete="CASCADE"), index=True
    )
    target_id: Mapped[str] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("actor.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # vocab link_kinds
    strength: Mapped[int] = mapped_column(Integer, default=1)  # 1..3
    note: Mapped[str] = mapped_column(LongText, default="")
    # Derived (see above): the two actor ids, smaller first, so A–B and B–A are one pair.
    pair_key: Mapped[str] = mapped_column(
        String(80), nullable=False, default=_pair_key_default, server_default=""
    )

    @validates("source_id", "target_id")
    def _keep_key(self, attr: str, value: str) -> str:
        other = self.target_id if attr == "source_id" else self.source_id
        if other is not None:
            self.pair_key = link_pair_key(value, other)
        return value


class PillarRound(Base, Owned):
    __tablename__ = "pillar_round"
    title: Mapped[str] = mapped_column(ShortText)
    kind: Mapped[str] = mapped_column(String(20), default="baseline")  # baseline | follow_up
    held_on: Mapped[date | None] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(LongText, default="")
    scores: Mapped[list["IndicatorScore"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", passive_deletes=True
    )


class IndicatorScore(Base, Owned):
    __tablename__ = "indicator_score"
    __table_args__ = (UniqueConstraint("round_id", "indicator_key"),)
    round_id: Mapped[str] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("pillar_round.id", ondelete="CASCADE"), index=True
    )
    indicator_key: Mapped[str] = mapped_column(String(30))
    score: Mapped[int | None] = mapped_column(Integer)  # 1..5
    note: Mapped[str] = mapped_column(LongText, default="")
    round: Mapped["PillarRound"] = relationship(back_populates="scores")


class Event(Base, Owned):
    __tablename__ = "event"
    kind: Mapped[str] = mapped_column(String(30))  # catalogue method key or "other"
    title: Mapped[str] = mapped_column(ShortText)
    held_on: Mapped[date | None] = mapped_column(Date)
    time_from: Mapped[str] = mapped_column(String(10), default="")
    time_to: Mapped[str] = mapped_column(String(10), default="")
    place: Mapped[str] = mapped_column(ShortText, default="")
    moderation: Mapped[str] = mapped_column(ShortText, default="")
    minute_taker: Mapped[str] = mapped_column(ShortText, default="")
    participants_total: Mapped[int | None] = mapped_column(Integer)
    participants_migration: Mapped[int | None] = mapped_column(Integer)
    agenda: Mapped[str] = mapped_column(LongText, default="")
    results: Mapped[str] = mapped_column(LongText, default="")
    decisions: Mapped[str] = mapped_column(LongText, default="")
    open_points: Mapped[str] = mapped_column(LongText, default="")
    next_date: Mapped[date | None] = mapped_column(Date)
    # The method's own protocol sections (World Café rounds, the five phases of a Zukunftskonferenz,
    # agreements of a Runder Tisch, exchange of a Netzwerktreffen); shape checked by the event service.
    protocol: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    organisations: Mapped[list["Actor"]] = relationship(secondary=event_actors)


class Measure(Base, Owned):
    __tablename__ = "measure"
    title: Mapped[str] = mapped_column(ShortText)
    goal: Mapped[str] = mapped_column(LongText, default="")
    kind: Mapped[str] = mapped_column(String(30), default="")  # catalogue approach key or ""
    pillars: Mapped[list[str]] = mapped_column(JSON, default=list)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    responsible_actor_id: Mapped[str | None] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("actor.id", ondelete="SET NULL")
    )
    responsible_person: Mapped[str] = mapped_column(ShortText, default="")
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))  # planned, euros
    budget_spent: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    status: Mapped[str] = mapped_column(String(20), default="planned")  # vocab measure_status
    success_indicator: Mapped[str] = mapped_column(LongText, default="")
    result: Mapped[str] = mapped_column(LongText, default="")
    target_groups: Mapped[list["TargetGroup"]] = relationship(secondary=measure_target_groups)
    barriers: Mapped[list["BarrierAssessment"]] = relationship(secondary=measure_barriers)
    partners: Mapped[list["Actor"]] = relationship(secondary=measure_partners)
    opportunities: Mapped[list["EngagementOpportunity"]] = relationship(
        secondary=measure_opportunities, order_by="EngagementOpportunity.title"
    )
    responsible_actor: Mapped["Actor | None"] = relationship(
        foreign_keys=[responsible_actor_id], viewonly=True
    )
    steps: Mapped[list["MeasureStep"]] = relationship(
        back_populates="measure",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MeasureStep.position",
    )


class MeasureStep(Base, Owned):
    """One Arbeitsschritt of a measure: what, who, by when, done."""

    __tablename__ = "measure_step"
    measure_id: Mapped[str] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(LongText)
    who: Mapped[str] = mapped_column(ShortText, default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(default=False)
    measure: Mapped["Measure"] = relationship(back_populates="steps")


class Idea(Base, Owned):
    __tablename__ = "idea"
    text: Mapped[str] = mapped_column(LongText)
    event_id: Mapped[str | None] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    pillar: Mapped[str] = mapped_column(String(20), default="")
    votes: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="new")  # vocab idea_status
    reject_reason: Mapped[str] = mapped_column(LongText, default="")
    # The measure the idea became: the link both ways (a measure lists the ideas pointing at it).
    measure_id: Mapped[str | None] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("measure.id", ondelete="SET NULL"), index=True
    )


class ChecklistInstance(Base, Owned):
    __tablename__ = "checklist_instance"
    # One opening checklist per actor and one anchoring checklist per municipality: two workstations
    # starting the same checklist at once get one record and a clear message (migration 0005).
    __table_args__ = (
        partial_index(
            "uq_checklist_instance_template_key_actor_id",
            "template_key",
            "actor_id",
            where="actor_id IS NOT NULL",
        ),
        partial_index(
            "uq_checklist_instance_municipality_id_template_key",
            "municipality_id",
            "template_key",
            where="actor_id IS NULL",
        ),
    )
    template_key: Mapped[str] = mapped_column(String(30))  # catalogue checklist key
    actor_id: Mapped[str | None] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("actor.id", ondelete="CASCADE"), index=True
    )  # None: the municipality itself is the subject
    title: Mapped[str] = mapped_column(ShortText, default="")
    items: Mapped[list["ChecklistItemState"]] = relationship(
        back_populates="instance", cascade="all, delete-orphan", passive_deletes=True
    )


class ChecklistItemState(Base, Owned):
    __tablename__ = "checklist_item_state"
    __table_args__ = (UniqueConstraint("instance_id", "item_key"),)
    instance_id: Mapped[str] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("checklist_instance.id", ondelete="CASCADE"), index=True
    )
    item_key: Mapped[str] = mapped_column(String(30))  # catalogue key, or "own.<hex>" for an own item
    section_key: Mapped[str] = mapped_column(String(30), default="")  # own items: the section they sit in
    custom_text: Mapped[str] = mapped_column(LongText, default="")  # own items: their statement
    status: Mapped[str] = mapped_column(String(20), default="open")
    note: Mapped[str] = mapped_column(LongText, default="")
    responsible: Mapped[str] = mapped_column(ShortText, default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    instance: Mapped["ChecklistInstance"] = relationship(back_populates="items")


class PracticeExample(Base, Owned):
    """A municipality's own practice example (the built-in ones live in the catalogue)."""

    __tablename__ = "practice_example"
    title: Mapped[str] = mapped_column(ShortText)
    description: Mapped[str] = mapped_column(LongText, default="")  # what was done
    helped: Mapped[str] = mapped_column(LongText, default="")  # what helped
    source: Mapped[str] = mapped_column(ShortText, default="")
    pillars: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    item_keys: Mapped[list[str]] = mapped_column(JSON, default=list)  # checklist items it speaks to
    barrier_keys: Mapped[list[str]] = mapped_column(JSON, default=list)  # catalogue barriers it addresses
    contact_actor_id: Mapped[str | None] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("actor.id", ondelete="SET NULL"), index=True
    )


class PlacementDecision(Base, Owned):
    """Where the municipality placed the topic in its administration, and why (one per municipality)."""

    __tablename__ = "placement_decision"
    __table_args__ = (UniqueConstraint("municipality_id"),)
    option_key: Mapped[str] = mapped_column(String(30))  # catalogue placement key
    recommended_key: Mapped[str] = mapped_column(String(30))  # what the guidance recommended then
    accepted: Mapped[bool] = mapped_column(default=True)  # False: the recommendation was overruled
    decided_on: Mapped[date | None] = mapped_column(Date)
    reasons: Mapped[str] = mapped_column(LongText, default="")


class ChangeLog(Base):
    """Who changed what and when; stays local, never exported."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    who: Mapped[str] = mapped_column(ShortText)
    municipality_id: Mapped[str | None] = mapped_column(Uuid(as_uuid=False), index=True)
    action: Mapped[str] = mapped_column(String(20))  # create | update | delete | restore | import
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(LongText, default="")


# The outreach tables and the tombstones of deleted records (0008, with the event that writes them)
# live in modules of their own; importing them here maps them with the rest.
from .deletions import Deletion  # noqa: E402, F401
from .outreach_models import EngagementOpportunity, OpportunityText, OutreachText  # noqa: E402, F401
