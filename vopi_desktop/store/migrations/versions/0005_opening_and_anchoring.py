"""opening and anchoring: own checklist items, one checklist per subject, placement decision, own examples

- ``checklist_item_state`` gets ``section_key`` and ``custom_text`` for items a Verein adds itself.
- ``checklist_instance``: one opening checklist per actor and one anchoring checklist per municipality
  (partial unique indexes). Duplicates that exist already are merged first: the oldest instance stays,
  the items it lacks move over from the others.
- ``practice_example`` gets what helped, the checklist items and barriers it speaks to and a contact actor.
- ``placement_decision``: where the municipality placed the topic, the recommendation then, accepted or
  overruled, the date and the reasons.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

ACTOR_INDEX = "uq_checklist_instance_template_key_actor_id"
MUNICIPALITY_INDEX = "uq_checklist_instance_municipality_id_template_key"

# An instance "b" that is kept instead of "r" for the same subject: older, or as old and the smaller id.
_SAME_SUBJECT = """
    b.template_key = {r}.template_key AND b.municipality_id = {r}.municipality_id
    AND (b.actor_id = {r}.actor_id OR (b.actor_id IS NULL AND {r}.actor_id IS NULL))
"""
_BEATS = (
    _SAME_SUBJECT
    + """
    AND (b.created_at < {r}.created_at OR (b.created_at = {r}.created_at AND b.id < {r}.id))
"""
)
_MAP = f"""
CREATE TEMPORARY TABLE dup_checklist AS
SELECT d.id AS dropped_id,
       (SELECT k.id FROM checklist_instance k
         WHERE {_SAME_SUBJECT.format(r="d").replace("b.", "k.")}
           AND NOT EXISTS (SELECT 1 FROM checklist_instance b WHERE {_BEATS.format(r="k")})) AS kept_id
  FROM checklist_instance d
 WHERE EXISTS (SELECT 1 FROM checklist_instance b WHERE {_BEATS.format(r="d")})
"""
# Items the kept instance lacks move over (the newest copy of each); the rest go with their instance.
_MOVE_ITEMS = """
UPDATE checklist_item_state SET instance_id = (
    SELECT m.kept_id FROM dup_checklist m WHERE m.dropped_id = checklist_item_state.instance_id)
 WHERE instance_id IN (SELECT dropped_id FROM dup_checklist)
   AND NOT EXISTS (
       SELECT 1 FROM checklist_item_state x JOIN dup_checklist m ON m.kept_id = x.instance_id
        WHERE m.dropped_id = checklist_item_state.instance_id AND x.item_key = checklist_item_state.item_key)
   AND NOT EXISTS (
       SELECT 1 FROM checklist_item_state y JOIN dup_checklist n ON n.dropped_id = y.instance_id
        WHERE y.item_key = checklist_item_state.item_key AND y.id <> checklist_item_state.id
          AND n.kept_id = (SELECT m.kept_id FROM dup_checklist m
                            WHERE m.dropped_id = checklist_item_state.instance_id)
          AND (y.updated_at > checklist_item_state.updated_at
               OR (y.updated_at = checklist_item_state.updated_at AND y.id > checklist_item_state.id)))
"""


def upgrade() -> None:
    with op.batch_alter_table("checklist_item_state") as batch:
        batch.add_column(sa.Column("section_key", sa.String(length=30), nullable=False, server_default=""))
        batch.add_column(sa.Column("custom_text", sa.Text(), nullable=False, server_default=""))

    op.execute(_MAP)
    op.execute(_MOVE_ITEMS)
    op.execute("DELETE FROM checklist_item_state WHERE instance_id IN (SELECT dropped_id FROM dup_checklist)")
    op.execute("DELETE FROM checklist_instance WHERE id IN (SELECT dropped_id FROM dup_checklist)")
    op.execute(
        "UPDATE checklist_instance SET version = version + 1 "
        "WHERE id IN (SELECT DISTINCT kept_id FROM dup_checklist)"
    )
    op.execute("DROP TABLE dup_checklist")
    op.create_index(
        ACTOR_INDEX,
        "checklist_instance",
        ["template_key", "actor_id"],
        unique=True,
        sqlite_where=sa.text("actor_id IS NOT NULL"),
        postgresql_where=sa.text("actor_id IS NOT NULL"),
    )
    op.create_index(
        MUNICIPALITY_INDEX,
        "checklist_instance",
        ["municipality_id", "template_key"],
        unique=True,
        sqlite_where=sa.text("actor_id IS NULL"),
        postgresql_where=sa.text("actor_id IS NULL"),
    )

    with op.batch_alter_table("practice_example") as batch:
        batch.add_column(sa.Column("helped", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("item_keys", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("barrier_keys", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("contact_actor_id", sa.Uuid(as_uuid=False), nullable=True))
        batch.create_foreign_key(
            op.f("fk_practice_example_contact_actor_id_actor"),
            "actor",
            ["contact_actor_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_practice_example_contact_actor_id"), ["contact_actor_id"], unique=False)

    op.create_table(
        "placement_decision",
        sa.Column("option_key", sa.String(length=30), nullable=False),
        sa.Column("recommended_key", sa.String(length=30), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_placement_decision_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_decision")),
        sa.UniqueConstraint("municipality_id", name=op.f("uq_placement_decision_municipality_id")),
    )
    with op.batch_alter_table("placement_decision") as batch:
        batch.create_index(op.f("ix_placement_decision_municipality_id"), ["municipality_id"], unique=False)


def downgrade() -> None:
    op.drop_table("placement_decision")
    with op.batch_alter_table("practice_example") as batch:
        batch.drop_index(op.f("ix_practice_example_contact_actor_id"))
        batch.drop_constraint(op.f("fk_practice_example_contact_actor_id_actor"), type_="foreignkey")
        batch.drop_column("contact_actor_id")
        batch.drop_column("barrier_keys")
        batch.drop_column("item_keys")
        batch.drop_column("helped")
    op.drop_index(MUNICIPALITY_INDEX, table_name="checklist_instance")
    op.drop_index(ACTOR_INDEX, table_name="checklist_instance")
    with op.batch_alter_table("checklist_item_state") as batch:
        batch.drop_column("custom_text")
        batch.drop_column("section_key")
