"""one assessment per catalogue barrier and municipality

Two people rating the same catalogue barrier for the first time at once could each insert a row;
the partial unique index makes the database refuse the second one. Rows that exist already are
merged first: the newest (by updated_at, then id) stays, the links of the others move over to it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

INDEX = "uq_barrier_assessment_municipality_id_barrier_key"
WHERE = "barrier_key IS NOT NULL"

# A row "b" that beats row "r" for the same barrier: newer, or as new and with the larger id.
_BEATS = """
    b.municipality_id = {r}.municipality_id AND b.barrier_key = {r}.barrier_key
    AND (b.updated_at > {r}.updated_at OR (b.updated_at = {r}.updated_at AND b.id > {r}.id))
"""

# Plain SQL that SQLite and PostgreSQL both run: each beaten row paired with its group's winner.
_MAP = f"""
CREATE TEMPORARY TABLE dup_barrier AS
SELECT d.id AS dropped_id,
       (SELECT k.id FROM barrier_assessment k
         WHERE k.municipality_id = d.municipality_id AND k.barrier_key = d.barrier_key
           AND NOT EXISTS (SELECT 1 FROM barrier_assessment b WHERE {_BEATS.format(r="k")})) AS kept_id
  FROM barrier_assessment d
 WHERE d.barrier_key IS NOT NULL
   AND EXISTS (SELECT 1 FROM barrier_assessment b WHERE {_BEATS.format(r="d")})
"""

_MOVE_LINKS = """
INSERT INTO {table} ({other}, barrier_assessment_id)
SELECT DISTINCT l.{other}, m.kept_id
  FROM {table} l JOIN dup_barrier m ON m.dropped_id = l.barrier_assessment_id
 WHERE NOT EXISTS (SELECT 1 FROM {table} x
                    WHERE x.barrier_assessment_id = m.kept_id AND x.{other} = l.{other})
"""

_LINKS = (("barrier_target_group", "target_group_id"), ("measure_barrier", "measure_id"))


def upgrade() -> None:
    op.execute(_MAP)
    for table, other in _LINKS:
        op.execute(_MOVE_LINKS.format(table=table, other=other))
        op.execute(f"DELETE FROM {table} WHERE barrier_assessment_id IN (SELECT dropped_id FROM dup_barrier)")
    # The winners changed (links merged in): a copy read before the upgrade must not overwrite them.
    op.execute(
        "UPDATE barrier_assessment SET version = version + 1 "
        "WHERE id IN (SELECT DISTINCT kept_id FROM dup_barrier)"
    )
    op.execute("DELETE FROM barrier_assessment WHERE id IN (SELECT dropped_id FROM dup_barrier)")
    op.execute("DROP TABLE dup_barrier")
    op.create_index(
        INDEX,
        "barrier_assessment",
        ["municipality_id", "barrier_key"],
        unique=True,
        sqlite_where=sa.text(WHERE),
        postgresql_where=sa.text(WHERE),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="barrier_assessment")
