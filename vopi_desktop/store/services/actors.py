"""The actors area of the workspace (being built for issue 3)."""

from __future__ import annotations

from .base import Service


class ActorService(Service):
    pass
