"""The pieces of the outreach document both layouts share: an opportunity's texts, facts, pictograms,
contact and QR code in one language, and paragraphs set on the reading side of that language.

In an Arabic or Farsi column every paragraph is set flush right (a German fallback title too, its own
words left to right), and text that opens with a Latin word still reads right to left; a German
fallback description is a left-aligned block, as German is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ..catalog.outreach import OutreachCatalog
from ..store.dto.outreach import Opportunity, PrintedContact
from . import rtl
from .pictograms import pictogram, qr_code, qr_payload
from .styles import LIGHT, RULE, plain_style, styles
from .text import clean, para

PICTO = 12
GAP = 12  # the QR column's padding
START = 150  # points: a heading and the first lines of a long opportunity start a page together
LONG = 1500  # characters: a longer opportunity breaks across pages instead of moving whole
_RLM, _LRM = "\u200f", "\u200e"  # zero-width marks that tell the bidi algorithm a side
_NO_MARKS = str.maketrans("", "", _RLM + _LRM)


def is_rtl(lang: str, cat: OutreachCatalog) -> bool:
    return cat.language(lang).rtl


@cache
def flush_right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


def lpara(text: object, style: ParagraphStyle, rtl_side: bool, label: str = "") -> Flowable:
    """A paragraph on the reading side of its column: flush right in a right-to-left column."""
    value = clean(text)
    if not rtl.has_rtl(value + label):
        value = value.translate(_NO_MARKS)  # a plain Paragraph would draw them as boxes
    if not label and rtl.has_rtl(value) and rtl.base_level(value) != rtl_side:
        # "VHS …" in Arabic text still reads from the right, "مرحبا means hello" in English from the left
        value = (_RLM if rtl_side else _LRM) + value
    return para(value, flush_right(style) if rtl_side else style, label)


def listing(values: Sequence[str], rtl_side: bool, sep: str = ", ") -> str:
    """Items joined so each keeps its place: Arabic names in a German list, Latin names in an Arabic one
    (a direction mark after each item; the Arabic comma in a right-to-left list)."""
    values = [v for v in values if v]
    if not any(rtl.has_rtl(v) for v in values) and not rtl_side:
        return sep.join(values)
    if rtl_side:
        return (_RLM + sep.replace(",", "،")).join(values)
    return (_LRM + sep).join(values) + _LRM


def own_title(o: Opportunity, lang: str) -> str:
    """The title in ``lang`` where one is written, else the German title."""
    if lang != "de":
        for item in o.texts:
            if item.language == lang and item.title.strip():
                return item.title
    return o.title


def cell(
    o: Opportunity, contact: PrintedContact, lang: str, cat: OutreachCatalog, width: float, alone: bool = True
) -> list[Flowable]:
    """Everything about one opportunity in one language, for a column ``width`` points wide. Beside a
    German column (``alone`` False) no German description is repeated and the contact is left to the
    row below both."""
    st = styles()
    s = cat.strings[lang]
    side = is_rtl(lang, cat)
    own = o.text(lang)
    out: list[Flowable] = [lpara(own_title(o, lang), st["cellbold"], side)]
    if own is not None:
        out.append(lpara(own.description, st["cell"], side))
    elif o.what.strip():  # described in German only: say so in the reader's language, then the German
        out.append(lpara(s["no_description"], st["small"], side))
        out += [lpara(o.what, st["cell"], False)] if alone else []  # a left-aligned block, as German reads
    facts = [
        (s["label.when_where"], o.when_where),
        (s["label.time"], cat.s(lang, f"time.{o.time_needed}") if o.time_needed else ""),
        (s["label.languages"], listing([cat.spoken(code) for code in o.languages], side)),
    ]  # no "valid until": the expiry tells the clerk to re-check the entry; residents read an end date
    out += [lpara(value, st["cell"], side, label=label) for label, value in facts if clean(value)]
    if o.features:
        out.append(features(o.features, lang, cat, width))
    if alone:
        lines = contact_lines(contact)
        if lines:
            out.append(lpara("\n".join(lines), st["cell"], side, label=s["label.contact"]))
        else:
            out.append(lpara(s["no_contact"], st["cell"], side))
    return out


def contact_lines(contact: PrintedContact) -> list[str]:
    """Name, phone, e-mail; the phone and e-mail marked left to right, or after an Arabic name the bidi
    rules would read "+49 7000 66985-20" as Arabic numbers and set it "20-66985 7000 49+"."""
    lines = [contact.name] if contact.name else []
    return lines + [_LRM + x for x in (contact.phone, contact.email) if x]


def qr_column(o: Opportunity, contact: PrintedContact, lang: str, cat: OutreachCatalog) -> tuple[list, float]:
    """The QR code with its caption, and the column width it needs (0 without a contact to hold)."""
    payload = qr_payload(contact, o.actor_name)
    if not payload:
        return [], 0.0
    code = qr_code(payload)
    caption = lpara(cat.s(lang, "label.qr"), styles()["small"], is_rtl(lang, cat))
    return [code, caption], code.width + GAP


def features(keys: Sequence[str], lang: str, cat: OutreachCatalog, width: float) -> Flowable:
    """The opportunity's features as pictogram + word: two pairs a row, one in a narrow column."""
    st = styles()
    side = is_rtl(lang, cat)
    pairs = []
    for key in keys:
        icon, word = pictogram(key, PICTO), lpara(cat.s(lang, f"feature.{key}"), st["cell"], side)
        pairs.append([word, icon] if side else [icon, word])
    per_row = 2 if width > 260 else 1
    rows = []
    for i in range(0, len(pairs), per_row):
        chunk = pairs[i : i + per_row]
        chunk += [["", ""]] * (per_row - len(chunk))
        rows.append([x for pair in (reversed(chunk) if side else chunk) for x in pair])
    part = width / per_row
    widths = ([part - 18, 18] if side else [18, part - 18]) * per_row
    return Table(rows, colWidths=widths, style=plain_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                           ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                                           ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                                                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))  # fmt: skip


def legend_rows(lang: str, cat: OutreachCatalog) -> list[list]:
    """What each pictogram means: [icon, words] (words first in a right-to-left language)."""
    st = styles()
    side = is_rtl(lang, cat)
    rows = []
    for key in cat.features:
        words = lpara(
            cat.s(lang, f"feature.{key}.text"), st["cell"], side, label=cat.s(lang, f"feature.{key}")
        )
        rows.append([words, pictogram(key, 16)] if side else [pictogram(key, 16), words])
    return rows


def box(rows: list[list], widths: Sequence[float], length: int, *commands: tuple) -> Flowable:
    """One opportunity in its light box; a long one (``length`` characters) breaks across pages."""
    table = Table(
        rows,
        colWidths=list(widths),
        style=plain_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            *commands,
        ),
        splitInRow=1,  # a 5,000-character description breaks across pages inside its box
    )
    return KeepTogether([table, Spacer(1, 6)]) if length < LONG else table


def with_heading(heading: Sequence[Flowable], first: Flowable) -> list[Flowable]:
    """A kind's heading kept on the page of its first opportunity (a long one: at least its start)."""
    if isinstance(first, KeepTogether):
        return [KeepTogether([*heading, *first._content])]
    return [CondPageBreak(START), *heading, first]
