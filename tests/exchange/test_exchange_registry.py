"""The exported entities come from the models: a new table travels, or is named local-only on purpose."""

from __future__ import annotations

from vopi_desktop.exchange import codec
from vopi_desktop.exchange.registry import LOCAL_ONLY, by_name, entities, link_table_names
from vopi_desktop.store.base import Base


def test_every_table_is_exported_or_listed_as_local_only() -> None:
    exported = set(by_name()) | link_table_names()
    mapped = {mapper.local_table.name for mapper in Base.registry.mappers}
    for table in Base.metadata.tables:
        assert table in exported or table in LOCAL_ONLY, (
            f"{table} is neither exported in .vopi files nor listed in exchange.registry.LOCAL_ONLY"
        )
    assert not (exported & LOCAL_ONLY)
    assert mapped - LOCAL_ONLY <= exported


def test_every_exported_column_has_a_codec() -> None:
    for entity in entities():
        for column in entity.columns:
            assert codec.is_supported(column), (
                f"{entity.name}.{column.name}: no exchange codec for {column.type!r}"
            )


def test_parents_come_before_children() -> None:
    order = [e.name for e in entities()]
    for index, entity in enumerate(entities()):
        for target in entity.references.values():
            assert order.index(target) < index or target == entity.name


def test_contact_persons_are_personal_data() -> None:
    for entity in entities():
        for column in entity.columns:
            if column.name.startswith("contact_"):
                assert column.name in entity.personal
    assert {"contact_name", "contact_email", "contact_phone", "consent_date"} <= by_name()["actor"].personal


def test_local_and_derived_columns_do_not_travel() -> None:
    for entity in entities():
        names = {c.name for c in entity.columns}
        assert "version" not in names
        assert not (names & set(entity.derived))
        assert {"id", "updated_at"} <= names


def test_many_to_many_tables_are_lists_on_their_first_record() -> None:
    measure = by_name()["measure"]
    assert {link.field for link in measure.links} == {
        "target_groups",
        "barriers",
        "partners",
        "opportunities",
    }
    assert {link.other_entity for link in measure.links} == {
        "target_group",
        "barrier_assessment",
        "actor",
        "engagement_opportunity",
    }


def test_derived_keys_a_column_at_a_time_equal_the_models_own() -> None:
    """registry._COLUMNWISE computes name and pair keys without the models' per-row defaults: the
    same values for awkward names (joiners, case, spacing, NFKC) and ids in either order."""
    import uuid

    names = ["  Ayşe\u200c  Verein ", "STRASSE", "ǰ", "Müller", "ｆｕｌｌ ｗｉｄｔｈ", ""]
    ids = sorted(str(uuid.uuid4()) for _ in range(4))
    rows = {
        "name_key": [{"name": n} for n in names],
        "pair_key": [{"source_id": a, "target_id": b} for a in ids for b in ids if a != b],
    }
    seen = set()
    for entity in entities():
        for name, compute in entity.derived.items():
            sample = [dict(r) for r in rows[name]]
            assert entity.derive_columns[name](sample) == [compute(r) for r in sample], (entity.name, name)
            seen.add(name)
    assert seen == {"name_key", "pair_key"}
