"""Profile and occasions, the barrier analysis with its bar chart, the pillar radar and comparison."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from ...analysis.barriers import progress as barrier_progress
from ...analysis.barriers import top_barriers
from ...analysis.pillars import compare, pillar_averages, scored_rounds
from ...lang import t
from ...store.report_data import ReportData
from ...textsort import sort_key
from ..charts import barrier_bars, pillar_radar
from ..text import esc, para, paragraph
from .common import Ctx, body, fmt_date, fmt_num, gap, h1, h2, note, short, table


def title_block(data: ReportData, title: str, ctx: Ctx) -> list[Flowable]:
    """The first lines of a document: its title, the municipality and when it was made."""
    m = data.municipality
    facts = [ctx.label("municipality_kinds", m.kind), ctx.label("federal_states", m.state)]
    if m.population:
        facts.append(t(f"{fmt_num(m.population)} Einwohner:innen", f"population {fmt_num(m.population)}"))
    return [
        paragraph(esc(title), ctx.st["title"]),
        para(m.name, ctx.st["subtitle"]),
        paragraph(esc(" · ".join(facts)), ctx.st["small"]),
        gap(8),
    ]


def profile(data: ReportData, ctx: Ctx) -> list[Flowable]:
    """Occasions, own concern and how far each area is filled in."""
    out: list[Flowable] = [h1(t("Profil und Anlass", "Profile and occasion"))]
    occasions = [ctx.cat.occasion(k).title for k in data.process.occasions if _known(ctx, k)]
    if occasions:
        out.append(body(t("Anlässe: ", "Occasions: ") + "; ".join(occasions)))
    else:
        out.append(note(t("Noch kein Anlass gewählt.", "No occasion chosen yet.")))
    if data.process.own_concern:
        out.append(para(data.process.own_concern, ctx.st["body"], t("Eigenes Anliegen", "Own concern")))
    if data.offers is not None:  # the dossier: one line on the Mitmachen offers (review 4, K31)
        out.append(body(_offers_line(*data.offers)))
    if data.municipality.contact_name and ctx.personal:
        out.append(
            para(data.municipality.contact_name, ctx.st["body"], t("Ansprechperson", "Contact person"))
        )
    return out


def _offers_line(printed: int, expired: int) -> str:
    if printed:
        text = t(f"Mitmachen: {printed} offene Angebote für Einwohner:innen",
                 f"Get involved: {printed} open offers for residents")  # fmt: skip
    else:
        text = t("Mitmachen: noch keine offenen Angebote für Einwohner:innen",
                 "Get involved: no open offers for residents yet")  # fmt: skip
    if expired:
        text += t(f" ({expired} abgelaufen, nicht mehr gedruckt)", f" ({expired} expired, no longer printed)")
    return text + "."


def _known(ctx: Ctx, key: str) -> bool:
    try:
        ctx.cat.occasion(key)
    except KeyError:
        return False
    return True


def barriers(data: ReportData, ctx: Ctx, detail: bool = True) -> list[Flowable]:
    """Progress, the top barriers, a bar per assessed barrier and (``detail``) the table with notes."""
    out: list[Flowable] = [h1(t("Hemmnisanalyse", "Barrier analysis"))]
    done, total = barrier_progress(data.barriers)
    assessed = [b for b in data.barriers if b.relevance is not None]
    if not assessed:  # one sentence, not "0 von 27 … bewertet." and then "Noch keine … bewertet."
        out.append(note(t(f"Noch keine Hemmnisse bewertet ({total} im Katalog).",
                          f"No barriers assessed yet ({total} in the catalogue).")))  # fmt: skip
        return out + ([] if detail else _groups_line(data, ctx))
    counted = t(f"{done} von {total} Hemmnissen aus dem Katalog bewertet",
                f"{done} of {total} catalogue barriers assessed")  # fmt: skip
    own = sum(1 for b in assessed if b.key is None)  # the town's own: bars in the chart below, too
    if own:
        counted += t(f", dazu {own} eigenes" if own == 1 else f", dazu {own} eigene",
                     f", plus {own} own barrier" if own == 1 else f", plus {own} own barriers")  # fmt: skip
    out.append(body(counted + "."))
    ordered = top_barriers(data.barriers, len(data.barriers))
    top = ordered[:5]
    if top:
        out.append(h2(t("Die wichtigsten Hemmnisse", "Top barriers")))
        out += [para(f"{n}. {b.title}", ctx.st["body"]) for n, b in enumerate(top, 1)]
        # the ones rated as high as the fifth: a cut in a tie would hide that they weigh the same
        tied = [b.title for b in ordered[5:] if b.relevance == top[-1].relevance]
        if tied:
            names = ", ".join(tied[:5]) + (t(f" und {len(tied) - 5} weitere", f" and {len(tied) - 5} more")
                                           if len(tied) > 5 else "")  # fmt: skip
            level = ctx.label("relevance", str(top[-1].relevance)).lower()
            out.append(para(t(f"… und {names}, ebenfalls {level}", f"… and {names}, also {level}"),
                            ctx.st["body"]))  # fmt: skip
    # the list's order (``top_barriers``: relevance, then more target groups, then the catalogue): the
    # chart right under it ranked ties by the catalogue alone, so #5 of the list stood first in the chart
    ranked = sorted(
        assessed, key=lambda b: (-(b.relevance or 0), -len(set(b.target_group_ids or ())), b.position)
    )
    scale = [ctx.label("relevance", str(n)) for n in range(4)]
    chart = barrier_bars([(b.title, b.relevance or 0) for b in ranked], scale_labels=scale)
    out.append(
        KeepTogether(
            [h2(t("Relevanz der bewerteten Hemmnisse", "Relevance of the assessed barriers")), chart]
        )
    )
    if not detail:
        return out + _groups_line(data, ctx)
    groups = {g.id: g.name for g in data.target_groups}
    rows = [
        [
            para(b.title, ctx.st["cellbold"]),
            short(ctx.label("relevance", str(b.relevance)), 60),
            short(ctx.label("evidence_kinds", b.evidence_kind), 66, wrap=True),
            para(", ".join(groups[g] for g in b.target_group_ids if g in groups), ctx.st["cell"]),
            para(b.note, ctx.st["cell"]),
        ]
        for b in ranked
    ]
    out.append(h2(t("Bewertungen im Einzelnen", "Assessments in detail")))
    out += table(
        [t("Hemmnis", "Barrier"), t("Relevanz", "Relevance"), t("Beleg", "Evidence"),
         t("Zielgruppen", "Target groups"), t("Notiz", "Note")],
        rows, [135, 50, 66, 104, 165],
    )  # fmt: skip
    if data.target_groups:
        out.append(h2(t("Zielgruppen", "Target groups")))
        out += [
            para(g.description, ctx.st["body"], g.name) if g.description else para(g.name, ctx.st["body"])
            for g in data.target_groups
        ]
    return out


def _groups_line(data: ReportData, ctx: Ctx) -> list[Flowable]:
    """The dossier's one line on whom the town wants to reach (the analysis document has them in full)."""
    if not data.target_groups:
        return []
    names = "; ".join(sorted((g.name for g in data.target_groups), key=sort_key))
    return [para(names, ctx.st["body"], t(f"Zielgruppen ({len(data.target_groups)})",
                                          f"Target groups ({len(data.target_groups)})"))]  # fmt: skip


