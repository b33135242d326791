"""Pages reach the store only through the page base (load/write/change), never ``ctx.workspace``."""

from __future__ import annotations

from pathlib import Path

PAGES = Path(__file__).resolve().parents[2] / "vopi_desktop" / "ui" / "pages"

#: Pages still being moved onto the base (H2 empties this list as it moves them).
NOT_YET_MOVED: set[str] = set()  # every page is on the base now


def test_no_page_module_touches_the_workspace() -> None:
    offenders = []
    for path in sorted(PAGES.rglob("*.py")):
        rel = path.relative_to(PAGES)
        if rel.name == "base.py" or (len(rel.parts) > 1 and rel.parts[0] in NOT_YET_MOVED):
            continue
        if "ctx.workspace" in path.read_text(encoding="utf-8"):
            offenders.append(str(rel))
    assert offenders == []


def test_the_allow_list_names_only_pages_that_still_need_it() -> None:
    """Once a page is moved, its entry must go: the list only shrinks."""
    for name in NOT_YET_MOVED:
        texts = [p.read_text(encoding="utf-8") for p in (PAGES / name).rglob("*.py")]
        assert any("ctx.workspace" in text for text in texts), f"{name} is moved: drop it from the list"
