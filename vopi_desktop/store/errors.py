"""Errors the store raises; their messages are shown to users as they are."""


class StoreError(Exception):
    """Something the user can act on: a clear sentence, no traceback."""


class ValidationError(StoreError):
    """Input that cannot be saved; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class StaleRecordError(StoreError):
    """Someone else saved the record after it was read; saving now would overwrite their change."""


class NotFoundError(StoreError):
    """The record was deleted or never existed."""
