"""measure_opportunity: the engagement opportunities a measure promotes (many-to-many)

A measure (a poster campaign, a Mitmach-Messe) names the opportunities it advertises; the Mitmachen
page lists for each opportunity the measures that promote it. Deleting either side removes the link.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 02:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "measure_opportunity",
        sa.Column("measure_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("opportunity_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_opportunity_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["engagement_opportunity.id"],
            name=op.f("fk_measure_opportunity_opportunity_id_engagement_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "opportunity_id", name=op.f("pk_measure_opportunity")),
    )
    op.create_index(
        op.f("ix_measure_opportunity_opportunity_id"), "measure_opportunity", ["opportunity_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("measure_opportunity")
