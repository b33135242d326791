"""The ``outreach`` document: "Mitmachen in ⟨Kommune⟩" for people to hold in their hands.

One section per chosen language: the explanatory texts (the municipality's wording where it has one),
what the pictograms mean, then the open opportunities grouped by kind with their features, the contact
and a QR code holding it. Arabic and Farsi are shaped and set right to left by ``rtl`` (through
``text.para``); every other letter comes from the embedded Noto Sans. What is left out (expired
opportunities, actors in the trash, contact persons without consent to publication) is returned, so
the page and the CLI can say which and why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from ..catalog.outreach import OutreachCatalog, load_outreach
from ..lang import t
from ..store.dto.outreach import LeftOut, Opportunity, OutreachMaterial, PrintedContact
from . import template
from .kinds import _no_lonely_headings
from .pictograms import pictogram, qr_code
from .run import ReportError, _checker
from .styles import FRAME_WIDTH, LIGHT, RULE, plain_style, styles
from .text import clean, para

if TYPE_CHECKING:
    from ..store.workspace import Workspace

QR_SIZE = 26 * mm
PICTO = 12


@dataclass(frozen=True)
class OutreachResult:
    path: Path
    left_out: tuple[LeftOut, ...]


def parse_languages(codes: str | Sequence[str]) -> list[str]:
    """The chosen language codes, checked; an unknown one is refused in one line."""
    cat = load_outreach()
    wanted = [c.strip() for c in (codes.split(",") if isinstance(codes, str) else codes) if c.strip()]
    unknown = [c for c in wanted if c not in cat.codes]
    if unknown or not wanted:
        shown = ", ".join(unknown) or "–"
        raise ReportError(
            t(f"Unbekannte Sprache: {shown} (möglich: {', '.join(cat.codes)}).",
              f"Unknown language: {shown} (choose from: {', '.join(cat.codes)}).")
        )  # fmt: skip
    return list(dict.fromkeys(wanted))


def make_outreach(
    ws: Workspace,
    municipality_id: str,
    languages: Sequence[str],
    out: Path,
    progress: template.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> OutreachResult:
    """Write the document for ``languages`` (checked codes) into ``out``."""
    codes = parse_languages(languages)
    check = _checker(cancelled)
    material = ws.outreach.material(municipality_id, today)
    check()
    story = _no_lonely_headings(build_story(material, codes, load_outreach()))

    def on_page(done: int, total: int) -> None:
        check()
        if progress is not None:
            progress(done, total)

    title = t(f"Mitmachen in {material.municipality}", f"Get involved in {material.municipality}")
    meta = template.DocMeta(title=title, municipality=material.municipality, subject=title,
                            made_on=today or date.today())  # fmt: skip
    path = template.build(story, Path(out), meta, on_page)
    return OutreachResult(path, material.left_out)


def left_out_lines(left_out: Sequence[LeftOut]) -> list[str]:
    """One plain sentence per left-out opportunity or contact, for the page and the CLI."""
    out = []
    for item in left_out:
        name = f"„{item.title}“ ({item.actor_name})"
        name_en = f"“{item.title}” ({item.actor_name})"
        if item.reason == "no_consent":
            out.append(t(f"{name}: Kontaktperson weggelassen – keine Einwilligung zur Veröffentlichung "
                         "erfasst; gedruckt ist der allgemeine Kontakt des Akteurs.",
                         f"{name_en}: contact person left out – no consent to publication recorded; "
                         "the actor's general contact is printed instead."))  # fmt: skip
        elif item.reason == "expired":
            out.append(t(f"{name}: weggelassen – abgelaufen.", f"{name_en}: left out – expired."))
        elif item.reason == "trashed":
            out.append(t(f"{name}: weggelassen – der Akteur liegt im Papierkorb.",
                         f"{name_en}: left out – the actor is in the trash."))  # fmt: skip
    return out


# ----- the story
def build_story(material: OutreachMaterial, codes: Sequence[str], cat: OutreachCatalog) -> list[Flowable]:
    story: list[Flowable] = []
    for n, lang in enumerate(codes):
        if n:
            story.append(PageBreak())
        story += _section(material, lang, cat)
    return story


def _section(material: OutreachMaterial, lang: str, cat: OutreachCatalog) -> list[Flowable]:
    st = styles()
    s = cat.strings[lang]
    out: list[Flowable] = [
        para(cat.title(lang, material.municipality), st["title"]),
        para(s["intro"], st["subtitle"]),
        Spacer(1, 4),
    ]
    for topic in cat.topics:
        own = material.texts.get((topic, lang), "")
        out += [para(s[f"heading.{topic}"], st["h2"]), para(own or s[f"text.{topic}"], st["body"])]
    out += [para(s["heading.features"], st["h2"]), _feature_legend(lang, cat)]
    out.append(para(s["h.opportunities"], st["h1"]))
    items = material.opportunities
    if not items:
        return [*out, para(s["none_open"], st["body"])]
    if lang != "de" and not any(o.text(lang) for o, _c in items):
        out.append(para(s["none_described"], st["note"]))
    for kind in cat.kinds:
        group = [(o, c) for o, c in items if o.kind == kind]
        if group:
            out.append(para(s[f"kind.{kind}"], st["h2"]))
            out += [_opportunity(o, c, lang, cat) for o, c in group]
    return out


def _feature_legend(lang: str, cat: OutreachCatalog) -> Flowable:
    st = styles()
    rtl = cat.language(lang).rtl
    rows = []
    for key in cat.features:
        words = para(cat.s(lang, f"feature.{key}.text"), st["cell"], label=cat.s(lang, f"feature.{key}"))
        icon = pictogram(key, 16)
        rows.append([words, icon] if rtl else [icon, words])
    widths = [FRAME_WIDTH - 26, 26] if rtl else [26, FRAME_WIDTH - 26]
    return Table(rows, colWidths=widths, style=plain_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))  # fmt: skip


def _opportunity(o: Opportunity, contact: PrintedContact, lang: str, cat: OutreachCatalog) -> Flowable:
    st = styles()
    s = cat.strings[lang]
    own = o.text(lang)
    cell: list[Flowable] = [para(own.title if own and own.title else o.title, st["cellbold"])]
    if own is not None:
        cell.append(para(own.description, st["cell"]))
    else:
        cell.append(para(s["no_description"], st["small"]))
    facts = [
        (s["label.when_where"], o.when_where),
        (s["label.time"], cat.s(lang, f"time.{o.time_needed}") if o.time_needed else ""),
        (s["label.languages"], ", ".join(cat.spoken(code) for code in o.languages)),
        (s["label.valid_until"], o.valid_until.strftime("%d.%m.%Y") if o.valid_until else ""),
    ]
    cell += [para(value, st["cell"], label=label) for label, value in facts if clean(value)]
    if o.features:
        cell.append(_features(o.features, lang, cat))
    contact_text = "\n".join(x for x in (contact.name, contact.phone, contact.email) if x) or s["no_contact"]
    cell.append(para(contact_text, st["cell"], label=s["label.contact"]))
    code: list[Flowable] = []
    if contact.uri:
        code = [qr_code(contact.uri, QR_SIZE), para(s["label.qr"], st["small"])]
    text_width = FRAME_WIDTH - QR_SIZE - 12
    rtl = cat.language(lang).rtl
    row = [code, cell] if rtl else [cell, code]
    widths = [QR_SIZE + 12, text_width] if rtl else [text_width, QR_SIZE + 12]
    table = Table(
        [row],
        colWidths=widths,
        style=plain_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ),
        splitInRow=1,  # a 5,000-character description breaks across pages inside its box
    )
    return (
        KeepTogether([table, Spacer(1, 6)])
        if len(o.what) + len(own.description if own else "") < 1500
        else table
    )


def _features(features: Sequence[str], lang: str, cat: OutreachCatalog) -> Flowable:
    """The opportunity's features as pictogram + word, two pairs per row."""
    st = styles()
    rtl = cat.language(lang).rtl
    pairs = []
    for key in features:
        icon, word = pictogram(key, PICTO), para(cat.s(lang, f"feature.{key}"), st["cell"])
        pairs.append([word, icon] if rtl else [icon, word])
    rows = []
    for i in range(0, len(pairs), 2):
        chunk = pairs[i : i + 2]
        if len(chunk) == 1:
            chunk.append(["", ""])
        rows.append((chunk[1] + chunk[0]) if rtl else (chunk[0] + chunk[1]))
    half = (FRAME_WIDTH - QR_SIZE - 24) / 2
    widths = [half - 18, 18, half - 18, 18] if rtl else [18, half - 18, 18, half - 18]
    return Table(rows, colWidths=widths, style=plain_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                           ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))  # fmt: skip
