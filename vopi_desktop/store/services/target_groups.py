"""The municipality's target groups (older people, refugees, …) that barriers and measures refer to."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ...catalog import load_catalog
from ...lang import language, t
from ...textsort import sort_key
from ..dto.barriers import RemovedTargetGroup, TargetGroup, TargetGroupInput
from ..errors import ValidationError
from ..models import BarrierAssessment, Measure, Municipality, barrier_target_groups, measure_target_groups
from ..models import TargetGroup as TargetGroupRow
from ..names import name_key
from ..rows.target_groups import to_dto, usage
from ..target_group_suggestions import VOCAB as SUGGESTIONS
from ..target_group_suggestions import suggestions_present
from .base import Service, one_of, text

DESCRIPTION_LIMIT = 5000


class TargetGroupService(Service):
    def list(self, municipality_id: str) -> list[TargetGroup]:
        """The municipality's target groups by name, with how many barriers and measures use each."""
        with self._read() as s:
            return self.list_in(s, municipality_id)

    @staticmethod
    def list_in(s: Session, municipality_id: str) -> list[TargetGroup]:
        rows = s.scalars(select(TargetGroupRow).where(TargetGroupRow.municipality_id == municipality_id))
        ids = select(TargetGroupRow.id).where(TargetGroupRow.municipality_id == municipality_id)
        used_b = usage(s, barrier_target_groups.c.target_group_id, ids)
        used_m = usage(s, measure_target_groups.c.target_group_id, ids)
        groups = [to_dto(r, used_b.get(r.id, 0), used_m.get(r.id, 0)) for r in rows]
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
            return to_dto(row)

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
            return to_dto(row)

    # ----- as a record for ui/record_commands (create, update, delete, restore)
    def create(self, municipality_id: str, data: TargetGroupInput) -> TargetGroup:
        return self.add(municipality_id, data.name, data.description)

    def update(self, group_id: str, data: TargetGroupInput, version: int | None) -> TargetGroup:
        return self.rename(group_id, data.name, data.description, version)

    def delete(self, group_id: str, version: int | None = None) -> RemovedTargetGroup:
        """Delete a group; barriers and measures simply lose the reference (the link rows cascade).
        Returns it with the barriers and measures that named it, so ``restore`` can link them again."""
        with self._write() as s:
            row = self._get(s, TargetGroupRow, group_id)
            self._check_version(row, version)
            b, m = barrier_target_groups.c, measure_target_groups.c
            barriers = s.scalars(select(b.barrier_assessment_id).where(b.target_group_id == row.id))
            measures = s.scalars(select(m.measure_id).where(m.target_group_id == row.id))
            gone = RemovedTargetGroup(
                row.municipality_id, to_dto(row), tuple(sorted(barriers)), tuple(sorted(measures))
            )
            self._log(s, "delete", row, row.name)
            s.delete(row)
            return gone

    def restore(self, gone: RemovedTargetGroup) -> TargetGroup:
        """Undo of ``delete``: the group under its id and version, linked again to the barriers and
        measures that still exist (without changing their versions, as the delete did not either)."""
        before, mid = gone.group, gone.municipality_id
        name = text(before.name, "name", required=True, name=True)
        with self._write() as s:
            self._get(s, Municipality, mid)
            _refuse_duplicate(s, mid, name, None)
            row = TargetGroupRow(id=before.id, municipality_id=mid, name=name, description=before.description)
            s.add(row)
            s.flush()
            links = (
                (BarrierAssessment, gone.barrier_ids, barrier_target_groups, "barrier_assessment_id"),
                (Measure, gone.measure_ids, measure_target_groups, "measure_id"),
            )
            for model, ids, table, column in links:
                query = select(model.id).where(model.id.in_(list(ids)), model.municipality_id == mid)
                for owner in s.scalars(query) if ids else ():
                    s.execute(table.insert().values({column: owner, "target_group_id": row.id}))
            # an inserted row is numbered 1: put the old counter back, so earlier edits still undo
            s.execute(
                update(TargetGroupRow).where(TargetGroupRow.id == row.id).values(version=before.version)
            )
            self._log(s, "restore", row, name)
            s.flush()
            s.expire_all()
            return next(g for g in self.list_in(s, mid) if g.id == row.id)

    def add_suggested(self, municipality_id: str, keys: Iterable[str]) -> list[TargetGroup]:
        """Add suggestions by vocab key in the current language; a suggestion a group already stands
        for, named in any language, is skipped."""
        labels = load_catalog(language()).vocab(SUGGESTIONS)
        wanted = [one_of(key, labels, "keys") for key in keys]
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            query = select(TargetGroupRow.name).where(TargetGroupRow.municipality_id == municipality_id)
            names = list(s.scalars(query))
            taken = {name_key(n) for n in names}
            held = suggestions_present(names)
            created: list[TargetGroupRow] = []
            for key in wanted:
                name = labels[key]
                if name_key(name) in taken or key in held:
                    continue
                taken.add(name_key(name))
                held.add(key)
                row = TargetGroupRow(municipality_id=municipality_id, name=name, description="")
                s.add(row)
                self._log(s, "create", row, name)
                created.append(row)
            return [to_dto(r) for r in created]


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
