"""The tables of the workspace (DESIGN.md section 5), as Core tables: the schema Alembic builds and
compares, what the documents read without the ORM (``report_reads.py``), and what ``models.py`` maps
its classes onto. A column's NOT NULL is spelt out (``nullable=False``): Core's default is NULL.
"""

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    UniqueConstraint,
)

from . import link_tables  # noqa: F401 - the link tables first, in the metadata's order as before
from .names import link_pair_key, name_key
from .partial_indexes import partial_index
from .schema_parts import (
    LongText,
    ShortText,
    UTCDateTime,
    defaulted,
    metadata,
    owned_columns,
    record_columns,
    reference,
    utcnow,
    uuid_column,
)


# Derived key columns (migration 0003). They carry the unique constraints on names, computed in
# Python so SQLite and PostgreSQL compare alike. DERIVED: never exported or imported, never edited;
# the column default fills them on every INSERT (ORM and Core, e.g. the demo's bulk load, as long as
# the name is in the row) and the models' validators keep them in step when the name changes. The
# database default '' is a trap for writers that bypass both: a second such row breaks the constraint
# instead of slipping past it.
def _name_key_default(context: object) -> str:
    return name_key(context.get_current_parameters()["name"])  # type: ignore[attr-defined]


def _pair_key_default(context: object) -> str:
    params = context.get_current_parameters()  # type: ignore[attr-defined]
    return link_pair_key(params["source_id"], params["target_id"])


def _name_key() -> Column:
    return Column("name_key", ShortText, nullable=False, default=_name_key_default, server_default="")


municipality = Table(
    "municipality",
    metadata,
    Column("name", ShortText, nullable=False),
    _name_key(),  # derived from name, see above
    Column("kind", String(20), nullable=False),  # vocab municipality_kinds
    Column("state", String(4), nullable=False),  # vocab federal_states
    Column("population", Integer),
    defaulted("contact_name", ShortText),
    defaulted("contact_email", ShortText),
    defaulted("contact_phone", String(60)),
    defaulted("is_example", Boolean(), False),
    *record_columns(),
    Index("uq_municipality_name_key", "name_key", unique=True),
)

process_settings = Table(
    "process_settings",
    metadata,
    defaulted("occasions", JSON(), list),
    defaulted("own_concern"),
    defaulted("phase_status", JSON(), dict),
    *owned_columns(),
    UniqueConstraint("municipality_id"),
)

target_group = Table(
    "target_group",
    metadata,
    Column("name", ShortText, nullable=False),
    defaulted("description"),
    *owned_columns(),
)

barrier_assessment = Table(
    "barrier_assessment",
    metadata,
    Column("barrier_key", String(10)),  # catalogue key, None for own barriers
    defaulted("custom_title", ShortText),
    defaulted("custom_description"),
    defaulted("custom_group", String(30)),
    Column("relevance", Integer),  # None = not assessed, else 0..3
    defaulted("evidence_kind", String(20)),
    defaulted("note"),
    *owned_columns(),
    # One row per catalogue barrier and municipality (own barriers have no key and may be many):
    # two first saves racing each other cannot both insert (migration 0002).
    partial_index(
        "uq_barrier_assessment_municipality_id_barrier_key",
        "municipality_id",
        "barrier_key",
        where="barrier_key IS NOT NULL",
    ),
)

actor = Table(
    "actor",
    metadata,
    Column("name", ShortText, nullable=False, index=True),
    _name_key(),  # derived from name, see above
    Column("type", String(30), nullable=False),  # vocab actor_types
    defaulted("fields", JSON(), list),
    defaulted("languages", JSON(), list),
    Column("size", Integer),  # members or active people
    defaulted("address"),
    defaulted("website", ShortText),
    defaulted("org_email", ShortText),
    defaulted("org_phone", String(60)),
    defaulted("notes"),
    # Contact person: personal data under GDPR, hence legal basis and dates.
    defaulted("contact_name", ShortText),
    defaulted("contact_email", ShortText),
    defaulted("contact_phone", String(60)),
    defaulted("legal_basis", String(20)),  # consent | public_task
    Column("consent_date", Date),
    Column("review_date", Date),
    # where the actor sits on this computer's map: view state (exchange/registry.py ``view``)
    Column("map_x", Float, info={"view": True}),
    Column("map_y", Float, info={"view": True}),
    Column("deleted_at", UTCDateTime(), index=True),  # in the trash
    *owned_columns(),
    # One live actor per name and municipality; one in the trash may share it (restore checks again).
    partial_index(
        "uq_actor_municipality_id_name_key", "municipality_id", "name_key", where="deleted_at IS NULL"
    ),
)

