"""A target group row as ``TargetGroup``, and how many barriers or measures use each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ..dto.barriers import TargetGroup

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..models import TargetGroup as TargetGroupRow


def to_dto(row: TargetGroupRow, barriers: int = 0, measures: int = 0) -> TargetGroup:
    return TargetGroup(row.id, row.name, row.description, row.version, barriers, measures)


def usage(s: Session, column: object, ids: object) -> dict[str, int]:
    query = select(column, func.count()).where(column.in_(ids)).group_by(column)  # type: ignore[attr-defined]
    return {str(group_id): count for group_id, count in s.execute(query)}
