"""Checklists on paper: real tick boxes and write-in lines (blank), or as filled in (state, who, when)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from types import SimpleNamespace

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from ...analysis.checklists import Progress, is_overdue, progress
from ...catalog import ChecklistTemplate
from ...lang import t
from ..flowables import TickBox, WriteInLines
from ..styles import FRAME_WIDTH, MUTED, RULE, plain_style
from ..text import esc, para, paragraph
from .common import Ctx, fmt_date, gap, h1, h2, note

BOX = 18  # width of the tick-box column
LABEL_W = 120  # the write-in fields' labels at the top of a blank sheet


def _legend(ctx: Ctx) -> Table:
    """What the marks mean, so a filled sheet reads the same on paper as on screen."""
    cells = []
    for state in ("done", "in_progress", "not_relevant"):
        cells += [TickBox(8, state), paragraph(esc(ctx.label("checklist_status", state)), ctx.st["small"])]
    table = Table([cells], colWidths=[12, 90] * 3, hAlign="LEFT")
    table.setStyle(plain_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 1)))
    return table


def _fields(labels: Sequence[str], ctx: Ctx, values: Sequence[str] = ()) -> Table:
    """ "Verein: ______  Datum: ______" lines at the top of a blank sheet (``values`` filled in)."""
    values = [*values, *[""] * (len(labels) - len(values))]
    rows = [
        [paragraph(esc(label + ":"), ctx.st["cellbold"]), para(value, ctx.st["cell"]) if value else ""]
        for label, value in zip(labels, values, strict=True)
    ]
    # the label column fits "Verein / Organisation:" on one line, so each label sits on its line
    table = Table(rows, colWidths=[LABEL_W, FRAME_WIDTH - LABEL_W], rowHeights=22)
    table.setStyle(
        plain_style(
            ("LINEBELOW", (1, 0), (1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
        )  # the labels on the text's left edge (K21)
    )
    return table


def printed_title(c: object, ctx: Ctx) -> str:
    """A checklist's title as the screen shows it, in the document's language: the app made the stored
    one from the template and the club when it was begun, in the language of that moment (review 4,
    K15: an English dossier said "Interkulturelle Öffnung: …", "Verankerung in der Stadtverwaltung")."""
    if getattr(c, "template_key", "") == "opening":
        club = getattr(c, "actor_name", "") or getattr(c, "title", "")
        return t(f"Interkulturelle Öffnung: {club}", f"Intercultural opening: {club}")
    return ctx.cat.checklists["anchoring"].title


def checklist(
    template: ChecklistTemplate,
    ctx: Ctx,
    subject: str = "",
    states: dict | None = None,
    started_on: date | None = None,
    club: str = "",
    place: str = "",
) -> list[Flowable]:
    """One checklist: every section and item in catalogue order; ``club``'s sheets have its name as
    their title (the checklist's and ``place``'s under it) and, blank, in the "Verein" field.

    ``states`` maps an item key to an object with ``section``, ``status``, ``note``, ``responsible``,
    ``due_on``; None prints the blank sheet (nothing ticked, lines to write on). A filled sheet says
    first what the screen says: how far it has got, overall and per section, and what is overdue.
    """
    blank = states is None
    if club:  # a club's own sheets: its name first, as the board looks for it (review 4, K22)
        out: list[Flowable] = [
            para(club, ctx.st["title"]),
            para(f"{template.title} · {place}", ctx.st["subtitle"]),
        ]
    else:
        out = [h1(template.title)]
        if subject:
            out.append(para(subject, ctx.st["subtitle"]))
    counted = None if blank else progress((states or {}).values(), [s.key for s in template.sections])
    if counted is not None:
        late = sum(1 for state in (states or {}).values() if is_overdue(state, ctx.today))
        out.append(para(_summary(counted.overall, late, started_on, ctx), ctx.st["lead"]))
    out.append(para(template.description, ctx.st["body"]))
    if blank:
        who = (
            t("Verein / Organisation", "Club / organisation")
            if template.key == "opening"
            else t("Verwaltung", "Administration")
        )
        out.append(gap(8))  # the intro's last line must not touch the first label
        out.append(_fields([who, t("Datum", "Date"), t("Beteiligte", "Participants")], ctx, [club]))
        out.append(gap(6))
        # one box, three states: the mark says which, as the legend below draws them (K17)
        out.append(note(t("Ins Kästchen: Haken = erledigt · Punkt = in Arbeit · Strich = nicht relevant; "
                          "Notizen, Zuständige und Termine auf die Linien.",
                          "In the box: tick = done · dot = in progress · dash = not relevant; notes, who "
                          "and by when on the lines.")))  # fmt: skip
    out.append(_legend(ctx))
    for section in template.sections:
        ctx.check()
        out.append(CondPageBreak(90))
        if counted is None:
            out.append(h2(section.title))
        else:
            out.append(h2(f"{section.title} · {_done(counted.sections.get(section.key, Progress()))}"))
        for item in section.items:
            out.append(KeepTogether(_item(item, ctx, None if blank else (states or {}).get(item.key))))
        # items the Verein added itself, after their section's catalogue items (filled sheets only)
        catalogue = {item.key for item in section.items}
        for key, state in (states or {}).items():
            if (
                key not in catalogue
                and getattr(state, "section", "") == section.key
                and getattr(state, "text", "")
            ):
                own = SimpleNamespace(text=state.text, hint=t("Eigener Punkt", "Own item"))
                out.append(KeepTogether(_item(own, ctx, state)))
    return out


def _item(item, ctx: Ctx, state) -> list[Flowable]:
    text = [para(item.text, ctx.st["body"])]
    if item.hint:
        text.append(para(item.hint, ctx.st["small"]))
    status = "" if state is None else getattr(state, "status", "")
    row = Table([[TickBox(10, status if status != "open" else ""), text]], colWidths=[BOX, FRAME_WIDTH - BOX])
    row.setStyle(plain_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (0, 0), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)))  # fmt: skip
    parts: list[Flowable] = [row]
    if state is None:
        lines = Table(
            [
                ["", Paragraph(esc(t("Notiz · wer · bis wann", "Note · who · by when")), _tiny(ctx))],
                ["", WriteInLines(2, 14)],
            ],
            colWidths=[BOX, FRAME_WIDTH - BOX],
        )
        lines.setStyle(plain_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)))  # fmt: skip
        parts.append(lines)
    else:
        facts = [ctx.label("checklist_status", status or "open")]
        if getattr(state, "responsible", ""):
            facts.append(state.responsible)
        if getattr(state, "due_on", None):
            facts.append(t("bis ", "by ") + fmt_date(state.due_on))
        late = getattr(state, "due_on", None) is not None and is_overdue(state, ctx.today)
        # overdue said first and in bold, as the screen marks the date (the facts may be Arabic: para)
        detail = [para(" · ".join(facts), ctx.st["small"], t("Überfällig", "Overdue") if late else "")]
        if getattr(state, "note", ""):
            detail.append(para(state.note, ctx.st["cell"]))
        box = Table([["", detail]], colWidths=[BOX, FRAME_WIDTH - BOX])
        box.setStyle(plain_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)))
        parts.append(box)
    parts.append(gap(4))
    return parts


def _done(value: Progress) -> str:
    if value.counted == 0:
        return t("nichts zu zählen", "nothing to count")
    return t(f"{value.done} von {value.counted} erledigt", f"{value.done} of {value.counted} done")


def _summary(value: Progress, late: int, started_on: date | None, ctx: Ctx) -> str:
    """The screen's summary line: "2 von 24 erledigt (8 %) · 2 nicht relevant · 22 überfällig", with
    the day it was begun and the day it was printed (a sheet on the table must say how old it is)."""
    parts = [_done(value) + (f" ({value.percent} %)" if value.percent is not None else "")]
    if value.not_relevant:
        parts.append(t(f"{value.not_relevant} nicht relevant", f"{value.not_relevant} not relevant"))
    if late:
        parts.append(t(f"{late} überfällig", f"{late} overdue"))
    if started_on is not None:
        parts.append(t(f"begonnen am {fmt_date(started_on)}", f"begun on {fmt_date(started_on)}"))
    parts.append(t(f"Stand {fmt_date(ctx.today)}", f"as of {fmt_date(ctx.today)}"))
    return " · ".join(parts)


def _tiny(ctx: Ctx):
    style = ctx.st["small"].clone("tiny", fontSize=7, leading=8, textColor=MUTED)
    return style


def not_begun(key: str, one: bool = False) -> Flowable:
    """The line above the blank sheet when a municipality (``one``: the Verein asked for) has not
    begun this checklist."""
    if key == "opening" and one:  # on the club's own sheet, for its board: no word of the app's areas
        text = t(
            "Noch nicht begonnen: der leere Bogen, zum Ausfüllen auf Papier.",
            "Not begun yet: the blank sheet, to fill in on paper.",
        )
    elif key == "opening":
        text = t(
            "Diese Checkliste ist noch für keinen Verein begonnen (Bereich „Interkulturelle Öffnung“). "
            "Unten der leere Bogen, zum Ausfüllen auf Papier.",
            "This checklist has not been begun for any club yet (area 'Intercultural opening'). "
            "Below is the blank sheet, to fill in on paper.",
        )
    else:
        text = t(
            "Diese Checkliste ist noch nicht begonnen (Bereich „Verankerung“). Unten der leere Bogen, "
            "zum Ausfüllen auf Papier.",
            "This checklist has not been begun yet (area 'Anchoring'). Below is the blank sheet, to "
            "fill in on paper.",
        )
    return note(text)


def not_built_filled() -> list[Flowable]:
    return [
        note(
            t(
                "Ausgefüllte Checklisten kann diese Version noch nicht drucken (Bereich „Öffnung und Verankerung“ "
                "noch nicht ausgebaut); mit --blank entsteht der leere Bogen.",
                "Filled checklists cannot be printed by this version yet (area 'Opening and anchoring' not built); "
                "--blank prints the blank sheet.",
            )
        )
    ]
