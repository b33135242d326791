"""Municipalities and their process settings (occasions chosen, own concern)."""

from __future__ import annotations

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
            rows = [to_dto(r) for r in s.scalars(select(MunicipalityRow))]
        # Sorted in Python: the databases collate differently, and "Ölbronn" belongs with the O's.
        return sorted(rows, key=lambda m: (sort_key(m.name), m.name))

    def get(self, municipality_id: str) -> Municipality:
        with self._read() as s:
            return to_dto(self._get(s, MunicipalityRow, municipality_id))

    def find_by_name(self, name: str) -> Municipality | None:
        """By the one name key (case, joiners, spacing ignored), the same on both databases."""
        with self._read() as s:
            row = s.scalars(select(MunicipalityRow).where(MunicipalityRow.name_key == name_key(name))).first()
            return to_dto(row) if row is not None else None

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

    def delete(self, municipality_id: str) -> None:
        with self._write() as s:
            row = self._get(s, MunicipalityRow, municipality_id)
            self._log(s, "delete", row, row.name)
            s.delete(row)

    def process_state(self, municipality_id: str) -> ProcessState:
        with self._read() as s:
            settings = s.scalars(
                select(ProcessSettings).where(ProcessSettings.municipality_id == municipality_id)
            ).first()

            def count(model: type, *where: object) -> int:
                query = (
                    select(func.count()).select_from(model).where(model.municipality_id == municipality_id)
                )
                return s.scalar(query.where(*where)) or 0

            counts = {
                "target_groups": count(TargetGroup),
                # Progress counts catalogue barriers only ("18 von 27"); own barriers come on top.
                "barriers_assessed": count(
                    BarrierAssessment,
                    BarrierAssessment.relevance.is_not(None),
                    BarrierAssessment.barrier_key.is_not(None),
                ),
                "barriers_high": count(BarrierAssessment, BarrierAssessment.relevance >= 3),
                "actors": count(Actor, Actor.deleted_at.is_(None)),
                "migrant_orgs": count(Actor, Actor.deleted_at.is_(None), Actor.type == "migrant_org"),
                "links": count(ActorLink),
                "rounds": count(PillarRound),
                "scores": self._latest_round_scores(s, municipality_id),
                "events": count(Event),
                "ideas": count(Idea),
                "measures": count(Measure),
                "opening_checklists": count(ChecklistInstance, ChecklistInstance.template_key == "opening"),
                "anchoring_checklists": count(
                    ChecklistInstance, ChecklistInstance.template_key == "anchoring"
                ),
            }
            return ProcessState(
                occasions=tuple(settings.occasions) if settings else (),
                own_concern=settings.own_concern if settings else "",
                counts=counts,
            )

    @staticmethod
    def _latest_round_scores(s: Session, municipality_id: str) -> int:
        """Scores of the latest round: progress means the current assessment, not all rounds added up.

        "Latest" is the last round in PillarService.rounds() order (held_on IS NULL, held_on,
        created_at, id): a round without a date is a planned one and counts as the newest. The
        ``IS NULL`` key is a plain boolean expression, so SQLite and PostgreSQL order alike
        (their NULLS FIRST/LAST defaults differ).
        """
        latest = s.scalar(
            select(PillarRound.id)
            .where(PillarRound.municipality_id == municipality_id)
            .order_by(
                PillarRound.held_on.is_(None).desc(),
                PillarRound.held_on.desc(),
                PillarRound.created_at.desc(),
                PillarRound.id.desc(),
            )
            .limit(1)
        )
        if latest is None:
            return 0
        query = select(func.count()).where(
            IndicatorScore.round_id == latest, IndicatorScore.score.is_not(None)
        )
        return s.scalar(query) or 0

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
