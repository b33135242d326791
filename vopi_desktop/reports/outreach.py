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

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from ..catalog.outreach import OutreachCatalog, load_outreach
from ..lang import t
from ..store.dto.outreach import LeftOut, Opportunity, OutreachMaterial, PrintedContact
from . import outreach_bilingual as bilingual
from . import outreach_parts as parts
from . import template
from .kinds import _no_lonely_headings
from .run import ReportError, _checker
from .styles import FRAME_WIDTH, plain_style, styles

if TYPE_CHECKING:
    from ..store.workspace import Workspace


SECTIONS, BILINGUAL = "sections", "bilingual"  # one section per language | German + one side by side
LAYOUTS = (SECTIONS, BILINGUAL)


@dataclass(frozen=True)
class Unchecked:
    """A language whose explanatory texts went to print without anyone having checked them."""

    code: str
    name: str  # the language by its own name (Türkçe, العربية)
    count: int
    total: int


@dataclass(frozen=True)
class OutreachResult:
    path: Path
    left_out: tuple[LeftOut, ...]
    unchecked: tuple[Unchecked, ...] = ()
    offers: int | None = None  # how many offers it prints (None: not counted)

    def notes(self) -> list[str]:
        """What the page and the CLI say after making: an empty sheet, what was left out, what to have
        checked. Residents' material that offers nothing is said first (review 4, K14)."""
        empty = [t("Keine offenen Angebote – das Blatt enthält nur die Erklärtexte.",
                   "No open offers – the sheet holds only the explanations.")] if self.offers == 0 else []  # fmt: skip
        return empty + left_out_lines(self.left_out) + [unchecked_line(u) for u in self.unchecked]


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


def check_layout(layout: str, codes: Sequence[str]) -> str | None:
    """The other language of a bilingual document (None for one section per language); a layout
    that cannot be made is refused in one line."""
    if layout == SECTIONS:
        return None
    if layout != BILINGUAL:
        raise ReportError(
            t(f"Unbekanntes Layout: {layout} (möglich: {SECTIONS}, {BILINGUAL}).",
              f"Unknown layout: {layout} (choose from: {SECTIONS}, {BILINGUAL}).")
        )  # fmt: skip
    others = [c for c in codes if c != "de"]
    if len(others) != 1:
        raise ReportError(
            t("Nebeneinander (--layout bilingual) heißt Deutsch und genau eine weitere Sprache (z. B. --languages de,ar).",
              "Side by side (--layout bilingual) means German and exactly one other language (e.g. --languages de,ar).")
        )  # fmt: skip
    return others[0]


def make_outreach(
    ws: Workspace,
    municipality_id: str,
    languages: Sequence[str],
    out: Path,
    progress: template.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
    layout: str = SECTIONS,
) -> OutreachResult:
    """Write the document for ``languages`` (checked codes) into ``out``: one section per language, or
    with ``layout="bilingual"`` German and the one other language side by side."""
    codes = parse_languages(languages)
    other = check_layout(layout, codes)
    check = _checker(cancelled)
    material = ws.outreach.material(municipality_id, today)
    check()
    cat = load_outreach()
    made_on = today or date.today()
    if other:
        made = [template.RunningMark(running(material.municipality, "de", cat, made_on, other))]
        made += bilingual.story(material, other, cat)
    else:
        made = build_story(material, codes, cat, made_on)
    story = _no_lonely_headings(made)

    def on_page(done: int, total: int) -> None:
        check()
        if progress is not None:
            progress(done, total)

    first = "de" if other else codes[0]  # the title and /Lang of the first section, not of the interface
    title = cat.title(first, material.municipality)
    meta = template.DocMeta(title=title, municipality=material.municipality, subject=title, made_on=made_on,
                            lang=first.split("-")[0])  # fmt: skip
    path = template.build(story, Path(out), meta, on_page)
    printed = ["de", other] if other else codes
    return OutreachResult(
        path, material.left_out, _unchecked(ws, municipality_id, printed, cat), len(material.opportunities)
    )


def _unchecked(ws: Workspace, municipality_id: str, codes: Sequence[str], cat: OutreachCatalog) -> tuple:
    """The printed languages other than German whose texts are not all marked as checked ("Texte und
    Prüfung"): a translation nobody has read over should not go out unnoticed."""
    status = {(x.topic, x.language): x.review_status for x in ws.outreach.texts(municipality_id)}
    found = []
    for code in codes:
        if code == "de":
            continue  # the originals
        open_ = sum(1 for topic in cat.topics if status.get((topic, code)) != "reviewed")
        if open_:
            name = cat.endonyms.get(code) or cat.language(code).name  # "Einfache Sprache" has no endonym
            found.append(Unchecked(code, name, open_, len(cat.topics)))
    return tuple(found)