def pillars(data: ReportData, ctx: Ctx) -> list[Flowable]:
    """The radar of the last two scored rounds, averages per round, and what improved or fell back."""
    out: list[Flowable] = [h1(t("Säulen des Zusammenlebens", "Pillars of living together"))]
    rounds = scored_rounds(list(data.rounds))
    if not rounds:
        out.append(note(t("Noch keine Bewertungsrunde mit Punkten.", "No assessment round with scores yet.")))
        return out
    pillars_ = ctx.cat.pillars
    last = rounds[-2:]
    series = [(_round_title(r), list(pillar_averages(r.scores, pillars_).values())) for r in last]
    radar = pillar_radar([p.title for p in pillars_], series)
    out.append(KeepTogether([radar]))
    header = [t("Säule", "Pillar"), *[_round_title(r) for r in rounds[-4:]]]
    averages = [pillar_averages(r.scores, pillars_) for r in rounds[-4:]]
    rows = [[para(p.title, ctx.st["cell"]), *[fmt_num(a[p.key], 1) for a in averages]] for p in pillars_]
    out += table(header, rows, [160] + [80] * len(averages))
    if len(rounds) >= 2:
        comparison = compare(rounds[-2], rounds[-1], pillars_)
        out.append(h2(t("Vergleich der letzten beiden Runden", "Comparison of the last two rounds")))
        # the counts first, as the Säulen page says them: a list of five alone read as "five improved"
        up, down, same = (len(x) for x in (comparison.improved, comparison.fell_back, comparison.unchanged))
        counts = t(f"{up} verbessert, {down} zurückgefallen, {same} unverändert.",
                   f"{up} improved, {down} fell back, {same} unchanged.")  # fmt: skip
        if comparison.not_comparable:
            n = len(comparison.not_comparable)
            counts += " " + t(f"{n} nur in einer der beiden Runden bewertet.",
                              f"{n} scored in only one of the two rounds.")  # fmt: skip
        out.append(body(counts))
        for (de, en), changes in (
            (("Verbessert", "Improved"), comparison.improved),
            (("Zurückgefallen", "Fell back"), comparison.fell_back),
        ):
            if changes:
                shown = changes[:5]
                title = t(de, en)
                if len(changes) > len(shown):
                    title += t(f" ({len(shown)} von {len(changes)}, die größten Änderungen zuerst)",
                               f" ({len(shown)} of {len(changes)}, the largest changes first)")  # fmt: skip
                # in words: the embedded Noto Sans has no "→", and "›" read as a quote mark (review 4)
                items = "; ".join(
                    f"{ctx.cat.indicator(c.key).question} ("
                    + t(f"von {c.before} auf {c.after}", f"from {c.before} to {c.after}")
                    + ")"
                    for c in shown
                )
                out.append(para(items, ctx.st["body"], title))
    return out


def _round_title(r) -> str:
    return f"{r.title} ({fmt_date(r.held_on)})" if r.held_on else r.title
