"""Persistence: models, engine, migrations, backups and the Workspace service (no Qt)."""

from .errors import NotFoundError, StaleRecordError, StoreError, ValidationError
from .workspace import Workspace

__all__ = ["NotFoundError", "StaleRecordError", "StoreError", "ValidationError", "Workspace"]
