"""Municipalities and their process settings (occasions chosen, own concern)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ...catalog import load_catalog
from ...lang import t
from ..dto.municipality import Municipality, MunicipalityInput, ProcessState
from ..errors import ValidationError
from ..models import Municipality as MunicipalityRow
from ..models import (
    ProcessSettings,
)
from ..rows.municipality import all_places, place_named, process_states, to_dto
from . import municipality_removal as removal
from .base import Service, email, integer, one_of, text

MAX_POPULATION = 20_000_000


class MunicipalityService(Service):
    def list(self) -> list[Municipality]:
        with self._read() as s:
            return all_places(s)

    def get(self, municipality_id: str) -> Municipality:
        with self._read() as s:
            return to_dto(self._get(s, MunicipalityRow, municipality_id))

    def find_by_name(self, name: str) -> Municipality | None:
        """By the one name key (case, joiners, spacing ignored), the same on both databases."""
        with self._read() as s:
            return place_named(s, name)

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
