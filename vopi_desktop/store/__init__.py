"""Persistence: models, engine, migrations, backups and the Workspace service (no Qt).

Importing this package stays cheap (no SQLAlchemy): the UI imports errors and dataclasses from here
before the first paint, and the Workspace loads SQLAlchemy only when it is opened.
"""

from .errors import NotFoundError, StaleRecordError, StoreError, ValidationError

__all__ = ["NotFoundError", "StaleRecordError", "StoreError", "ValidationError"]