actor_link = Table(
    "actor_link",
    metadata,
    reference("source_id", "actor.id", "CASCADE", nullable=False),
    reference("target_id", "actor.id", "CASCADE", nullable=False),
    Column("kind", String(20), nullable=False),  # vocab link_kinds
    defaulted("strength", Integer, 1),  # 1..3
    defaulted("note"),
    # Derived (see above): the two actor ids, smaller first, so A–B and B–A are one pair.
    Column("pair_key", String(80), nullable=False, default=_pair_key_default, server_default=""),
    *owned_columns(),
    # One link per pair (either direction) and kind.
    Index("uq_actor_link_pair_key", "pair_key", "kind", unique=True),
)

pillar_round = Table(
    "pillar_round",
    metadata,
    Column("title", ShortText, nullable=False),
    defaulted("kind", String(20), "baseline"),  # baseline | follow_up
    Column("held_on", Date),
    defaulted("participants"),
    *owned_columns(),
)

indicator_score = Table(
    "indicator_score",
    metadata,
    reference("round_id", "pillar_round.id", "CASCADE", nullable=False),
    Column("indicator_key", String(30), nullable=False),
    Column("score", Integer),  # 1..5
    defaulted("note"),
    *owned_columns(),
    UniqueConstraint("round_id", "indicator_key"),
)

event = Table(
    "event",
    metadata,
    Column("kind", String(30), nullable=False),  # catalogue method key or "other"
    Column("title", ShortText, nullable=False),
    Column("held_on", Date),
    defaulted("time_from", String(10)),
    defaulted("time_to", String(10)),
    defaulted("place", ShortText),
    defaulted("moderation", ShortText),
    defaulted("minute_taker", ShortText),
    Column("participants_total", Integer),
    Column("participants_migration", Integer),
    defaulted("agenda"),
    defaulted("results"),
    defaulted("decisions"),
    defaulted("open_points"),
    Column("next_date", Date),
    # The method's own protocol sections (World Café rounds, the five phases of a Zukunftskonferenz,
    # agreements of a Runder Tisch, exchange of a Netzwerktreffen); shape checked by the event service.
    defaulted("protocol", JSON(), dict),
    *owned_columns(),
)

measure = Table(
    "measure",
    metadata,
    Column("title", ShortText, nullable=False),
    defaulted("goal"),
    defaulted("kind", String(30)),  # catalogue approach key or ""
    defaulted("pillars", JSON(), list),
    defaulted("channels", JSON(), list),
    defaulted("languages", JSON(), list),
    reference("responsible_actor_id", "actor.id", "SET NULL", index=False),
    defaulted("responsible_person", ShortText),
    Column("start_on", Date),
    Column("end_on", Date),
    Column("budget", Numeric(12, 2, asdecimal=False)),  # planned, euros
    Column("budget_spent", Numeric(12, 2, asdecimal=False)),
    defaulted("status", String(20), "planned"),  # vocab measure_status
    defaulted("success_indicator"),
    defaulted("result"),
    *owned_columns(),
)

# One Arbeitsschritt of a measure: what, who, by when, done.
measure_step = Table(
    "measure_step",
    metadata,
    reference("measure_id", "measure.id", "CASCADE", nullable=False),
    defaulted("position", Integer, 0),
    Column("what", LongText, nullable=False),
    defaulted("who", ShortText),
    Column("due_on", Date),
    defaulted("done", Boolean(), False),
    *owned_columns(),
)

