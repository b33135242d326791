"""Reading a document's layout back with pypdf: every text run with its page, height, font and size."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

BODY_TOP, BODY_BOTTOM = 770.0, 55.0  # between the running header and the footer (points from below)


@dataclass(frozen=True)
class Run:
    page: int  # from 1
    y: float  # the baseline, points from the bottom of the page
    font: str
    size: float
    text: str

    @property
    def heading(self) -> bool:
        """An h1 (14 pt) or h2 (11 pt) of ``reports.styles``: bold, larger than the body."""
        return self.font.endswith("Bold") and self.size in (11.0, 14.0)


def runs(pdf: Path, body_only: bool = True) -> list[Run]:
    out: list[Run] = []
    for number, page in enumerate(PdfReader(pdf).pages, 1):

        def visit(text, cm, tm, font, size, number=number) -> None:
            if not text.strip() or font is None:
                return
            y = tm[5] * cm[3] + cm[5]
            if body_only and not BODY_BOTTOM < y < BODY_TOP:
                return
            name = str(font.get("/BaseFont", "")).split("+")[-1]
            out.append(Run(number, round(y, 1), name, round(size * tm[3] * cm[3], 1), text.strip()))

        page.extract_text(visitor_text=visit)
    return out


def lonely_headings(pdf: Path, least: float = 40.0) -> list[tuple[int, str]]:
    """Headings whose section does not begin on their page: below the heading the page holds neither
    another heading nor ``least`` points of content, and the section goes on on the next page (a
    heading with a line under it and its chart or table overleaf). A short last section is fine."""
    found = runs(pdf)
    out = []
    for r in found:
        if not r.heading:
            continue
        below = [o for o in found if o.page == r.page and o.y < r.y - 1]
        if any(o.heading for o in below):
            continue
        if below and r.y - min(o.y for o in below) >= least:
            continue
        overleaf = [o for o in found if o.page == r.page + 1]
        if overleaf and not max(overleaf, key=lambda o: o.y).heading:
            out.append((r.page, r.text))
    return out
