"""The actor directory: organisations, their contact person (personal data) and the trash."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Text, cast, or_, select
from sqlalchemy.orm import Session

from ...catalog import load_catalog
from ...dates import checked_date
from ...lang import t
from ...textsort import sort_key
from ..base import utcnow
from ..dto.actors import Actor, ActorInput, ActorSummary
from ..errors import ValidationError
from ..models import Actor as ActorRow
from ..models import Municipality
from ..names import name_key
from ..rows.actors import dashed, to_dto
from .base import Service, email, integer, one_of, text

MAX_SIZE = 1_000_000

# The columns of the table view: one SELECT of plain columns, no ORM objects, for 10,000 rows. The ids
# and the JSON lists come as text and are decoded below (memoised: the same lists repeat a lot),
# which is several times faster than SQLAlchemy's per-value UUID and JSON processing.
_ACTORS = ActorRow.__table__.c  # table columns: the select stays Core (sets up no ORM mappers)
_SUMMARY_COLUMNS = (
    cast(_ACTORS.id, Text),
    cast(_ACTORS.municipality_id, Text),
    _ACTORS.name,
    _ACTORS.type,
    cast(_ACTORS.fields, Text),
    cast(_ACTORS.languages, Text),
    _ACTORS.size,
    _ACTORS.contact_name,
    or_(_ACTORS.contact_name != "", _ACTORS.contact_email != "", _ACTORS.contact_phone != ""),
    _ACTORS.review_date,
    _ACTORS.version,
    _ACTORS.deleted_at,
)


def _summaries(result: Iterable[Sequence[Any]]) -> list[ActorSummary]:
    lists: dict[str | None, tuple[str, ...]] = {}
    ids: dict[str, str] = {}

    def as_tuple(raw: str | None) -> tuple[str, ...]:
        if raw not in lists:
            lists[raw] = tuple(json.loads(raw) or ()) if raw else ()
        return lists[raw]

    def as_mid(raw: str) -> str:
        if raw not in ids:
            ids[raw] = dashed(raw)
        return ids[raw]

    return [
        ActorSummary(
            dashed(id_),
            as_mid(mid),
            name,
            kind,
            as_tuple(fields),
            as_tuple(langs),
            size,
            contact,
            bool(has),
            review,
            version,
            deleted,
        )
        for id_, mid, name, kind, fields, langs, size, contact, has, review, version, deleted in result
    ]


class ActorService(Service):
    def list(self, municipality_id: str | None, include_deleted: bool = False) -> builtins.list[ActorSummary]:
        """Light rows sorted by name; ``None`` lists the actors of all municipalities (consultant case)."""
        query = select(*_SUMMARY_COLUMNS)
        if municipality_id is not None:
            query = query.where(_ACTORS.municipality_id == municipality_id)
        if not include_deleted:
            query = query.where(_ACTORS.deleted_at.is_(None))
        with self._read() as s:
            rows = _summaries(s.connection().execute(query).all())
        # Sorted in Python, the same on SQLite and PostgreSQL; "Ökumenischer …" belongs with the O's.
        rows.sort(key=lambda a: (sort_key(a.name), a.id))
        return rows

    def list_all(self, include_deleted: bool = False) -> builtins.list[ActorSummary]:
        """Every municipality's actors at once, for the consultant who supports many of them."""
        return self.list(None, include_deleted)

    def get(self, actor_id: str) -> Actor:
        """The full record, also while it lies in the trash (``deleted_at`` tells)."""
        with self._read() as s:
            return to_dto(self._get(s, ActorRow, actor_id))

    def create(self, municipality_id: str, data: ActorInput) -> Actor:
        values = _validate(data)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            _refuse_duplicate(s, municipality_id, values["name"], None)
            row = ActorRow(municipality_id=municipality_id, **values)
            s.add(row)
            self._log(s, "create", row, row.name)
            return to_dto(row)

    def update(self, actor_id: str, data: ActorInput, version: int | None) -> Actor:
        values = _validate(data)
        with self._write() as s:
            row = self._get(s, ActorRow, actor_id)
            self._check_version(row, version)
            if row.deleted_at is not None:
                raise ValidationError(
                    t(
                        "Der Akteur liegt im Papierkorb. Stellen Sie ihn zuerst wieder her.",
                        "The actor is in the trash. Restore it first.",
                    )
                )
            _refuse_duplicate(s, row.municipality_id, values["name"], row.id)
            self._update(row, **values)
            self._log(s, "update", row, row.name)
            s.flush()
            return to_dto(row)

    def trash(self, actor_id: str, version: int | None = None) -> None:
        """Move to the trash: hidden everywhere, but links, events and measures keep pointing at it."""
        with self._write() as s:
            row = self._get(s, ActorRow, actor_id)
            self._check_version(row, version)
            if row.deleted_at is None:
                row.deleted_at = utcnow()
                self._log(s, "delete", row, "trash: " + row.name)

    def restore(self, actor_id: str) -> Actor:
        with self._write() as s:
            row = self._get(s, ActorRow, actor_id)
            if row.deleted_at is not None:
                _refuse_duplicate(s, row.municipality_id, row.name, row.id)
                row.deleted_at = None
                self._log(s, "restore", row, row.name)
                s.flush()
            return to_dto(row)

    def trash_list(self, municipality_id: str) -> builtins.list[ActorSummary]:
        """The trash of one municipality, most recently deleted first."""
        query = (
            select(*_SUMMARY_COLUMNS)
            .where(ActorRow.municipality_id == municipality_id, ActorRow.deleted_at.is_not(None))
            .order_by(ActorRow.deleted_at.desc())
        )
        with self._read() as s:
            return _summaries(s.connection().execute(query).all())

    def purge(self, actor_id: str) -> None:
        """Delete for good, only from the trash; the database drops its links and list entries with it."""
        with self._write() as s:
            row = self._get(s, ActorRow, actor_id)
            if row.deleted_at is None:
                raise ValidationError(
                    t(
                        "Nur Akteure im Papierkorb können endgültig gelöscht werden.",
                        "Only actors in the trash can be deleted for good.",
                    )
                )
            self._log(s, "delete", row, "purge: " + row.name)
            s.delete(row)


