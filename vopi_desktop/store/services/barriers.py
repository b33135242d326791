"""Barrier assessments (catalogue and own barriers) and the municipality's target groups.

The 27 catalogue barriers always appear in ``list``; a row is stored only once the user saves an
assessment, so a new municipality has an empty table and nothing to migrate when the catalogue grows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ...catalog import Catalog, load_catalog
from ...lang import language, t
from ...textsort import sort_key
from ..dto.barriers import BarrierInput, BarrierRow, TargetGroup
from ..errors import NotFoundError, StaleRecordError, ValidationError
from ..models import BarrierAssessment, Municipality, barrier_target_groups, measure_target_groups
from ..models import TargetGroup as TargetGroupRow
from .base import STALE, Service, one_of, optional_text, required_text

NOTE_LIMIT = 5000


def _catalog() -> Catalog:
    return load_catalog(language())


def _to_row(row: BarrierAssessment, catalog: Catalog) -> BarrierRow:
    key = row.barrier_key
    known = key is not None and key in {b.key for b in catalog.barriers}
    if known:
        barrier = catalog.barrier(key)  # type: ignore[arg-type]
        group, title, text = barrier.group, barrier.title, barrier.explanation
        position = catalog.barriers.index(barrier)
    else:  # an own barrier, or a key from a newer catalogue: show what was stored
        group, title, text = row.custom_group, row.custom_title or (key or ""), row.custom_description
        position = len(catalog.barriers)
    return BarrierRow(
        key=key,
        id=row.id,
        group=group,
        title=title,
        description=text,
        relevance=row.relevance,
        evidence_kind=row.evidence_kind,
        note=row.note,
        target_group_ids=tuple(sorted(g.id for g in row.target_groups)),
        version=row.version,
        position=position,
        updated_at=row.updated_at,
    )


def _unstored(catalog: Catalog, index: int) -> BarrierRow:
    barrier = catalog.barriers[index]
    return BarrierRow(
        key=barrier.key,
        id=None,
        group=barrier.group,
        title=barrier.title,
        description=barrier.explanation,
        relevance=None,
        evidence_kind="",
        note="",
        target_group_ids=(),
        version=None,
        position=index,
    )


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
            by_key: dict[str, BarrierAssessment] = {}
            own: list[BarrierRow] = []
            known = {b.key for b in catalog.barriers}
            for row in stored:
                key = row.barrier_key
                if key in known:
                    # Two rows for one key predate the unique index (0002): the newest counts.
                    best = by_key.get(key)  # type: ignore[arg-type]
                    if best is None or (row.updated_at, row.id) > (best.updated_at, best.id):
                        by_key[key] = row  # type: ignore[index]
                else:
                    own.append(_to_row(row, catalog))
            rows = [
                _to_row(by_key[b.key], catalog) if b.key in by_key else _unstored(catalog, i)
                for i, b in enumerate(catalog.barriers)
            ]
            return rows + own

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
            row.relevance = relevance
            row.evidence_kind = evidence
            row.note = note
            row.target_groups = groups
            if action == "create":
                self._insert(s, row)  # one INSERT with the values, so a new row starts at version 1
            self._log(s, action, row, f"{row.barrier_key or row.custom_title}: relevance {relevance}")
            s.flush()
            return _to_row(row, catalog)

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
            return _to_row(row, catalog)

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
            return _to_row(row, catalog)

    def update_custom(
        self, barrier_id: str, title: str, description: str, group: str, version: int | None
    ) -> BarrierRow:
        catalog = _catalog()
        values = self._validate_custom(title, description, group, catalog)
        with self._write() as s:
            row = self._get(s, BarrierAssessment, barrier_id)
            self._require_own(row)
            self._check_version(row, version)
            for name, value in values.items():
                setattr(row, name, value)
            self._log(s, "update", row, row.custom_title)
            s.flush()
            return _to_row(row, catalog)

    def delete_custom(self, barrier_id: str, version: int | None = None) -> None:
        """Delete an own barrier; catalogue barriers cannot be deleted, only reset."""
        with self._write() as s:
            row = self._get(s, BarrierAssessment, barrier_id)
            self._require_own(row)
            self._check_version(row, version)
            self._log(s, "delete", row, row.custom_title)
            s.delete(row)

    # ----- target groups
    def target_groups(self, municipality_id: str) -> list[TargetGroup]:
        """The municipality's target groups by name, with how many barriers and measures use each."""
        with self._read() as s:
            rows = s.scalars(select(TargetGroupRow).where(TargetGroupRow.municipality_id == municipality_id))
            ids = select(TargetGroupRow.id).where(TargetGroupRow.municipality_id == municipality_id)
            used_b = self._usage(s, barrier_target_groups.c.target_group_id, ids)
            used_m = self._usage(s, measure_target_groups.c.target_group_id, ids)
            groups = [_group_dto(r, used_b.get(r.id, 0), used_m.get(r.id, 0)) for r in rows]
            return sorted(groups, key=lambda g: (sort_key(g.name), g.name, g.id))

    def add_target_group(self, municipality_id: str, name: str, description: str = "") -> TargetGroup:
        name = required_text(name, "name", "einen Namen", "a name")
        description = optional_text(description, "description", NOTE_LIMIT)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            self._unique_name(s, municipality_id, name, None)
            row = TargetGroupRow(municipality_id=municipality_id, name=name, description=description)
            s.add(row)
            self._log(s, "create", row, name)
            return _group_dto(row)

    def rename_target_group(
        self, group_id: str, name: str, description: str | None = None, version: int | None = None
    ) -> TargetGroup:
        name = required_text(name, "name", "einen Namen", "a name")
        with self._write() as s:
            row = self._get(s, TargetGroupRow, group_id)
            self._check_version(row, version)
            self._unique_name(s, row.municipality_id, name, row.id)
            row.name = name
            if description is not None:
                row.description = optional_text(description, "description", NOTE_LIMIT)
            self._log(s, "update", row, name)
            s.flush()
            return _group_dto(row)

    def delete_target_group(self, group_id: str, version: int | None = None) -> None:
        """Delete a group; barriers and measures simply lose the reference (the link rows cascade)."""
        with self._write() as s:
            row = self._get(s, TargetGroupRow, group_id)
            self._check_version(row, version)
            self._log(s, "delete", row, row.name)
            s.delete(row)

    def add_suggested_target_groups(self, municipality_id: str, keys: Iterable[str]) -> list[TargetGroup]:
        """Add suggestions by vocab key in the current language; names already present are skipped."""
        labels = _catalog().vocab("target_group_suggestions")
        wanted = [one_of(key, labels, "keys") for key in keys]
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            taken = {
                n.casefold()
                for n in s.scalars(
                    select(TargetGroupRow.name).where(TargetGroupRow.municipality_id == municipality_id)
                )
            }
            created: list[TargetGroupRow] = []
            for key in wanted:
                name = labels[key]
                if name.casefold() in taken:
                    continue
                taken.add(name.casefold())
                row = TargetGroupRow(municipality_id=municipality_id, name=name, description="")
                s.add(row)
                self._log(s, "create", row, name)
                created.append(row)
            return [_group_dto(r) for r in created]

    # ----- helpers
    @staticmethod
    def _validate_assessment(data: BarrierInput, catalog: Catalog) -> tuple[int | None, str, str]:
        relevance = data.relevance
        if relevance is not None and (isinstance(relevance, bool) or relevance not in (0, 1, 2, 3)):
            raise ValidationError(
                t(
                    "Die Relevanz ist „nicht bewertet“ oder eine Zahl von 0 bis 3.",
                    "Relevance is “not assessed” or a number from 0 to 3.",
                ),
                "relevance",
            )
        evidence = (data.evidence_kind or "").strip()
        if evidence:
            one_of(evidence, catalog.vocab("evidence_kinds"), "evidence_kind")
        note = data.note or ""
        if len(note.strip()) > NOTE_LIMIT:
            raise ValidationError(
                t(
                    f"Die Notiz ist zu lang ({len(note.strip())} Zeichen, höchstens {NOTE_LIMIT}).",
                    f"The note is too long ({len(note.strip())} characters, at most {NOTE_LIMIT}).",
                ),
                "note",
            )
        return relevance, evidence, note.strip()

    @staticmethod
    def _validate_custom(title: str, description: str, group: str, catalog: Catalog) -> dict[str, str]:
        group = (group or "").strip()
        if group:
            one_of(group, {g.key for g in catalog.barrier_groups}, "group")
        return {
            "custom_title": required_text(title, "title", "einen Titel", "a title"),
            "custom_description": optional_text(description, "description", NOTE_LIMIT),
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

    @staticmethod
    def _unique_name(s: Session, municipality_id: str, name: str, own_id: str | None) -> None:
        # Compared in Python: SQLite's lower() leaves umlauts alone ("Ältere" ≠ "ältere").
        rows = s.execute(
            select(TargetGroupRow.id, TargetGroupRow.name).where(
                TargetGroupRow.municipality_id == municipality_id
            )
        )
        if any(n.casefold() == name.casefold() and i != own_id for i, n in rows):
            raise ValidationError(
                t(f"Die Zielgruppe „{name}“ gibt es schon.", f"The target group “{name}” already exists."),
                "name",
            )

    @staticmethod
    def _usage(s: Session, column: object, ids: object) -> dict[str, int]:
        query = select(column, func.count()).where(column.in_(ids)).group_by(column)  # type: ignore[attr-defined]
        return {str(group_id): count for group_id, count in s.execute(query)}
