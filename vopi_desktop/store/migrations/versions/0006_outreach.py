"""outreach: engagement opportunities, their texts per language, the municipality's own outreach texts

- ``engagement_opportunity``: a Mitmach-Angebot owned by an actor (title, kind, what, when/where,
  time needed, languages and features as JSON lists, contact choice with the date consent to
  publication was recorded, valid until, status).
- ``opportunity_text``: an opportunity's title and description in one language (one per language).
- ``outreach_text``: a municipality's wording of a built-in text in one language with its review status.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 00:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def _record(table: str) -> list[sa.Column]:
    """The columns every owned record has (store/base.py: Record, Owned)."""
    return [
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f(f"fk_{table}_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "engagement_opportunity",
        sa.Column("actor_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("when_where", sa.Text(), nullable=False),
        sa.Column("time_needed", sa.String(length=20), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("features", sa.JSON(), nullable=False),
        sa.Column("contact", sa.String(length=20), nullable=False),
        sa.Column("publish_consent_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        *_record("engagement_opportunity"),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_engagement_opportunity_actor_id_actor"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        op.f("ix_engagement_opportunity_actor_id"), "engagement_opportunity", ["actor_id"], unique=False
    )
    op.create_index(
        op.f("ix_engagement_opportunity_municipality_id"),
        "engagement_opportunity",
        ["municipality_id"],
        unique=False,
    )
    op.create_table(
        "opportunity_text",
        sa.Column("opportunity_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("language", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        *_record("opportunity_text"),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["engagement_opportunity.id"],
            name=op.f("fk_opportunity_text_opportunity_id_engagement_opportunity"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("opportunity_id", "language", name=op.f("uq_opportunity_text_opportunity_id")),
    )
    op.create_index(
        op.f("ix_opportunity_text_opportunity_id"), "opportunity_text", ["opportunity_id"], unique=False
    )
    op.create_index(
        op.f("ix_opportunity_text_municipality_id"), "opportunity_text", ["municipality_id"], unique=False
    )
    op.create_table(
        "outreach_text",
        sa.Column("topic", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=12), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("review_status", sa.String(length=20), nullable=False),
        sa.Column("reviewed_by", sa.String(length=200), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        *_record("outreach_text"),
        sa.UniqueConstraint(
            "municipality_id", "topic", "language", name=op.f("uq_outreach_text_municipality_id")
        ),
    )
    op.create_index(
        op.f("ix_outreach_text_municipality_id"), "outreach_text", ["municipality_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("outreach_text")
    op.drop_table("opportunity_text")
    op.drop_table("engagement_opportunity")
