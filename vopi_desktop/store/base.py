"""The declarative base and the mixins of the mapped classes (``models.py``). The tables, their
column types and the columns every record shares are Core (``schema_parts.py``, ``tables.py``)."""

from sqlalchemy.orm import DeclarativeBase, declared_attr

# UTCDateTime, new_id and utcnow: where the services, the demo and migration 0008 import them
from .schema_parts import UTCDateTime, metadata, new_id, utcnow  # noqa: F401


class Base(DeclarativeBase):
    metadata = metadata


class Record:
    """A record with UUID identity, timestamps and an optimistic version counter (``record_columns``)."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 - SQLAlchemy passes the class
        # A save from a stale copy raises StaleDataError instead of overwriting another change.
        return {"version_id_col": cls.__table__.c.version}


class Owned(Record):
    """A record that belongs to one municipality (``owned_columns``): the unit of export and of the
    consultant view."""
