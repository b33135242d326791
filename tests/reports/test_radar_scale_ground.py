"""The radar's scale 1–5 beside the upward axis sat on the rounds' polygons near the centre (review 4,
K21 i): each number stands on a small white ground, painted after the polygons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

from .outreach_pdf import words


def _white_rects(pdf: Path, page: int) -> list[tuple[float, float, float, float]]:
    """Rectangles filled white on the page, as (x0, y0, x1, y1) in points from below-left."""
    reader = PdfReader(pdf)
    ops = ContentStream(reader.pages[page - 1].get_contents(), reader).operations
    stack, shift = [], (0.0, 0.0)
    fill, pending, out = None, [], []
    for operands, op in ops:
        op = op.decode() if isinstance(op, bytes) else op
        if op == "q":
            stack.append((shift, fill))
        elif op == "Q":
            shift, fill = stack.pop()
        elif op == "cm":  # the charts are only moved, never turned or scaled
            shift = (shift[0] + float(operands[4]), shift[1] + float(operands[5]))
        elif op == "rg":
            fill = tuple(round(float(v), 3) for v in operands)
        elif op == "g":
            fill = (round(float(operands[0]), 3),) * 3
        elif op == "re":
            x, y, w, h = (float(v) for v in operands)
            pending.append((shift[0] + x, shift[1] + y, shift[0] + x + w, shift[1] + y + h))
        elif op in ("f", "f*", "B", "B*"):
            if fill == (1.0, 1.0, 1.0):
                out.extend(pending)
            pending = []
        elif op in ("S", "n"):
            pending = []
    return out


def test_the_scale_numbers_stand_on_a_white_ground(make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("dossier")
    found = words(pdf)
    page = next(w.page for w in found if w.text == "Säulen")
    height = found[0].page_height
    axis = next(w for w in found if w.page == page and w.text == "Aktive")  # the upward axis' label
    rest = next(w for w in found if w.page == page and w.text == "Begegnung" and abs(w.y0 - axis.y0) < 1)
    centre = (axis.x0 + rest.x1) / 2
    scale = [
        w
        for w in found
        if w.page == page and w.text in "12345" and len(w.text) == 1
        and axis.y0 < w.y0 < axis.y0 + 120 and abs(w.x0 - centre) < 12
    ]  # fmt: skip
    assert sorted(w.text for w in scale) == ["1", "2", "3", "4", "5"]
    grounds = _white_rects(pdf, page)
    for w in scale:
        # the digit itself: its box is the line's, from the font's ascent (1.07 em) above the baseline
        top, bottom = height - w.y0 - 2.5, height - w.y0 - 6.8
        assert any(x0 <= w.x0 and w.x1 <= x1 and y0 <= bottom and top <= y1 for x0, y0, x1, y1 in grounds), (
            f"{w.text} has no white ground"
        )