idea = Table(
    "idea",
    metadata,
    Column("text", LongText, nullable=False),
    reference("event_id", "event.id", "SET NULL"),
    defaulted("pillar", String(20)),
    defaulted("votes", Integer, 0),
    defaulted("status", String(20), "new"),  # vocab idea_status
    defaulted("reject_reason"),
    # The measure the idea became: the link both ways (a measure lists the ideas pointing at it).
    reference("measure_id", "measure.id", "SET NULL"),
    *owned_columns(),
)

checklist_instance = Table(
    "checklist_instance",
    metadata,
    Column("template_key", String(30), nullable=False),  # catalogue checklist key
    reference("actor_id", "actor.id", "CASCADE"),  # None: the municipality itself is the subject
    defaulted("title", ShortText),
    *owned_columns(),
    # One opening checklist per actor and one anchoring checklist per municipality: two workstations
    # starting the same checklist at once get one record and a clear message (migration 0005).
    partial_index(
        "uq_checklist_instance_template_key_actor_id",
        "template_key",
        "actor_id",
        where="actor_id IS NOT NULL",
    ),
    partial_index(
        "uq_checklist_instance_municipality_id_template_key",
        "municipality_id",
        "template_key",
        where="actor_id IS NULL",
    ),
)

checklist_item_state = Table(
    "checklist_item_state",
    metadata,
    reference("instance_id", "checklist_instance.id", "CASCADE", nullable=False),
    Column("item_key", String(30), nullable=False),  # catalogue key, or "own.<hex>" for an own item
    defaulted("section_key", String(30)),  # own items: the section they sit in
    defaulted("custom_text"),  # own items: their statement
    defaulted("status", String(20), "open"),
    defaulted("note"),
    defaulted("responsible", ShortText),
    Column("due_on", Date),
    *owned_columns(),
    UniqueConstraint("instance_id", "item_key"),
)

# A municipality's own practice example (the built-in ones live in the catalogue).
practice_example = Table(
    "practice_example",
    metadata,
    Column("title", ShortText, nullable=False),
    defaulted("description"),  # what was done
    defaulted("helped"),  # what helped
    defaulted("source", ShortText),
    defaulted("pillars", JSON(), list),
    defaulted("tags", JSON(), list),
    defaulted("item_keys", JSON(), list),  # checklist items it speaks to
    defaulted("barrier_keys", JSON(), list),  # catalogue barriers it addresses
    reference("contact_actor_id", "actor.id", "SET NULL"),
    *owned_columns(),
)

# Where the municipality placed the topic in its administration, and why (one per municipality).
placement_decision = Table(
    "placement_decision",
    metadata,
    Column("option_key", String(30), nullable=False),  # catalogue placement key
    Column("recommended_key", String(30), nullable=False),  # what the guidance recommended then
    defaulted("accepted", Boolean(), True),  # False: the recommendation was overruled
    Column("decided_on", Date),
    defaulted("reasons"),
    *owned_columns(),
    UniqueConstraint("municipality_id"),
)

# Who changed what and when; stays local, never exported.
change_log = Table(
    "change_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime(), nullable=False, default=utcnow, index=True),
    Column("who", ShortText, nullable=False),
    uuid_column("municipality_id", index=True),
    Column("action", String(20), nullable=False),  # create | update | delete | restore | import
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(40), nullable=False),
    defaulted("summary"),
)

# Tombstones (0008): one record deleted here, which kind (the table), its id, its municipality, when.
deletion = Table(
    "deletion",
    metadata,
    uuid_column("id", primary_key=True),  # the deleted record's
    reference("municipality_id", "municipality.id", "CASCADE", nullable=False),
    Column("entity", String(40), nullable=False),
    Column("deleted_at", UTCDateTime(), nullable=False),
)

from .outreach_tables import engagement_opportunity, opportunity_text, outreach_text  # noqa: E402, F401
