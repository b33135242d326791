"""The area registry is the one list: sidebar, smoke --page and the catalogue's area keys follow it."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from vopi_desktop import areas
from vopi_desktop.catalog import AREA_KEYS
from vopi_desktop.cli import PAGES
from vopi_desktop.lang import set_language

ROOT = Path(__file__).resolve().parents[2]


def test_keys_are_unique_and_parents_exist() -> None:
    keys = areas.area_keys()
    assert len(keys) == len(set(keys))
    for a in areas.AREAS:
        assert not a.parent or a.parent in keys
        assert a.group in ("", "analysis")


def test_every_page_of_the_command_line_contract_is_registered() -> None:
    design = ROOT.parent / "shared" / "DESIGN.md"
    wanted = {
        "start",
        "barriers",
        "actors",
        "network",
        "pillars",
        "events",
        "measures",
        "timeline",
        "coverage",
        "opening",
        "anchoring",
        "reports",
        "exchange",
        "consultant",
        "outreach",
    }
    if design.exists():  # the contract's PAGE list, read from the design brief itself
        text = design.read_text(encoding="utf-8")
        block = text[text.index("PAGE:") : text.index("--size:", text.index("PAGE:"))]
        wanted = set(re.findall(r"[a-z]+", block.replace("PAGE", ""))) - {"and", "once", "built"}
    assert wanted <= set(areas.area_keys())


def test_cli_and_catalogue_read_the_registry() -> None:
    assert areas.area_keys() == PAGES
    assert areas.step_keys() == AREA_KEYS
    assert "start" not in AREA_KEYS and "barriers" in AREA_KEYS


def test_built_pages_name_an_existing_page_class(qapp) -> None:
    from vopi_desktop.ui.pages.base import Page

    for a in areas.AREAS:
        if a.page is None:
            continue
        module_name, class_name = a.page.split(":")
        module = importlib.import_module(f"vopi_desktop.ui.pages.{module_name}")
        assert issubclass(getattr(module, class_name), Page)


def test_purpose_follows_the_language() -> None:
    set_language("en")
    english = areas.area("outreach").purpose()
    set_language("de")
    assert english != areas.area("outreach").purpose()
    assert all(a.purpose() for a in areas.AREAS)


def test_sidebar_titles_cover_the_registry(qapp) -> None:
    from vopi_desktop.ui.navigation import areas as sidebar
    from vopi_desktop.ui.navigation import titles

    assert set(titles()) == set(areas.area_keys())
    assert [a.key for a in sidebar()] == areas.area_keys()
    shortcuts = [a.shortcut for a in areas.AREAS if a.shortcut]
    assert len(shortcuts) == len(set(shortcuts))
