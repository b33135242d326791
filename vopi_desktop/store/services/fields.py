"""One validation for every text and number a service stores (re-exported by ``services/base.py``).

The same refusal on SQLite and PostgreSQL, before anything reaches the database: PostgreSQL refuses
NUL with a database error while SQLite stores it, a lone surrogate cannot be encoded at all, SQLite
keeps 1.5 in an INTEGER column where PostgreSQL rounds it to 2. Every message names the field.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ...lang import t
from ..errors import ValidationError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Label:
    """How messages name a field: German nominative with article ("Der Name"), German accusative for
    "Bitte … angeben" ("den Namen"), English with article ("the name")."""

    de: str
    de_acc: str
    en: str

    @property
    def en_cap(self) -> str:
        return self.en[:1].upper() + self.en[1:]


# Labels of the field keys the services use; a service with a field of its own passes ``label=``.
LABELS: dict[str, Label] = {
    "name": Label("Der Name", "einen Namen", "the name"),
    "title": Label("Der Titel", "einen Titel", "the title"),
    "note": Label("Die Notiz", "eine Notiz", "the note"),
    "notes": Label("Der Text der Notizen", "den Text der Notizen", "the text of the notes"),  # singular verb
    "description": Label("Die Beschreibung", "eine Beschreibung", "the description"),
    "address": Label("Die Adresse", "eine Adresse", "the address"),
    "website": Label("Die Website", "eine Website", "the website"),
    "org_email": Label("Die E-Mail-Adresse der Organisation", "eine E-Mail-Adresse", "the e-mail address"),
    "org_phone": Label("Die Telefonnummer der Organisation", "eine Telefonnummer", "the phone number"),
    "contact_name": Label(
        "Der Name der Kontaktperson", "den Namen der Kontaktperson", "the contact person's name"
    ),
    "contact_email": Label(
        "Die E-Mail-Adresse der Kontaktperson", "eine E-Mail-Adresse", "the contact person's e-mail address"
    ),
    "contact_phone": Label(
        "Die Telefonnummer der Kontaktperson", "eine Telefonnummer", "the contact person's phone number"
    ),
    "own_concern": Label("Das eigene Anliegen", "das eigene Anliegen", "the own concern"),
    "participants": Label("Die Liste der Teilnehmenden", "die Teilnehmenden", "the list of participants"),
    "population": Label("Die Einwohnerzahl", "die Einwohnerzahl", "the population"),
    "size": Label("Die Größe", "die Größe", "the size"),
    "strength": Label("Die Stärke", "die Stärke", "the strength"),
    "score": Label("Die Bewertung", "eine Bewertung", "the score"),
    "relevance": Label("Die Relevanz", "die Relevanz", "the relevance"),
}

_BIDI_AND_INVISIBLE = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]  # embeddings and overrides LRE … RLO
    + [chr(c) for c in range(0x2066, 0x206A)]  # isolates LRI … PDI
    + ["\u200b", "\u2060", "\ufeff"]  # zero-width space, word joiner, zero-width no-break space
)  # the joiners U+200C/U+200D stay allowed: Farsi and Arabic spelling needs them


def label_of(field: str, label: Label | None = None) -> Label:
    return (
        label
        or LABELS.get(field)
        or Label(f"Das Feld „{field}“", f"das Feld „{field}“", f"the field “{field}”")
    )


def _refuse(field: str, de: str, en: str) -> ValidationError:
    return ValidationError(t(de, en), field)


def text(
    value: object,
    field: str,
    *,
    limit: int = 200,
    required: bool = False,
    name: bool = False,
    label: Label | None = None,
) -> str:
    """A stripped text that every database can store, or a ValidationError naming ``field``.

    - ``None`` is "" (optional fields); anything else that is not a str is refused.
    - Lone surrogates (which no encoding can store), NUL and other control characters (C0 except tab
      and line breaks, DEL, C1) are refused.
    - ``name=True`` (names, titles: one line that people compare): whitespace runs, line breaks
      included, collapse to one space, and bidi overrides/isolates and zero-width spaces, which make
      a name look like another one, are refused.
    - ``limit`` counts characters after stripping: "Der Name ist zu lang (höchstens 200 Zeichen)."
    """
    lab = label_of(field, label)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _refuse(field, f"{lab.de}: kein Text.", f"{lab.en_cap}: not a text.")
    value = " ".join(value.split()) if name else value.strip()
    for char in value:
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            raise _refuse(
                field,
                f"{lab.de} enthält ein ungültiges Zeichen (ein halbes Zeichenpaar), das sich nicht speichern lässt.",
                f"{lab.en_cap} contains an invalid character (half a surrogate pair) that cannot be stored.",
            )
        if (code < 32 and char not in "\n\r\t") or 0x7F <= code <= 0x9F:
            raise _refuse(
                field,
                f"{lab.de} enthält ein unzulässiges Steuerzeichen.",
                f"{lab.en_cap} contains a control character.",
            )
        if name and char in _BIDI_AND_INVISIBLE:
            raise _refuse(
                field,
                f"{lab.de} enthält ein unsichtbares Steuerzeichen (Schreibrichtung oder Leerzeichen ohne Breite).",
                f"{lab.en_cap} contains an invisible control character (text direction or zero-width space).",
            )
    if required and not value:
        raise _refuse(field, f"Bitte {lab.de_acc} angeben.", f"Please enter {lab.en}.")
    if len(value) > limit:
        raise _refuse(
            field,
            f"{lab.de} ist zu lang (höchstens {f'{limit:,}'.replace(',', '.')} Zeichen).",  # 5.000, label as is
            f"{lab.en_cap} is too long (at most {limit:,} characters).",
        )
    return value


def email(value: object, field: str, *, label: Label | None = None) -> str:
    """An optional e-mail address: checked as text first, so the message never carries bad characters."""
    value = text(value, field, label=label)
    if value and not EMAIL.match(value):
        raise _refuse(
            field, f"„{value}“ ist keine gültige E-Mail-Adresse.", f"“{value}” is not a valid e-mail address."
        )
    return value


def integer(
    value: object,
    field: str,
    *,
    minimum: int,
    maximum: int,
    required: bool = False,
    label: Label | None = None,
) -> int | None:
    """A whole number in [minimum, maximum], or None when not required. ``True`` is not a number and
    1.5 is not a whole one (SQLite would keep 1.5, PostgreSQL would store 2): both are refused."""
    lab = label_of(field, label)
    if value is None:
        if required:
            raise _refuse(field, f"Bitte {lab.de_acc} angeben.", f"Please enter {lab.en}.")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse(field, f"{lab.de} muss eine ganze Zahl sein.", f"{lab.en_cap} must be a whole number.")
    if not minimum <= value <= maximum:
        low, high = f"{minimum:,}".replace(",", "."), f"{maximum:,}".replace(",", ".")
        raise _refuse(
            field,
            f"{lab.de} muss zwischen {low} und {high} liegen.",
            f"{lab.en_cap} must be between {minimum:,} and {maximum:,}.",
        )
    return value


def decimal(
    value: object,
    field: str,
    *,
    minimum: float,
    maximum: float,
    places: int = 2,
    required: bool = False,
    label: Label | None = None,
    unit: str = "",
) -> float | None:
    """A finite number (an amount of money, a share) rounded to ``places`` decimals in Python, so
    both databases store the same value; bool, NaN and infinity are refused. The range in the
    message is written as people read numbers ("100.000.000 €", not "1e+08"), ``unit`` after it."""
    lab = label_of(field, label)
    if value is None:
        if required:
            raise _refuse(field, f"Bitte {lab.de_acc} angeben.", f"Please enter {lab.en}.")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _refuse(field, f"{lab.de} muss eine Zahl sein.", f"{lab.en_cap} must be a number.")
    if not minimum <= value <= maximum:
        raise _refuse(
            field,
            f"{lab.de} muss zwischen {_shown(minimum, 'de')} und {_shown(maximum, 'de', unit)} liegen.",
            f"{lab.en_cap} must be between {_shown(minimum, 'en')} and {_shown(maximum, 'en', unit)}.",
        )
    return round(float(value), places)


def _shown(number: float, lang: str, unit: str = "") -> str:
    """A bound for a message: 100000000 → "100.000.000" (German) / "100,000,000", 0.5 → "0,5" / "0.5"."""
    english = f"{number:,.0f}" if float(number).is_integer() else f"{number:,.2f}".rstrip("0").rstrip(".")
    shown = english if lang == "en" else english.translate(str.maketrans({",": ".", ".": ","}))
    return f"{shown} {unit}" if unit else shown


def one_of(value: object, allowed: object, field: str) -> str:
    """A key from a vocabulary (a dict or set of keys)."""
    if not isinstance(value, str) or value not in allowed:  # type: ignore[operator]
        shown = repr(value) if not isinstance(value, str) else text(value, field, limit=10_000)
        raise _refuse(field, f"Unbekannter Wert: {shown}", f"Unknown value: {shown}")
    return value
