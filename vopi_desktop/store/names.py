"""The comparison key of a name: two names that look the same to a reader get the same key.

Stored in ``name_key`` columns (migration 0003) that carry the database's unique constraints, so
SQLite and PostgreSQL refuse the same duplicates; computed here in Python because the databases'
own lower()/collations disagree (SQLite's lower() leaves umlauts alone). No SQLAlchemy, no Qt: the
snapshot and the exchange may use it too.
"""

from __future__ import annotations

import re
import unicodedata
import uuid

# Joiners shape Farsi and Arabic letters and are kept in the name, but a name typed without them is
# the same name. Dropped with str.replace: str.translate with a table takes 16 µs for a name with one
# umlaut (its slow path), which was a tenth of importing 10,000 actors.
_ZWNJ, _ZWJ = "\u200c", "\u200d"
_DASHED = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def name_key(name: str) -> str:
    """Casefolded, NFKC-normalised, joiners dropped, whitespace collapsed: "  Ayşe\u200c  Verein" →
    "ayşe verein". Accents stay: "Müller" and "Muller" are different names."""
    text = unicodedata.normalize("NFKC", name).replace(_ZWNJ, "").replace(_ZWJ, "")
    # casefold() can produce text that is not NFKC any more ("ǰ"); normalise again after it.
    text = unicodedata.normalize("NFKC", text.casefold())
    return " ".join(text.split())


def link_pair_key(source_id: object, target_id: object) -> str:
    """The two actor ids of a link, dashed and smaller first: A–B and B–A are one pair."""
    first, second = _dashed(source_id), _dashed(target_id)
    return f"{first} {second}" if first <= second else f"{second} {first}"


def _dashed(value: object) -> str:
    # Most ids are already in this form (an import computes 15,000 pair keys): skip uuid.UUID then.
    text = str(value)
    return text if _DASHED.fullmatch(text) else str(uuid.UUID(text))
