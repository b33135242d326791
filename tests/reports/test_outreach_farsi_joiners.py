"""Farsi on paper keeps its half-spaces (review 4, K7): the zero-width non-joiner U+200C in "انجمن‌ها"
reaches HarfBuzz, so the ن before it takes its final form and does not join the ه after it.

(HarfBuzz draws the joiner as a space of no width, so the text layer holds no U+200C; the font's own
U+200C glyph would draw a visible mark.)"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from tests.support.tools import require_tool
from vopi_desktop.cli import main
from vopi_desktop.reports import rtl
from vopi_desktop.reports.fonts import SANS, register_fonts

TOWN = "Musterstadt am Neckar"
ZWNJ = "\u200c"


def _text_layer(pdf: Path) -> str:
    tool = require_tool("pdftotext", "poppler-utils")
    return subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_farsi_half_spaces_break_the_join_in_the_printed_flyer(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "fa.pdf"
    args = ["--data-dir", str(demo_dir), "report", "outreach", "--municipality", TOWN, "--languages", "fa"]
    assert main([*args, "--out", str(out)]) == 0
    text = _text_layer(out)
    # the text layer has each glyph's letter form: joined, "انجمنها" ends in the medial ligature "نه"
    words = [w for w in text.split() if "انجمنها" in unicodedata.normalize("NFKC", w)]
    assert words, "the intro's word for associations is on the page"
    for w in words:
        forms = [unicodedata.name(ch, "") for ch in w]
        assert "ARABIC LETTER NOON FINAL FORM" in forms, forms
        assert forms[forms.index("ARABIC LETTER NOON FINAL FORM") + 1] == "ARABIC LETTER HEH INITIAL FORM", (
            forms
        )


def test_joiners_are_kept_inside_one_shaped_piece_and_cost_no_width() -> None:
    """The level of a joiner is that of the letter before it, so "می‌توانید" stays one shaped run; a
    stray joiner in Latin text is dropped rather than drawn as a box."""
    register_fonts()
    (word,), base = rtl.words([("می\u200cتوانید", SANS)], 10)
    assert base == 1 and len(word.pieces) == 1
    joined, _ = rtl.words([("میتوانید", SANS)], 10)
    assert word.pieces[0].glyphs != joined[0].pieces[0].glyphs  # the ی before it is final, not medial
    (latin,), _ = rtl.words([("ab\u200ccd", SANS)], 10)
    assert ZWNJ not in "".join(p.glyphs for p in latin.pieces)
