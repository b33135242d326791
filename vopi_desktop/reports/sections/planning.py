"""Measures plan (list, timeline, coverage), events with their protocols and ideas, checklist progress.

The planning area (issue #8) and the opening/anchoring area (issue #9) are built by their own
services; until ``store.report_data`` reads them, ``ReportData`` carries None there and each
section says so plainly. The sections read the records by attribute name, as the models name them.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from ...analysis.checklists import overdue
from ...analysis.checklists import progress as checklist_progress_of
from ...analysis.coverage import coverage
from ...analysis.placement import recommend
from ...lang import t
from ...palette import MEASURE_STATUS_COLOURS
from ...store.report_data import ReportData
from ..breaking import widest_word
from ..charts import progress_bar, timeline
from ..text import para
from . import plan_detail
from .checklists import printed_title
from .common import Ctx, body, fmt_date, fmt_num, h1, h2, not_built, note, table
from .events import events  # noqa: F401  (the kinds call planning.events)
from .plan_detail import over
from .protocol import left_out

MEASURES = ("Maßnahmenplan", "Measures plan")
CHECKLISTS = ("Öffnung und Verankerung", "Opening and anchoring")


def _get(record: object, name: str, default=None):
    return getattr(record, name, default)


def _period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return "–"
    return f"{fmt_date(start)} – {fmt_date(end)}" if start and end else fmt_date(start or end)


def measures(data: ReportData, ctx: Ctx, plan: bool = False) -> list[Flowable]:
    """Counts by status, the timeline, every measure, and what the plan leaves uncovered. ``plan``: the
    measures plan document, titled so already (no second heading), each measure in full (``plan_detail``);
    else (the dossier) one summary table."""
    out: list[Flowable] = [] if plan else [h1(t("Maßnahmenplan", "Measures plan"))]
    if data.measures is None:
        return out + not_built(*MEASURES)
    items = list(data.measures)
    if not items:
        return [*out, note(t("Noch keine Maßnahmen geplant.", "No measures planned yet."))]
    counts = Counter(_get(m, "status", "planned") for m in items)
    out.append(para("; ".join(f"{ctx.label('measure_status', k)}: {counts[k]}"
                              for k in ctx.cat.vocab("measure_status") if counts[k]),
                    ctx.st["body"], t("Stand", "Status")))  # fmt: skip
    chart = timeline(
        [
            (_get(m, "title", ""), _get(m, "start_on"), _get(m, "end_on"), _get(m, "status", ""))
            for m in items
        ],
        MEASURE_STATUS_COLOURS,  # the screen's colours (palette.py): green means the same on both
        legend=dict(ctx.cat.vocab("measure_status")),
        today=ctx.today,
    )
    if chart is not None:
        out.append(KeepTogether([h2(t("Zeitplan", "Timeline")), chart, *_undated(items)]))
    if plan:
        out.append(h2(t("Maßnahmen im Einzelnen", "Measures in detail")))
        out += plan_detail.measure_blocks(data, ctx, items)
    else:
        out += _measure_table(data, ctx, items)
    if not ctx.personal and any(_get(m, "responsible_person") for m in items):
        out.append(left_out())
    out += _budget_total(items, ctx)
    out += _coverage(data, ctx, items)
    return out


def _undated(items: list) -> list[Flowable]:
    """The measures the chart leaves out for want of a date, named under it (else silently missing)."""
    titles = [_get(m, "title", "") for m in items if not _get(m, "start_on") and not _get(m, "end_on")]
    if not titles:
        return []
    n = len(titles)
    names = ", ".join(t(f"„{x}“", f"“{x}”") for x in titles[:5])
    if n > 5:
        names += t(f" und {n - 5} weitere", f" and {n - 5} more")
    return [note(t(f"{n} Maßnahme ohne Zeitraum: " if n == 1 else f"{n} Maßnahmen ohne Zeitraum: ",
                   f"{n} measure without a period: " if n == 1 else f"{n} measures without a period: ")
                 + names)]  # fmt: skip


def _measure_table(data: ReportData, ctx: Ctx, items: list) -> list[Flowable]:
    """The dossier's summary: one row per measure."""
    names = {a.id: a.name for a in data.actors}
    rows, whos = [], []
    for m in items:
        ctx.check()
        who = _get(m, "responsible_actor_name") or names.get(_get(m, "responsible_actor_id") or "", "")
        if ctx.personal and _get(m, "responsible_person"):
            who = f"{who} ({m.responsible_person})" if who else m.responsible_person
        whos.append(who or "")
        cell = [para(_get(m, "title", ""), ctx.st["cellbold"])]
        if _get(m, "goal"):
            cell.append(para(m.goal, ctx.st["small"]))
        rows.append([
            cell,
            para(ctx.label("measure_status", _get(m, "status", "")), ctx.st["cell"]),
            para(_period(_get(m, "start_on"), _get(m, "end_on")), ctx.st["cell"]),
            para(who or "–", ctx.st["cell"]),
            para(", ".join(ctx.cat.pillar(p).title for p in _get(m, "pillars", ()) if _pillar(ctx, p)), ctx.st["cell"]),
            _budget(m, ctx),
        ])  # fmt: skip
    out = [h2(t("Maßnahmen im Einzelnen", "Measures in detail"))]
    # Stand and Säulen at least as wide as their longest catalogue word, Verantwortlich (up to a limit) as
    # its longest word ("Integrationsfachstelle"): a word wider than its column costs the hyphenation patterns
    cell = ctx.st["cell"]
    small = ctx.st["small"]  # the budget's "ausgegeben" on a line of its own, never broken
    least = [0, ctx.widest("measure_status"), 0, min(widest_word(whos, cell.fontName, cell.fontSize), 110),
             widest_word((p.title for p in ctx.cat.pillars), cell.fontName, cell.fontSize),
             widest_word([t("ausgegeben", "spent")], small.fontName, small.fontSize) + 6]  # fmt: skip
    out += table([t("Maßnahme", "Measure"), t("Stand", "Status"), t("Zeitraum", "Period"),
                  t("Verantwortlich", "Responsible"), t("Säulen", "Pillars"), t("Budget (€)", "Budget (€)")],
                 rows, [134, 62, 68, 90, 95, 52], least=least)  # fmt: skip
    return out


