"""An actor row as ``Actor``, and a stored UUID in its dashed form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dto.actors import Actor

if TYPE_CHECKING:
    from ..models import Actor as ActorRow


def dashed(raw: str) -> str:
    """SQLite stores a UUID as 32 hex digits, PostgreSQL hands out the dashed form: always dashed."""
    if len(raw) == 32:
        return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
    return raw


def to_dto(row: ActorRow) -> Actor:
    return Actor(
        id=row.id,
        municipality_id=row.municipality_id,
        name=row.name,
        type=row.type,
        fields=tuple(row.fields or ()),
        languages=tuple(row.languages or ()),
        size=row.size,
        address=row.address,
        website=row.website,
        org_email=row.org_email,
        org_phone=row.org_phone,
        notes=row.notes,
        contact_name=row.contact_name,
        contact_email=row.contact_email,
        contact_phone=row.contact_phone,
        legal_basis=row.legal_basis,
        consent_date=row.consent_date,
        review_date=row.review_date,
        deleted_at=row.deleted_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )
