"""Engagement opportunities (Mitmach-Angebote), their texts per language and the outreach texts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

STATUSES = ("open", "paused", "ended")
CONTACTS = ("organisation", "person")
REVIEW = ("unreviewed", "reviewed")


@dataclass(frozen=True, slots=True)
class LanguageText:
    """An opportunity's title and description in one language."""

    language: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Promoter:
    """A measure that promotes an opportunity (0007)."""

    id: str
    title: str


@dataclass(frozen=True)
class Opportunity:
    id: str
    municipality_id: str
    actor_id: str
    actor_name: str
    actor_type: str
    actor_trashed: bool  # the actor is in the trash: left out of documents, flagged on the page
    title: str
    kind: str
    what: str
    when_where: str
    time_needed: str
    languages: tuple[str, ...]  # spoken there
    features: tuple[str, ...]
    contact: str  # organisation | person
    publish_consent_on: date | None  # consent to publish the contact person, recorded on
    valid_until: date | None
    status: str
    texts: tuple[LanguageText, ...]
    version: int
    updated_at: datetime | None = None
    promoted_by: tuple[Promoter, ...] = ()  # measures that promote it, by title

    def text(self, language: str) -> LanguageText | None:
        """The title and description in ``language`` (German from the record itself)."""
        if language == "de":
            return LanguageText("de", self.title, self.what) if self.what.strip() else None
        for item in self.texts:
            if item.language == language and item.description.strip():
                return item
        return None

    def described_in(self, codes: Sequence[str]) -> tuple[str, ...]:
        return tuple(c for c in codes if self.text(c) is not None)

    def missing(self, codes: Sequence[str]) -> tuple[str, ...]:
        """The languages of ``codes`` this opportunity has no description in."""
        return tuple(c for c in codes if self.text(c) is None)

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and self.valid_until < today

    def printable(self, today: date) -> bool:
        """Open, not expired, its actor not in the trash: what the document lists."""
        return self.status == "open" and not self.expired(today) and not self.actor_trashed


@dataclass
class OpportunityInput:
    actor_id: str = ""
    title: str = ""
    kind: str = "other"
    what: str = ""
    when_where: str = ""
    time_needed: str = ""
    languages: Sequence[str] = field(default_factory=tuple)
    features: Sequence[str] = field(default_factory=tuple)
    contact: str = "organisation"
    publish_consent_on: date | None = None
    valid_until: date | None = None
    status: str = "open"
    texts: Sequence[LanguageText] = field(default_factory=tuple)

    @classmethod
    def of(cls, o: Opportunity) -> OpportunityInput:
        """The input that saves ``o`` as it is: what undo hands back to the service."""
        return cls(
            actor_id=o.actor_id,
            title=o.title,
            kind=o.kind,
            what=o.what,
            when_where=o.when_where,
            time_needed=o.time_needed,
            languages=o.languages,
            features=o.features,
            contact=o.contact,
            publish_consent_on=o.publish_consent_on,
            valid_until=o.valid_until,
            status=o.status,
            texts=o.texts,
        )


@dataclass(frozen=True)
class OutreachText:
    """A municipality's wording of a built-in text in one language; ``id`` None while never saved."""

    topic: str
    language: str
    body: str  # "" = the built-in wording
    review_status: str
    reviewed_by: str
    reviewed_on: date | None
    id: str | None = None
    version: int | None = None


@dataclass(frozen=True)
class PrintedContact:
    """The contact an opportunity shows in a document, and why a contact person was left out."""

    name: str
    phone: str
    email: str
    left_out: str = ""  # "" or "no_consent": the contact person was not printed

    @property
    def uri(self) -> str:
        """What its QR code holds: a tel: URI, else a mailto: URI, else ""."""
        if self.phone:
            return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if self.email:
            return "mailto:" + self.email
        return ""


@dataclass(frozen=True)
class LeftOut:
    """An opportunity or a contact a document does not show, and why (no_consent, expired, trashed)."""

    title: str
    actor_name: str
    reason: str


@dataclass(frozen=True)
class OutreachMaterial:
    """Everything the outreach document prints for one municipality."""

    municipality: str
    opportunities: tuple[tuple[Opportunity, PrintedContact], ...]
    texts: dict[tuple[str, str], str]  # (topic, language) → the municipality's wording
    left_out: tuple[LeftOut, ...]
