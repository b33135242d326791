"""``charts.fit`` finds the longest start of a label that fits with "…" by bisection: the same answer
as taking off one character at a time, which it replaced (a map has thousands of labels)."""

from __future__ import annotations

import random

from reportlab.pdfbase.pdfmetrics import stringWidth

from vopi_desktop.reports.charts import fit
from vopi_desktop.reports.fonts import SANS, SANS_BOLD, register_fonts


def _one_at_a_time(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def test_fit_gives_what_shortening_one_character_at_a_time_gives() -> None:
    register_fonts()
    rng = random.Random(7)
    words = ["Türkischer", "Elternverein", "Altbirdorf", "", "Ö", "W", "i", ".", "–", "Привет", "1919"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        font, size = rng.choice([SANS, SANS_BOLD]), rng.choice([3.6, 7.5, 8.0])
        width = rng.uniform(0, 160)
        assert fit(text, font, size, width) == _one_at_a_time(text, font, size, width), (text, width)
    assert fit("Musikverein", SANS, 8, 1) == "…"
