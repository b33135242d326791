"""Records of the same municipality chosen for a many-to-many collection (measure and event links)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...lang import t
from ..base import Base
from ..errors import ValidationError

R = TypeVar("R", bound=Base)


def owned(
    s: Session,
    model: type[R],
    municipality_id: str,
    ids: Sequence[str] | None,
    field: str,
    what: tuple[str, str],
) -> list[R]:
    """The rows for ``ids`` in their given order (duplicates dropped), all of this municipality.

    ``what`` names one of them in the message: ("Eine gewählte Zielgruppe", "A chosen target group").
    """
    wanted = list(dict.fromkeys(str(i) for i in ids or ()))
    if not wanted:
        return []
    rows = {
        r.id: r  # type: ignore[attr-defined]
        for r in s.scalars(
            select(model).where(
                model.id.in_(wanted),  # type: ignore[attr-defined]
                model.municipality_id == municipality_id,  # type: ignore[attr-defined]
            )
        )
    }
    if len(rows) != len(wanted):
        raise ValidationError(
            t(
                f"{what[0]} gibt es in dieser Kommune nicht (mehr).",
                f"{what[1]} does not exist in this municipality (any more).",
            ),
            field,
        )
    return [rows[i] for i in wanted]


def same_ids(rows: Sequence[Base], ids: Sequence[str]) -> bool:
    return [r.id for r in rows] == list(ids)  # type: ignore[attr-defined]
