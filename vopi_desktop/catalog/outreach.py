"""The built-in outreach texts (``resources/catalog/outreach.json``), checked when loaded.

Ten languages of the target groups, each with every key: the document's headings and labels, the
explanatory texts (what a Verein is, volunteering whatever one's residence status, the trial visit),
the kinds of opportunity, the features with their explanation and the time needed. A municipality may
word any text its own way (``outreach_text``); these are the defaults.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

from ..resources import resource_path
from .model import CatalogError

FILE = "outreach.json"
TOPICS = ("verein", "residence", "trial")


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself
    de: str
    en: str
    rtl: bool
    months: tuple[str, ...]  # January … December as the language writes a month with its year


@dataclass(frozen=True)
class OutreachCatalog:
    languages: tuple[Language, ...]
    kinds: tuple[str, ...]
    features: tuple[str, ...]
    time_needed: tuple[str, ...]
    topics: tuple[str, ...]
    endonyms: MappingProxyType[str, str]
    strings: MappingProxyType[str, MappingProxyType[str, str]]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.languages)

    def language(self, code: str) -> Language:
        for lang in self.languages:
            if lang.code == code:
                return lang
        raise KeyError(code)

    def s(self, lang: str, key: str) -> str:
        """One built-in string of ``lang``."""
        return self.strings[lang][key]

    def as_of(self, lang: str, day: date) -> str:
        """The footer's "Stand: Dezember 2026" in ``lang``: the month and year a resident reads, not a day."""
        month = self.language(lang).months[day.month - 1]
        return self.strings[lang]["as_of"].replace("{date}", f"{month} {day.year}")

    def title(self, lang: str, municipality: str) -> str:
        """The document's title in ``lang``; German says "im Landkreis …", "in der Gemeinde …"."""
        text = self.strings[lang]["title"]
        return text.replace("{in_municipality}", german_in(municipality)).replace(
            "{municipality}", municipality
        )

    def page(self, lang: str, page: int, total: int) -> str:
        return self.strings[lang]["page"].replace("{page}", str(page)).replace("{total}", str(total))

    def spoken(self, code: str) -> str:
        """A spoken language by its own name (Türkçe, العربية), so every reader finds theirs."""
        return self.endonyms.get(code, code)


# The article a German place phrase takes after "in" by the kind word the name starts with (the name as
# the municipality spells it: "Landkreis Biringen", "Gemeinde Leerbach", "GVV Neuhohau-Mühlberg").
_IM = frozenset({"Landkreis", "Kreis", "Stadtkreis", "Bezirk", "Markt", "Amt", "Gemeindeverwaltungsverband",
                 "GVV", "Verwaltungsverband", "Regionalverband", "Zweckverband"})  # fmt: skip
_IN_DER = frozenset({"Gemeinde", "Stadt", "Marktgemeinde", "Ortsgemeinde", "Stadtgemeinde", "Einheitsgemeinde",
                     "Verbandsgemeinde", "Samtgemeinde", "Verwaltungsgemeinschaft", "VG", "Hansestadt",
                     "Kreisstadt", "Landeshauptstadt", "Universitätsstadt", "Region", "Städteregion",
                     "StädteRegion"})  # fmt: skip


def german_in(name: str) -> str:
    """The place after "in", grammatical whatever kind word the name carries: "im Landkreis Biringen",
    "in der Gemeinde Leerbach", "im Rhein-Neckar-Kreis", "in Musterstadt am Neckar"."""
    words = name.split()
    if not words:
        return f"in {name}"
    first = words[0]
    if first in _IM or (len(words) == 1 and first.lower().endswith("kreis") and first.lower() != "kreis"):
        return f"im {name}"
    if first in _IN_DER:
        return f"in der {name}"
    if len(words) == 2 and words[1] == "Kreis" and first.endswith("er"):  # Märkischer Kreis
        return f"im {first[:-2]}en Kreis"
    if len(words) > 2 and first == "Große" and words[1] == "Kreisstadt":
        return f"in der Großen {' '.join(words[1:])}"
    return f"in {name}"


def _plain(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and "<" not in value and ">" not in value


def _fail(message: str) -> CatalogError:
    return CatalogError(f"{FILE}: {message}")


def parse(data: Any) -> OutreachCatalog:
    """Check the file's shape and content; a fault names the language and key."""
    if not isinstance(data, dict):
        raise _fail("not an object")
    need = {"languages", "endonyms", "kinds", "features", "time_needed", "topics", "strings"}
    if missing := need - set(data):
        raise _fail(f"missing {sorted(missing)}")
    langs = []
    for code, info in data["languages"].items():
        if not all(isinstance(info.get(k), str) and info[k] for k in ("name", "de", "en")):
            raise _fail(f"language {code}: name, de and en are required")
        months = info.get("months")
        if not (isinstance(months, list) and len(months) == 12 and all(_plain(m) for m in months)):
            raise _fail(f"language {code}: months needs the twelve names, plain text")
        langs.append(
            Language(code, info["name"], info["de"], info["en"], bool(info.get("rtl")), tuple(months))
        )
    lists = {k: tuple(data[k]) for k in ("kinds", "features", "time_needed", "topics")}
    expected = {"title", "intro", "h.opportunities", "none_described", "no_description", "no_contact"}
    expected |= {"none_open", "heading.features", "page", "as_of"}
    expected |= {f"label.{k}" for k in ("when_where", "time", "languages", "contact", "qr")}
    expected |= {f"heading.{t}" for t in lists["topics"]} | {f"text.{t}" for t in lists["topics"]}
    expected |= {f"kind.{k}" for k in lists["kinds"]} | {f"time.{k}" for k in lists["time_needed"]}
    expected |= {f"feature.{k}" for k in lists["features"]} | {f"feature.{k}.text" for k in lists["features"]}
    strings: dict[str, MappingProxyType[str, str]] = {}
    for lang in langs:
        table = data["strings"].get(lang.code)
        if not isinstance(table, dict):
            raise _fail(f"no strings for {lang.code}")
        if set(table) != expected:
            diff = sorted(set(table) ^ expected)
            raise _fail(f"{lang.code}: keys differ from the expected set: {diff[:5]}")
        for key, value in table.items():
            if not isinstance(value, str) or not value.strip():
                raise _fail(f"{lang.code}.{key}: empty")
            if "<" in value or ">" in value:
                raise _fail(f"{lang.code}.{key}: markup is not allowed")
        if "{municipality}" not in table["title"] and "{in_municipality}" not in table["title"]:
            raise _fail(f"{lang.code}.title: needs {{municipality}}")
        if "{page}" not in table["page"] or "{total}" not in table["page"] or "{date}" not in table["as_of"]:
            raise _fail(f"{lang.code}: page needs {{page}} and {{total}}, as_of {{date}}")
        strings[lang.code] = MappingProxyType(dict(table))
    if set(data["strings"]) - {lang.code for lang in langs}:
        raise _fail("strings for an unknown language")
    return OutreachCatalog(
        languages=tuple(langs),
        kinds=lists["kinds"],
        features=lists["features"],
        time_needed=lists["time_needed"],
        topics=lists["topics"],
        endonyms=MappingProxyType(dict(data["endonyms"])),
        strings=MappingProxyType(strings),
    )


@cache
def load_outreach() -> OutreachCatalog:
    path = resource_path("catalog", FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _fail(f"cannot be read ({exc})") from exc
    return parse(data)
