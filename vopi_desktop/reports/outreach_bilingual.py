"""The bilingual outreach document: German and one other language side by side, row by row.

German always on the left, the other language beside it (an Arabic or Farsi column set flush right and
read right to left), each opportunity's QR code at the right edge with its caption in both languages.
A reader and a helper can point at the same row: the same text, the same place on the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ..catalog.outreach import OutreachCatalog
from ..store.dto.outreach import Opportunity, OutreachMaterial, PrintedContact
from . import outreach_parts as parts
from .styles import FRAME_WIDTH, RULE, plain_style, styles

HALF = FRAME_WIDTH / 2


def story(material: OutreachMaterial, other: str, cat: OutreachCatalog) -> list[Flowable]:
    """The whole document for German + ``other``."""
    st = styles()
    langs = ("de", other)
    town = material.municipality
    out: list[Flowable] = [
        _pair([[_p(lang, cat.title(lang, town), _title(), cat)] for lang in langs]),
        _pair([[_p(lang, cat.s(lang, "intro"), st["subtitle"], cat)] for lang in langs]),
        Spacer(1, 4),
    ]
    for topic in cat.topics:
        out.append(_pair([_topic(material, topic, lang, cat) for lang in langs], rule=True))
    heading = _pair([[_p(lang, cat.s(lang, "heading.features"), st["h2"], cat)] for lang in langs])
    first, rest = _legend(other, cat)
    out += [KeepTogether([heading, first]), KeepTogether([rest])]  # split in halves, never one row alone
    items = material.opportunities
    # one QR column for the whole list, so German, the other language and the headings line up
    code = max((parts.qr_column(o, c, "de", cat)[1] for o, c in items), default=0.0)
    cols = [(FRAME_WIDTH - code) / 2] * 2 + ([code] if code else [])
    lead = [_pair([[_p(lang, cat.s(lang, "h.opportunities"), st["h1"], cat)] for lang in langs], cols=cols)]
    if not items:
        return [*out, *lead, _pair([[_p(lang, cat.s(lang, "none_open"), st["body"], cat)] for lang in langs])]
    if not any(o.text(other) for o, _c in items):
        lead.append(_pair([[], [_p(other, cat.s(other, "none_described"), st["note"], cat)]], cols=cols))
    for kind in cat.kinds:
        group = [(o, c) for o, c in items if o.kind == kind]
        if group:
            heading = [
                *lead,
                _pair([[_p(lang, cat.s(lang, f"kind.{kind}"), st["h2"], cat)] for lang in langs], cols=cols),
            ]
            boxes = [_opportunity(o, c, other, cat, cols) for o, c in group]
            out += parts.with_heading(heading, boxes[0]) + boxes[1:]
            lead = []
    return out


def _p(lang: str, text: str, style: ParagraphStyle, cat: OutreachCatalog) -> Flowable:
    return parts.lpara(text, style, parts.is_rtl(lang, cat))


@cache
def _title() -> ParagraphStyle:
    """The title, smaller than a one-language section's: it shares the line."""
    return ParagraphStyle("title-pair", parent=styles()["title"], fontSize=16, leading=20)


def _pair(cells: Sequence[Sequence[Flowable]], rule: bool = False, cols: Sequence[float] = ()) -> Table:
    """Two half-page columns, German left, the other language right; over the opportunities ``cols``:
    their columns (the QR column left empty), so a heading stands over its text."""
    inner = 6 if cols else 8  # the boxes' own padding
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (0, -1), inner), ("LEFTPADDING", (1, 0), (1, -1), inner),
                             ("RIGHTPADDING", (1, 0), (1, -1), 6 if cols else 0)]  # fmt: skip
    if rule:
        commands.append(("LINEAFTER", (0, 0), (0, -1), 0.5, RULE))
    row = [list(c) for c in cells] + [""] * (len(cols) - 2)
    return Table([row], colWidths=list(cols) or [HALF, HALF], style=plain_style(*commands))


def _topic(material: OutreachMaterial, topic: str, lang: str, cat: OutreachCatalog) -> list[Flowable]:
    st = styles()
    own = material.texts.get((topic, lang), "")
    return [_p(lang, cat.s(lang, f"heading.{topic}"), st["h2"], cat),
            _p(lang, own or cat.s(lang, f"text.{topic}"), st["body"], cat)]  # fmt: skip


def _legend(other: str, cat: OutreachCatalog) -> tuple[Table, Table]:
    """Each pictogram once per language: icon and words German left, the other language right; in two
    halves, so the legend may break across pages but never leaves one row alone."""
    de_rows, other_rows = parts.legend_rows("de", cat), parts.legend_rows(other, cat)
    rows = [a + b for a, b in zip(de_rows, other_rows, strict=True)]
    icon = 24
    if parts.is_rtl(other, cat):
        widths = [icon, HALF - icon, HALF - icon, icon]
    else:
        widths = [icon, HALF - icon, icon, HALF - icon]
    style = plain_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3))
    half = (len(rows) + 1) // 2
    return Table(rows[:half], colWidths=widths, style=style), Table(
        rows[half:], colWidths=widths, style=style
    )


def _opportunity(
    o: Opportunity, contact: PrintedContact, other: str, cat: OutreachCatalog, cols: Sequence[float]
) -> Flowable:
    """Row one: the opportunity in German | in the other language; row two: the contact under both;
    the QR code beside both rows."""
    code, _width = parts.qr_column(o, contact, "de", cat)
    if code:
        code.append(_p(other, cat.s(other, "label.qr"), styles()["small"], cat))
    text = cols[0]
    de = parts.cell(o, contact, "de", cat, text - 12, alone=False)
    theirs = parts.cell(o, contact, other, cat, text - 12, alone=False)
    rows = [[de, theirs], [_contact(contact, other, cat), ""]]
    widths = [text, text]
    commands = [("SPAN", (0, 1), (1, 1)), ("LINEAFTER", (0, 0), (0, 0), 0.5, RULE),
                ("LINEABOVE", (0, 1), (1, 1), 0.5, RULE)]  # fmt: skip
    if code:
        rows[0].append(code)
        rows[1].append("")
        widths.append(FRAME_WIDTH - 2 * text)
        commands.append(("SPAN", (2, 0), (2, 1)))
    own = o.text(other)
    return parts.box(rows, widths, len(o.what) + len(own.description if own else ""), *commands)


def _contact(contact: PrintedContact, other: str, cat: OutreachCatalog) -> list[Flowable]:
    """The contact once for both readers: labelled in both languages, or where to ask, in both."""
    st = styles()
    lines = parts.contact_lines(contact)
    if not lines:
        return [_p(lang, cat.s(lang, "no_contact"), st["cell"], cat) for lang in ("de", other)]
    label = parts.listing([cat.s("de", "label.contact"), cat.s(other, "label.contact")], False, " · ")
    return [parts.lpara("  ·  ".join(lines), st["cell"], False, label=label)]
