""" "Open this record on that page": the timeline, the coverage matrix and the events page ask, the
target page takes the request when it is shown (after its data is loaded)."""

from __future__ import annotations

from typing import Any


def request(ctx: Any, area: str, record_id: str) -> None:
    ctx.__dict__.setdefault("_open_requests", {})[area] = record_id


def take(ctx: Any, area: str) -> str | None:
    return ctx.__dict__.get("_open_requests", {}).pop(area, None)
