"""User text into flowables: always escaped, right-to-left text through ``BidiParagraph``.

Nothing a user typed is ever read as ReportLab markup: ``<b>``, ``&``, ``<para>`` print as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from . import rtl
from .flowables import BidiParagraph
from .fonts import SANS_BOLD

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: object) -> str:
    """Plain text without control characters; None prints as empty."""
    return "" if text is None else _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def esc(text: object) -> str:
    """Escaped for a Paragraph: markup characters as entities, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


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
    return Paragraph(markup, style)


def fixed(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own wording (may hold our markup, never user text)."""
    return Paragraph(markup, style)


def join(values: Sequence[object], sep: str = ", ") -> str:
    return sep.join(clean(v) for v in values if clean(v))
