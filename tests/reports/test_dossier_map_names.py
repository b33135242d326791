"""The dossier's small network map leaves no actor anonymous: a dot whose name found no room is named
in a line under the map (review 4, K2: "DRK-Ortsverein Musterstadt", "Feuerwehr-Förderverein
Musterstadt e.V." and "FC Musterstadt-Süd 1921 e.V." were dots without a name, and nothing said so)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from vopi_desktop.config import load_config
from vopi_desktop.store.workspace import Workspace


def test_every_actor_is_named_on_the_map_page(make_pdf, demo_dir: Path) -> None:
    ws = Workspace.open(load_config(demo_dir, None))
    try:
        names = [a.name for a in ws.actors.list(ws.municipalities.list()[0].id)]
    finally:
        ws.close()
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(make_pdf("dossier")).pages]
    page = next(text for text in pages if "Netzwerkkarte" in text)
    # a label may be shortened with "…" at its end: its start is printed
    missing = [n for n in names if n not in page and n[:20] not in page]
    assert missing == []


def test_the_dossiers_map_uses_its_page(make_pdf) -> None:
    """The map took the upper half of its page and left a third of it white below the legend (K2)."""
    from tests.reports.outreach_pdf import words

    found = words(make_pdf("dossier"))
    page = next(w.page for w in found if w.text == "Netzwerkkarte")
    on_page = [w for w in found if w.page == page]
    heading = min(w.y0 for w in on_page if w.text == "Netzwerkkarte")
    legend = min(w.y0 for w in on_page if w.text == "Migrantenorganisation")
    names = [w.y0 for w in on_page if heading + 20 < w.y0 < legend - 5]
    assert (max(names) - min(names)) / on_page[0].page_height > 0.55  # was 0.4
