"""The many-to-many tables of the workspace; exported in .vopi files as lists of ids on the left record."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Table, Uuid

from .schema_parts import metadata


def _link_table(name: str, left: str, right: str) -> Table:
    """A many-to-many table; exported as a list of UUIDs on the left record."""
    return Table(
        name,
        metadata,
        Column(
            f"{left}_id", Uuid(as_uuid=False), ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True
        ),
        Column(
            f"{right}_id",
            Uuid(as_uuid=False),
            ForeignKey(f"{right}.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )


barrier_target_groups = _link_table("barrier_target_group", "barrier_assessment", "target_group")
measure_target_groups = _link_table("measure_target_group", "measure", "target_group")
measure_barriers = _link_table("measure_barrier", "measure", "barrier_assessment")
measure_partners = _link_table("measure_partner", "measure", "actor")
event_actors = _link_table("event_actor", "event", "actor")
# 0007: the engagement opportunities a measure promotes (the Mitmachen page shows them per opportunity).
# Spelt out: "engagement_opportunity_id" would make a foreign key name longer than PostgreSQL's 63.
measure_opportunities = Table(
    "measure_opportunity",
    metadata,
    Column("measure_id", Uuid(as_uuid=False), ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "opportunity_id",
        Uuid(as_uuid=False),
        ForeignKey("engagement_opportunity.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,  # the Mitmachen page asks "which measures promote this one"
    ),
)
