"""Load the built-in catalogue from ``resources/catalog`` and check it before anyone uses it.

The catalogue ships as JSON so translators and domain experts can edit it without touching code.
Each file is read through ``reader.Node`` (shape errors name file and path), turned into frozen
records, and then ``checks.check_catalog`` verifies counts and cross-references. A catalogue that
does not pass never reaches the UI: a wrong key there would silently drop assessments or measures.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from vopi_desktop.catalog.catalog import Catalog
from vopi_desktop.catalog.checks import check_catalog
from vopi_desktop.catalog.model import (
    Approach,
    Barrier,
    BarrierGroup,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    DataProtectionRule,
    Indicator,
    Method,
    MethodPhase,
    Occasion,
    Pillar,
    Placement,
    Practice,
    ProtocolSection,
)
from vopi_desktop.catalog.reader import LANGUAGES, Node, read_json
from vopi_desktop.resources import resource_path

DEFAULT_LANGUAGE = "de"


def normalise_language(lang: str | None) -> str:
    """Map ``"en_GB"``, ``"EN"`` or an unknown code to a shipped catalogue language (German fallback)."""
    code = (lang or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


@cache
def load_catalog(lang: str | None = None) -> Catalog:
    """The shipped catalogue in ``lang`` (none given: German), loaded once per language and shared.

    Unknown languages fall back to German, the primary language of the content; ``"en_GB"`` and
    ``"en"`` return the very same object, and so do ``load_catalog()`` and ``load_catalog("de")``
    (the cache keys them apart: each was a load of its own, 7 ms). ``load_catalog.cache_clear()``
    forgets loaded catalogues.

    Raises:
        CatalogError: the shipped files are missing or inconsistent (a broken installation).
    """
    code = normalise_language(lang)
    if code != lang:
        return load_catalog(code)
    return load_catalog_from(None, code)


def load_catalog_from(root: Path | None, lang: str = DEFAULT_LANGUAGE) -> Catalog:
    """Load and check a catalogue folder without caching, for tests and catalogue tooling.

    Args:
        root: folder holding the catalogue JSON files; ``None`` means the shipped one.
        lang: language to resolve texts to; unknown codes fall back to German.

    Raises:
        CatalogError: a file is missing or malformed, a text lacks a language, a count is off or a
            reference does not resolve. The message names the file and the JSON path.
    """
    if root is None:
        root = resource_path("catalog")
    lang = normalise_language(lang)

    def read(name: str) -> Node:
        return read_json(Path(root), name, lang)

    occasions = read("occasions.json").only("occasions")
    barriers = read("barriers.json").only("groups", "barriers")
    approaches = read("approaches.json").only("approach_note", "approaches")
    checklists = read("checklists.json").only("checklists")
    placements = read("placements.json").only("anchoring_principle", "placements")
    pillars = read("pillars.json").only("scales", "pillars")
    methods = read("methods.json").only("methods", "protocol_sections")
    privacy = read("data_protection.json").only("contact_guidance", "rules")
    vocab = read("vocab.json")
    practice = read("practice.json").only("practice_note", "examples")

    barrier_list = tuple(_barrier(n) for n in barriers.items("barriers"))
    scales = _scales(pillars.field("scales"))
    templates = tuple(_checklist(n) for n in checklists.items("checklists"))
    catalog = Catalog(
        lang=lang,
        occasions=tuple(_occasion(n) for n in occasions.items("occasions")),
        barrier_groups=tuple(_group(n, barrier_list) for n in barriers.items("groups")),
        barriers=barrier_list,
        approaches=tuple(_approach(n) for n in approaches.items("approaches")),
        approach_note=approaches.text("approach_note"),
        checklists={t.key: t for t in templates},
        placements=tuple(_placement(n) for n in placements.items("placements")),
        anchoring_principle=placements.text("anchoring_principle"),
        pillars=tuple(_pillar(n, scales) for n in pillars.items("pillars")),
        methods=tuple(_method(n) for n in methods.items("methods")),
        protocol_sections=tuple(_protocol_section(n) for n in methods.items("protocol_sections")),
        data_protection=tuple(_rule(n) for n in privacy.items("rules")),
        contact_guidance=privacy.text("contact_guidance"),
        vocabularies={name: vocab.field(name).text_map() for name in vocab.field_names()},
        practices=tuple(_practice(n) for n in practice.items("examples", min_count=1)),
        practice_note=practice.text("practice_note"),
    )
    check_catalog(catalog, template_keys=[t.key for t in templates])
    return catalog


def _occasion(n: Node) -> Occasion:
    n.only("key", "title", "description", "recommended_areas")
    return Occasion(n.string("key"), n.text("title"), n.text("description"), n.strings("recommended_areas"))


def _barrier(n: Node) -> Barrier:
    n.only("key", "group", "title", "explanation", "sources")
    return Barrier(
        n.string("key"), n.string("group"), n.text("title"), n.text("explanation"), n.strings("sources")
    )


def _group(n: Node, barriers: tuple[Barrier, ...]) -> BarrierGroup:
    n.only("key", "title", "description")
    key = n.string("key")
    members = tuple(b for b in barriers if b.group == key)
    return BarrierGroup(key, n.text("title"), n.text("description"), members)


def _approach(n: Node) -> Approach:
    n.only("key", "title", "description", "barriers")
    return Approach(n.string("key"), n.text("title"), n.text("description"), n.strings("barriers"))


def _checklist(n: Node) -> ChecklistTemplate:
    n.only("key", "title", "description", "phases", "sections")
    sections = []
    for s in n.items("sections", min_count=1):
        s.only("key", "title", "items")
        items = []
        for i in s.items("items", min_count=1):
            i.only("key", "text", "hint")
            items.append(ChecklistItem(i.string("key"), i.text("text"), i.text("hint", optional=True)))
        sections.append(ChecklistSection(s.string("key"), s.text("title"), tuple(items)))
    return ChecklistTemplate(
        n.string("key"), n.text("title"), n.text("description"), n.text("phases"), tuple(sections)
    )


def _placement(n: Node) -> Placement:
    n.only("key", "title", "fits", "pro", "contra", "kinds", "min_population", "max_population")
    low, high = n.optional_int("min_population"), n.optional_int("max_population")
    if low is not None and high is not None and low > high:
        raise n.error(f"min_population {low} is above max_population {high}")
    return Placement(
        key=n.string("key"),
        title=n.text("title"),
        fits=n.text("fits"),
        pro=n.text("pro"),
        contra=n.text("contra"),
        kinds=n.strings("kinds"),
        min_population=low,
        max_population=high,
    )


def _practice(n: Node) -> Practice:
    n.only("key", "title", "what", "helped", "items", "barriers", "sources")
    return Practice(
        key=n.string("key"),
        title=n.text("title"),
        what=n.text("what"),
        helped=n.text("helped"),
        items=n.strings("items"),
        barriers=n.strings("barriers"),
        sources=n.strings("sources"),
    )


SCALE_VALUES = ("1", "2", "3", "4", "5")  # the stored scores; every answer scale labels all five


def _scales(n: Node) -> dict[str, tuple[str, ...]]:
    """The answer scales of the self-assessment, each with a label for every score 1 to 5."""
    scales = {}
    for name in n.field_names():
        labels = n.field(name).text_map()
        if tuple(labels) != SCALE_VALUES:
            raise n.field(name).error(f"expected the scores {', '.join(SCALE_VALUES)} in order")
        scales[name] = tuple(labels.values())
    if not scales:
        raise n.error("expected at least one scale")
    return scales


def _pillar(n: Node, scales: dict[str, tuple[str, ...]]) -> Pillar:
    n.only("key", "title", "description", "indicators")
    key = n.string("key")
    indicators = []
    for i in n.items("indicators"):
        i.only("key", "scale", "question", "scale_hint")
        scale = i.string("scale")
        if scale not in scales:
            raise i.error(f"unknown scale {scale!r}; known: {', '.join(scales)}", "scale")
        indicators.append(
            Indicator(i.string("key"), key, i.text("question"), i.text("scale_hint"), scale, scales[scale])
        )
    return Pillar(key, n.text("title"), n.text("description"), tuple(indicators))


def _method(n: Node) -> Method:
    n.only("key", "title", "summary", "group_size", "duration", "cost", "phases", "results", "tips")
    phases = []
    for p in n.items("phases", min_count=1):
        p.only("title", "description")
        phases.append(MethodPhase(p.text("title"), p.text("description")))
    return Method(
        key=n.string("key"),
        title=n.text("title"),
        summary=n.text("summary"),
        group_size=n.text("group_size"),
        duration=n.text("duration"),
        cost=n.text("cost", optional=True),
        phases=tuple(phases),
        results=n.text("results"),
        tips=n.text_list("tips"),
    )


def _protocol_section(n: Node) -> ProtocolSection:
    n.only("key", "title", "hint")
    return ProtocolSection(n.string("key"), n.text("title"), n.text("hint"))


def _rule(n: Node) -> DataProtectionRule:
    n.only("key", "title", "text")
    return DataProtectionRule(n.string("key"), n.text("title"), n.text("text"))
