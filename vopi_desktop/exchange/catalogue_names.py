"""A record of an exchange file named by the catalogue's words in the reader's language, not by the
key it stores: a barrier rating by its barrier's title, a pillar score by its indicator's question, a
checklist item by its statement (an own item by its own text), a checklist by its template's title —
for the preview dialog and ``import --dry-run`` alike (a key, "encounter.2", tells a clerk nothing).
A key this version's catalogue does not know (a newer one's) stays as it is."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from ..lang import language

TITLE_LIMIT = 80  # characters of a question or statement as a record's name, "…" included (as other names)
OWN_PREFIX = "own."  # an item a municipality or club added itself: named by its custom_text

# What a catalogue entry's record belongs to, named under it in the preview and --dry-run: the same
# question scored in two rounds, the same statement in two clubs' checklists read alike.
PARENT: dict[str, str] = {"indicator_score": "round_id", "checklist_item_state": "instance_id"}

# The fields a record is named by, first found first; a key field through the catalogue.
_NAMED_BY = ("name", "title", "custom_title", "text", "what", "indicator_key", "item_key", "barrier_key")


def shortened(text: str, limit: int = TITLE_LIMIT) -> str:
    """On one line, at most ``limit`` characters: a longer text cut at a word's end where one is near
    (as the UI's quoted names are), never between a letter and its combining mark, ended with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = limit - 1
    while cut > 0 and unicodedata.combining(text[cut]):
        cut -= 1
    space = text.rfind(" ", 0, cut + 1)
    if space > limit * 3 // 4:  # a word's end within the last quarter: cut there
        cut = space
    return text[:cut].rstrip(" ,;:") + "…"


@cache
def _titles(lang: str) -> Mapping[str, Mapping[str, str]]:
    """Key → words of each kind of catalogue entry, once per language (the preview names many)."""
    from ..catalog import load_catalog  # only when a record is named

    catalog = load_catalog(lang)
    return {
        "barrier": {b.key: b.title for b in catalog.barriers},
        "indicator": {i.key: i.question for i in catalog.indicators},
        "item": {i.key: i.text for c in catalog.checklists.values() for i in c.items},
        "checklist": {c.key: c.title for c in catalog.checklists.values()},
        "pillar": {p.key: p.title for p in catalog.pillars},
    }


def _title(kind: str, key: str) -> str:
    return _titles(language()).get(kind, {}).get(key, key)


def barrier_title(key: str) -> str:
    """A catalogue barrier by its title ("B8" → „Zeitliche Belastung …“)."""
    return _title("barrier", key)


def indicator_title(key: str) -> str:
    """A pillar score by its indicator's question, shortened: a question runs to 220 characters."""
    return shortened(_title("indicator", key))


def item_title(key: str, own_text: object = "") -> str:
    """A checklist item by its statement, shortened; an own item by its own text (its key is random)."""
    if key.startswith(OWN_PREFIX):
        return shortened(str(own_text)) if own_text else key
    return shortened(_title("item", key))


def record_label(record: Mapping[str, Any], limit: int) -> str | None:
    """A record's name: its name, title or text, else its catalogue key's words; None: it has none."""
    for field in _NAMED_BY:
        value = record.get(field)
        if not value:
            continue
        if field == "indicator_key":
            return indicator_title(str(value))
        if field == "item_key":
            return item_title(str(value), record.get("custom_text"))
        if field == "barrier_key":
            return barrier_title(str(value))[:limit]
        return str(value)[:limit]
    if record.get("template_key"):  # a checklist without a title of its own
        return _title("checklist", str(record["template_key"]))
    return None


# Fields that store catalogue keys of entries with titles (not a vocabulary's): a difference shows
# their words, as the pages do.
_KEYED: dict[tuple[str, str], Callable[[str], str]] = {
    ("barrier_assessment", "barrier_key"): barrier_title,
    ("indicator_score", "indicator_key"): indicator_title,
    ("checklist_item_state", "item_key"): item_title,
    ("checklist_instance", "template_key"): lambda key: _title("checklist", key),
    ("practice_example", "item_keys"): item_title,
    ("practice_example", "barrier_keys"): barrier_title,
    ("practice_example", "pillars"): lambda key: _title("pillar", key),
    ("measure", "pillars"): lambda key: _title("pillar", key),
    ("idea", "pillar"): lambda key: _title("pillar", key),
}


def keyed(entity: str, field: str, value: Any) -> Any:
    """A field's catalogue key (or list of them) as its words; every other value as it is."""
    words = _KEYED.get((entity, field))
    if words is None or value in (None, "", []):
        return value
    if isinstance(value, list):
        return [words(v) if isinstance(v, str) else v for v in value]
    return words(value) if isinstance(value, str) else value
