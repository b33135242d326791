"""Numbers as people type them, one parser for every number field (no Qt, so the CLI and tests share it).

German writes "1.500" for fifteen hundred and "2,5" for two and a half; English the other way round.
A field that silently turns "1.500" or "etwa 40" into nothing loses what the user meant, so text that
is not a number in the current language is refused with a message naming the field (a
``ValidationError``, shown by the dialog's error line with the cursor on the field).
"""

from __future__ import annotations

import re

from .lang import language, t
from .store.errors import ValidationError

# Spaces people put between thousands (plain, no-break, narrow no-break, thin) and the Swiss apostrophe.
_SPACES = str.maketrans({" ": "", "\u00a0": "", "\u202f": "", "\u2009": "", "'": "", "’": ""})
_MINUS = str.maketrans({"−": "-", "–": "-"})  # a typographic minus or dash typed or pasted
# An amount as written on an invoice: "1500 €", "€ 1.500", "1.500 EUR", "1.500,- Euro" (no cents).
_CURRENCY = re.compile(r"^\s*(?:€|eur(?:o)?\b)?\s*(.*?)\s*(?:€|eur(?:o)?)?\s*$", re.IGNORECASE)
_NO_CENTS = re.compile(r"[,.][-–]$")


def _separators(lang: str | None) -> tuple[str, str]:
    """(thousands, decimal) of the language."""
    return (",", ".") if (lang or language()) == "en" else (".", ",")


def _whole(digits: str, group: str) -> str | None:
    """Digits with optional thousands separators in the right places ("1.500", "12.000.000") → "1500"."""
    if re.fullmatch(r"\d+", digits):
        return digits
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", digits):
        return digits.replace(group, "")
    return None


def _refuse(text: str, field: str, what: tuple[str, str], whole: bool) -> ValidationError:
    example_de, example_en = ("1.500", "1,500") if whole else ("2,5", "2.5")
    kind_de, kind_en = ("ganze Zahl", "whole number") if whole else ("Zahl", "number")
    return ValidationError(
        t(
            f"{what[0]}: „{text}“ ist keine {kind_de}. Bitte nur die Zahl eingeben, z. B. {example_de}.",
            f"{what[1]}: “{text}” is not a {kind_en}. Please enter just the number, e.g. {example_en}.",
        ),
        field,
    )


def _split(text: str) -> tuple[str, str]:
    """(sign, rest) of a typed number with spaces and typographic minus signs tidied."""
    cleaned = text.strip().translate(_MINUS).translate(_SPACES)
    if cleaned[:1] and cleaned[0] in "+-":
        return ("-" if cleaned[0] == "-" else ""), cleaned[1:]
    return "", cleaned


def parse_int(text: str, field: str, what: tuple[str, str], lang: str | None = None) -> int | None:
    """A whole number as typed ("1.500" → 1500 in German, "1,500" in English); None for an empty field.

    ``field`` is the key the dialog focuses, ``what`` its name as ``(German, English)`` for the
    message. Ranges are the service's business; this only reads what was typed.

    Raises:
        ValidationError: the text is not a whole number in that language ("etwa 40", "1,5", "40+").
    """
    if not text or not text.strip():
        return None
    group, _decimal = _separators(lang)
    sign, rest = _split(text)
    digits = _whole(rest, group)
    if digits is None:
        raise _refuse(text.strip(), field, what, whole=True)
    return int(sign + digits)


def parse_decimal(text: str, field: str, what: tuple[str, str], lang: str | None = None) -> float | None:
    """A number with an optional fraction ("1.234,5" → 1234.5 in German, "1,234.5" in English).

    Raises:
        ValidationError: the text is not a number in that language.
    """
    if not text or not text.strip():
        return None
    group, decimal = _separators(lang)
    sign, rest = _split(text)
    whole, _sep, fraction = rest.partition(decimal)
    digits = _whole(whole, group) if whole else "0"
    if not rest or digits is None or (_sep and not re.fullmatch(r"\d+", fraction)):
        raise _refuse(text.strip(), field, what, whole=False)
    return float(f"{sign}{digits}.{fraction or 0}")


def parse_money(text: str, field: str, what: tuple[str, str], lang: str | None = None) -> float | None:
    """An amount in euros: ``parse_decimal`` of the number with "€", "EUR" or "Euro" before or after
    it and a German ",-" for no cents ("1.500,- €" → 1500.0): the label says "(€)", so people type it.

    Raises:
        ValidationError: what is left is not a number in that language (the message shows all typed).
    """
    if not text or not text.strip():
        return None
    match = _CURRENCY.match(text)
    number = _NO_CENTS.sub("", match.group(1)) if match else text
    if not number.strip():
        raise _refuse(text.strip(), field, what, whole=False)
    try:
        return parse_decimal(number, field, what, lang)
    except ValidationError:
        raise _refuse(text.strip(), field, what, whole=False) from None
