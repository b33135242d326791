"""Actors (organisations of the local network) as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """One light row of the actor table: enough to show, search, filter and sort 10,000 of them."""

    id: str
    municipality_id: str
    name: str
    type: str
    fields: tuple[str, ...]
    languages: tuple[str, ...]
    size: int | None
    contact_name: str
    has_contact: bool  # any contact-person data (name, e-mail or phone) is stored
    review_date: date | None
    version: int
    deleted_at: datetime | None = None  # set for rows of the trash


@dataclass(frozen=True)
class Actor:
    """The full record, for the detail panel and the edit dialog."""

    id: str
    municipality_id: str
    name: str
    type: str
    fields: tuple[str, ...]
    languages: tuple[str, ...]
    size: int | None
    address: str
    website: str
    org_email: str
    org_phone: str
    notes: str
    contact_name: str
    contact_email: str
    contact_phone: str
    legal_basis: str  # "" | consent | public_task
    consent_date: date | None
    review_date: date | None
    deleted_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_name or self.contact_email or self.contact_phone)


@dataclass
class ActorInput:
    """What the add/edit form hands to the service; the service validates and normalises it."""

    name: str
    type: str
    fields: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    size: int | None = None
    address: str = ""
    website: str = ""
    org_email: str = ""
    org_phone: str = ""
    notes: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    legal_basis: str = ""
    consent_date: date | None = None
    review_date: date | None = None
