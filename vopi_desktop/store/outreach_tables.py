"""The outreach tables (migration 0006): engagement opportunities, their texts per language, and the
municipality's own wording of the built-in explanatory texts with a review status.

Kept apart from ``tables.py`` (imported at its end, so the metadata always holds them).
"""

from sqlalchemy import JSON, Column, Date, String, Table, UniqueConstraint

from .schema_parts import ShortText, defaulted, metadata, owned_columns, reference

PERSONAL = {"personal": True}  # the exchange's "without personal data" drops these columns


# A Mitmach-Angebot of an actor: what one does, when, where, and whom to ask.
engagement_opportunity = Table(
    "engagement_opportunity",
    metadata,
    reference("actor_id", "actor.id", "CASCADE", nullable=False),
    Column("title", ShortText, nullable=False),
    defaulted("kind", String(30), "other"),  # outreach.json "kinds"
    defaulted("what"),  # what you do (German)
    defaulted("when_where"),
    defaulted("time_needed", String(20)),  # outreach.json "time_needed"
    defaulted("languages", JSON(), list),  # spoken there (vocab languages)
    defaulted("features", JSON(), list),  # outreach.json "features"
    # "person": the actor's contact person, printed only with consent to publication recorded
    # (publish_consent_on); otherwise the actor's general contact (org e-mail/phone).
    defaulted("contact", String(20), "organisation"),
    Column("publish_consent_on", Date, info=PERSONAL),
    Column("valid_until", Date),
    defaulted("status", String(20), "open"),  # open | paused | ended
    *owned_columns(),
)

# An opportunity's title and description in one language (German lives on the opportunity).
opportunity_text = Table(
    "opportunity_text",
    metadata,
    reference("opportunity_id", "engagement_opportunity.id", "CASCADE", nullable=False),
    Column("language", String(12), nullable=False),  # outreach.json language code
    defaulted("title", ShortText),
    defaulted("description"),
    *owned_columns(),
    UniqueConstraint("opportunity_id", "language"),
)

# The municipality's wording of one built-in text in one language, and who reviewed it when.
outreach_text = Table(
    "outreach_text",
    metadata,
    Column("topic", String(40), nullable=False),  # outreach.json text key
    Column("language", String(12), nullable=False),
    defaulted("body"),  # "" = the built-in wording
    defaulted("review_status", String(20), "unreviewed"),  # | reviewed
    defaulted("reviewed_by", ShortText, info=PERSONAL),
    Column("reviewed_on", Date),
    *owned_columns(),
    UniqueConstraint("municipality_id", "topic", "language"),
)
