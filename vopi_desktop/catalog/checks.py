"""Counts and cross-references the rest of the app relies on.

Other modules store catalogue keys in the database and export files (``"B5"``, ``"opening.07"``,
``"encounter.3"``), so these keys are a contract. The checks below pin them and verify that every
reference inside the catalogue resolves. All problems are collected and reported together, so one
run shows everything a catalogue edit broke.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from vopi_desktop.areas import step_keys
from vopi_desktop.catalog.catalog import Catalog
from vopi_desktop.catalog.model import CatalogError

#: Navigation areas an occasion may recommend (Start page steps; vopi_desktop/areas.py keeps them).
AREA_KEYS = step_keys()
OCCASION_KEYS = ("more_migrants", "strengthen_mo", "network_mo", "anchor_admin", "own_concern")
BARRIER_GROUP_KEYS = (
    "information",
    "language",
    "time_money",
    "legal_status",
    "club_culture",
    "discrimination",
    "recognition",
    "mo_structures",
    "administration",
)
BARRIER_KEYS = tuple(f"B{n}" for n in range(1, 28))
APPROACH_KEYS = tuple(f"O{n}" for n in range(1, 21))
PLACEMENT_KEYS = (
    "mayor_office",
    "staff_unit",
    "department",
    "district_office",
    "inter_municipal",
    "delegation",
)
PILLAR_KEYS = ("encounter", "participation", "diversity", "eye_level")
INDICATORS_PER_PILLAR = 5
METHOD_KEYS = ("future_conference", "world_cafe", "round_table", "network_meeting")
DATA_PROTECTION_KEYS = tuple(f"dp.{n:02d}" for n in range(1, 17))
#: template key -> (number of items, allowed range of section counts)
CHECKLIST_SHAPES = {"opening": (26, (8, 8)), "anchoring": (19, (4, 5))}

#: Vocabularies whose keys are a closed set stored in the database: exactly these, in this order.
CLOSED_VOCABS: dict[str, tuple[str, ...]] = {
    "municipality_kinds": ("gemeinde", "stadt", "landkreis", "gvv"),
    "federal_states": (
        *("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV"),
        *("NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"),
    ),
    "legal_bases": ("consent", "public_task"),
    "relevance": ("not_assessed", "0", "1", "2", "3"),
    "checklist_status": ("open", "in_progress", "done", "not_relevant"),
    "measure_status": ("idea", "planned", "running", "done", "cancelled"),
    "idea_status": ("new", "selected", "in_measure", "rejected"),
    "round_kinds": ("baseline", "follow_up"),
    "pillar_scale": ("1", "2", "3", "4", "5"),
}
#: Open vocabularies: these keys must exist (code refers to them); more may be added.
OPEN_VOCABS: dict[str, tuple[str, ...]] = {
    "actor_types": (
        *("verein", "migrant_org", "religious", "initiative", "school_kita", "integration_office"),
        *("advisory_council", "welfare_provider", "course_provider", "administration", "other"),
    ),
    "evidence_kinds": ("survey", "conversation", "statistics", "observation", "workshop"),
    "link_kinds": ("cooperation", "membership", "funding", "informal"),
    "engagement_fields": ("sport", "culture", "education", "social", "religion", "other"),
    "languages": ("de", "tr", "ru", "ar", "uk", "pl", "ro", "it", "el", "fa", "ku", "sq", "hr", "sr", "en"),
    "target_group_suggestions": ("women_migration", "young_people", "refugees", "older_migrants"),
    "channels": (
        "personal",
        "club_visit",
        "kita_school",
        "language_course",
        "religious",
        "messenger",
        "other",
    ),
    "event_kinds": (*METHOD_KEYS, "info_evening", "other"),
}
_SOURCE = re.compile(r"S\d+")


def check_catalog(cat: Catalog, *, template_keys: Sequence[str]) -> None:
    """Raise ``CatalogError`` listing every broken count, key or reference in ``cat``.

    Args:
        cat: the freshly built catalogue.
        template_keys: checklist template keys as read, before the dict could hide a duplicate.
    """
    problems: list[str] = []
    expect = _Expect(problems)

    expect.keys("occasions.json: occasions", [o.key for o in cat.occasions], OCCASION_KEYS)
    for o in cat.occasions:
        where = f"occasions.json: occasions[{o.key}].recommended_areas"
        expect.refs(where, o.recommended_areas, AREA_KEYS, "area", allow_empty=False)

    expect.keys("barriers.json: groups", [g.key for g in cat.barrier_groups], BARRIER_GROUP_KEYS)
    expect.keys("barriers.json: barriers", [b.key for b in cat.barriers], BARRIER_KEYS)
    group_keys = {g.key for g in cat.barrier_groups}
    for b in cat.barriers:
        expect.refs(f"barriers.json: barriers[{b.key}].group", [b.group], group_keys, "barrier group")
        bad = [s for s in b.sources if not _SOURCE.fullmatch(s)]
        if bad:
            problems.append(
                f"barriers.json: barriers[{b.key}].sources: not a source number: {', '.join(bad)}"
            )
    for g in cat.barrier_groups:
        if not g.barriers:
            problems.append(f"barriers.json: groups[{g.key}]: no barrier belongs to this group")

    expect.keys("approaches.json: approaches", [a.key for a in cat.approaches], APPROACH_KEYS)
    barrier_keys = {b.key for b in cat.barriers}
    for a in cat.approaches:
        where = f"approaches.json: approaches[{a.key}].barriers"
        expect.refs(where, a.barriers, barrier_keys, "barrier", allow_empty=False)

    expect.keys("checklists.json: checklists", template_keys, tuple(CHECKLIST_SHAPES))
    for key, (count, (low, high)) in CHECKLIST_SHAPES.items():
        template = cat.checklists.get(key)
        if template is None:
            continue
        where = f"checklists.json: checklists[{key}]"
        expected = tuple(f"{key}.{n:02d}" for n in range(1, count + 1))
        expect.keys(f"{where} items", [i.key for i in template.items], expected)
        expect.keys(f"{where} sections", [s.key for s in template.sections], None)
        if not low <= len(template.sections) <= high:
            span = str(low) if low == high else f"{low} to {high}"
            problems.append(f"{where}: expected {span} sections, found {len(template.sections)}")

    expect.keys("placements.json: placements", [p.key for p in cat.placements], PLACEMENT_KEYS)
    kinds = set(cat.vocabularies.get("municipality_kinds", {}))
    for p in cat.placements:
        expect.refs(f"placements.json: placements[{p.key}].kinds", p.kinds, kinds, "municipality kind", False)

    expect.keys("pillars.json: pillars", [p.key for p in cat.pillars], PILLAR_KEYS)
    for p in cat.pillars:
        expected = tuple(f"{p.key}.{n}" for n in range(1, INDICATORS_PER_PILLAR + 1))
        expect.keys(f"pillars.json: pillars[{p.key}].indicators", [i.key for i in p.indicators], expected)
        for i in p.indicators:
            if i.pillar != p.key:
                problems.append(f"pillars.json: indicator {i.key} points at pillar {i.pillar!r}")

    expect.keys("methods.json: methods", [m.key for m in cat.methods], METHOD_KEYS)
    expect.keys("methods.json: protocol_sections", [s.key for s in cat.protocol_sections], None)
    expect.keys("data_protection.json: rules", [r.key for r in cat.data_protection], DATA_PROTECTION_KEYS)

    _check_practices(cat, expect)

    for name, keys in CLOSED_VOCABS.items():
        expect.vocab(cat, name, keys, exact=True)
    for name, keys in OPEN_VOCABS.items():
        expect.vocab(cat, name, keys, exact=False)

    if problems:
        raise CatalogError("the catalogue is inconsistent:\n  - " + "\n  - ".join(problems))


def _check_practices(cat: Catalog, expect: _Expect) -> None:
    """Practice examples: keys P01, P02, ... in order; each names items and barriers that exist."""
    keys = [p.key for p in cat.practices]
    expect.keys("practice.json: examples", keys, tuple(f"P{n:02d}" for n in range(1, len(keys) + 1)))
    items = {i.key for template in cat.checklists.values() for i in template.items}
    barriers = {b.key for b in cat.barriers}
    for p in cat.practices:
        where = f"practice.json: examples[{p.key}]"
        expect.refs(f"{where}.items", p.items, items, "checklist item", allow_empty=False)
        expect.refs(f"{where}.barriers", p.barriers, barriers, "barrier")
        bad = [s for s in p.sources if not _SOURCE.fullmatch(s)]
        if bad:
            expect.problems.append(f"{where}.sources: not a source number: {', '.join(bad)}")


class _Expect:
    """Small helpers that append readable problems instead of raising at the first one."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems

    def keys(self, where: str, found: Sequence[str], expected: Sequence[str] | None) -> None:
        """Keys are unique and, if ``expected`` is given, exactly those in that order."""
        dupes = sorted(k for k, n in Counter(found).items() if n > 1)
        if dupes:
            self.problems.append(f"{where}: duplicate key(s) {', '.join(dupes)}")
        if expected is None or list(found) == list(expected):
            return
        missing = [k for k in expected if k not in found]
        extra = [k for k in found if k not in expected]
        if missing:
            self.problems.append(f"{where}: missing {', '.join(missing)}")
        if extra:
            self.problems.append(f"{where}: unexpected {', '.join(extra)}")
        if not (missing or extra or dupes):
            self.problems.append(f"{where}: keys out of order, expected {', '.join(expected)}")

    def refs(
        self, where: str, refs: Sequence[str], known: Iterable[str], what: str, allow_empty: bool = True
    ) -> None:
        """Every reference names a known key, none twice, and the list is non-empty if required."""
        known = set(known)
        if not refs and not allow_empty:
            self.problems.append(f"{where}: must name at least one {what}")
        unknown = [r for r in refs if r not in known]
        if unknown:
            self.problems.append(f"{where}: unknown {what} {', '.join(map(repr, unknown))}")
        dupes = sorted(r for r, n in Counter(refs).items() if n > 1)
        if dupes:
            self.problems.append(f"{where}: {what} listed twice: {', '.join(dupes)}")

    def vocab(self, cat: Catalog, name: str, keys: tuple[str, ...], *, exact: bool) -> None:
        """A vocabulary exists and holds the keys the code stores."""
        labels = cat.vocabularies.get(name)
        if labels is None:
            self.problems.append(f"vocab.json: vocabulary {name!r} is missing")
        elif exact:
            self.keys(f"vocab.json: {name}", list(labels), keys)
        else:
            missing = [k for k in keys if k not in labels]
            if missing:
                self.problems.append(f"vocab.json: {name}: missing {', '.join(missing)}")