def unchecked_line(u: Unchecked) -> str:
    return t(
        f"{u.name}: {u.count} von {u.total} Texten nicht geprüft – vor dem Verteilen von jemandem lesen "
        "lassen, der die Sprache gut kann (Mitmachen → Texte und Prüfung).",
        f"{u.name}: {u.count} of {u.total} texts not checked – have someone fluent in the language read "
        "them before handing out (Get involved → Texts and review).",
    )


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
def build_story(
    material: OutreachMaterial, codes: Sequence[str], cat: OutreachCatalog, made_on: date
) -> list[Flowable]:
    story: list[Flowable] = []
    for n, lang in enumerate(codes):
        if n:
            story.append(PageBreak())
        story.append(template.RunningMark(running(material.municipality, lang, cat, made_on)))
        story += _section(material, lang, cat)
    return story


def running(
    town: str, lang: str, cat: OutreachCatalog, made_on: date, beside: str | None = None
) -> template.Running:
    """A section's header and footer in its own language, numbered on its own ("Sayfa 1/3"): the
    Arabic pages go to the mosque's notice board alone. No "made with" on material for residents.
    ``beside``: the language printed next to ``lang`` on every sheet; the footer then speaks both."""
    both = [lang, beside] if beside else [lang]

    def page(number: int, total: int) -> str:
        return " · ".join(cat.page(code, number, total) for code in both)

    note = " · ".join(cat.as_of(code, made_on) for code in both)
    return template.Running(
        left=town, right=cat.title(lang, town), page=page, note=note, rtl=parts.is_rtl(lang, cat)
    )


def _section(material: OutreachMaterial, lang: str, cat: OutreachCatalog) -> list[Flowable]:
    st = styles()
    s = cat.strings[lang]
    side = parts.is_rtl(lang, cat)
    out: list[Flowable] = [
        parts.lpara(cat.title(lang, material.municipality), st["title"], side),
        parts.lpara(s["intro"], st["subtitle"], side),
        Spacer(1, 4),
    ]
    for topic in cat.topics:
        own = material.texts.get((topic, lang), "")
        out += [parts.lpara(s[f"heading.{topic}"], st["h2"], side),
                parts.lpara(own or s[f"text.{topic}"], st["body"], side)]  # fmt: skip
    widths = [FRAME_WIDTH - 26, 26] if side else [26, FRAME_WIDTH - 26]
    rows = parts.legend_rows(lang, cat)
    half = (len(rows) + 1) // 2  # the legend may break across pages in halves, never one row alone
    style = plain_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3))
    first, rest = (Table(part, colWidths=widths, style=style) for part in (rows[:half], rows[half:]))
    out += [KeepTogether([parts.lpara(s["heading.features"], st["h2"], side), first]), KeepTogether([rest])]
    lead = [parts.lpara(s["h.opportunities"], st["h1"], side)]  # kept with the first kind and offer
    items = material.opportunities
    if not items:
        return [*out, *lead, parts.lpara(s["none_open"], st["body"], side)]
    if lang != "de" and not any(o.text(lang) for o, _c in items):
        lead.append(parts.lpara(s["none_described"], st["note"], side))
    for kind in cat.kinds:
        group = [(o, c) for o, c in items if o.kind == kind]
        if group:
            heading = [*lead, parts.lpara(s[f"kind.{kind}"], st["h2"], side)]
            boxes = [_opportunity(o, c, lang, cat) for o, c in group]
            out += parts.with_heading(heading, boxes[0]) + boxes[1:]
            lead = []
    return out


def _opportunity(o: Opportunity, contact: PrintedContact, lang: str, cat: OutreachCatalog) -> Flowable:
    code, code_width = parts.qr_column(o, contact, lang, cat)
    text_width = FRAME_WIDTH - code_width
    cell = parts.cell(o, contact, lang, cat, text_width - 12)
    side = parts.is_rtl(lang, cat)
    row = [code, cell] if side else [cell, code]
    widths = [code_width, text_width] if side else [text_width, code_width]
    if not code:
        row, widths = [cell], [FRAME_WIDTH]
    own = o.text(lang)
    return parts.box([row], widths, len(o.what) + len(own.description if own else ""))
