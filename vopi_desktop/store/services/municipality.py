"""Municipalities and their process settings (occasions chosen, own concern)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...catalog import load_catalog
from ...lang import t
from ...textsort import sort_key
from ..dto.municipality import Municipality, MunicipalityInput, ProcessState
from ..errors import ValidationError
from ..models import (
    Actor,
    ActorLink,
    BarrierAssessment,
    ChecklistInstance,
    Event,
    Idea,
    IndicatorScore,
    Measure,
    PillarRound,
    ProcessSettings,
    TargetGroup,
)
from ..models import Municipality as MunicipalityRow
from ..names import name_key
from . import municipality_removal as removal
from .base import Service, email, integer, one_of, text

MAX_POPULATION = 20_000_000


def to_dto(row: MunicipalityRow) -> Municipality:
    return Municipality(
        id=row.id,
        name=row.name,
        kind=row.kind,
        state=row.state,
        population=row.population,
        contact_name=row.contact_name,
        contact_email=row.contact_email,
        contact_phone=row.contact_phone,
        is_example=row.is_example,
        version=row.version,
    )


class MunicipalityService(Service):
    def list(self) -> list[Municipality]:
        with self._read() as s:
            rows = [to_dto(r) for r in s.execute(select(MunicipalityRow.__table__))]  # type: ignore[arg-type]
        # Sorted in Python: the databases collate differently, and "Ölbronn" belongs with the O's.
        return sorted(rows, key=lambda m: (sort_key(m.name), m.name))

    def get(self, municipality_id: str) -> Municipality:
        with self._read() as s:
            return to_dto(self._get(s, MunicipalityRow, municipality_id))

    def find_by_name(self, name: str) -> Municipality | None:
        """By the one name key (case, joiners, spacing ignored), the same on both databases."""
        with self._read() as s:
            places = _c(MunicipalityRow)  # Core: `report --municipality` sets up no ORM mapper
            row = s.execute(
                select(MunicipalityRow.__table__).where(places.name_key == name_key(name))
            ).first()
            return to_dto(row) if row is not None else None  # type: ignore[arg-type]

    def create(self, data: MunicipalityInput) -> Municipality:
        values = self._validate(data)
        self._refuse_duplicate(str(values["name"]), None)
        with self._write() as s:
            row = MunicipalityRow(**values, is_example=data.is_example)
            s.add(row)
            s.flush()
            s.add(ProcessSettings(municipality_id=row.id, occasions=[], phase_status={}))
            self._log(s, "create", row, row.name)
            return to_dto(row)

    def update(self, municipality_id: str, data: MunicipalityInput, version: int | None) -> Municipality:
        values = self._validate(data)
        self._refuse_duplicate(str(values["name"]), municipality_id)
        with self._write() as s:
            row = self._get(s, MunicipalityRow, municipality_id)
            self._check_version(row, version)
            self._update(row, **values)
            self._log(s, "update", row, row.name)
            s.flush()
            return to_dto(row)

    def contents(self, municipality_id: str) -> dict[str, int]:
        """What a delete would take with it, per kind (``municipality_removal.CONTENTS``)."""
        with self._read() as s:
            self._get(s, MunicipalityRow, municipality_id)
            return removal.contents(s, municipality_id)

    def delete(
        self,
        municipality_id: str,
        version: int | None = None,
        backups_dir: Path | None = None,
        keep: int = 10,
    ) -> Path | None:
        """The municipality and everything it owns (the database cascades), in one transaction; on
        SQLite with ``backups_dir`` the file is backed up first (returned). A copy older than the
        stored record is refused, before the backup too."""
        with self._read() as s:
            self._check_version(self._get(s, MunicipalityRow, municipality_id), version)
        saved = removal.backup_before_delete(self._ctx.sessions.kw["bind"], backups_dir, keep)
        with self._write() as s:
            row = self._get(s, MunicipalityRow, municipality_id)
            self._check_version(row, version)
            self._log(s, "delete", row, row.name)
            s.delete(row)
        return saved

    def process_state(self, municipality_id: str) -> ProcessState:
        with self._read() as s:
            return process_states(s, [municipality_id])[municipality_id]

    def set_occasions(self, municipality_id: str, occasions: list[str], own_concern: str = "") -> None:
        known = {o.key for o in load_catalog().occasions}
        concern = text(own_concern, "own_concern", limit=5000)
        for key in occasions:
            one_of(key, known, "occasions")
        with self._write() as s:
            self._get(s, MunicipalityRow, municipality_id)
            row = s.scalars(
                select(ProcessSettings).where(ProcessSettings.municipality_id == municipality_id)
            ).first()
            if row is None:
                row = ProcessSettings(municipality_id=municipality_id, phase_status={})
                s.add(row)
            self._update(
                row,
                occasions=[o.key for o in load_catalog().occasions if o.key in occasions],
                own_concern=concern,
            )
            self._log(s, "update", row, "occasions: " + ", ".join(row.occasions))

    def _refuse_duplicate(self, name: str, own_id: str | None) -> None:
        other = self.find_by_name(name)
        if other is not None and other.id != own_id:
            raise ValidationError(
                t(f"Eine Kommune „{name}“ gibt es schon.", f"A municipality “{name}” exists already."), "name"
            )

    @staticmethod
    def _validate(data: MunicipalityInput) -> dict[str, object]:
        catalog = load_catalog()
        return {
            "name": text(data.name, "name", required=True, name=True),
            "kind": one_of(data.kind, catalog.vocab("municipality_kinds"), "kind"),
            "state": one_of(data.state, catalog.vocab("federal_states"), "state"),
            "population": integer(data.population, "population", minimum=1, maximum=MAX_POPULATION),
            "contact_name": text(data.contact_name, "contact_name", name=True),
            "contact_email": email(data.contact_email, "contact_email"),
            "contact_phone": text(data.contact_phone, "contact_phone", limit=60),
        }


def _c(model: Any) -> Any:
    """A model's table columns: selects over them stay Core, so a read sets up no ORM mappers (the
    documents' whole read is Core; ``report_reads.py``)."""
    return model.__table__.c


