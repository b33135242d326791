"""User text into flowables: always escaped, right-to-left text through ``BidiParagraph``.

Nothing a user typed is ever read as ReportLab markup: ``<b>``, ``&``, ``<para>`` print as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape  # not xml.sax.saxutils: it imports urllib.request and http.client (6-10 ms)

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from . import rtl
from .flowables import BidiParagraph
from .fonts import SANS_BOLD, shown

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: object) -> str:
    """Plain text without control characters, a character no font can draw as "�"; None prints as empty."""
    return (
        "" if text is None else shown(_CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n")))
    )


def esc(text: object) -> str:
    """Escaped for a Paragraph: markup characters as entities, line breaks kept."""
    return escape(clean(text), quote=False).replace("\n", "<br/>")  # &, <, > as entities


class _Paragraph(Paragraph):
    """A Paragraph that breaks its lines once per width: a table asks each cell for its height
    when it measures, splits and draws the rows (six in ten wraps of a dossier repeat the width).
    The lines depend on the width only, never on the height offered."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # split() drops blPara when the paragraph does not fit: then the lines are made again
        if self._wrapped is not None and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(markup, style)``, without the XML parser when the markup is plain text.

    A dossier has thousands of table cells of plain text; ReportLab parses each with an HTML parser
    only to get one fragment in the style's font. Plain text (no ``<``, no ``&``) gets that fragment
    as a copy of the style's own, after the same whitespace cleaning: the same Paragraph, several
    times faster to make (``tests/reports/test_fast_paragraph.py`` compares the two).
    """
    if "<" in markup or "&" in markup:
        return _Paragraph(markup, style)
    text = cleanBlockQuotedText(markup)
    if not text:
        return _Paragraph(markup, style)
    fragment = _fragment(style)
    # its lists (underlines, links) are its own, as the parser's would be
    lists = {k: [] for k, v in fragment.__dict__.items() if isinstance(v, list)}
    return _Paragraph(text, style, frags=[fragment.clone(text=text, **lists)])


_FRAGMENTS: dict[int, tuple[ParagraphStyle, ParaFrag]] = {}


def _fragment(style: ParagraphStyle) -> ParaFrag:
    """The fragment the parser makes for plain text in ``style`` (kept with its style, so the id
    stays that style's)."""
    found = _FRAGMENTS.get(id(style))
    if found is None or found[0] is not style:
        found = _FRAGMENTS[id(style)] = (style, Paragraph("x", style).frags[0])
    return found[1]


def para(text: object, style: ParagraphStyle, label: str = "") -> Flowable:
    """One paragraph of user text, optionally after a bold ``label:``."""
    value = clean(text)
    if rtl.has_rtl(value) or rtl.has_rtl(label):
        spans: list[tuple[str, str]] = []
        if label:
            spans.append((f"{label}: ", SANS_BOLD))
        spans.append((value, style.fontName))
        return BidiParagraph(spans, style)
    markup = esc(value)
    if label:
        markup = f"<b>{esc(label)}:</b> {markup}"
    return paragraph(markup, style)


def fixed(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own wording (may hold our markup, never user text)."""
    return paragraph(markup, style)


def join(values: Sequence[object], sep: str = ", ") -> str:
    return sep.join(clean(v) for v in values if clean(v))
