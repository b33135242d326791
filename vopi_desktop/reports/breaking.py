"""Table columns wide enough for their longest word, and break points in a word wider than its column.

ReportLab cuts a word wider than its line anywhere ("Migrantenorga|nisation"). A table gives each
column at least its longest catalogue word (``frame_widths``); a word that is still wider than its
column gets soft hyphens at German (or English) break points from pyphen, so ReportLab breaks it with a
hyphen, and a web or mail address is cut after "/", ".", "@" and "-" into pieces that each fill a line
(ReportLab breaks between them and, as two never share a line, prints nothing between them). Only such words are touched: every
other word stays whole, so a search in the PDF finds it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..lang import language
from .text import _Paragraph, esc, paragraph

SHY = "\xad"  # soft hyphen: ReportLab may break here and prints a hyphen
# Between two pieces of a word: whitespace to ReportLab (str.split), so a line may break there; never
# printed, because the pieces are cut so that no two fit on one line (a zero-width space is no
# whitespace to str.split)
BREAK = "\u200a"
PADDING = 6  # a table cell's left and right padding (styles.table_style)
_WIDEST_GLYPH = 1.2  # no Latin or Cyrillic glyph of Noto Sans is wider than 1.2 × the font size
_EDGE = re.compile(r"^([\W_]*)(.*?)([\W_]*)$", re.S)
_AFTER = "/.@-"  # an address breaks after these

log = logging.getLogger(__name__)
_dictionaries: dict[str, Any] = {}


def _dictionary() -> Any:
    """pyphen's hyphenator for the document's language, its patterns read as words need them.

    Imported on first need (pyphen's import costs 30 ms, most documents never need it). None when the
    dictionary cannot be read (a frozen build without pyphen's data): words then break as ReportLab cuts."""
    code = "en_GB" if language() == "en" else "de_DE"
    if code not in _dictionaries:
        _dictionaries[code] = None
        try:
            import pyphen

            path = pyphen.LANGUAGES[code]
            if path not in pyphen.hdcache:
                pyphen.hdcache[path] = _lazy_patterns(pyphen, path)
            _dictionaries[code] = pyphen.Pyphen(lang=code, right=3)  # no two-letter tail ("stel-le")
        except (ImportError, KeyError, OSError, ValueError):
            log.warning("no hyphenation patterns for %s: long words break without a hyphen", code)
    return _dictionaries[code]


def _lazy_patterns(pyphen: Any, path: Path) -> Any:
    """A ``pyphen.HyphDict`` whose patterns are parsed when a word looks them up: pyphen parses all
    78,000 German patterns up front (half a second of CPU); the index of them takes a few ms."""

    class Patterns(dict):
        def __init__(self) -> None:
            raw = re.sub(rb"[ \t\r]+\n", b"\n", path.read_bytes())  # pyphen strips the lines
            encoding = raw[: raw.index(b"\n")].decode().strip()
            encoding = "cp1251" if encoding.lower() == "microsoft-cp1251" else encoding
            lines = raw.decode(encoding).split("\n")[1:]
            keys = raw.translate(None, b"0123456789").decode(encoding).split("\n")[1:]
            self.lines = dict(zip(keys, lines, strict=True))
            self.lines.pop("", None)
            self.maxlen = max(map(len, self.lines))

        def get(self, key: str, default: object = None) -> object:
            if key not in self:
                line = self.lines.get(key)
                self[key] = None if line is None else _parse(line.strip())
            return super().get(key) or default

    def _parse(pattern: str) -> tuple[int, tuple[int, ...]] | None:
        """One pattern as pyphen's HyphDict stores it: the offset of its first non-zero value and its
        values (pyphen's own parsing, less the hex escapes and alternatives no shipped German or
        English dictionary uses)."""
        if pattern.startswith(pyphen.ignored) or "/" in pattern or "^^" in pattern:
            return None
        values = [int(i or "0") for i, _ in pyphen.parse(pattern)]
        if max(values) == 0:
            return None
        start, end = 0, len(values)
        while not values[start]:
            start += 1
        while not values[end - 1]:
            end -= 1
        return start, tuple(values[start:end])

    table = object.__new__(pyphen.HyphDict)
    table.patterns = Patterns()
    table.maxlen = table.patterns.maxlen
    table.cache = {}
    return table


def words_of(text: str) -> list[str]:
    """The pieces a line may not break inside: words, and a hyphenated word's parts ("Birheim-")."""
    return [part for word in text.split() for part in re.findall(r"[^-]+-?|-", word)]


def widest_word(texts: Iterable[str], font: str, size: float) -> float:
    """The width of the widest word of ``texts``, plus the cell padding: a column's least width."""
    return max((stringWidth(w, font, size) for t in texts for w in words_of(t)), default=0.0) + PADDING


def frame_widths(base: Sequence[float], least: Sequence[float], total: float) -> list[float]:
    """``base`` scaled to ``total``, every column at least ``least`` (0 or missing: no minimum).

    A column below its least gets it; the room comes from the columns with width to spare, in
    proportion to their spare. When the least widths add up to more than ``total`` they are scaled
    down together (a word then breaks with a hyphen)."""
    least = [*least, *[0.0] * (len(base) - len(least))][: len(base)]
    if sum(least) >= total:
        return [w * total / sum(least) for w in least]
    scale = total / sum(base)
    widths = [w * scale for w in base]
    for _ in range(len(widths)):  # taking room can push a column below its least: repeat
        short = sum(max(0.0, m - w) for w, m in zip(widths, least, strict=True))
        if short <= 1e-6:
            break
        widths = [max(w, m) for w, m in zip(widths, least, strict=True)]
        spare = [max(0.0, w - m) for w, m in zip(widths, least, strict=True)]
        have = sum(spare)
        widths = [w - short * s / have for w, s in zip(widths, spare, strict=True)]
    return widths


def break_cell(value: object, width: float) -> object:
    """A table cell with break points in its words wider than the column; the same object when none is."""
    if isinstance(value, list):
        changed = [break_cell(v, width) for v in value]
        return changed if any(a is not b for a, b in zip(changed, value, strict=True)) else value
    if not isinstance(value, _Paragraph) or len(value.frags) != 1:
        return value
    frag = value.frags[0]
    text = getattr(frag, "text", None)
    room = width - PADDING
    if not text or len(text) * frag.fontSize * _WIDEST_GLYPH <= room:
        return value
    marked = break_words(text, frag.fontName, frag.fontSize, room)
    return value if marked is None else paragraph(esc(marked), value.style)


def break_words(text: str, font: str, size: float, room: float) -> str | None:
    """``text`` with break points in each word wider than ``room``; None when every word fits."""
    longest = room / (size * _WIDEST_GLYPH)  # a word of fewer characters fits whatever its letters
    words = re.split(r"(\s+)", text)  # the words at even places, the spaces between them kept
    changed = False
    for i in range(0, len(words), 2):
        word = words[i]
        if len(word) <= longest or stringWidth(word, font, size) <= room:
            continue
        changed = True
        if "@" in word or "/" in word or word.startswith("www."):
            words[i] = _address(word, font, size, room)
        else:
            words[i] = _hyphenated(word, font, size, room)
    return "".join(words) if changed else None


def _pieces(word: str, font: str, size: float, room: float, after: str) -> list[str]:
    """``word`` cut after any of the ``after`` characters into pieces each as long as fits ``room``
    (the last may still be wider: no such character within a line)."""
    pieces, start = [], 0
    while stringWidth(word[start:], font, size) > room:
        cut = 0
        for i in range(start + 1, len(word)):
            if word[i - 1] in after and stringWidth(word[start:i], font, size) <= room:
                cut = i
        if not cut:
            break
        pieces.append(word[start:cut])
        start = cut
    pieces.append(word[start:])
    return pieces


def _address(word: str, font: str, size: float, room: float) -> str:
    """Cut after separators, each piece as long as fits, so two pieces never fit on one line together
    and no space ever shows between them. A part with no separator within a line ("jugendmigrations-
    dienst." in a narrow column) is cut where the dictionary would hyphenate it, but without a hyphen
    (an address must be typed as printed), each piece filling its line: ReportLab would cut it
    anywhere and set the cut piece on one line with the one before it, a space between them."""
    pieces = []
    for piece in _pieces(word, font, size, room, _AFTER):
        pieces += _fill(piece, font, size, room) if stringWidth(piece, font, size) > room else [piece]
    return BREAK.join(pieces)


def address_parts(text: str) -> list[str]:
    """The parts of the addresses in ``text`` between the places they may break ("www.", "awo-"):
    a column holding addresses is best at least as wide as the widest of them."""
    return [p for word in text.split() if "@" in word or "/" in word or word.startswith("www.")
            for p in re.findall(r"[^/.@-]+[/.@-]*|[/.@-]+", word)]  # fmt: skip


def _fill(part: str, font: str, size: float, room: float) -> list[str]:
    """``part`` in pieces that each fill a line, cut at the dictionary's break points where one fits."""
    dictionary = _dictionary()
    points = set(dictionary.positions(part)) if dictionary is not None else set()
    out, start = [], 0
    while stringWidth(part[start:], font, size) > room:
        fits = start + 1
        while fits < len(part) and stringWidth(part[start : fits + 1], font, size) <= room:
            fits += 1
        cut = max((p for p in points if start < p <= fits), default=fits)
        out.append(part[start:cut])
        start = cut
    out.append(part[start:])
    return out


def _hyphenated(word: str, font: str, size: float, room: float) -> str:
    """A compound broken after its own hyphens where its parts fit ("Birheim-|Altwaldhausen"), else soft
    hyphens at the dictionary's break points of each part wider than a line."""
    pieces = _pieces(word, font, size, room, "-")
    if stringWidth(pieces[-1], font, size) <= room:
        return BREAK.join(pieces)
    dictionary = _dictionary()
    if dictionary is None:
        return word
    out = []
    for part in re.findall(r"[^-]+-?|-", word):
        if stringWidth(part, font, size) > room:
            lead, core, tail = _EDGE.match(part).groups()
            part = lead + dictionary.inserted(core, hyphen=SHY) + tail
        out.append(part)
    return "".join(out)