def process_states(s: Session, ids: Sequence[str]) -> dict[str, ProcessState]:
    """Each municipality's settings and progress counts, grouped: a query per count, whatever the
    number of municipalities (the Start page asks for one, the documents for all)."""
    settings: dict[str, Any] = {}
    for row in s.execute(
        select(ProcessSettings.__table__).where(_c(ProcessSettings).municipality_id.in_(ids))
    ):
        settings.setdefault(row.municipality_id, row)  # the service takes the first

    def count(model: Any, *where: object) -> dict[str, int]:
        column = _c(model).municipality_id
        query = select(column, func.count()).where(column.in_(ids), *where).group_by(column)
        return {str(mid): n for mid, n in s.execute(query)}

    barrier, actor, checklist = _c(BarrierAssessment), _c(Actor), _c(ChecklistInstance)
    counts = {
        "target_groups": count(TargetGroup),
        # Progress counts catalogue barriers only ("18 von 27"); own barriers come on top.
        "barriers_assessed": count(
            BarrierAssessment, barrier.relevance.is_not(None), barrier.barrier_key.is_not(None)
        ),
        "barriers_high": count(BarrierAssessment, barrier.relevance >= 3),
        "actors": count(Actor, actor.deleted_at.is_(None)),
        "migrant_orgs": count(Actor, actor.deleted_at.is_(None), actor.type == "migrant_org"),
        "links": count(ActorLink),
        "rounds": count(PillarRound),
        "scores": _latest_round_scores(s, ids),
        "events": count(Event),
        "ideas": count(Idea),
        "measures": count(Measure),
        "opening_checklists": count(ChecklistInstance, checklist.template_key == "opening"),
        "anchoring_checklists": count(ChecklistInstance, checklist.template_key == "anchoring"),
    }
    out = {}
    for mid in ids:
        row = settings.get(mid)
        out[mid] = ProcessState(
            occasions=tuple(row.occasions) if row else (),
            own_concern=row.own_concern if row else "",
            counts={name: values.get(mid, 0) for name, values in counts.items()},
        )
    return out


def _latest_round_scores(s: Session, ids: Sequence[str]) -> dict[str, int]:
    """Scored indicators of each municipality's latest round, in the service's order of rounds:
    undated (planned) rounds newest, then by date, created_at and id."""
    r, score = _c(PillarRound), _c(IndicatorScore)
    rounds = s.execute(
        select(r.municipality_id, r.id, r.held_on, r.created_at).where(r.municipality_id.in_(ids))
    ).all()
    latest: dict[str, tuple] = {}
    for mid, rid, held_on, created in rounds:
        rank = (held_on is None, held_on or date.min, created, rid)
        if mid not in latest or rank > latest[mid][0]:
            latest[mid] = (rank, rid)
    if not latest:
        return {}
    scored = dict(
        s.execute(
            select(score.round_id, func.count())
            .where(score.round_id.in_([rid for _rank, rid in latest.values()]), score.score.is_not(None))
            .group_by(score.round_id)
        ).all()
    )
    return {mid: scored.get(rid, 0) for mid, (_rank, rid) in latest.items()}
