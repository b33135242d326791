"""deletion: the ids of records deleted here (tombstones), so a full .vopi file carries them

A town's measure deleted for good used to stay at the consultant who had imported an earlier file:
the file only held what exists. Now every delete of an owned record leaves its table, id,
municipality and time here (store/deletions.py), and a full export sends them — ids only.

Deletions made before this revision are taken from the change log (a service's "delete" of a
record of a municipality that still exists; an actor moved to the trash is no deletion): so the
deletion that led to review 2's G15 still reaches the consultant.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 10:50:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vopi_desktop.store.base import UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_ID = sa.Uuid(as_uuid=False)
# The municipality's own records at this revision (exchange/registry.py's entities but the municipality).
OWNED = (
    "actor", "actor_link", "barrier_assessment", "checklist_instance", "checklist_item_state",
    "engagement_opportunity", "event", "idea", "indicator_score", "measure", "measure_step",
    "opportunity_text", "outreach_text", "pillar_round", "placement_decision", "practice_example",
    "process_settings", "target_group",
)  # fmt: skip
CHANGE_LOG = sa.table(
    "change_log", sa.column("at", UTCDateTime()), sa.column("municipality_id", _ID), sa.column("action"),
    sa.column("entity"), sa.column("entity_id"), sa.column("summary"),
)  # fmt: skip
MUNICIPALITY = sa.table("municipality", sa.column("id", _ID))


def upgrade() -> None:
    op.create_table(
        "deletion",
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_deletion_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletion")),
    )
    op.create_index(op.f("ix_deletion_municipality_id"), "deletion", ["municipality_id"], unique=False)
    log = CHANGE_LOG.c
    rows = op.get_bind().execute(
        sa.select(log.entity, log.entity_id, log.municipality_id, sa.func.max(log.at))
        .where(
            log.action == "delete",
            log.entity.in_(OWNED),
            sa.not_(log.summary.startswith("trash: ")),
            log.municipality_id.in_(sa.select(MUNICIPALITY.c.id)),
        )
        .group_by(log.entity, log.entity_id, log.municipality_id)
    )
    found: dict[str, dict[str, object]] = {}
    for entity, entity_id, municipality_id, at in rows:
        try:
            key = str(uuid.UUID(entity_id))
        except ValueError:
            continue
        if key not in found or found[key]["deleted_at"] < at:  # type: ignore[operator]
            found[key] = {"id": key, "municipality_id": municipality_id, "entity": entity, "deleted_at": at}
    if found:
        tombstones = sa.table(
            "deletion", sa.column("id", _ID), sa.column("municipality_id", _ID), sa.column("entity"),
            sa.column("deleted_at", UTCDateTime()),
        )  # fmt: skip
        op.bulk_insert(tombstones, list(found.values()))


def downgrade() -> None:
    op.drop_table("deletion")
