"""The consultant's comparison of every municipality in the workspace, one row each (ConsultantService)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from ...lang import t
from ...store.dto.consultant import PHASES, PlaceOverview
from ...store.report_data import ReportData
from ...textsort import sort_key
from ..breaking import PADDING, widest_word
from ..charts import progress_bar
from ..text import esc, para
from .common import Ctx, column_widths, fmt_num, h1, note, short, table

PHASE_TITLES = {
    "occasion": ("Anlass", "Occasion"),
    "analysis": ("Analyse", "Analysis"),
    "participation": ("Beteiligung", "Participation"),
    "implementation": ("Umsetzung", "Implementation"),
    "opening": ("Öffnung", "Opening"),
    "anchoring": ("Verankerung", "Anchoring"),
}


def story(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    # the order of the app's municipality switcher: umlauts with their base letter
    places: list[PlaceOverview] = sorted(items[0].overview if items else (), key=lambda p: sort_key(p.name))
    count = fmt_num(len(places))
    places_de, places_en = ("Kommune", "municipality") if len(places) == 1 else ("Kommunen", "municipalities")
    out: list[Flowable] = [
        Paragraph(esc(t("Vergleich der Kommunen", "Comparison of municipalities")), ctx.st["title"]),
        Paragraph(esc(t(f"{count} {places_de} im Arbeitsbereich", f"{count} {places_en} in the workspace")),
                  ctx.st["subtitle"]),
    ]  # fmt: skip
    if len(places) < 2:
        out.append(note(t("Der Vergleich braucht mehr als eine Kommune im Arbeitsbereich.",
                          "The comparison needs more than one municipality in the workspace.")))  # fmt: skip
    phases = ", ".join(t(*PHASE_TITLES[p]) for p in PHASES)
    out.append(h1(t("Stand des Prozesses", "Progress of the process")))
    out.append(note(t(f"Phasen mit erfasster Arbeit, von {len(PHASES)}: {phases}.",
                      f"Phases with recorded work, of {len(PHASES)}: {phases}.")))  # fmt: skip
    total = len(ctx.cat.barriers)
    bold = ctx.st["cellbold"]  # the names column at least as wide as the longest word of a name
    names = widest_word((p.name for p in places), bold.fontName, bold.fontSize)
    rows = []
    for p in places:
        ctx.check()
        # the three the Prozessbegleitung page shows, in its order (review 4, K19: paper had one)
        top_title = "; ".join(b.title or _barrier(ctx, b.key) for b in p.top_barriers[:3]) or "–"
        rows.append([
            para(p.name, ctx.st["cellbold"]),
            para(f"{len(p.phases)} / {len(PHASES)}", ctx.st["cell"]),
            f"{p.barriers_assessed} / {total}",
            short(top_title, 170, wrap=True),
            fmt_num(p.actors),
        ])  # fmt: skip
    out += table([t("Kommune", "Municipality"), t("Phasen", "Phases"), t("Hemmnisse bewertet", "Barriers rated"),
                  t("Wichtigste Hemmnisse", "Top barriers"), t("Akteure", "Actors")], rows, [120, 50, 60, 175, 50],
              least=[names])  # fmt: skip
    out.append(h1(t("Säulen: Durchschnitt der letzten Runde", "Pillars: average of the latest round")))
    pillars = ctx.cat.pillars
    rows = [
        [para(p.name, ctx.st["cellbold"]), *[fmt_num(p.pillar_scores.get(q.key), 1) for q in pillars]]
        for p in places
    ]
    out += table(
        [t("Kommune", "Municipality"), *[q.title for q in pillars]],
        rows,
        [120] + [70] * len(pillars),
        least=[names],
    )
    out.append(h1(t("Maßnahmen und Checklisten", "Measures and checklists")))
    statuses = list(ctx.cat.vocab("measure_status"))
    head = [t("Kommune", "Municipality"), *[ctx.label("measure_status", s) for s in statuses],
            t("Checklisten", "Checklists"), ""]  # fmt: skip
    widths = column_widths(head, [115] + [55] * len(statuses) + [72, 36], [names])
    bar = widths[-2] - PADDING  # the bar fills its own column, the percentage stands in the next
    rows = []
    for p in places:
        share = p.checklist_share
        rows.append([
            para(p.name, ctx.st["cellbold"]),
            *[fmt_num(p.measures.get(s, 0)) for s in statuses],
            "" if share is None else progress_bar(share, bar),  # nothing to count: no empty frame (as on screen)
            "–" if share is None else f"{int(share * 100)} %",
        ])  # fmt: skip
    out += table(head, rows, widths)
    return out


def _barrier(ctx: Ctx, key: str | None) -> str:
    try:
        return ctx.cat.barrier(key or "").title
    except KeyError:
        return key or "–"