def _budget(measure, ctx: Ctx) -> str | list[Flowable]:
    planned = _get(measure, "budget_planned", _get(measure, "budget"))
    spent = _get(measure, "budget_spent")
    text = "–" if planned is None else fmt_num(planned, 2)
    if spent is None:
        return text
    star = "*" if over(measure) else ""  # more spent than planned: the line under the table names it
    return [
        para(text, ctx.st["cell"]),
        para(t("ausgegeben ", "spent ") + fmt_num(spent, 2) + star, ctx.st["small"]),
    ]


def _budget_total(items: list, ctx: Ctx) -> list[Flowable]:
    """What the plan costs and what is spent: the council's first question. Ideas and cancelled
    measures left out (an idea's sum read as approved money); the ideas' sum said apart."""
    live = [m for m in items if _get(m, "status") not in ("cancelled", "idea")]
    planned = [v for m in live if (v := _get(m, "budget_planned", _get(m, "budget"))) is not None]
    spent = [v for m in live if (v := _get(m, "budget_spent")) is not None]
    ideas = [v for m in items if _get(m, "status") == "idea" and (v := _get(m, "budget_planned")) is not None]
    if not planned and not spent and not ideas:
        return []
    text = t(f"Budget geplant: {fmt_num(sum(planned), 2)} €, davon ausgegeben: {fmt_num(sum(spent), 2)} €",
             f"Budget planned: {fmt_num(sum(planned), 2)} €, of it spent: {fmt_num(sum(spent), 2)} €")  # fmt: skip
    if len(live) < len(items):
        text += t(" (ohne Ideen und abgebrochene Maßnahmen).", " (ideas and cancelled measures left out).")
    if ideas:
        text += t(f" Dazu Ideen, noch nicht geplant: {fmt_num(sum(ideas), 2)} €.",
                  f" Plus ideas, not planned yet: {fmt_num(sum(ideas), 2)} €.")  # fmt: skip
    out = [para(text, ctx.st["body"])]
    over_ = [m for m in items if over(m)]
    if over_:
        names = "; ".join(
            f"{_short_title(_get(m, 'title', ''))} ({fmt_num(m.budget_spent, 2)} € {t('statt', 'instead of')} "
            f"{fmt_num(_get(m, 'budget_planned', _get(m, 'budget')), 2)} €)"
            for m in over_
        )
        out.append(
            para(
                t("* Mehr ausgegeben als geplant: ", "* More spent than planned: ") + names + ".",
                ctx.st["body"],
            )
        )
    return out


def _short_title(title: str, room: int = 60) -> str:
    return title if len(title) <= room else title[: room - 1].rstrip() + "…"


def _pillar(ctx: Ctx, key: str) -> bool:
    try:
        ctx.cat.pillar(key)
    except KeyError:
        return False
    return True


