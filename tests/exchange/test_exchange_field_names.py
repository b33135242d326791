"""Every field a record carries in a .vopi file has a German and an English name for the import
preview and ``import --dry-run`` (was the column's name for most of them: "votes", "start on",
"responsible actor id")."""

from __future__ import annotations

from vopi_desktop.exchange.labels import FIELDS, field_name
from vopi_desktop.exchange.registry import entities
from vopi_desktop.lang import set_language

LOCAL = {"id", "created_at", "updated_at", "version", "municipality_id"}  # never a difference


def _fields() -> list[tuple[str, str]]:
    out = []
    for entity in entities():
        out += [(entity.name, c.name) for c in entity.columns if c.name not in LOCAL | set(entity.view)]
        out += [(entity.name, link.field) for link in entity.links]
    return out


def test_every_field_of_a_record_has_a_name() -> None:
    unnamed = [f"{entity}.{name}" for entity, name in _fields() if not all(FIELDS.get(name, ("", "")))]
    assert unnamed == []


def test_a_field_is_named_in_the_readers_language() -> None:
    try:
        set_language("de")
        assert [field_name(f) for f in ("votes", "start_on", "responsible_actor_id")] == [
            "Punkte",
            "Beginn",
            "Verantwortlicher Akteur",
        ]
        set_language("en")
        assert field_name("votes") == "Votes"
    finally:
        set_language("de")
