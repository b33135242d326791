"""Farsi on paper keeps its half-spaces (review 4, K7): the zero-width non-joiner U+200C in "انجمن‌ها"
reaches HarfBuzz, so the ن before it takes its final form and does not join the ه after it; and the
text layer reads the joiner back (review 6), so copying or searching the word finds it as typed."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from tests.support.tools import require_tool
from vopi_desktop.cli import main
from vopi_desktop.reports import rtl
from vopi_desktop.reports.fonts import SANS, register_fonts
from vopi_desktop.reports.styles import styles
from vopi_desktop.reports.text import para

from .outreach_pdf import find_line, words

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
    # the text layer has each glyph's letter form: joined, "انجمنها" would end in the medial ligature "نه"
    words = [w for w in text.split() if "انجمن\u200cها" in unicodedata.normalize("NFKC", w)]
    assert words, "the intro's word for associations is on the page"
    for w in words:
        forms = [unicodedata.name(ch, "") for ch in w]
        assert "ARABIC LETTER NOON FINAL FORM" in forms, forms
        at = forms.index("ARABIC LETTER NOON FINAL FORM")
        assert forms[at + 1 : at + 3] == ["ZERO WIDTH NON-JOINER", "ARABIC LETTER HEH INITIAL FORM"], forms


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


# Review 6, K7: the half-space printed but missing from the text layer ("میخواهیم" came back): HarfBuzz
# draws a joiner as the space glyph, which the PDF mapped back to U+0020 (pypdf) or to nothing.
PHRASE = "ما می\u200cخواهیم کمک کنیم، نمی\u200cتوانیم بدون انجمن\u200cها"
_EMBEDDINGS = str.maketrans("", "", "\u202a\u202b\u202c")  # poppler marks its right-to-left runs
JOINED_WORDS = ("می\u200cخواهیم", "نمی\u200cتوانیم", "انجمن\u200cها")


def _farsi_pdf(tmp_path: Path) -> Path:
    """A real document: a Farsi sentence, and an actor's Farsi name after a German label."""
    out = tmp_path / "zwnj.pdf"
    body = styles()["body"]
    SimpleDocTemplate(str(out)).build([para(PHRASE, body), para("انجمن\u200cهای محله", body, "Akteur")])
    return out


def test_half_spaces_come_back_from_the_text_layer(tmp_path: Path) -> None:
    pdf = _farsi_pdf(tmp_path)
    found = words(pdf)
    # each word read back right to left is the word as typed, its half-space in place
    first = find_line(found, PHRASE)
    assert [w.x0 for w in first] == sorted((w.x0 for w in first), reverse=True), "first word rightmost"
    assert "انجمن\u200cهای" in {w.logical for w in found}, [w.logical for w in found]
    # drawn as wide as laid out: the joiner's glyph takes no width and pulls the next letter back by none
    for word in first:
        (laid,), _ = rtl.words([(word.logical, SANS)], styles()["body"].fontSize)
        assert abs((word.x1 - word.x0) - laid.width) < 0.05, (word.logical, word.x1 - word.x0, laid.width)
    # poppler's own reading order and pypdf (a screen reader's or a search's view) keep it too
    plain = unicodedata.normalize("NFKC", _text_layer(pdf)).translate(_EMBEDDINGS)
    extracted = unicodedata.normalize("NFKC", PdfReader(pdf).pages[0].extract_text())
    for word in JOINED_WORDS:
        for text in (plain, extracted):
            assert word in text, (word, text)
            assert word.replace(ZWNJ, "") not in text and word.replace(ZWNJ, " ") not in text, (word, text)


def test_half_spaces_in_the_printed_flyer_come_back(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "fa.pdf"
    args = ["--data-dir", str(demo_dir), "report", "outreach", "--municipality", TOWN, "--languages", "fa"]
    assert main([*args, "--out", str(out)]) == 0
    logical = {w.logical for w in words(out)}
    for word in ("می\u200cتوانید", "انجمن\u200cها"):
        assert any(word in w for w in logical), word
    assert not any("میتوانید" in w for w in logical)