def _coverage(data: ReportData, ctx: Ctx, items: list) -> list[Flowable]:
    if not data.barriers or not all(hasattr(m, "barrier_ids") for m in items):
        return []
    cov = coverage(data.barriers, items, [p.key for p in ctx.cat.pillars])
    out: list[Flowable] = [h2(t("Abdeckung der wichtigen Hemmnisse", "Coverage of the important barriers"))]
    if cov.uncovered:
        out.append(para("; ".join(b.title for b in cov.uncovered), ctx.st["body"],
                        t("Ohne geplante oder laufende Maßnahme", "Without a planned or running measure")))  # fmt: skip
    elif cov.barriers:  # "every one covered" only when there is one: none rated 2–3 is not all covered
        out.append(note(t("Jedes Hemmnis mit Relevanz 2–3 hat eine geplante oder laufende Maßnahme.",
                          "Every barrier rated 2–3 has a planned or running measure.")))  # fmt: skip
    elif any(b.relevance is not None for b in data.barriers):
        out.append(note(t("Kein Hemmnis ist mit Relevanz 2–3 bewertet.", "No barrier is rated 2–3.")))
    else:
        out.append(note(t("Noch kein Hemmnis mit Relevanz 2–3 bewertet – die Abdeckung zeigt sich erst nach "
                          "der Hemmnisanalyse.", "No barrier rated 2–3 yet – the coverage shows once the "
                          "barriers are assessed.")))  # fmt: skip
    if cov.without_barrier:
        out.append(para("; ".join(_get(m, "title", "") for m in cov.without_barrier), ctx.st["body"],
                        t("Maßnahmen ohne Hemmnis", "Measures without a barrier")))  # fmt: skip
    if cov.pillars_without_measure:
        # an idea naming the pillar is listed above it in the table: say so, or the line reads as a contradiction
        ideas = {p: [_get(m, "title", "") for m in items if _get(m, "status") == "idea" and p in _get(m, "pillars", ())]
                 for p in cov.pillars_without_measure}  # fmt: skip
        named = "; ".join(
            ctx.cat.pillar(p).title
            + (t(" (nur als Idee: ", " (only as an idea: ") + "; ".join(ideas[p]) + ")" if ideas[p] else "")
            for p in cov.pillars_without_measure
        )
        out.append(para(named, ctx.st["body"], t("Säulen ohne geplante, laufende oder abgeschlossene Maßnahme",
                                                 "Pillars without a planned, running or finished measure")))  # fmt: skip
    return out


def checklist_progress(data: ReportData, ctx: Ctx) -> list[Flowable]:
    """Each checklist with its share done, a bar, and how many items are overdue."""
    out: list[Flowable] = [h1(t("Checklisten", "Checklists"))]
    if data.checklists is None:
        return out + not_built(*CHECKLISTS)
    if not data.checklists:
        return [*out, note(t("Noch keine Checkliste angelegt.", "No checklist started yet."))]
    rows = []
    for c in data.checklists:
        items = list(_get(c, "items", ()))
        progress = checklist_progress_of(items).overall
        late = len(overdue(items, ctx.today))
        percent = "–" if progress.percent is None else f"{progress.percent} %"
        rows.append([para(printed_title(c, ctx), ctx.st["cell"]),
                     progress_bar(progress.share, 110), percent, f"{progress.done} / {progress.counted}", str(late)])  # fmt: skip
    out += table([t("Checkliste", "Checklist"), t("Fortschritt", "Progress"), "%", t("erledigt", "done"),
                  t("überfällig", "overdue")], rows, [190, 120, 40, 60, 55])  # fmt: skip
    return out + clubs_begun(data)


def clubs_begun(data: ReportData) -> list[Flowable]:
    """ "3 von 11 Vereinen haben … begonnen", as the Öffnung page counts (every Verein, and any other actor
    with an opening checklist): the table above lists only the begun ones (review 4, K18)."""
    begun = {
        c.actor_id
        for c in data.checklists or ()
        if _get(c, "template_key") == "opening" and _get(c, "actor_id")
    }
    clubs = {a.id for a in data.actors if _get(a, "type") == "verein"} | begun
    if not clubs:
        return []
    return [body(t(f"Interkulturelle Öffnung: {len(begun)} von {len(clubs)} Vereinen haben die Checkliste begonnen.",
                   f"Intercultural opening: {len(begun)} of {len(clubs)} clubs have begun the checklist."))]  # fmt: skip


def anchoring(data: ReportData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [h1(t("Entscheidung zur Verankerung", "Anchoring decision"))]
    if data.anchoring is None:
        return out + not_built(*CHECKLISTS)
    decision = data.anchoring
    for name, label in (("placement", t("Verankerung", "Placement")), ("reason", t("Begründung", "Reason")),
                        ("decided_on", t("Entschieden am", "Decided on"))):  # fmt: skip
        value = _get(decision, name)
        if name == "placement" and value:
            with contextlib.suppress(KeyError):
                value = ctx.cat.placement(value).title
        if isinstance(value, date):
            value = fmt_date(value)
        if value:
            out.append(para(value, ctx.st["body"], label))
        if name == "placement":
            out += _recommendation(data, ctx)
    return out


def _recommendation(data: ReportData, ctx: Ctx) -> list[Flowable]:
    """What the Verankerung page says next to the decision: the option recommended for the town's kind
    and size, and whether the decision followed it (review 4, K18)."""
    m = data.municipality
    kind = ctx.label("municipality_kinds", m.kind)
    size = t(f"{kind} mit {fmt_num(m.population)} Einwohner:innen", f"{kind} with {fmt_num(m.population)} inhabitants") \
        if m.population else kind  # fmt: skip
    try:
        option = ctx.cat.placement(recommend(m.kind, m.population).option).title
    except KeyError:
        return []
    text = t(f"{size} – empfohlen: {option}", f"{size} – recommended: {option}")
    accepted = _get(data.anchoring, "accepted")
    if accepted:
        text += t(" (der Empfehlung gefolgt)", " (the recommendation was followed)")
    return [para(text, ctx.st["body"], t("Empfehlung", "Recommendation"))]
