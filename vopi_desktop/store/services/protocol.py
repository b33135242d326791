"""The method-specific protocol sections of an event: shape, limits and one clear message per problem.

Stored as JSON on the event (one column, read and written with the record), checked here so that a
file from another app version or a hand-made call cannot store something the pages cannot show.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from ...lang import t
from ..dto.events import FUTURE_PHASES
from ..errors import ValidationError
from .fields import Label, text

SECTION_LIMIT = 20_000  # characters per text of a section
TOTAL_LIMIT = 60_000  # characters of the whole protocol
MAX_ITEMS = 50  # rounds, agreements, contributions

#: section key -> (item fields, or None for the five fixed phases)
SECTIONS: dict[str, tuple[str, ...] | None] = {
    "rounds": ("question", "summary"),
    "phases": None,
    "agreements": ("what", "who", "due"),
    "exchange": ("municipality", "contribution"),
}
#: The section each method fills; the other kinds use the general fields only.
SECTION_OF_KIND = {
    "world_cafe": "rounds",
    "future_conference": "phases",
    "round_table": "agreements",
    "network_meeting": "exchange",
}
LABELS = {
    "question": Label("Die Frage der Runde", "eine Frage", "the round's question"),
    "summary": Label("Die Zusammenfassung der Tischgastgeber", "eine Zusammenfassung", "the hosts' summary"),
    "what": Label("Die Vereinbarung", "eine Vereinbarung", "the agreement"),
    "who": Label("Wer", "wer", "who"),
    "due": Label("Das Datum", "ein Datum", "the date"),
    "municipality": Label("Die Kommune", "eine Kommune", "the municipality"),
    "contribution": Label("Der Beitrag", "einen Beitrag", "the contribution"),
    "past": Label("Die Phase „Vergangenheit“", "", "the phase “past”"),
    "present": Label("Die Phase „Gegenwart“", "", "the phase “present”"),
    "future": Label("Die Phase „Zukunftsbilder“", "", "the phase “visions of the future”"),
    "common_ground": Label("Die Phase „Gemeinsame Grundlage“", "", "the phase “common ground”"),
    "action_planning": Label("Die Phase „Maßnahmenplanung“", "", "the phase “action planning”"),
}
SHORT = {"who": 200, "municipality": 200, "due": 10}


def _refuse(de: str, en: str) -> ValidationError:
    return ValidationError(t(de, en), "protocol")


def clean_protocol(value: object) -> dict[str, Any]:
    """The protocol as it will be stored: stripped texts, empty items dropped; or a ValidationError."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _refuse("Das Protokoll hat eine unbekannte Form.", "The protocol has an unknown shape.")
    out: dict[str, Any] = {}
    for key, section in value.items():
        if key not in SECTIONS:
            raise _refuse(f"Unbekannter Protokollteil: {key!s:.40}", f"Unknown protocol section: {key!s:.40}")
        item_fields = SECTIONS[key]
        cleaned = _phases(section) if item_fields is None else _items(key, section, item_fields)
        if cleaned:
            out[key] = cleaned
    size = len(json.dumps(out, ensure_ascii=False))
    if size > TOTAL_LIMIT:
        raise _refuse(
            f"Das Protokoll ist zu lang ({size:,} Zeichen, höchstens {TOTAL_LIMIT:,}).".replace(",", "."),
            f"The protocol is too long ({size:,} characters, at most {TOTAL_LIMIT:,}).",
        )
    return out


def _phases(section: object) -> dict[str, str]:
    if not isinstance(section, Mapping) or set(section) - set(FUTURE_PHASES):
        raise _refuse(
            "Die Phasen der Zukunftskonferenz haben eine unbekannte Form.",
            "The phases of the Future Search conference have an unknown shape.",
        )
    out = {}
    for key in FUTURE_PHASES:
        value = text(section.get(key), "protocol", limit=SECTION_LIMIT, label=LABELS[key])
        if value:
            out[key] = value
    return out


_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")


def _due(value: str) -> str:
    """A due date as typed, "30.04.2026" or "30.4.26" as the German UI writes it, or ISO as the English one
    does; kept as ISO."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    found = _GERMAN_DATE.fullmatch(value.strip())
    if found:
        day, month, year = (int(g) for g in found.groups())
        try:
            return date(year + 2000 if year < 100 else year, month, day).isoformat()
        except ValueError:
            pass
    raise _refuse(f"„{value}“ ist kein Datum (TT.MM.JJJJ).", f"“{value}” is not a date (YYYY-MM-DD).")


def _items(key: str, section: object, item_fields: tuple[str, ...]) -> list[dict[str, str]]:
    if not isinstance(section, list | tuple) or not all(isinstance(i, Mapping) for i in section):
        raise _refuse(
            f"Der Protokollteil „{key}“ hat eine unbekannte Form.",
            f"The section “{key}” has an unknown shape.",
        )
    if len(section) > MAX_ITEMS:
        raise _refuse(
            f"Höchstens {MAX_ITEMS} Einträge je Protokollteil.", f"At most {MAX_ITEMS} entries per section."
        )
    out = []
    for item in section:
        if set(item) - set(item_fields):
            raise _refuse(
                f"Ein Eintrag in „{key}“ hat unbekannte Felder.", f"An entry in “{key}” has unknown fields."
            )
        row = {
            name: text(item.get(name), "protocol", limit=SHORT.get(name, SECTION_LIMIT), label=LABELS[name])
            for name in item_fields
        }
        if row.get("due"):
            row["due"] = _due(row["due"])
        if any(row.values()):
            out.append(row)
    return out
