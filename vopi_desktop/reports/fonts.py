"""The embedded fonts of every document: Noto Sans (Latin, Greek, Cyrillic) and Noto Sans Arabic.

Registered once per process under our own names, so no document can fall back to a standard PDF font
(Helvetica is never embedded and lacks Cyrillic and Arabic). Arabic is shaped with HarfBuzz.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..lang import t
from ..resources import resource_path

SANS = "VOPISans"
SANS_BOLD = "VOPISans-Bold"
SANS_ITALIC = "VOPISans-Italic"
ARABIC = "VOPIArabic"
ARABIC_BOLD = "VOPIArabic-Bold"

_LATIN = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
}
_ARABIC = {ARABIC: "NotoSansArabic-Regular.ttf", ARABIC_BOLD: "NotoSansArabic-Bold.ttf"}
# <b> and <i> inside a Paragraph map to the bold and italic faces
_LATIN_MAPPINGS = (
    (SANS, 0, 0, SANS),
    (SANS, 1, 0, SANS_BOLD),
    (SANS, 0, 1, SANS_ITALIC),
    (SANS, 1, 1, SANS_BOLD),
)
_ARABIC_MAPPINGS = (
    (ARABIC, 0, 0, ARABIC),
    (ARABIC, 1, 0, ARABIC_BOLD),
    (ARABIC, 0, 1, ARABIC),
    (ARABIC, 1, 1, ARABIC_BOLD),
)
_lock = threading.Lock()
_done: set[str] = set()  # the groups registered: "latin", "arabic"


def _register(group: str, files: dict[str, str], shapable: bool, mappings: Iterable[tuple]) -> None:
    """Register a group of faces once per process (safe from worker threads)."""
    if group in _done:
        return
    with _lock:
        if group in _done:
            return
        for name, file in files.items():
            path = resource_path("fonts", file)
            if not path.exists():
                raise FileNotFoundError(f"font missing: {path}")
            font = TTFont(name, str(path), shapable=shapable)
            if shapable:
                _joiners_drawn_blank(font)
            pdfmetrics.registerFont(font)
        for mapping in mappings:
            addMapping(*mapping)
        _done.add(group)


def _joiners_drawn_blank(font: TTFont) -> None:
    """U+200C and U+200D drawn with the blank space glyph at no width, as HarfBuzz draws them (Noto's own
    glyphs for them are visible marks, for editors): ``rtl`` puts the joiners back into the shaped text
    in place of that space, so the text layer reads "می‌خواهیم" with its half-space."""
    face = font.face
    for joiner in (0x200C, 0x200D):
        face.charToGlyph[joiner] = face.charToGlyph[0x20]
        face.charWidths[joiner] = 0


def register_fonts() -> None:
    """Register the Latin faces with ReportLab (idempotent). The Arabic ones follow on first use
    (``arabic_for``, ``shown``): parsing them was a third of the 25 ms every report spent on fonts."""
    _register("latin", _LATIN, False, _LATIN_MAPPINGS)


def _register_arabic() -> None:
    register_fonts()
    _register("arabic", _ARABIC, True, _ARABIC_MAPPINGS)


def arabic_for(font_name: str) -> str:
    """The Arabic face that goes with a Latin face (bold stays bold), registered if it is not yet."""
    _register_arabic()
    return ARABIC_BOLD if font_name == SANS_BOLD else ARABIC


MISSING = "\ufffd"  # "�": Noto Sans has it (it has no "□"), and it is the mark readers know
_INVISIBLE = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")  # variation selectors (emoji style)
_covered: dict[bool, frozenset[str]] = {}


def _coverage(arabic: bool) -> frozenset[str]:
    """Every character the Latin faces can draw (they share one cmap), with ``arabic`` also the Arabic
    face's (registering it: only text the Latin faces cannot draw needs it)."""
    if arabic not in _covered:
        register_fonts()
        if arabic:
            _register_arabic()
        chars: set[str] = set("\n\t")
        for name in (SANS, ARABIC) if arabic else (SANS,):
            chars.update(chr(c) for c in pdfmetrics.getFont(name).face.charToGlyph)
        _covered[arabic] = frozenset(chars)
    return _covered[arabic]


def shown(text: str) -> str:
    """The text with every character the fonts cannot draw (✓, →, emoji) replaced by "�", so nothing a
    user typed silently disappears from the paper. Plain ASCII and covered text return unchanged; the
    replaced characters are noted for ``take_lacking`` (only here, off the fast paths)."""
    if text.isascii() or _coverage(False).issuperset(text):
        return text
    covered = _coverage(True)
    if covered.issuperset(text):
        return text
    text = _INVISIBLE.sub("", text)
    lacking = set(text).difference(covered)
    _lacking.update(lacking)
    for ch in lacking:  # few per text: str.replace each beats a loop over every character
        text = text.replace(ch, MISSING)
    return text


# The characters ``shown`` replaced since the last ``take_lacking``: the CLI names them after writing.
# A forked worker of ``report --all`` hands its own back with its result (``batch._one``).
_lacking: set[str] = set()
MAX_NAMED = 8  # characters a hint names; the rest as "…"


def take_lacking() -> list[str]:
    """The characters printed as "�" since the last call, in code point order; the record starts anew."""
    global _lacking
    taken, _lacking = _lacking, set()
    return sorted(taken)


def note_lacking(chars: Iterable[str]) -> None:
    """Characters a forked worker replaced, into this process's record."""
    _lacking.update(chars)


def named(chars: Sequence[str]) -> str:
    """The characters for a hint, e.g. "→ ✓": an invisible one by its code point, the first few only."""
    names = [ch if ch.isprintable() and not unicodedata.combining(ch) else f"U+{ord(ch):04X}" for ch in chars]
    return " ".join(names[:MAX_NAMED]) + (" …" if len(names) > MAX_NAMED else "")


def lacking_hint(chars: Sequence[str]) -> str:
    """One line for the user: how many characters the fonts lack, and which, e.g. „Hinweis: 2 Zeichen
    fehlen in der Schrift und wurden durch „�“ ersetzt: → ✓“ (the Berichte page says it with tr())."""
    listed = named(chars)
    n = len(chars)
    if n == 1:
        return t(
            f"Hinweis: 1 Zeichen fehlt in der Schrift und wurde durch „{MISSING}“ ersetzt: {listed}",
            f"Note: 1 character is missing from the fonts and was replaced by “{MISSING}”: {listed}",
        )
    return t(
        f"Hinweis: {n} Zeichen fehlen in der Schrift und wurden durch „{MISSING}“ ersetzt: {listed}",
        f"Note: {n} characters are missing from the fonts and were replaced by “{MISSING}”: {listed}",
    )
