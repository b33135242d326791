"""Right-to-left text for the PDFs: shaping, line breaking and word order, done by us.

ReportLab joins Arabic letters with HarfBuzz, but its Paragraph leaves the *words* of a line in
left-to-right order (its bidi path needs ``rlbidi``, which is not on PyPI). So text with Arabic or
Hebrew goes through this module: python-bidi resolves each character's embedding level, the text is
cut into pieces of one level and one font, Arabic pieces are shaped by HarfBuzz (which already puts
their glyphs in visual order), lines are broken with the shaped widths, and each line's pieces are put
in visual order by rule L2 of the Unicode bidi algorithm. Latin runs and numbers stay left-to-right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bidi import algorithm as _bidi
from bidi.mirror import MIRRORED
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from .fonts import arabic_for

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_REMOVED = frozenset(_bidi.X9_REMOVED)
_MARKS = str.maketrans("", "", "\u200e\u200f")
# ZWNJ and ZWJ: the Persian half-space ("انجمن‌ها") is orthography, so HarfBuzz must see it; python-bidi
# drops them (class BN) like the embedding controls, so their levels are filled in by hand
_JOINERS = "\u200c\u200d"
_NO_JOINERS = str.maketrans("", "", _JOINERS)
_HAS_JOINER = re.compile(f"[{_JOINERS}]").search


def has_rtl(text: str) -> bool:
    """Whether the text holds right-to-left letters and so needs this module."""
    return bool(_RTL.search(text))


def base_level(text: str) -> int:
    """1 when the first strong letter is right-to-left (the line is then set flush right), else 0."""
    return _bidi.get_base_level(text)


def levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of each character (rules P–I of UAX #9, by python-bidi); a joiner
    takes the level of the letter before it (after it at the start), as X9 leaves it to us."""
    if any(j in text for j in _JOINERS):
        kept = [i for i, ch in enumerate(text) if ch not in _JOINERS]
        found = dict(zip(kept, _levels("".join(text[i] for i in kept), base), strict=True))
        out: list[int] = []
        for i in range(len(text)):
            if i in found:
                out.append(found[i])
            else:
                near = out[-1] if out else next((found[k] for k in kept if k > i), base)
                out.append(near)
        return out
    return _levels(text, base)


