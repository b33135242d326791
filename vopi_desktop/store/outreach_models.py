"""The outreach classes (migration 0006) on their tables (``outreach_tables.py``): engagement
opportunities, their texts per language, and the municipality's own wording of the built-in texts.

Kept apart from ``models.py`` (imported at its end, so every class is mapped with the rest).
"""

from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from . import tables
from .base import Base, Owned

if TYPE_CHECKING:
    from .models import Actor, Measure


class EngagementOpportunity(Base, Owned):
    """A Mitmach-Angebot of an actor: what one does, when, where, and whom to ask."""

    __table__ = tables.engagement_opportunity
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

    __table__ = tables.opportunity_text
    opportunity: Mapped["EngagementOpportunity"] = relationship(back_populates="texts")


class OutreachText(Base, Owned):
    """The municipality's wording of one built-in text in one language, and who reviewed it when."""

    __table__ = tables.outreach_text
