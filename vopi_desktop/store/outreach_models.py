"""The outreach tables (migration 0006): engagement opportunities, their texts per language, and the
municipality's own wording of the built-in explanatory texts with a review status.

Kept apart from ``models.py`` (imported at its end, so ``Base.metadata`` always holds them).
"""

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Date, ForeignKey, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, LongText, Owned, ShortText

if TYPE_CHECKING:
    from .models import Actor, Measure

PERSONAL = {"personal": True}  # the exchange's "without personal data" drops these columns


class EngagementOpportunity(Base, Owned):
    """A Mitmach-Angebot of an actor: what one does, when, where, and whom to ask."""

    __tablename__ = "engagement_opportunity"
    actor_id: Mapped[str] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("actor.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(ShortText)
    kind: Mapped[str] = mapped_column(String(30), default="other")  # outreach.json "kinds"
    what: Mapped[str] = mapped_column(LongText, default="")  # what you do (German)
    when_where: Mapped[str] = mapped_column(LongText, default="")
    time_needed: Mapped[str] = mapped_column(String(20), default="")  # outreach.json "time_needed"
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # spoken there (vocab languages)
    features: Mapped[list[str]] = mapped_column(JSON, default=list)  # outreach.json "features"
    # "person": the actor's contact person, printed only with consent to publication recorded
    # (publish_consent_on); otherwise the actor's general contact (org e-mail/phone).
    contact: Mapped[str] = mapped_column(String(20), default="organisation")
    publish_consent_on: Mapped[date | None] = mapped_column(Date, info=PERSONAL)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | paused | ended
    actor: Mapped["Actor"] = relationship(viewonly=True)
    texts: Mapped[list["OpportunityText"]] = relationship(
        back_populates="opportunity",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="OpportunityText.language",
    )
    # the measures that promote it (0007); written from the measure's side only
    promoted_by: Mapped[list["Measure"]] = relationship(
        secondary="measure_opportunity", viewonly=True, order_by="Measure.title"
    )


class OpportunityText(Base, Owned):
    """An opportunity's title and description in one language (German lives on the opportunity)."""

    __tablename__ = "opportunity_text"
    __table_args__ = (UniqueConstraint("opportunity_id", "language"),)
    opportunity_id: Mapped[str] = mapped_column(
        Uuid(as_uuid=False), ForeignKey("engagement_opportunity.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))  # outreach.json language code
    title: Mapped[str] = mapped_column(ShortText, default="")
    description: Mapped[str] = mapped_column(LongText, default="")
    opportunity: Mapped["EngagementOpportunity"] = relationship(back_populates="texts")


class OutreachText(Base, Owned):
    """The municipality's wording of one built-in text in one language, and who reviewed it when."""

    __tablename__ = "outreach_text"
    __table_args__ = (UniqueConstraint("municipality_id", "topic", "language"),)
    topic: Mapped[str] = mapped_column(String(40))  # outreach.json text key
    language: Mapped[str] = mapped_column(String(12))
    body: Mapped[str] = mapped_column(LongText, default="")  # "" = the built-in wording
    review_status: Mapped[str] = mapped_column(String(20), default="unreviewed")  # | reviewed
    reviewed_by: Mapped[str] = mapped_column(ShortText, default="", info=PERSONAL)
    reviewed_on: Mapped[date | None] = mapped_column(Date)
