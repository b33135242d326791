"""Flowables of our own: right-to-left paragraphs, tick boxes and write-in lines for paper workshops."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from . import rtl
from .styles import INK, RULE


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text, laid out by ``rtl`` (see there why not by Paragraph).

    ``spans`` are ``(plain text, Latin font)``; the text is never parsed as markup, so it needs no
    escaping. A right-to-left paragraph (first strong letter Arabic) is set flush right.
    """

    def __init__(self, spans: Sequence[tuple[str, str]], style: ParagraphStyle, _lines=None, _base=None):
        super().__init__()
        self.spans = list(spans)
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._words, self._base = (None, _base) if _lines is not None else rtl.words(spans, style.fontSize)
        self._lines: list[list[rtl.Word]] | None = _lines
        self._laid_width: float | None = None

    def _layout(self, width: float) -> list[list[rtl.Word]]:
        if self._lines is None or (self._words is not None and self._laid_width != width):
            usable = width - self.style.leftIndent - self.style.rightIndent
            self._lines = rtl.break_lines(self._words or [], usable)
            self._laid_width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        self.width = avail_width
        self.height = max(1, len(lines)) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        return [
            BidiParagraph(self.spans, self.style, lines[:fit], self._base),
            BidiParagraph(self.spans, self.style, lines[fit:], self._base),
        ]

    def draw(self) -> None:
        style, canv = self.style, self.canv
        canv.setFillColor(style.textColor or INK)
        size = style.fontSize
        y = self.height - size
        for line in self._lines or []:
            pieces = rtl.visual_line(line)
            used = sum(p.width for p in pieces)
            free = self.width - style.leftIndent - style.rightIndent - used
            if style.alignment == TA_CENTER:
                x = style.leftIndent + free / 2
            elif style.alignment == TA_RIGHT or self._base:
                x = style.leftIndent + max(free, 0)
            else:
                x = style.leftIndent
            for piece in pieces:
                if piece.glyphs.strip():
                    canv.setFont(piece.font, size)
                    canv.drawString(x, y, piece.glyphs)
                x += piece.width
            y -= style.leading


class TickBox(Flowable):
    """A square to tick by hand; ``state`` draws a printed tick (done), a dash (not relevant) or a dot."""

    def __init__(self, size: float = 9, state: str = "") -> None:
        super().__init__()
        self.size = size
        self.state = state
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(0, 0, s, s, stroke=1, fill=0)
        c.setLineWidth(1.3)
        if self.state == "done":
            c.lines([(s * 0.18, s * 0.5, s * 0.42, s * 0.2), (s * 0.42, s * 0.2, s * 0.85, s * 0.85)])
        elif self.state == "not_relevant":
            c.line(s * 0.2, s * 0.5, s * 0.8, s * 0.5)
        elif self.state == "in_progress":
            c.circle(s / 2, s / 2, s * 0.18, stroke=0, fill=1)


class WriteInLines(Flowable):
    """Ruled lines to write on, for notes, names and dates at a paper workshop."""

    def __init__(self, count: int = 2, gap: float = 16) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap + 2

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        for n in range(self.count):
            y = 2 + n * self.gap
            c.line(0, y, self.width, y)
