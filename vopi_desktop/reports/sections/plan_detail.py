"""The measures plan's own view of each measure: what it is for, for whom, how success shows, what is done.

The council decides on money per measure and asks "wofür, für wen, woran sehen wir Erfolg?": each
measure gets a block (title, status and period, goal, then labelled lines: the barriers it addresses,
target groups, channels, success indicator, result, steps). Only the ``plan`` document prints it; the
dossier keeps its one table (a dossier must stay quick to make, issue #10 §6).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Table

from ...lang import t
from ...store.report_data import ReportData
from ...textsort import sort_key
from ..styles import FRAME_WIDTH, LIGHT, RULE, plain_style, styles
from ..text import para
from .common import Ctx, fmt_date, fmt_num, gap

LABEL_WIDTH = 110  # "Erfolgsindikator", "Arbeitsschritte" in bold at the cell size, with padding


def _get(record: object, name: str, default=None):
    return getattr(record, name, default)


def period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return t("ohne Zeitraum", "no period")
    return f"{fmt_date(start)} – {fmt_date(end)}" if start and end else fmt_date(start or end)


def over(measure: object) -> bool:
    """More spent than planned (the line under the plan names these)."""
    planned = _get(measure, "budget_planned", _get(measure, "budget"))
    spent = _get(measure, "budget_spent")
    return planned is not None and spent is not None and spent > planned


def budget_words(measure: object) -> str:
    """'geplant 800,00 € · ausgegeben 780,00 €': both words written out (was "800,00 ausg. 780,00")."""
    planned = _get(measure, "budget_planned", _get(measure, "budget"))
    spent = _get(measure, "budget_spent")
    parts = []
    if planned is not None:
        parts.append(t(f"geplant {fmt_num(planned, 2)} €", f"planned {fmt_num(planned, 2)} €"))
    if spent is not None:
        parts.append(t(f"ausgegeben {fmt_num(spent, 2)} €", f"spent {fmt_num(spent, 2)} €"))
    text = " · ".join(parts)
    if over(measure):
        text += t(" (mehr als geplant)", " (more than planned)")
    return text


def measure_blocks(data: ReportData, ctx: Ctx, items: Sequence[object]) -> list[Flowable]:
    """One block per measure, kept on one page where it fits."""
    barriers = {b.id: b for b in data.barriers if b.id}
    groups = {g.id: g.name for g in data.target_groups}
    actors = {a.id: a.name for a in data.actors}
    out: list[Flowable] = []
    for m in items:
        ctx.check()
        head = [
            para(_get(m, "title", ""), ctx.st["lead"]),
            para(
                f"{ctx.label('measure_status', _get(m, 'status', ''))} · "
                f"{period(_get(m, 'start_on'), _get(m, 'end_on'))}",
                ctx.st["small"],
            ),
        ]
        if _get(m, "goal"):
            head.append(para(m.goal, ctx.st["body"], t("Ziel", "Goal")))
        rows = _lines(m, ctx, barriers, groups, actors)
        block: list[Flowable] = [*head]
        if rows:
            block.append(_table(rows))
        block.append(gap(10))
        # a block taller than a page kept together is first pushed to a page of its own, leaving the
        # page before it empty: the long ones run on (their title and status line kept together)
        if _long(m):
            out += [KeepTogether(block[:2]), *block[2:]]
        else:
            out.append(KeepTogether(block))
    return out


def _long(m: object) -> bool:
    texts = sum(len(_get(m, name, "") or "") for name in ("goal", "success_indicator", "result"))
    return texts > 1200 or len(_get(m, "steps", ()) or ()) > 12


def _lines(m, ctx: Ctx, barriers: dict, groups: dict, actors: dict) -> list[tuple[str, list[Flowable]]]:
    cell = ctx.st["cell"]
    lines: list[tuple[str, object]] = []
    kind = _get(m, "kind", "")
    if kind:
        try:
            lines.append((t("Ansatz", "Approach"), f"{kind} {ctx.cat.approach(kind).title}"))
        except KeyError:
            lines.append((t("Ansatz", "Approach"), kind))
    who = _get(m, "responsible_actor_name") or actors.get(_get(m, "responsible_actor_id") or "", "")
    if ctx.personal and _get(m, "responsible_person"):
        who = f"{who} ({m.responsible_person})" if who else m.responsible_person
    # in a fixed order (names, the catalogue's): the link tables keep none, a database hands them out in any
    partners = sorted((actors[i] for i in _get(m, "partner_ids", ()) or () if i in actors), key=sort_key)
    named = sorted((barriers[i] for i in _get(m, "barrier_ids", ()) or () if i in barriers),
                   key=lambda b: (b.position, sort_key(b.title)))  # fmt: skip
    lines += [
        (t("Verantwortlich", "Responsible"), who or "–"),
        (t("Partner", "Partners"), "; ".join(partners)),
        (t("Hemmnisse", "Barriers"), "; ".join(_barrier(b) for b in named)),
        (t("Zielgruppen", "Target groups"),
         "; ".join(sorted((groups[i] for i in _get(m, "target_group_ids", ()) or () if i in groups), key=sort_key))),
        (t("Säulen", "Pillars"), "; ".join(_pillars(ctx, _get(m, "pillars", ())))),
        (t("Wege", "Channels"), "; ".join(_in_order(ctx, "channels", _get(m, "channels", ())))),
        (t("Sprachen", "Languages"), ", ".join(_in_order(ctx, "languages", _get(m, "languages", ())))),
        (t("Budget", "Budget"), budget_words(m)),
        (t("Erfolgsindikator", "Success indicator"), _get(m, "success_indicator", "")),
        (t("Ergebnis", "Result"), _get(m, "result", "")),
    ]  # fmt: skip
    out = [(label, [para(value, cell)]) for label, value in lines if value]
    steps = list(_get(m, "steps", ()) or ())
    if steps:
        out.append((t("Arbeitsschritte", "Steps"), [_step(n, s, ctx) for n, s in enumerate(steps, 1)]))
    return out


def _in_order(ctx: Ctx, vocab: str, keys: Sequence[str]) -> list[str]:
    order = {k: n for n, k in enumerate(ctx.cat.vocab(vocab))}
    return [ctx.label(vocab, k) for k in sorted(keys, key=lambda k: (order.get(k, len(order)), k))]


def _pillars(ctx: Ctx, keys: Sequence[str]) -> list[str]:
    order = {p.key: n for n, p in enumerate(ctx.cat.pillars)}
    out = []
    for key in sorted(keys, key=lambda k: order.get(k, len(order))):
        try:
            out.append(ctx.cat.pillar(key).title)
        except KeyError:
            continue
    return out


def _barrier(row) -> str:
    return f"{row.key} {row.title}" if row.key else row.title


def _step(n: int, step, ctx: Ctx) -> Flowable:
    state = t("erledigt", "done") if _get(step, "done") else t("offen", "open")
    due = _get(step, "due_on")
    facts = [state] + ([t(f"bis {fmt_date(due)}", f"due {fmt_date(due)}")] if due else [])
    if ctx.personal and _get(step, "who"):
        facts.append(step.who)
    return para(f"{n}. {_get(step, 'what', '')} ({', '.join(facts)})", ctx.st["cell"])


def _table(rows: list[tuple[str, list[Flowable]]]) -> Table:
    bold = styles()["cellbold"]
    data = [[para(label, bold), value] for label, value in rows]
    table = Table(data, colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH], splitInRow=1)
    table.setStyle(
        plain_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table
