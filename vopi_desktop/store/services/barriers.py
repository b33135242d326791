"""Barrier assessments (catalogue and own barriers) and the municipality's target groups.

The 27 catalogue barriers always appear in ``list``; a row is stored only once the user saves an
assessment, so a new municipality has an empty table and nothing to migrate when the catalogue grows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ...catalog import Catalog, load_catalog
from ...lang import language, t
from ..dto.barriers import BarrierInput, BarrierRow, OwnBarrierInput, RemovedBarrier, TargetGroup
from ..errors import NotFoundError, StaleRecordError, ValidationError
from ..models import BarrierAssessment, Measure, Municipality, measure_barriers
from ..models import TargetGroup as TargetGroupRow
from ..rows.barriers import barrier_row, barrier_rows
from .base import STALE, Service, one_of, text
from .target_groups import TargetGroupService

NOTE_LIMIT = 5000
T = TypeVar("T")


def _catalog() -> Catalog:
    return load_catalog(language())


def _group_dto(row: TargetGroupRow, barriers: int = 0, measures: int = 0) -> TargetGroup:
    return TargetGroup(row.id, row.name, row.description, row.version, barriers, measures)


class BarrierService(Service):
    # ----- barriers
    def list(self, municipality_id: str) -> list[BarrierRow]:
        """All catalogue barriers in catalogue order (stored or not), then the own barriers."""
        catalog = _catalog()
        with self._read() as s:
            stored = s.scalars(
                select(BarrierAssessment)
                .where(BarrierAssessment.municipality_id == municipality_id)
                .options(selectinload(BarrierAssessment.target_groups))
                .order_by(BarrierAssessment.created_at, BarrierAssessment.id)
            ).all()
            return barrier_rows(stored, catalog)

    def get(self, municipality_id: str, ref: str) -> BarrierRow:
        """One row by catalogue key or by assessment id."""
        for row in self.list(municipality_id):
            if ref in (row.key, row.id):
                return row
        raise NotFoundError(
            t("Dieses Hemmnis gibt es nicht (mehr).", "This barrier does not exist (any more).")
        )

    def save(self, municipality_id: str, data: BarrierInput, version: int | None) -> BarrierRow:
        """Create or update an assessment.

        ``version`` is what the caller read. For a catalogue barrier named by ``key``, None means
        "read as not yet stored": if a row has appeared since, the save is stale and refused.
        """
        catalog = _catalog()
        relevance, evidence, note = self._validate_assessment(data, catalog)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            groups = self._groups(s, municipality_id, data.target_group_ids)
            if data.id:
                row = self._own_row(s, municipality_id, data.id)
                self._check_version(row, version)
                action = "update"
            else:
                key = one_of(data.key or "", {b.key for b in catalog.barriers}, "key")
                row = self._catalogue_row(s, municipality_id, key)
                if (row is None) != (version is None):  # stored when read and gone now, or the reverse
                    raise StaleRecordError(t(*STALE))
                if row is None:
                    row = BarrierAssessment(municipality_id=municipality_id, barrier_key=key)
                    action = "create"
                else:
                    self._check_version(row, version)
                    action = "update"
            self._update(row, relevance=relevance, evidence_kind=evidence, note=note)
            # A change of the target groups alone bumps the version too (a concurrent edit is caught).
            self._set_collection(row, "target_groups", groups)
            if action == "create":
                self._insert(s, row)  # one INSERT with the values, so a new row starts at version 1
            self._log(s, action, row, f"{row.barrier_key or row.custom_title}: relevance {relevance}")
            s.flush()
            return barrier_row(row, catalog)

    def reset(self, municipality_id: str, ref: str, version: int | None) -> BarrierRow:
        """Back to "not assessed". The row stays, since measures may refer to it."""
        catalog_keys = {b.key for b in _catalog().barriers}
        data = BarrierInput(key=ref) if ref in catalog_keys else BarrierInput(id=ref)
        return self.save(municipality_id, data, version)

    def ensure_stored(self, municipality_id: str, key: str) -> BarrierRow:
        """The stored row of a catalogue barrier, created unassessed if needed (e.g. to link a measure)."""
        catalog = _catalog()
        one_of(key, {b.key for b in catalog.barriers}, "key")
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            row = self._catalogue_row(s, municipality_id, key)
            if row is None:
                row = BarrierAssessment(municipality_id=municipality_id, barrier_key=key)
                self._insert(s, row)
                self._log(s, "create", row, key)
            s.flush()
            return barrier_row(row, catalog)

    def add_custom(
        self, municipality_id: str, title: str, description: str = "", group: str = ""
    ) -> BarrierRow:
        catalog = _catalog()
        values = self._validate_custom(title, description, group, catalog)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            row = BarrierAssessment(municipality_id=municipality_id, barrier_key=None, **values)
            s.add(row)
            self._log(s, "create", row, row.custom_title)
            s.flush()
            return barrier_row(row, catalog)

    def update_custom(
        self, barrier_id: str, title: str, description: str, group: str, version: int | None
    ) -> BarrierRow:
        catalog = _catalog()
        values = self._validate_custom(title, description, group, catalog)
        with self._write() as s:
            row = self._get(s, BarrierAssessment, barrier_id)
            self._require_own(row)
            self._check_version(row, version)
            self._update(row, **values)
            self._log(s, "update", row, row.custom_title)
            s.flush()
            return barrier_row(row, catalog)

    def delete_custom(self, barrier_id: str, version: int | None = None) -> None:
        """Delete an own barrier; catalogue barriers cannot be deleted, only reset."""
        self.delete(barrier_id, version)

    # ----- own barriers as records (ui/record_commands: create, update, delete, restore)
    def create(self, municipality_id: str, data: OwnBarrierInput) -> BarrierRow:
        return self.add_custom(municipality_id, data.title, data.description, data.group)

    def update(self, barrier_id: str, data: OwnBarrierInput, version: int | None) -> BarrierRow:
        return self.update_custom(barrier_id, data.title, data.description, data.group, version)

    def delete(self, barrier_id: str, version: int | None = None) -> RemovedBarrier:
        """Delete an own barrier; returns it with its rating, target groups and the measures that
        named it, so ``restore`` can bring it back whole."""
        with self._write() as s:
            row = self._get(s, BarrierAssessment, barrier_id)
            self._require_own(row)
            self._check_version(row, version)
            link = measure_barriers.c
            measures = s.scalars(select(link.measure_id).where(link.barrier_assessment_id == row.id))
            gone = RemovedBarrier(
                row.municipality_id, barrier_row(row, _catalog()), tuple(sorted(measures)), row.created_at
            )
            self._log(s, "delete", row, row.custom_title)
            s.delete(row)
            return gone

    def restore(self, gone: RemovedBarrier) -> BarrierRow:
        """Undo of ``delete``: the own barrier under its id and version, its rating, and its links to
        the target groups and measures that still exist."""
        catalog, before, mid = _catalog(), gone.row, gone.municipality_id
        values = self._validate_custom(before.title, before.description, before.group, catalog)
        relevance, evidence, note = self._validate_assessment(BarrierInput(**_rating(before)), catalog)
        with self._write() as s:
            self._get(s, Municipality, mid)
            row = BarrierAssessment(
                id=before.id, municipality_id=mid, barrier_key=None, relevance=relevance,
                evidence_kind=evidence, note=note, **values,
            )  # fmt: skip
            if gone.created_at is not None:
                row.created_at = gone.created_at
            row.target_groups = _existing(s, TargetGroupRow, mid, before.target_group_ids)
            s.add(row)
            s.flush()
            for measure in _existing(s, Measure, mid, gone.measure_ids):
                s.execute(
                    measure_barriers.insert().values(measure_id=measure.id, barrier_assessment_id=row.id)
                )
            if before.version is not None:  # an inserted row is numbered 1: put the old counter back
                s.execute(
                    update(BarrierAssessment)
                    .where(BarrierAssessment.id == row.id)
                    .values(version=before.version)
                )
            self._log(s, "restore", row, row.custom_title)
            s.flush()
            s.expire_all()
            return barrier_row(self._get(s, BarrierAssessment, row.id), catalog)

    # ----- target groups: kept for existing callers; TargetGroupService (ws.target_groups) owns them
    def target_groups(self, municipality_id: str) -> list[TargetGroup]:
        return TargetGroupService(self._ctx).list(municipality_id)

    def add_target_group(self, municipality_id: str, name: str, description: str = "") -> TargetGroup:
        return TargetGroupService(self._ctx).add(municipality_id, name, description)

    def rename_target_group(
        self, group_id: str, name: str, description: str | None = None, version: int | None = None
    ) -> TargetGroup:
        return TargetGroupService(self._ctx).rename(group_id, name, description, version)

    def delete_target_group(self, group_id: str, version: int | None = None) -> None:
        TargetGroupService(self._ctx).delete(group_id, version)

    def add_suggested_target_groups(self, municipality_id: str, keys: Iterable[str]) -> list[TargetGroup]:
        return TargetGroupService(self._ctx).add_suggested(municipality_id, keys)

    # ----- helpers
    @staticmethod
    def _validate_assessment(data: BarrierInput, catalog: Catalog) -> tuple[int | None, str, str]:
        relevance = data.relevance
        if relevance is not None and (isinstance(relevance, bool) or not isinstance(relevance, int)):
            relevance = -1  # refused just below, with the message that says what is allowed
        if relevance is not None and relevance not in (0, 1, 2, 3):
            raise ValidationError(
                t(
                    "Die Relevanz ist „nicht bewertet“ oder eine Zahl von 0 bis 3.",
                    "Relevance is “not assessed” or a number from 0 to 3.",
                ),
                "relevance",
            )
        evidence = text(data.evidence_kind, "evidence_kind", limit=20)
        if evidence:
            one_of(evidence, catalog.vocab("evidence_kinds"), "evidence_kind")
        return relevance, evidence, text(data.note, "note", limit=NOTE_LIMIT)

    @staticmethod
    def _validate_custom(title: str, description: str, group: str, catalog: Catalog) -> dict[str, str]:
        group = text(group, "group", limit=30)
        if group:
            one_of(group, {g.key for g in catalog.barrier_groups}, "group")
        return {
            "custom_title": text(title, "title", required=True, name=True),
            "custom_description": text(description, "description", limit=NOTE_LIMIT),
            "custom_group": group,
        }

    @staticmethod
    def _catalogue_row(s: Session, municipality_id: str, key: str) -> BarrierAssessment | None:
        return s.scalars(
            select(BarrierAssessment)
            .where(BarrierAssessment.municipality_id == municipality_id, BarrierAssessment.barrier_key == key)
            .order_by(BarrierAssessment.updated_at.desc(), BarrierAssessment.id.desc())
        ).first()

    @staticmethod
    def _insert(s: Session, row: BarrierAssessment) -> None:
        """A first row that lost the race to someone else's (unique index, 0002) is a stale save."""
        s.add(row)
        try:
            s.flush()
        except IntegrityError as exc:
            raise StaleRecordError(t(*STALE)) from exc

    def _own_row(self, s: Session, municipality_id: str, barrier_id: str) -> BarrierAssessment:
        row = self._get(s, BarrierAssessment, barrier_id)
        if row.municipality_id != municipality_id:
            raise ValidationError(
                t(
                    "Das Hemmnis gehört zu einer anderen Kommune.",
                    "The barrier belongs to another municipality.",
                ),
                "id",
            )
        return row

    @staticmethod
    def _require_own(row: BarrierAssessment) -> None:
        if row.barrier_key is not None:
            raise ValidationError(
                t(
                    "Hemmnisse aus dem Katalog lassen sich nicht löschen, nur auf „nicht bewertet“ zurücksetzen.",
                    "Catalogue barriers cannot be deleted, only reset to “not assessed”.",
                ),
                "id",
            )

    @staticmethod
    def _groups(s: Session, municipality_id: str, ids: Sequence[str]) -> list[TargetGroupRow]:
        wanted = list(dict.fromkeys(ids or ()))
        if not wanted:
            return []
        rows = s.scalars(
            select(TargetGroupRow).where(
                TargetGroupRow.id.in_(wanted), TargetGroupRow.municipality_id == municipality_id
            )
        ).all()
        if len(rows) != len(wanted):
            raise ValidationError(
                t(
                    "Eine gewählte Zielgruppe gibt es in dieser Kommune nicht (mehr).",
                    "A chosen target group does not exist in this municipality (any more).",
                ),
                "target_groups",
            )
        return list(rows)


def _rating(row: BarrierRow) -> dict[str, object]:
    return {"relevance": row.relevance, "evidence_kind": row.evidence_kind, "note": row.note}


def _existing(s: Session, model: type[T], municipality_id: str, ids: Sequence[str]) -> list[T]:
    """The rows of ``ids`` that still exist in the municipality (a restore links only to those)."""
    if not ids:
        return []
    query = select(model).where(model.id.in_(list(ids)), model.municipality_id == municipality_id)  # type: ignore[attr-defined]
    return list(s.scalars(query))