def _levels(text: str, base: int) -> list[int]:
    storage = _bidi.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    _bidi.get_embedding_levels(text, storage)
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    return [ch["level"] for ch in storage["chars"]]


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of one level and one font, ready to draw: ``glyphs`` are already in visual order."""

    glyphs: str  # a ReportLab ShapedStr for Arabic runs
    font: str
    width: float
    level: int


@dataclass(frozen=True, slots=True)
class Word:
    pieces: tuple[Piece, ...]
    space_level: int  # level of the space that follows the word
    space_width: float
    line_break: bool = False  # a line break follows (the user's new line)

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)


def _clean(text: str) -> str:
    """Drop embedding controls (python-bidi removes them, which would shift our indexes) and tabs;
    the joiners stay (``levels`` gives them a level)."""
    text = text.replace("\t", " ")
    return "".join(ch for ch in text if ch in _JOINERS or unicodedata.bidirectional(ch) not in _REMOVED)


def _piece(text: str, font: str, size: float, level: int) -> Piece:
    text = text.translate(_MARKS)  # LRM/RLM have steered the levels; the fonts would draw a box
    if _ARABIC.search(text):
        font = arabic_for(font)
        glyphs = shapeStr(text, font, size)
        data = getattr(glyphs, "__shapeData__", None)
        if data and _HAS_JOINER(text):
            glyphs = _joiners_kept(text, glyphs, data)
        width = sum(d.x_advance for d in data) * size / 1000 if data else stringWidth(glyphs, font, size)
        return Piece(glyphs, font, width, level)
    text = text.translate(_NO_JOINERS)  # nothing to join in Latin text; Noto Sans would draw a box
    if level % 2:  # a neutral run inside right-to-left text: reversed and mirrored
        text = "".join(MIRRORED.get(ch, ch) for ch in reversed(text))
    return Piece(text, font, stringWidth(text, font, size), level)


def _joiners_kept(text: str, glyphs: str, data: list) -> ShapedStr:
    """The shaped text with each joiner back in place of the blank space HarfBuzz draws for it: the
    text layer maps glyphs back by their character, so the space read "می خواهیم" (pypdf) or
    "میخواهیم" (poppler). The font draws the joiners with that same blank glyph at no width
    (``fonts``), so the joiner's nominal width in the shape data is 0, not the space's."""
    chars = list(glyphs)
    data = list(data)
    for k, (ch, d) in enumerate(zip(chars, data, strict=True)):
        if ch == " " and text[d.cluster] in _JOINERS:
            chars[k] = text[d.cluster]
            data[k] = d._replace(width=0)
    return ShapedStr("".join(chars), shapeData=data)


def words(spans: Sequence[tuple[str, str]], size: float, base: int | None = None) -> tuple[list[Word], int]:
    """Cut ``(text, latin font)`` spans into shaped words; returns the words and the base level."""
    chars: list[str] = []
    fonts: list[str] = []
    for text, font in spans:
        text = _clean(text)
        chars.extend(text)
        fonts.extend(font for _ in text)
    full = "".join(chars)
    if base is None:
        base = base_level(full)
    lv = levels(full, base)
    result: list[Word] = []
    i, n = 0, len(full)
    while i < n:
        if full[i] in " \n":
            if full[i] == "\n" and result:  # a new line the user typed ends the line here
                result[-1] = replace(result[-1], line_break=True)
            i += 1
            continue
        j = i
        while j < n and full[j] not in " \n":
            j += 1
        pieces: list[Piece] = []
        start = i
        for k in range(i + 1, j + 1):
            if k < j and full[k] in _JOINERS:
                continue  # a half-space belongs to the run it stands in (HarfBuzz keeps it apart)
            if (
                k == j
                or lv[k] != lv[start]
                or fonts[k] != fonts[start]
                or _is_ar(full[k]) != _is_ar(full[start])
            ):
                pieces.append(_piece(full[start:k], fonts[start], size, lv[start]))
                start = k
        space_level = lv[j] if j < n else base
        space_font = fonts[j] if j < n else fonts[i]
        result.append(Word(tuple(pieces), space_level, stringWidth(" ", space_font, size)))
        i = j
    return result, base


def _is_ar(ch: str) -> bool:
    return bool(_ARABIC.match(ch))


def _fit(word: Word, width: float) -> list[Word]:
    """A left-to-right run wider than the line (a long e-mail address) cut where the line ends, so it
    wraps instead of running off the page; shaped Arabic and mixed words stay whole."""
    if word.width <= width or len(word.pieces) != 1 or word.pieces[0].level % 2:
        return [word]
    piece = word.pieces[0]
    if _ARABIC.search(piece.glyphs) or not piece.glyphs:
        return [word]
    size = piece.width / (stringWidth(piece.glyphs, piece.font, 1) or 1)
    parts: list[Word] = []
    start, used = 0, 0.0
    for k, ch in enumerate(piece.glyphs):
        w = stringWidth(ch, piece.font, size)
        if used + w > width and k > start:
            chunk = piece.glyphs[start:k]
            parts.append(Word((Piece(chunk, piece.font, used, piece.level),), piece.level, 0.0))
            start, used = k, 0.0
        used += w
    last = Piece(piece.glyphs[start:], piece.font, used, piece.level)
    return [*parts, replace(word, pieces=(last,))]


def break_lines(all_words: Sequence[Word], width: float) -> list[list[Word]]:
    """Greedy line breaking with the shaped widths (a word wider than the line gets a line of its own,
    a left-to-right one is cut to the line)."""
    lines: list[list[Word]] = []
    line: list[Word] = []
    used = 0.0
    for word in (part for whole in all_words for part in _fit(whole, width)):
        extra = word.width + (line[-1].space_width if line else 0.0)
        if line and used + extra > width:
            lines.append(line)
            line, used = [], 0.0
            extra = word.width
        line.append(word)
        used += extra
        if word.line_break:
            lines.append(line)
            line, used = [], 0.0
    if line:
        lines.append(line)
    return lines


def visual_line(line: Sequence[Word]) -> list[Piece]:
    """The pieces of one line from left to right (rule L2; the line's trailing space is dropped)."""
    items: list[Piece] = []
    for n, word in enumerate(line):
        items.extend(word.pieces)
        if n < len(line) - 1:
            items.append(Piece(" ", word.pieces[0].font, word.space_width, word.space_level))
    if not items:
        return items
    lv = [p.level for p in items]
    odd = [x for x in lv if x % 2]
    lowest = min(odd) if odd else max(lv) + 1
    order = list(range(len(items)))
    for level in range(max(lv), lowest - 1, -1):
        i = 0
        while i < len(order):
            if lv[order[i]] >= level:
                j = i
                while j < len(order) and lv[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [items[k] for k in order]
