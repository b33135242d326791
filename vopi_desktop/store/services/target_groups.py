"""The municipality's target groups (older people, refugees, …) that barriers and measures refer to."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...catalog import load_catalog
from ...lang import language, t
from ...textsort import sort_key
from ..dto.barriers import TargetGroup
from ..errors import ValidationError
from ..models import Municipality, barrier_target_groups, measure_target_groups
from ..models import TargetGroup as TargetGroupRow
from ..names import name_key
from .base import Service, one_of, text

DESCRIPTION_LIMIT = 5000


def _dto(row: TargetGroupRow, barriers: int = 0, measures: int = 0) -> TargetGroup:
    return TargetGroup(row.id, row.name, row.description, row.version, barriers, measures)


class TargetGroupService(Service):
    def list(self, municipality_id: str) -> list[TargetGroup]:
        """The municipality's target groups by name, with how many barriers and measures use each."""
        with self._read() as s:
            rows = s.scalars(select(TargetGroupRow).where(TargetGroupRow.municipality_id == municipality_id))
            ids = select(TargetGroupRow.id).where(TargetGroupRow.municipality_id == municipality_id)
            used_b = _usage(s, barrier_target_groups.c.target_group_id, ids)
            used_m = _usage(s, measure_target_groups.c.target_group_id, ids)
            groups = [_dto(r, used_b.get(r.id, 0), used_m.get(r.id, 0)) for r in rows]
            return sorted(groups, key=lambda g: (sort_key(g.name), g.name, g.id))

    def add(self, municipality_id: str, name: str, description: str = "") -> TargetGroup:
        name = text(name, "name", required=True, name=True)
        description = text(description, "description", limit=DESCRIPTION_LIMIT)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            _refuse_duplicate(s, municipality_id, name, None)
            row = TargetGroupRow(municipality_id=municipality_id, name=name, description=description)
            s.add(row)
            self._log(s, "create", row, name)
            return _dto(row)

    def rename(
        self, group_id: str, name: str, description: str | None = None, version: int | None = None
    ) -> TargetGroup:
        name = text(name, "name", required=True, name=True)
        changes: dict[str, object] = {"name": name}
        if description is not None:
            changes["description"] = text(description, "description", limit=DESCRIPTION_LIMIT)
        with self._write() as s:
            row = self._get(s, TargetGroupRow, group_id)
            self._check_version(row, version)
            _refuse_duplicate(s, row.municipality_id, name, row.id)
            self._update(row, **changes)
            self._log(s, "update", row, name)
            s.flush()
            return _dto(row)

    def delete(self, group_id: str, version: int | None = None) -> None:
        """Delete a group; barriers and measures simply lose the reference (the link rows cascade)."""
        with self._write() as s:
            row = self._get(s, TargetGroupRow, group_id)
            self._check_version(row, version)
            self._log(s, "delete", row, row.name)
            s.delete(row)

    def add_suggested(self, municipality_id: str, keys: Iterable[str]) -> list[TargetGroup]:
        """Add suggestions by vocab key in the current language; names already present are skipped."""
        labels = load_catalog(language()).vocab("target_group_suggestions")
        wanted = [one_of(key, labels, "keys") for key in keys]
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            query = select(TargetGroupRow.name).where(TargetGroupRow.municipality_id == municipality_id)
            taken = {name_key(n) for n in s.scalars(query)}
            created: list[TargetGroupRow] = []
            for key in wanted:
                name = labels[key]
                if name_key(name) in taken:
                    continue
                taken.add(name_key(name))
                row = TargetGroupRow(municipality_id=municipality_id, name=name, description="")
                s.add(row)
                self._log(s, "create", row, name)
                created.append(row)
            return [_dto(r) for r in created]


def _refuse_duplicate(s: Session, municipality_id: str, name: str, own_id: str | None) -> None:
    # Compared in Python with the one name key: SQLite's lower() leaves umlauts alone.
    wanted = name_key(name)
    rows = s.execute(
        select(TargetGroupRow.id, TargetGroupRow.name).where(
            TargetGroupRow.municipality_id == municipality_id
        )
    )
    if any(name_key(n) == wanted and i != own_id for i, n in rows):
        raise ValidationError(
            t(f"Die Zielgruppe „{name}“ gibt es schon.", f"The target group “{name}” already exists."), "name"
        )


def _usage(s: Session, column: object, ids: object) -> dict[str, int]:
    query = select(column, func.count()).where(column.in_(ids)).group_by(column)  # type: ignore[attr-defined]
    return {str(group_id): count for group_id, count in s.execute(query)}
