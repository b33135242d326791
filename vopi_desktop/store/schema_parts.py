"""The schema's building blocks without the ORM: the metadata and its naming convention, the portable
column types, and the columns every record shares (``tables.py`` builds the tables from them).

Nothing here imports ``sqlalchemy.orm``: the documents read the tables through Core alone, and a
``report --all`` spares the ORM's import and the mapping of the classes (``report_reads.py``).
"""

import uuid
from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Text, TypeDecorator, Uuid

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and always hands back an aware datetime, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


ShortText = String(200)
LongText = Text()


def uuid_column(name: str, *args: object, **kwargs: object) -> Column:
    """A UUID column, kept as text in Python (dashed)."""
    return Column(name, Uuid(as_uuid=False), *args, **kwargs)


def reference(name: str, target: str, ondelete: str, **kwargs: object) -> Column:
    """A UUID column pointing at ``target`` ("actor.id"), indexed unless told otherwise."""
    kwargs.setdefault("index", True)
    return uuid_column(name, ForeignKey(target, ondelete=ondelete), **kwargs)


def defaulted(name: str, type_: object = LongText, default: object = "", **kwargs: object) -> Column:
    """A column that is never NULL, with the default a new row gets (text, a list, a number, a flag)."""
    return Column(name, type_, nullable=False, default=default, **kwargs)


def record_columns() -> list[Column]:
    """UUID identity, timestamps and the optimistic version counter of every record (``models.Record``
    makes the ORM check the counter on every save)."""
    return [
        uuid_column("id", primary_key=True, default=new_id),
        Column("created_at", UTCDateTime(), nullable=False, default=utcnow),
        Column("updated_at", UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow),
        Column("version", Integer, nullable=False, default=1),
    ]


def owned_columns() -> list[Column]:
    """A record that belongs to one municipality: the unit of export and of the consultant view."""
    return [reference("municipality_id", "municipality.id", "CASCADE", nullable=False), *record_columns()]
