"""Alphabetical order as a German reader expects it, the same on SQLite, PostgreSQL and in the UI.

``casefold()`` alone puts "Ölbronn" after "Zell" (Ö is U+00D6, after every ASCII letter), and the
databases disagree on collation, so lists are sorted in Python with this key.
"""

from __future__ import annotations

import unicodedata

_combining = unicodedata.combining


def sort_key(text: str) -> str:
    """Umlauts and accents sort with their base letter: "Ölbronn" → "olbronn", "Ärzte" → "arzte".

    NFKD splits "Ö" into "O" and a combining diaeresis, which is dropped. Plain ASCII names (most of
    them) skip the normalisation: the actor table sorts 10,000 names with this key.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join([c for c in decomposed if c.isascii() or not _combining(c)])


# Letters NFKD leaves whole (they are letters of their own, not a base letter plus a mark), folded
# to what a German keyboard types; and the invisible joiners that a pasted name may carry.
_EXTRA = str.maketrans(
    {
        "ı": "i",  # Turkish dotless i: "Işık" is typed "isik"
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ŧ": "t",
        "þ": "th",
        "ʼ": "'",
        "’": "'",
        "\u200b": None,  # zero-width space
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner
        "\u00ad": None,  # soft hyphen
        "\u2060": None,  # word joiner
        "\ufeff": None,  # zero-width no-break space
    }
)


def search_key(text: str) -> str:
    """The forgiving form of a text for searching: "Königsbrück" → "konigsbruck", "Ayşe" → "ayse".

    Case-folded (ß → ss), accents and umlauts dropped via NFKD (ş → s, ç → c, é → e, ğ → g, İ → i),
    a few letters NFKD keeps whole folded by a table (ı → i, ø → o, ł → l), zero-width joiners and
    soft hyphens removed. Query and haystack both go through it, so a typed umlaut still matches.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded.translate(_EXTRA))
    return "".join([c for c in decomposed if c.isascii() or not _combining(c)])


def search_words(query: str) -> list[str]:
    """The words of a typed query as search keys; a row matches when it contains every one."""
    return search_key(query).split()


def matches(query: str, *fields: str | None) -> bool:
    """Whether every word of ``query`` occurs in one of ``fields`` (forgiving, see ``search_key``).

    For long lists build each row's key once with ``search_key`` and test the ``search_words``
    against it; this helper is for short lists and single checks. An empty query matches all.
    """
    words = search_words(query)
    if not words:
        return True
    haystack = search_key("\n".join(f for f in fields if f))
    return all(w in haystack for w in words)
