"""unique normalised names: municipality, actor within a municipality, one link per pair and kind

Two workstations creating the same actor at once each passed the service's check and both rows were
stored. Derived key columns (filled in Python with store/names.py, so SQLite and PostgreSQL compare
alike: case, NFKC, joiners, whitespace) now carry unique constraints.

Existing duplicates are kept, not merged: a second "Elternverein" becomes "Elternverein (2)" (its
version bumped, so a copy read before the upgrade is stale), and a person can merge them by hand.
Only links are dropped when doubled, the newest of a pair and kind staying (like 0002).

The columns are added NOT NULL with a server default '' instead of being altered afterwards: on
SQLite that would copy the tables, and dropping ``actor`` with foreign keys on would delete its links.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 23:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vopi_desktop.store.names import link_pair_key, name_key

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_ID = sa.Uuid(as_uuid=False)
MUNICIPALITY = sa.table(
    "municipality", sa.column("id", _ID), sa.column("name"), sa.column("name_key"), sa.column("version"),
    sa.column("created_at"),
)  # fmt: skip
ACTOR = sa.table(
    "actor", sa.column("id", _ID), sa.column("municipality_id", _ID), sa.column("name"),
    sa.column("name_key"), sa.column("version"), sa.column("created_at"), sa.column("deleted_at"),
)  # fmt: skip
LINK = sa.table(
    "actor_link", sa.column("id", _ID), sa.column("source_id", _ID), sa.column("target_id", _ID),
    sa.column("kind"), sa.column("pair_key"), sa.column("updated_at"),
)  # fmt: skip
LIVE = "deleted_at IS NULL"
NAME_LIMIT = 200


def _add_key_column(table: str, column: str, length: int) -> None:
    op.add_column(table, sa.Column(column, sa.String(length), nullable=False, server_default=""))


def _unique_name(name: str, taken: set[str]) -> str:
    """ "Name (2)", "Name (3)", … cut to the column's length, whose key no other row has."""
    name = " ".join(name.split())
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: NAME_LIMIT - len(suffix)].rstrip() + suffix
        if name_key(candidate) not in taken:
            return candidate
        number += 1


def _fill_names(conn: sa.Connection, table: sa.TableClause, rows: list[sa.Row]) -> None:
    """Write each row's key; within a group (``row.group``, None: no uniqueness) the first row of a
    key keeps its name and the later ones get a number that no name of the group has yet."""
    keys = [name_key(row.name) for row in rows]
    taken: dict[object, set[str]] = {}
    for row, key in zip(rows, keys, strict=True):
        taken.setdefault(row.group, set()).add(key)
    owners: set[tuple[object, str]] = set()
    plain: list[dict[str, object]] = []
    for row, key in zip(rows, keys, strict=True):
        if row.group is not None and (row.group, key) in owners:
            new_name = _unique_name(row.name, taken[row.group])
            taken[row.group].add(name_key(new_name))
            values = {"name": new_name, "name_key": name_key(new_name), "version": row.version + 1}
            conn.execute(sa.update(table).where(table.c.id == row.id).values(**values))
            continue
        if row.group is not None:
            owners.add((row.group, key))
        plain.append({"b_id": row.id, "b_key": key})
    if plain:  # one executemany: 10,000 actors upgrade in well under a second
        statement = (
            sa.update(table).where(table.c.id == sa.bindparam("b_id")).values(name_key=sa.bindparam("b_key"))
        )
        conn.execute(statement, plain)


def upgrade() -> None:
    conn = op.get_bind()
    _add_key_column("municipality", "name_key", 200)
    _add_key_column("actor", "name_key", 200)
    _add_key_column("actor_link", "pair_key", 80)

    order = (MUNICIPALITY.c.created_at, MUNICIPALITY.c.id)  # the oldest keeps its name
    rows = conn.execute(
        sa.select(MUNICIPALITY.c.id, MUNICIPALITY.c.name, MUNICIPALITY.c.version, sa.literal(1).label("group"))
        .order_by(*order)
    ).all()  # fmt: skip
    _fill_names(conn, MUNICIPALITY, rows)

    live = sa.case((ACTOR.c.deleted_at.is_(None), ACTOR.c.municipality_id), else_=None).label("group")
    rows = conn.execute(
        sa.select(ACTOR.c.id, ACTOR.c.name, ACTOR.c.version, live).order_by(ACTOR.c.created_at, ACTOR.c.id)
    ).all()  # live actors are unique per municipality; those in the trash only get their key
    _fill_names(conn, ACTOR, rows)

    links = conn.execute(
        sa.select(LINK.c.id, LINK.c.source_id, LINK.c.target_id, LINK.c.kind)
        .order_by(LINK.c.updated_at.desc(), LINK.c.id.desc())
    ).all()  # fmt: skip
    seen: set[tuple[str, str]] = set()
    keep: list[dict[str, object]] = []
    for link in links:  # newest first: the first of a pair and kind stays
        key = link_pair_key(link.source_id, link.target_id)
        if (key, link.kind) in seen:
            conn.execute(sa.delete(LINK).where(LINK.c.id == link.id))
            continue
        seen.add((key, link.kind))
        keep.append({"b_id": link.id, "b_key": key})
    if keep:
        statement = (
            sa.update(LINK).where(LINK.c.id == sa.bindparam("b_id")).values(pair_key=sa.bindparam("b_key"))
        )
        conn.execute(statement, keep)

    # Unique indexes, not constraints: SQLite cannot add a constraint without copying the table.
    op.create_index("uq_municipality_name_key", "municipality", ["name_key"], unique=True)
    op.create_index(
        "uq_actor_municipality_id_name_key",
        "actor",
        ["municipality_id", "name_key"],
        unique=True,
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )
    op.create_index("uq_actor_link_pair_key", "actor_link", ["pair_key", "kind"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_actor_link_pair_key", table_name="actor_link")
    op.drop_index("uq_actor_municipality_id_name_key", table_name="actor")
    op.drop_index("uq_municipality_name_key", table_name="municipality")
    op.drop_column("actor_link", "pair_key")
    op.drop_column("actor", "name_key")
    op.drop_column("municipality", "name_key")
