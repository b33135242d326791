"""The consultant's comparison of every municipality in the workspace, one row each."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from ...analysis.barriers import progress as barrier_progress
from ...analysis.barriers import top_barriers
from ...analysis.next_steps import PROCESS_ORDER, next_steps
from ...analysis.pillars import pillar_averages, scored_rounds
from ...lang import t
from ...store.report_data import ReportData
from ..text import esc, para
from .common import Ctx, fmt_num, h1, h2, note, short, table
from .planning import CHECKLISTS, MEASURES


def story(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(esc(t("Vergleich der Kommunen", "Comparison of municipalities")), ctx.st["title"]),
        Paragraph(esc(t(f"{len(items)} Kommunen im Arbeitsbereich", f"{len(items)} municipalities in the workspace")), ctx.st["subtitle"]),
    ]  # fmt: skip
    if len(items) < 2:
        out.append(note(t("Der Vergleich braucht mehr als eine Kommune im Arbeitsbereich.",
                          "The comparison needs more than one municipality in the workspace.")))  # fmt: skip
    out.append(h1(t("Stand des Prozesses", "Progress of the process")))
    rows = []
    for d in items:
        ctx.check()
        steps = next_steps((), {}, d.process.counts)
        done = sum(1 for s in steps if s.done)
        assessed, total = barrier_progress(d.barriers)
        top = top_barriers(d.barriers, 1)
        rows.append([
            para(d.municipality.name, ctx.st["cellbold"]),
            f"{done} / {len(PROCESS_ORDER)}",
            f"{assessed} / {total}",
            short(top[0].title if top else "–", 150),
            fmt_num(d.process.counts.get("actors", 0)),
            fmt_num(d.process.counts.get("measures", 0)),
        ])  # fmt: skip
    out += table(
        [t("Kommune", "Municipality"), t("Schritte erledigt", "Steps done"), t("Hemmnisse bewertet", "Barriers rated"),
         t("Wichtigstes Hemmnis", "Top barrier"), t("Akteure", "Actors"), t("Maßnahmen", "Measures")],
        rows, [110, 55, 55, 150, 45, 50],
    )  # fmt: skip
    out.append(h1(t("Säulen: Durchschnitt der letzten Runde", "Pillars: average of the latest round")))
    pillars = ctx.cat.pillars
    rows = []
    for d in items:
        scored = scored_rounds(list(d.rounds))
        averages = pillar_averages(scored[-1].scores, pillars) if scored else {}
        rows.append(
            [
                para(d.municipality.name, ctx.st["cellbold"]),
                *[fmt_num(averages.get(p.key), 1) for p in pillars],
            ]
        )
    out += table(
        [t("Kommune", "Municipality"), *[p.title for p in pillars]], rows, [120] + [70] * len(pillars)
    )
    out.append(h1(t("Maßnahmen nach Stand", "Measures by status")))
    if all(d.measures is None for d in items):
        out.append(note(_not_built(*MEASURES)))
    out.append(h2(t("Fortschritt der Checklisten", "Checklist progress")))
    if all(d.checklists is None for d in items):
        out.append(note(_not_built(*CHECKLISTS)))
    return out


def _not_built(de: str, en: str) -> str:
    return t(
        f"Bereich „{de}“ in dieser Version noch nicht ausgebaut.",
        f"Area '{en}' not built in this version yet.",
    )
