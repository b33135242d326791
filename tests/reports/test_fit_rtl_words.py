"""A right-to-left name shortened to its room was cut inside a word: "…جمعية الصداقة العربية الأل", a
fragment no Arabic reader recognises (review 4, K2). ``charts.fit`` cuts such text after its last whole
word that fits (characters only when the first word alone is too wide)."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from vopi_desktop.reports import charts, netmap, template
from vopi_desktop.reports.charts import fit
from vopi_desktop.reports.fonts import SANS, register_fonts
from vopi_desktop.store.dto.network import Graph, Link, Node

from .outreach_pdf import words

NAME = "جمعية الصداقة العربية الألمانية في نويدورف"
LONG = "مشكلة عدم توفر المعلومات باللغة العربية في مكاتب البلدية والجمعيات المحلية والمدارس"
META = template.DocMeta("Test", "Neudorf an der Leer", "Test", date(2026, 12, 6))


def _arabic_printed(pdf: Path) -> list[str]:
    """The Arabic words on the page, as typed (presentation forms folded), the ellipsis taken off."""
    out = []
    for w in words(pdf):
        text = w.logical.replace("...", "").replace("…", "").strip()  # NFKC makes "…" "..."
        if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
            out.append(text)
    return out


def test_a_right_to_left_label_is_cut_between_words(tmp_path: Path) -> None:
    nodes = (Node("a", NAME, "migrant_org", 20, 50), Node("b", "Stadtverwaltung", "administration", 80, 50))
    graph = Graph("m", nodes, (Link("l", "a", "b", "cooperation", 2, "", 1),))
    figure, _ = netmap.network_figure(graph, {"migrant_org": "MO", "administration": "Verwaltung"}, 400,
                                      kind_labels={"cooperation": "Kooperation"})  # fmt: skip
    bars = charts.barrier_bars([(LONG, 3), ("Sprache", 2)])
    pdf = tmp_path / "rtl.pdf"
    template.build([figure, bars], pdf, META)
    printed = _arabic_printed(pdf)
    whole = set(NAME.split()) | set(LONG.split())
    assert printed, "no Arabic on the page"
    assert [w for w in printed if w not in whole] == [], printed  # no word cut in the middle
    assert len(printed) < len(NAME.split()) + len(LONG.split())  # something was shortened


def test_fit_keeps_whole_right_to_left_words() -> None:
    register_fonts()
    for width in range(20, 200, 7):
        text = fit(NAME, SANS, 8, width)
        if text.endswith("…") and " " in text:
            kept = text[:-1].split()
            assert kept == NAME.split()[: len(kept)], (width, text)
    assert fit(NAME, SANS, 8, 1000) == NAME
    assert fit("الألمانية", SANS, 8, 12).endswith("…")  # one word too wide: cut by characters