def _refuse_duplicate(s: Session, municipality_id: str, name: str, own_id: str | None) -> None:
    """Compared by the one name key (case, joiners, spacing ignored); the unique index on
    ``name_key`` catches what this check cannot see: a create at another workstation a moment ago."""
    query = select(ActorRow.id).where(
        ActorRow.municipality_id == municipality_id,
        ActorRow.name_key == name_key(name),
        ActorRow.deleted_at.is_(None),
    )
    if any(other_id != own_id for other_id in s.scalars(query)):
        raise ValidationError(
            t(
                f"Einen Akteur „{name}“ gibt es in dieser Kommune schon.",
                f"This municipality already has an actor called “{name}”.",
            ),
            "name",
        )


def _subset(values: list[str], vocab: dict[str, str], field: str) -> list[str]:
    """Known keys only, without repeats, in catalogue order."""
    for value in values:
        one_of(value, vocab, field)
    return [key for key in vocab if key in values]


def _error(de: str, en: str, field: str) -> ValidationError:
    return ValidationError(t(de, en), field)


def _validate(data: ActorInput) -> dict[str, Any]:
    """Check every field before anything is written; returns the normalised column values."""
    catalog = load_catalog()
    values: dict[str, Any] = {
        "name": text(data.name, "name", required=True, name=True),
        "type": one_of(data.type, catalog.vocab("actor_types"), "type"),
        "fields": _subset(list(data.fields), catalog.vocab("engagement_fields"), "fields"),
        "languages": _subset(list(data.languages), catalog.vocab("languages"), "languages"),
        "size": integer(data.size, "size", minimum=0, maximum=MAX_SIZE),
        "address": text(data.address, "address", limit=1000),
        "website": text(data.website, "website"),
        "org_email": email(data.org_email, "org_email"),
        "org_phone": text(data.org_phone, "org_phone", limit=60),
        "notes": text(data.notes, "notes", limit=10_000),
        "contact_name": text(data.contact_name, "contact_name", name=True),
        "contact_email": email(data.contact_email, "contact_email"),
        "contact_phone": text(data.contact_phone, "contact_phone", limit=60),
    }
    values.update(_personal_data_basis(data, values))
    return values


def _personal_data_basis(data: ActorInput, values: dict[str, Any]) -> dict[str, Any]:
    """GDPR: a contact person needs a legal basis, and a date to review or delete the details.

    Without a contact person nothing personal is stored, so basis and dates are cleared as well.
    """
    if not (values["contact_name"] or values["contact_email"] or values["contact_phone"]):
        return {"legal_basis": "", "consent_date": None, "review_date": None}
    basis = text(data.legal_basis, "legal_basis", limit=20)
    if not basis:
        raise _error(
            "Für die Kontaktperson fehlt die Rechtsgrundlage (Einwilligung oder öffentliche Aufgabe).",
            "The contact person needs a legal basis (consent or public task).",
            "legal_basis",
        )
    one_of(basis, load_catalog().vocab("legal_bases"), "legal_basis")
    consent = checked_date(data.consent_date, "consent_date") if basis == "consent" else None
    if basis == "consent":
        if consent is None:
            raise _error(
                "Bitte das Datum der Einwilligung angeben.",
                "Please enter the date of consent.",
                "consent_date",
            )
        if consent > date.today():
            raise _error(
                "Das Datum der Einwilligung darf nicht in der Zukunft liegen.",
                "The date of consent cannot be in the future.",
                "consent_date",
            )
    review = checked_date(data.review_date, "review_date")
    if review is None:
        raise _error(
            "Bitte ein Datum angeben, an dem die Kontaktdaten geprüft oder gelöscht werden.",
            "Please enter a date by which the contact details are reviewed or deleted.",
            "review_date",
        )
    if consent is not None and review <= consent:
        raise _error(
            "Das Prüf- oder Löschdatum muss nach dem Datum der Einwilligung liegen.",
            "The review or deletion date must be after the date of consent.",
            "review_date",
        )
    return {"legal_basis": basis, "consent_date": consent, "review_date": review}
