"""``text.paragraph`` skips ReportLab's XML parser for plain text: it must make the very Paragraph the
parser makes (same fragments, same text, same lines), for every style of the documents."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from vopi_desktop.reports.styles import styles
from vopi_desktop.reports.text import esc, paragraph

TEXTS = [
    "x",
    "  leading and trailing  ",
    "two  spaces\tand a tab",
    "Zeile\nzwei\n\n  drei ",
    "Ümlaut ß 12,5 % – „Anführung“ · Привет",
    "\u00a0no-break\u00a0spaces\u00a0",
    "Ein langer Satz, der in einer schmalen Spalte über mehrere Zeilen umbrechen muss. " * 6,
    "",
    " ",
    esc("<b>not bold</b> & <script>"),  # markup characters: the parser's path
    "a<br/>b",  # our own markup: the parser's path
]


def _state(p: Paragraph, width: float) -> tuple:
    made = (p.text, [dict(f.__dict__) for f in p.frags])
    p.wrap(width, 10_000)
    lines = [getattr(line, "words", line) for line in p.blPara.lines]
    return (*made, repr(lines), p.height)


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_paragraph_as_the_parser_makes(text: str) -> None:
    for name, style in styles().items():
        for width in (60, 480):
            assert _state(paragraph(text, style), width) == _state(Paragraph(text, style), width), (
                name,
                width,
            )


def test_plain_text_skips_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus import paraparser

    def refuse(*_args, **_kwargs):
        raise AssertionError("parsed")

    paragraph("warm up", styles()["cell"])
    monkeypatch.setattr(paraparser.ParaParser, "parse", refuse)
    assert paragraph("Ein schlichter Text", styles()["cell"]).frags[0].text == "Ein schlichter Text"
    with pytest.raises(AssertionError, match="parsed"):
        paragraph("a &amp; b", styles()["cell"])


def test_a_paragraph_wrapped_again_after_a_refused_split_lays_out_the_same() -> None:
    """The wrap cache: a table measures a cell, a frame too short refuses it (split drops the lines),
    the next page wraps it again; every step as with ReportLab's own Paragraph."""
    text = "Ein langer Satz, der über mehrere Zeilen und Seiten umbrechen muss. " * 40
    style = styles()["body"]
    ours, theirs = paragraph(text, style), Paragraph(text, style)
    for p in (ours, theirs):
        p.wrap(200, 50)
        assert p.split(200, 5) == []  # no room: the lines are dropped
        p.wrap(200, 500)
    assert _state(ours, 200)[2:] == _state(theirs, 200)[2:]
    parts = [[_state(x, 200)[2:] for x in p.split(200, 300)] for p in (ours, theirs)]
    assert parts[0] == parts[1] and len(parts[0]) == 2
