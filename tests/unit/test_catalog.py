"""The built-in catalogue: counts, keys, cross-references, both languages, and load-time checks."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from vopi_desktop.catalog import AREA_KEYS, Catalog, CatalogError, load_catalog, load_catalog_from
from vopi_desktop.resources import resource_path

LANGS = ("de", "en")
# Barriers for which FACTS §2 lists no outreach approach: B9 (livelihood first), B12 (formal
# exclusion) and B17 (no professional support) are handled by structural work, not by outreach.
UNADDRESSED = {"B9", "B12", "B17"}
# FACTS §2, approach -> barriers, in the order given there.
APPROACH_BARRIERS = {
    "O1": ("B1", "B2", "B3", "B18"),
    "O2": ("B2", "B3"),
    "O3": ("B3", "B13", "B23", "B25"),
    "O4": ("B1", "B2"),
    "O5": ("B1", "B5"),
    "O6": ("B1", "B5"),
    "O7": ("B1", "B5", "B26"),
    "O8": ("B3", "B6", "B14"),
    "O9": ("B7", "B15"),
    "O10": ("B1", "B21"),
    "O11": ("B16",),
    "O12": ("B8", "B27"),
    "O13": ("B7",),
    "O14": ("B10", "B11"),
    "O15": ("B20",),
    "O16": ("B4", "B21"),
    "O17": ("B22", "B6"),
    "O18": ("B1", "B5"),
    "O19": ("B16", "B19"),
    "O20": ("B23", "B24"),
}
# FACTS §1 groups, with "Strukturell" split in two.
GROUP_MEMBERS = {
    "information": ("B1", "B2", "B3", "B4"),
    "language": ("B5", "B6"),
    "time_money": ("B7", "B8", "B9"),
    "legal_status": ("B10", "B11", "B12"),
    "club_culture": ("B13", "B14", "B15", "B16", "B17"),
    "discrimination": ("B18", "B19"),
    "recognition": ("B20", "B21", "B22"),
    "mo_structures": ("B23", "B24", "B25"),
    "administration": ("B26", "B27"),
}
# Titles that are the same word in both languages on purpose.
SAME_IN_BOTH = {"world_cafe"}


@pytest.fixture(scope="module", params=LANGS)
def cat(request: pytest.FixtureRequest) -> Catalog:
    return load_catalog(request.param)


def titled(cat: Catalog) -> dict[str, str]:
    """Every titled record as ``kind:key -> title`` so the two languages can be compared."""
    out: dict[str, str] = {}
    for kind, records in [
        ("occasion", cat.occasions),
        ("group", cat.barrier_groups),
        ("barrier", cat.barriers),
        ("approach", cat.approaches),
        ("checklist", tuple(cat.checklists.values())),
        ("placement", cat.placements),
        ("pillar", cat.pillars),
        ("method", cat.methods),
        ("protocol", cat.protocol_sections),
        ("dp", cat.data_protection),
    ]:
        out.update({f"{kind}:{r.key}": r.title for r in records})
    for template in cat.checklists.values():
        out.update({f"section:{template.key}.{s.key}": s.title for s in template.sections})
        out.update({f"item:{i.key}": i.text for i in template.items})
    out.update({f"indicator:{i.key}": i.question for i in cat.indicators})
    return out


def test_counts(cat: Catalog) -> None:
    assert len(cat.occasions) == 5
    assert len(cat.barrier_groups) == 9
    assert len(cat.barriers) == 27
    assert len(cat.approaches) == 20
    opening, anchoring = cat.checklists["opening"], cat.checklists["anchoring"]
    assert set(cat.checklists) == {"opening", "anchoring"}
    assert (len(opening.items), len(opening.sections)) == (26, 8)
    assert len(anchoring.items) == 19 and 4 <= len(anchoring.sections) <= 5
    assert len(cat.placements) == 6
    assert [len(p.indicators) for p in cat.pillars] == [5, 5, 5, 5]
    assert len(cat.indicators) == 20
    assert len(cat.methods) == 4
    assert len(cat.data_protection) == 16
    assert cat.protocol_sections


def test_contract_keys(cat: Catalog) -> None:
    assert [o.key for o in cat.occasions] == [
        "more_migrants",
        "strengthen_mo",
        "network_mo",
        "anchor_admin",
        "own_concern",
    ]
    assert [b.key for b in cat.barriers] == [f"B{n}" for n in range(1, 28)]
    assert [a.key for a in cat.approaches] == [f"O{n}" for n in range(1, 21)]
    assert [i.key for i in cat.checklists["opening"].items] == [f"opening.{n:02d}" for n in range(1, 27)]
    assert [i.key for i in cat.checklists["anchoring"].items] == [f"anchoring.{n:02d}" for n in range(1, 20)]
    assert [p.key for p in cat.pillars] == ["encounter", "participation", "diversity", "eye_level"]
    assert [i.key for i in cat.pillar("eye_level").indicators] == [f"eye_level.{n}" for n in range(1, 6)]
    assert [m.key for m in cat.methods] == [
        "future_conference",
        "world_cafe",
        "round_table",
        "network_meeting",
    ]
    assert [r.key for r in cat.data_protection] == [f"dp.{n:02d}" for n in range(1, 17)]
    opening_sections = [s.title for s in load_catalog("de").checklists["opening"].sections]
    assert opening_sections == [
        "Leitbild",
        "Zugang",
        "Kommunikation",
        "Personal und Vorstand",
        "Angebote",
        "Kooperation",
        "Qualifizierung",
        "Antidiskriminierung",
    ]


def test_barriers_and_groups_resolve(cat: Catalog) -> None:
    assert {g.key: tuple(b.key for b in g.barriers) for g in cat.barrier_groups} == GROUP_MEMBERS
    for barrier in cat.barriers:
        assert cat.barrier_group(barrier.group).key == barrier.group
        assert all(s.startswith("S") and s[1:].isdigit() for s in barrier.sources)
    assert cat.barrier("B1").sources == ("S16", "S4")
    assert cat.barrier("B6").sources == ()
    with pytest.raises(KeyError):
        cat.barrier("B28")


def test_approaches_match_facts(cat: Catalog) -> None:
    assert {a.key: a.barriers for a in cat.approaches} == APPROACH_BARRIERS
    for approach in cat.approaches:
        for key in approach.barriers:
            assert approach in cat.approaches_for_barrier(cat.barrier(key).key)
    assert cat.approach_note


def test_every_barrier_is_addressed_or_known_gap(cat: Catalog) -> None:
    unaddressed = {b.key for b in cat.barriers if not cat.approaches_for_barrier(b.key)}
    assert unaddressed == UNADDRESSED
    assert [a.key for a in cat.approaches_for_barrier("B1")] == ["O1", "O4", "O5", "O6", "O7", "O10", "O18"]
    assert cat.approaches_for_barrier("custom-barrier") == ()


def test_other_cross_references(cat: Catalog) -> None:
    kinds = set(cat.vocab("municipality_kinds"))
    assert kinds == {"gemeinde", "stadt", "landkreis", "gvv"}
    for occasion in cat.occasions:
        assert occasion.recommended_areas
        assert set(occasion.recommended_areas) <= AREA_KEYS
    for placement in cat.placements:
        assert placement.kinds and set(placement.kinds) <= kinds
    for pillar in cat.pillars:
        for indicator in pillar.indicators:
            assert indicator.pillar == pillar.key
            assert cat.indicator(indicator.key) is indicator
    for method in cat.methods:
        assert cat.method(method.key) is method
        assert method.phases and method.tips
    assert len(cat.method("future_conference").phases) == 5


def test_placement_guidance(cat: Catalog) -> None:
    assert cat.placements_for("gemeinde", 3000)[0].key == "mayor_office"
    assert cat.placements_for("landkreis", 200000)[0].key == "district_office"
    assert cat.placements_for("stadt", 80000)[0].key == "staff_unit"
    assert cat.placements_for("gvv", 25000)[0].key == "inter_municipal"
    for kind in ("gemeinde", "stadt", "landkreis", "gvv"):
        ranked = cat.placements_for(kind, None)
        assert len(ranked) == 6 and ranked[0].matches(kind, None)
        assert ranked[0].key != "delegation"
    assert "30 %" in cat.anchoring_principle


def test_vocab_and_labels(cat: Catalog) -> None:
    assert list(cat.vocab("relevance")) == ["not_assessed", "0", "1", "2", "3"]
    assert list(cat.vocab("pillar_scale")) == ["1", "2", "3", "4", "5"]
    assert len(cat.vocab("federal_states")) == 16
    assert len(cat.vocab("languages")) == 20
    assert len(cat.vocab("engagement_fields")) == 12
    assert cat.label("relevance", 3) == cat.vocab("relevance")["3"]
    assert cat.label("actor_types", "no-such-type") == "no-such-type"
    cat.vocab("actor_types")["verein"] = "changed"
    assert cat.label("actor_types", "verein") != "changed"
    with pytest.raises(KeyError):
        cat.vocab("no_such_vocab")


def test_languages_complete_and_distinct() -> None:
    de, en = load_catalog("de"), load_catalog("en")
    assert (de.lang, en.lang) == ("de", "en")
    assert de.label("actor_types", "verein") == "Verein"
    assert en.label("legal_bases", "consent").startswith("Consent")
    de_titles, en_titles = titled(de), titled(en)
    assert de_titles.keys() == en_titles.keys()
    assert all(t.strip() for t in [*de_titles.values(), *en_titles.values()])
    same = {k for k in de_titles if de_titles[k] == en_titles[k]}
    assert same == {f"method:{k}" for k in SAME_IN_BOTH}
    assert de.contact_guidance != en.contact_guidance
    assert de.approach_note != en.approach_note


def test_language_fallback_and_cache() -> None:
    assert load_catalog("fr") is load_catalog("de")
    assert load_catalog() is load_catalog("de")  # one load for the default and its name
    assert load_catalog("en_GB") is load_catalog("en")
    assert load_catalog("en").lang == "en"


def test_loading_is_fast() -> None:
    start = time.perf_counter()
    load_catalog_from(None, "de")
    load_catalog_from(None, "en")
    assert time.perf_counter() - start < 0.05


def test_records_are_frozen(cat: Catalog) -> None:
    with pytest.raises(AttributeError):
        cat.barriers[0].title = "x"  # type: ignore[misc]


# --- broken catalogues -------------------------------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    shutil.copytree(resource_path("catalog"), target)
    return target


def edit(root: Path, name: str, change: Any) -> None:
    path = root / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_copy_of_shipped_catalogue_loads(copy: Path) -> None:
    assert len(load_catalog_from(copy, "en").barriers) == 27


def test_missing_english_text_is_reported(copy: Path) -> None:
    edit(copy, "barriers.json", lambda d: d["barriers"][4]["title"].pop("en"))
    with pytest.raises(CatalogError, match=r"barriers\.json: barriers\[B5\]\.title\.en: English text"):
        load_catalog_from(copy, "de")


def test_empty_german_text_is_reported(copy: Path) -> None:
    edit(copy, "pillars.json", lambda d: d["pillars"][0]["indicators"][2]["question"].update(de=" "))
    with pytest.raises(CatalogError, match=r"indicators\[encounter\.3\]\.question\.de: German text"):
        load_catalog_from(copy, "en")


def test_unknown_barrier_reference_is_reported(copy: Path) -> None:
    edit(copy, "approaches.json", lambda d: d["approaches"][2]["barriers"].append("B99"))
    with pytest.raises(CatalogError, match=r"approaches\[O3\]\.barriers: unknown barrier 'B99'"):
        load_catalog_from(copy, "de")


def test_broken_group_area_and_kind_references_are_all_reported(copy: Path) -> None:
    edit(copy, "barriers.json", lambda d: d["barriers"][0].update(group="nowhere"))
    edit(copy, "occasions.json", lambda d: d["occasions"][0]["recommended_areas"].append("casino"))
    edit(copy, "placements.json", lambda d: d["placements"][0]["kinds"].append("bundesland"))
    with pytest.raises(CatalogError) as info:
        load_catalog_from(copy, "de")
    message = str(info.value)
    assert "barriers[B1].group: unknown barrier group 'nowhere'" in message
    assert "recommended_areas: unknown area 'casino'" in message
    assert "placements[mayor_office].kinds: unknown municipality kind 'bundesland'" in message


def test_wrong_count_and_duplicate_keys_are_reported(copy: Path) -> None:
    def duplicate(d: dict[str, Any]) -> None:
        d["rules"].pop()
        d["rules"][1]["key"] = "dp.01"

    edit(copy, "data_protection.json", duplicate)
    with pytest.raises(CatalogError, match=r"rules: duplicate key\(s\) dp\.01") as info:
        load_catalog_from(copy, "de")
    assert "missing dp.02, dp.16" in str(info.value)


def test_typo_in_field_name_is_reported(copy: Path) -> None:
    edit(copy, "methods.json", lambda d: d["methods"][1].update(tipps=[]))
    with pytest.raises(CatalogError, match=r"methods\[world_cafe\]: unexpected field\(s\) tipps"):
        load_catalog_from(copy, "de")


def test_missing_file_and_bad_json_are_reported(copy: Path) -> None:
    (copy / "vocab.json").write_text('{"relevance": {', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"vocab\.json: invalid JSON"):
        load_catalog_from(copy, "de")
    (copy / "vocab.json").unlink()
    with pytest.raises(CatalogError, match=r"vocab\.json: cannot read"):
        load_catalog_from(copy, "de")


def test_duplicate_json_key_is_reported(copy: Path) -> None:
    path = copy / "vocab.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"1": {"de": "Gering"', '"0": {"de": "Gering"', 1), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"vocab\.json: the key '0' appears twice"):
        load_catalog_from(copy, "de")


# --- answer scales of the pillar indicators (issue 6 item 11) ----------------------------------


def test_every_indicator_is_answered_on_a_scale_that_fits_its_question() -> None:
    """ "Wie oft …?" is not answered with "Trifft … zu": frequency, amount and share questions get their scale."""
    german, english = load_catalog("de"), load_catalog("en")
    fits = {"Wie oft": "frequency", "Wie viele": "amount", "Wie hoch ist der Anteil": "share"}
    for indicator in german.indicators:
        expected = next((s for start, s in fits.items() if indicator.question.startswith(start)), None)
        if expected is not None:
            assert indicator.scale == expected, indicator.key
        assert len(indicator.scale_labels) == 5 and all(indicator.scale_labels)
        assert english.indicator(indicator.key).scale == indicator.scale
    assert german.indicator("encounter.1").scale_labels == (
        "Nie",
        "Selten",
        "Gelegentlich",
        "Oft",
        "Regelmäßig",
    )
    assert german.indicator("encounter.1").scale_label(5) == "Regelmäßig"
    assert german.indicator("encounter.1").scale_label(0) == ""
    assert english.indicator("encounter.3").scale_label(1) == "None"
    assert german.indicator("encounter.2").scale_label(5) == "Trifft voll zu"
    assert {i.scale for i in german.indicators} == {"agreement", "frequency", "amount", "share"}


def test_unknown_scale_and_incomplete_scale_are_reported(copy: Path) -> None:
    edit(copy, "pillars.json", lambda d: d["pillars"][1]["indicators"][0].update(scale="vibes"))
    with pytest.raises(CatalogError, match=r"indicators\[participation\.1\]\.scale: unknown scale 'vibes'"):
        load_catalog_from(copy, "de")
    edit(copy, "pillars.json", lambda d: d["pillars"][1]["indicators"][0].update(scale="agreement"))
    edit(copy, "pillars.json", lambda d: d["scales"]["frequency"].pop("3"))
    with pytest.raises(CatalogError, match=r"scales\.frequency: expected the scores 1, 2, 3, 4, 5"):
        load_catalog_from(copy, "de")
