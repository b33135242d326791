"""Which built-in target-group suggestion a group stands for, whatever language it was named in.

A target group keeps its name only (a key column would need a migration), and a group made from a
suggestion is named in the language of the UI that made it: "Geflüchtete" in German, "Refugees" in
English. So a suggestion is recognised by its name in every language the catalogue has, compared
with the one name key; a colleague or consultant working in English then sees the German group as
already there instead of adding a duplicate. No SQLAlchemy, no Qt: the dialog and the service use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..catalog import load_catalog
from ..catalog.reader import LANGUAGES
from .names import name_key

VOCAB = "target_group_suggestions"


@cache
def _keys_by_name() -> dict[str, str]:
    keys: dict[str, str] = {}
    for lang in LANGUAGES:
        for key, label in load_catalog(lang).vocab(VOCAB).items():
            keys.setdefault(name_key(label), key)
    return keys


def suggestion_of(name: str) -> str | None:
    """The suggestion's key a group of this name stands for ("Refugees" → "refugees"), else None."""
    return _keys_by_name().get(name_key(name))


def suggestions_present(names: Iterable[str]) -> set[str]:
    """The keys of the suggestions that groups of these names already stand for."""
    return {key for key in map(suggestion_of, names) if key is not None}
