"""Built-in practice examples: both languages, links to checklist items and barriers, load-time checks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from vopi_desktop.catalog import Catalog, CatalogError, load_catalog, load_catalog_from
from vopi_desktop.resources import resource_path


@pytest.fixture(scope="module", params=("de", "en"))
def cat(request: pytest.FixtureRequest) -> Catalog:
    return load_catalog(request.param)


def test_examples_are_numbered_and_complete(cat: Catalog) -> None:
    keys = [p.key for p in cat.practices]
    assert len(keys) >= 10
    assert keys == [f"P{n:02d}" for n in range(1, len(keys) + 1)]
    assert cat.practice_note
    for p in cat.practices:
        assert p.title and p.what and p.helped and p.items and p.sources


def test_every_opening_section_and_the_anchoring_checklist_have_examples(cat: Catalog) -> None:
    linked = {ref for p in cat.practices for ref in p.items}
    for section in cat.checklists["opening"].sections:
        assert linked & {i.key for i in section.items}, section.key
    assert linked & {i.key for i in cat.checklists["anchoring"].items}


def test_examples_are_found_by_item_and_by_barrier(cat: Catalog) -> None:
    assert [p.key for p in cat.practices_for("opening.06")] == ["P01", "P04"]
    assert "P02" in [p.key for p in cat.practices_for("B13")]
    assert cat.practice("P09").items == ("anchoring.03", "anchoring.09", "anchoring.18")
    assert cat.practices_for("own-1234") == ()  # an own item has no built-in example
    with pytest.raises(KeyError, match="practice example"):
        cat.practice("P99")


def test_languages_differ_and_match() -> None:
    de, en = load_catalog("de"), load_catalog("en")
    for a, b in zip(de.practices, en.practices, strict=True):
        assert a.key == b.key and a.items == b.items and a.barriers == b.barriers
        assert a.title != b.title and a.what != b.what and a.helped != b.helped


# --- broken catalogues -------------------------------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    shutil.copytree(resource_path("catalog"), target)
    return target


def edit(root: Path, change: Any) -> None:
    path = root / "practice.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_unknown_item_barrier_and_source_are_all_reported(copy: Path) -> None:
    def break_it(d: dict[str, Any]) -> None:
        d["examples"][0]["items"].append("opening.99")
        d["examples"][1]["barriers"].append("B42")
        d["examples"][2]["sources"] = ["Quelle 7"]

    edit(copy, break_it)
    with pytest.raises(CatalogError) as info:
        load_catalog_from(copy, "de")
    message = str(info.value)
    assert "examples[P01].items: unknown checklist item 'opening.99'" in message
    assert "examples[P02].barriers: unknown barrier 'B42'" in message
    assert "examples[P03].sources: not a source number: Quelle 7" in message


def test_example_without_items_is_reported(copy: Path) -> None:
    edit(copy, lambda d: d["examples"][3].update(items=[]))
    with pytest.raises(CatalogError, match=r"examples\[P04\]\.items: must name at least one checklist item"):
        load_catalog_from(copy, "de")


def test_missing_english_and_gap_in_numbering_are_reported(copy: Path) -> None:
    def break_it(d: dict[str, Any]) -> None:
        d["examples"][0]["helped"].pop("en")

    edit(copy, break_it)
    with pytest.raises(CatalogError, match=r"examples\[P01\]\.helped\.en: English text"):
        load_catalog_from(copy, "de")
    edit(copy, lambda d: (d["examples"][0]["helped"].update(en="x"), d["examples"].pop(4)))
    with pytest.raises(CatalogError, match=r"practice\.json: examples: missing P05"):
        load_catalog_from(copy, "de")


def test_typo_in_field_name_is_reported(copy: Path) -> None:
    edit(copy, lambda d: d["examples"][0].update(barrier=["B1"]))
    with pytest.raises(CatalogError, match=r"examples\[P01\]: unexpected field\(s\) barrier"):
        load_catalog_from(copy, "de")
