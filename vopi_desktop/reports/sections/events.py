"""Events: the dossier's table, or (the events document) each as a protocol a council can attach to its
minutes — on a page of its own, its head kept with it, with lines for who receives and approved it. An
event ahead is marked "geplant" and prints only what is known before it (review 4, K16)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table

from ...lang import t
from ...store.report_data import ReportData
from ...textsort import sort_key
from ..styles import FRAME_WIDTH, RULE, plain_style
from ..text import para
from .common import Ctx, fmt_date, gap, h1, h2, not_built, note, short, table
from .protocol import labelled, method_sections

EVENTS = ("Veranstaltungen und Ideen", "Events and ideas")
SIGN_LABEL = 120  # "Freigegeben von / am:" in bold at the cell size


def _get(record: object, name: str, default=None):
    return getattr(record, name, default)


def events(data: ReportData, ctx: Ctx, protocols: bool = False, loose_ideas: bool = True) -> list[Flowable]:
    """The events in date order; with ``protocols`` each as a protocol following its method.
    ``loose_ideas`` False: the ideas of no event are left out (one event's protocol)."""
    # the events document (protocols) is titled so already: no second heading under its title
    out: list[Flowable] = [] if protocols else [h1(t("Veranstaltungen und Ideen", "Events and ideas"))]
    if data.events is None:
        return out + not_built(*EVENTS)
    items = sorted(data.events, key=lambda e: (_get(e, "held_on") is None, _get(e, "held_on") or date.min))
    ideas = list(data.ideas or ())
    if not items:
        out.append(note(t("Noch keine Veranstaltungen dokumentiert.", "No events recorded yet.")))
    if not protocols:
        rows = [[para(_get(e, "title", ""), ctx.st["cellbold"]), short(method(ctx, e), 100),
                 fmt_date(_get(e, "held_on")), para(participants(e), ctx.st["cell"]),
                 str(sum(1 for i in ideas if _get(i, "event_id") == e.id))] for e in items]  # fmt: skip
        if rows:
            out += table([t("Veranstaltung", "Event"), t("Format", "Format"), t("Datum", "Date"),
                          t("Teilnehmende", "Participants"), t("Ideen", "Ideas")], rows, [160, 100, 62, 98, 40])  # fmt: skip
    else:
        for n, e in enumerate(items):
            ctx.check()
            if n:  # one protocol per sheet: a council attaches single protocols to its minutes
                out.append(PageBreak())
            own = _get(e, "ideas") or [i for i in ideas if _get(i, "event_id") == e.id]
            out += _protocol(data, ctx, e, list(own))
    loose = [i for i in ideas if not _get(i, "event_id")] if loose_ideas else []
    if loose or (ideas and not protocols):
        # under the last protocol a bare "Ideen" read as that event's ideas
        title = t("Ideen ohne Veranstaltung", "Ideas without an event") if protocols else t("Ideen", "Ideas")
        if protocols and items:
            out.append(PageBreak())  # not on the last protocol's sheet
        out.append(h2(title))
        chosen = ideas if not protocols else loose
        rows = [[para(_get(i, "text", ""), ctx.st["cell"]), short(ctx.label("idea_status", _get(i, "status", "")), 125),
                 str(_get(i, "votes", 0))] for i in sorted(chosen, key=lambda i: -(_get(i, "votes", 0) or 0))]  # fmt: skip
        out += table([t("Idee", "Idea"), t("Stand", "Status"), t("Punkte", "Votes")], rows, [300, 125, 50])
    return out


def method(ctx: Ctx, event) -> str:
    try:
        return ctx.cat.method(_get(event, "kind", "")).title
    except KeyError:
        return ctx.label("event_kinds", _get(event, "kind", ""))  # as the Beteiligung page says it


def participants(event) -> str:
    total, migration = _get(event, "participants_total"), _get(event, "participants_migration")
    if total is None:
        return "–"
    return (
        f"{total} ({migration} {t('mit Migrationsgeschichte', 'with a migration background')})"
        if migration is not None
        else str(total)
    )


def _ahead(event, ctx: Ctx) -> bool:
    held = _get(event, "held_on")
    return held is not None and held > ctx.today


def _protocol(data: ReportData, ctx: Ctx, event, ideas: list) -> list[Flowable]:
    """One protocol: the head, the method's steps, then the record in the catalogue's protocol order.
    An event ahead: its head and agenda only, kept on one page."""
    ahead = _ahead(event, ctx)
    title = f"{_get(event, 'title', '')} – {fmt_date(_get(event, 'held_on'))}"
    if ahead:
        title += t(" (geplant)", " (planned)")
    head = [(t("Format", "Format"), method(ctx, event)),
            (t("Zeit", "Time"), " – ".join(v for v in (_get(event, "time_from"), _get(event, "time_to")) if v) or "–"),
            (t("Ort", "Place"), _get(event, "place") or "–")]  # fmt: skip
    if not ahead:
        head.append((t("Teilnehmende", "Participants"), participants(event)))
        if ctx.personal:
            head += [(t("Moderation", "Moderation"), _get(event, "moderation") or "–"),
                     (t("Protokollführung", "Minute-taker"), _get(event, "minute_taker") or "–")]  # fmt: skip
        elif _get(event, "moderation") or _get(event, "minute_taker"):
            head.append((t("Moderation, Protokollführung", "Moderation, minute-taker"), t("nicht gedruckt (personenbezogen)",
                                                                             "not printed (personal data)")))  # fmt: skip
    names = {a.id: a.name for a in data.actors}
    # by name: the link table keeps no order, and a database may hand the rows out in any; "; " between
    # them, as names hold commas ("Amt für Bildung, Soziales und Sport")
    orgs = sorted((names[i] for i in _get(event, "organisation_ids", ()) or () if i in names), key=sort_key)
    if orgs:
        head.append((t("Beteiligte Organisationen", "Organisations"), "; ".join(orgs)))
    first: list[Flowable] = [h2(title)]
    first += [para(value, ctx.st["body"], label) for label, value in head]
    try:
        phases = ctx.cat.method(_get(event, "kind", "")).phases
    except KeyError:
        phases = ()
    if phases:
        first.append(para(" › ".join(p.title for p in phases), ctx.st["body"], t("Ablauf", "Steps")))
    record: list[tuple[str, str]] = [("agenda", t("Ziele und Tagesordnung", "Goals and agenda"))]
    if not ahead:
        record += [("results", t("Ergebnisse", "Results")), ("decisions", t("Beschlüsse", "Decisions")),
                   ("open_points", t("Offene Punkte, Dissens", "Open points, dissent"))]  # fmt: skip
    rest: list[Flowable] = []
    for key, label in record:
        if _get(event, key):
            rest += labelled(getattr(event, key), label, ctx)
    if ahead:  # nothing has happened yet: no record, no ideas, nobody to send it to
        return [KeepTogether(first + rest), gap(8)]
    rest += method_sections(event, ctx)
    if ideas:
        rest.append(para("; ".join(f"{_get(i, 'text', '')} ({_get(i, 'votes', 0)})" for i in ideas), ctx.st["body"],
                         t("Ideen (Punkte)", "Ideas (votes)")))  # the Beteiligung page's word (K28)  # fmt: skip
    if _get(event, "next_date"):
        rest.append(para(fmt_date(event.next_date), ctx.st["body"], t("Nächster Termin", "Next date")))
    # the lines kept with the protocol's last entry: a lone "Freigegeben" line overleaf is lost
    return [KeepTogether(first), *rest[:-1], KeepTogether([*rest[-1:], gap(10), _sign_lines(ctx)])]


def _sign_lines(ctx: Ctx) -> Table:
    """Lines to fill in by hand: who receives the protocol and who approved it when (the Beteiligung
    page's help names both as part of a protocol)."""
    bold: ParagraphStyle = ctx.st["cellbold"]
    rows = [[para(t("Verteiler:", "Distribution:"), bold), ""],
            [para(t("Freigegeben von / am:", "Approved by / on:"), bold), ""]]  # fmt: skip
    lines = Table(rows, colWidths=[SIGN_LABEL, FRAME_WIDTH - SIGN_LABEL], rowHeights=20)
    lines.setStyle(
        plain_style(("LINEBELOW", (1, 0), (1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"))
    )
    return lines
