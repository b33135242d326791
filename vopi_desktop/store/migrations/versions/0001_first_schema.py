"""first schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 16:00:16.696852
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_municipality_id"), ["municipality_id"], unique=False)

    op.create_table(
        "municipality",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=4), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=60), nullable=False),
        sa.Column("is_example", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
    )
    op.create_table(
        "actor",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("org_email", sa.String(length=200), nullable=False),
        sa.Column("org_phone", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=60), nullable=False),
        sa.Column("legal_basis", sa.String(length=20), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("map_x", sa.Float(), nullable=True),
        sa.Column("map_y", sa.Float(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_actor_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor")),
    )
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_municipality_id"), ["municipality_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_name"), ["name"], unique=False)

    op.create_table(
        "barrier_assessment",
        sa.Column("barrier_key", sa.String(length=10), nullable=True),
        sa.Column("custom_title", sa.String(length=200), nullable=False),
        sa.Column("custom_description", sa.Text(), nullable=False),
        sa.Column("custom_group", sa.String(length=30), nullable=False),
        sa.Column("relevance", sa.Integer(), nullable=True),
        sa.Column("evidence_kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_barrier_assessment_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_barrier_assessment")),
    )
    with op.batch_alter_table("barrier_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_barrier_assessment_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "event",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("time_from", sa.String(length=10), nullable=False),
        sa.Column("time_to", sa.String(length=10), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("moderation", sa.String(length=200), nullable=False),
        sa.Column("minute_taker", sa.String(length=200), nullable=False),
        sa.Column("participants_total", sa.Integer(), nullable=True),
        sa.Column("participants_migration", sa.Integer(), nullable=True),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("open_points", sa.Text(), nullable=False),
        sa.Column("next_date", sa.Date(), nullable=True),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_event_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_municipality_id"), ["municipality_id"], unique=False)

    op.create_table(
        "pillar_round",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_pillar_round_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pillar_round")),
    )
    with op.batch_alter_table("pillar_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pillar_round_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "practice_example",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("pillars", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_practice_example_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_example")),
    )
    with op.batch_alter_table("practice_example", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_example_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "process_settings",
        sa.Column("occasions", sa.JSON(), nullable=False),
        sa.Column("own_concern", sa.Text(), nullable=False),
        sa.Column("phase_status", sa.JSON(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_process_settings_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_process_settings")),
        sa.UniqueConstraint("municipality_id", name=op.f("uq_process_settings_municipality_id")),
    )
    with op.batch_alter_table("process_settings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_process_settings_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "target_group",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_target_group_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_group")),
    )
    with op.batch_alter_table("target_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_target_group_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "actor_link",
        sa.Column("source_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("target_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_actor_link_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["actor.id"], name=op.f("fk_actor_link_source_id_actor"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["target_id"], ["actor.id"], name=op.f("fk_actor_link_target_id_actor"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_link")),
    )
    with op.batch_alter_table("actor_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_link_municipality_id"), ["municipality_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_link_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_link_target_id"), ["target_id"], unique=False)

    op.create_table(
        "barrier_target_group",
        sa.Column("barrier_assessment_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("target_group_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["barrier_assessment_id"],
            ["barrier_assessment.id"],
            name=op.f("fk_barrier_target_group_barrier_assessment_id_barrier_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_group_id"],
            ["target_group.id"],
            name=op.f("fk_barrier_target_group_target_group_id_target_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "barrier_assessment_id", "target_group_id", name=op.f("pk_barrier_target_group")
        ),
    )
    op.create_table(
        "checklist_instance",
        sa.Column("template_key", sa.String(length=30), nullable=False),
        sa.Column("actor_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_checklist_instance_actor_id_actor"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_checklist_instance_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_instance")),
    )
    with op.batch_alter_table("checklist_instance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_instance_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_checklist_instance_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "event_actor",
        sa.Column("event_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("actor_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_event_actor_actor_id_actor"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_actor_event_id_event"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("event_id", "actor_id", name=op.f("pk_event_actor")),
    )
    op.create_table(
        "indicator_score",
        sa.Column("round_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("indicator_key", sa.String(length=30), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_indicator_score_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["pillar_round.id"],
            name=op.f("fk_indicator_score_round_id_pillar_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_score")),
        sa.UniqueConstraint("round_id", "indicator_key", name=op.f("uq_indicator_score_round_id")),
    )
    with op.batch_alter_table("indicator_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_score_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_indicator_score_round_id"), ["round_id"], unique=False)

    op.create_table(
        "measure",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("pillars", sa.JSON(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("responsible_actor_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("responsible_person", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("success_indicator", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_measure_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_actor_id"],
            ["actor.id"],
            name=op.f("fk_measure_responsible_actor_id_actor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
    )
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_municipality_id"), ["municipality_id"], unique=False)

    op.create_table(
        "checklist_item_state",
        sa.Column("instance_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("item_key", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["instance_id"],
            ["checklist_instance.id"],
            name=op.f("fk_checklist_item_state_instance_id_checklist_instance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_checklist_item_state_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item_state")),
        sa.UniqueConstraint("instance_id", "item_key", name=op.f("uq_checklist_item_state_instance_id")),
    )
    with op.batch_alter_table("checklist_item_state", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_item_state_instance_id"), ["instance_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_checklist_item_state_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "idea",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("event_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("pillar", sa.String(length=20), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("measure_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_idea_event_id_event"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_idea_measure_id_measure"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_idea_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idea")),
    )
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idea_municipality_id"), ["municipality_id"], unique=False)

    op.create_table(
        "measure_barrier",
        sa.Column("measure_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("barrier_assessment_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["barrier_assessment_id"],
            ["barrier_assessment.id"],
            name=op.f("fk_measure_barrier_barrier_assessment_id_barrier_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_barrier_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "barrier_assessment_id", name=op.f("pk_measure_barrier")),
    )
    op.create_table(
        "measure_partner",
        sa.Column("measure_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("actor_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_measure_partner_actor_id_actor"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_partner_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "actor_id", name=op.f("pk_measure_partner")),
    )
    op.create_table(
        "measure_target_group",
        sa.Column("measure_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("target_group_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_target_group_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_group_id"],
            ["target_group.id"],
            name=op.f("fk_measure_target_group_target_group_id_target_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "target_group_id", name=op.f("pk_measure_target_group")),
    )


def downgrade() -> None:

    op.drop_table("measure_target_group")
    op.drop_table("measure_partner")
    op.drop_table("measure_barrier")
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idea_municipality_id"))

    op.drop_table("idea")
    with op.batch_alter_table("checklist_item_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_state_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_checklist_item_state_instance_id"))

    op.drop_table("checklist_item_state")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_municipality_id"))

    op.drop_table("measure")
    with op.batch_alter_table("indicator_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_score_round_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_score_municipality_id"))

    op.drop_table("indicator_score")
    op.drop_table("event_actor")
    with op.batch_alter_table("checklist_instance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_instance_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_checklist_instance_actor_id"))

    op.drop_table("checklist_instance")
    op.drop_table("barrier_target_group")
    with op.batch_alter_table("actor_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_link_target_id"))
        batch_op.drop_index(batch_op.f("ix_actor_link_source_id"))
        batch_op.drop_index(batch_op.f("ix_actor_link_municipality_id"))

    op.drop_table("actor_link")
    with op.batch_alter_table("target_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_group_municipality_id"))

    op.drop_table("target_group")
    with op.batch_alter_table("process_settings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_process_settings_municipality_id"))

    op.drop_table("process_settings")
    with op.batch_alter_table("practice_example", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_example_municipality_id"))

    op.drop_table("practice_example")
    with op.batch_alter_table("pillar_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pillar_round_municipality_id"))

    op.drop_table("pillar_round")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_municipality_id"))

    op.drop_table("event")
    with op.batch_alter_table("barrier_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_barrier_assessment_municipality_id"))

    op.drop_table("barrier_assessment")
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_name"))
        batch_op.drop_index(batch_op.f("ix_actor_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_actor_deleted_at"))

    op.drop_table("actor")
    op.drop_table("municipality")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_change_log_at"))

    op.drop_table("change_log")
