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


def stale_error() -> StaleRecordError:
    """The stale-save refusal, for checks made outside a service's own version check (undo)."""
    from ..lang import t

    return StaleRecordError(
        t(
            "Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden und die "
            "Änderung erneut eintragen.",
            "Someone else changed this record in the meantime. Reload it and enter your change again.",
        )
    )


class DamagedDatabaseError(StoreError):
    """The database file is empty or damaged: never mistaken for a new, empty workspace."""
