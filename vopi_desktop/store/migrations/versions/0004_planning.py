"""planning: measure steps, spent budget, idea reject reason, event protocol sections

Measures get their Arbeitsschritte (what, who, due, done) and the money spent beside the money planned;
an idea keeps the reason it was rejected; an event keeps the protocol sections of its method as JSON
(checked by the event service). Channels stored as free labels by earlier versions become the keys of
the catalogue's ``channels`` vocabulary, so lists can filter and translate them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 23:40:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

# Labels earlier versions (and their demo) stored, to the channel keys of vocab.json.
CHANNELS = {
    "persönliche ansprache": "personal", "persönliches gespräch": "personal", "personal conversation": "personal",
    "vereinsbesuch": "club_visit", "kita/schule": "kita_school", "sprachkurs": "language_course",
    "religionsgemeinschaft": "religious", "messenger-gruppe": "messenger", "infoabend": "info_evening",
    "presse": "press", "amtsblatt": "press", "vereinszeitung": "press", "flyer": "flyer", "aushang": "flyer",
    "website": "website",
}  # fmt: skip
KEYS = {
    "personal", "club_visit", "kita_school", "language_course", "religious", "messenger", "info_evening",
    "press", "flyer", "website", "other",
}  # fmt: skip


def _channel(value: str) -> str:
    if value in KEYS:
        return value
    return CHANNELS.get(value.strip().casefold(), "other")


def upgrade() -> None:
    op.create_table(
        "measure_step",
        sa.Column("measure_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_step_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_measure_step_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_step")),
    )
    with op.batch_alter_table("measure_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_step_measure_id"), ["measure_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_measure_step_municipality_id"), ["municipality_id"], unique=False
        )

    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("budget_spent", sa.Numeric(precision=12, scale=2), nullable=True))
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reject_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_idea_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_idea_measure_id"), ["measure_id"], unique=False)
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("protocol", sa.JSON(), nullable=False, server_default="{}"))
    # The server defaults only fill the rows that exist; new rows get theirs from the models.
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.alter_column("reject_reason", server_default=None)
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.alter_column("protocol", server_default=None)

    conn = op.get_bind()
    measure = sa.table("measure", sa.column("id", sa.Uuid(as_uuid=False)), sa.column("channels", sa.JSON()))
    for measure_id, channels in conn.execute(sa.select(measure.c.id, measure.c.channels)).all():
        stored = channels if isinstance(channels, list) else json.loads(channels or "[]")
        mapped = list(dict.fromkeys(_channel(str(c)) for c in stored))
        if mapped != stored:
            conn.execute(measure.update().where(measure.c.id == measure_id).values(channels=mapped))


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("protocol")
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idea_measure_id"))
        batch_op.drop_index(batch_op.f("ix_idea_event_id"))
        batch_op.drop_column("reject_reason")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_column("budget_spent")
    with op.batch_alter_table("measure_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_step_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_measure_step_measure_id"))
    op.drop_table("measure_step")
