"""The kinds of document, what each reads and how its story is put together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from ..lang import t
from ..store.report_data import ReportData
from . import template
from .keeping import keep_headings
from .sections import actors, analysis, checklists, consultant, planning
from .sections.common import Ctx, fmt_date

Story = Callable[[Sequence[ReportData], Ctx], list[Flowable]]


@dataclass(frozen=True)
class Kind:
    key: str
    title_de: str
    title_en: str
    parts: frozenset[str]  # what ``report_data.gather`` must read
    story: Story
    all_at_once: bool = False  # one document over every municipality (consultant)
    blank: bool = False  # offers --blank
    personal: bool = False  # names persons (contacts, moderation, who is responsible) when asked
    subject: str = ""  # what one record of it is ("actor": a Verein's checklist, "event"), "" none

    @property
    def title(self) -> str:
        return t(self.title_de, self.title_en)


def _dossier(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    d = items[0]
    story = analysis.title_block(d, t("Dossier", "Dossier"), ctx) + analysis.profile(d, ctx)
    story += analysis.barriers(d, ctx, detail=False) + actors.summary(d, ctx)
    if d.actors and d.graph is not None:  # a new page after the network map; without a map none (K14)
        story.append(PageBreak())
    story += analysis.pillars(d, ctx)
    story += planning.measures(d, ctx) + planning.events(d, ctx)
    story += planning.checklist_progress(d, ctx) + planning.anchoring(d, ctx)
    return story


def _analysis(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    d = items[0]
    story = analysis.title_block(d, t("Analyse", "Analysis"), ctx) + analysis.profile(d, ctx)
    story += analysis.barriers(d, ctx) + actors.summary(d, ctx, figure=False) + analysis.pillars(d, ctx)
    return story


def _plan(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    d = items[0]
    return analysis.title_block(d, t("Maßnahmenplan", "Measures plan"), ctx) + planning.measures(
        d, ctx, plan=True
    )


def _actors(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    d = items[0]
    return analysis.title_block(d, t("Akteure", "Actors"), ctx) + actors.actor_list(d, ctx)


def _events(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    d = items[0]
    if ctx.subject is not None:  # one event's protocol, without the others' or the loose ideas
        d = replace(d, events=tuple(e for e in d.events or () if e.id == ctx.subject))
    return analysis.title_block(d, t("Veranstaltungen", "Events"), ctx) + planning.events(
        d, ctx, protocols=True, loose_ideas=ctx.subject is None
    )


def _network(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    d = items[0]
    return actors.network(d, ctx)


def _checklist(key: str) -> Story:
    def story(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
        d = items[0]
        tpl = ctx.cat.checklists[key]
        head = analysis.title_block(d, tpl.title, ctx)[1:3]
        if ctx.blank:
            club = _subject_name(d, ctx)
            if club:  # one club's blank sheet, with its name and running header (a workshop's copies)
                return _club_sheet(tpl, ctx, club, d.municipality.name)
            return head + checklists.checklist(tpl, ctx)
        if key == "anchoring":  # the decision (and the recommendation) first: what the checklist serves
            head += planning.anchoring(d, ctx)
        if d.checklists is None:
            return head + checklists.checklist(tpl, ctx) + checklists.not_built_filled()
        out = list(head)
        instances = [
            c
            for c in d.checklists
            if getattr(c, "template_key", "") == key
            and (ctx.subject is None or getattr(c, "actor_id", None) == ctx.subject)
        ]
        for n, inst in enumerate(instances):
            if n:
                out.append(PageBreak())
            states = {getattr(i, "key", getattr(i, "item_key", "")): i for i in inst.items}
            # no stored title under the template's: it was made in the language of its day (K15, R3)
            out += checklists.checklist(tpl, ctx, "", states, getattr(inst, "started_on", None))
        if key == "opening" and (instances or ctx.subject is not None):
            # all clubs: how many have begun, as the Öffnung page says (the sheets show the begun only)
            count = planning.clubs_begun(d) if ctx.subject is None else []
            return count + _club_sheets(d, tpl, instances, ctx)
        if not instances:  # not begun yet: say so, and give the blank sheet to begin with on paper
            return [
                *head,
                checklists.not_begun(key, ctx.subject is not None),
                *checklists.checklist(tpl, ctx),
            ]
        return out

    return story


def _club_sheets(d: ReportData, tpl, instances: list, ctx: Ctx) -> list[Flowable]:
    """Each club's sheets under its own name and running header, numbered on their own (review 4,
    K22: loose pages from the copier must be sorted back to their club); a club asked for that has
    not begun gets the blank sheet with its name."""
    place = d.municipality.name
    out: list[Flowable] = []
    for n, inst in enumerate(instances):
        if n:
            out.append(PageBreak())
        club = getattr(inst, "actor_name", "") or getattr(inst, "title", "")
        states = {getattr(i, "key", getattr(i, "item_key", "")): i for i in inst.items}
        out += _club_sheet(tpl, ctx, club, place, states=states, started_on=getattr(inst, "started_on", None))
    if not instances:  # the mark, the title and its line, then what the clerk should know
        sheet = _club_sheet(tpl, ctx, _subject_name(d, ctx), place)
        out += [*sheet[:3], checklists.not_begun("opening", True), *sheet[3:]]
    return out


def _club_sheet(tpl, ctx: Ctx, club: str, place: str, **filled: Any) -> list[Flowable]:
    """One club's checklist (blank, or ``filled`` with its states) under its running header."""
    sheet = checklists.checklist(tpl, ctx, club=club, place=place, **filled)
    return [template.RunningMark(_club_running(club, place, ctx)), *sheet]


def _club_running(club: str, place: str, ctx: Ctx) -> template.Running:
    made = fmt_date(ctx.today)
    return template.Running(
        left=club,
        right=f"{place} · {KINDS['opening-checklist'].title}",
        page=lambda page, pages: t(f"Seite {page} von {pages}", f"Page {page} of {pages}"),
        note=t(f"Erstellt am {made} mit VOPI Desktop", f"Made on {made} with VOPI Desktop"),
    )


def _subject_name(d: ReportData, ctx: Ctx) -> str:
    """The name of the one record printed (a club), "" when there is none."""
    if ctx.subject is None:
        return ""
    for inst in d.checklists or ():
        if getattr(inst, "actor_id", None) == ctx.subject:
            return getattr(inst, "actor_name", "")
    return next((a.name for a in d.actors if a.id == ctx.subject), "")


def _consultant(items: Sequence[ReportData], ctx: Ctx) -> list[Flowable]:
    return consultant.story(items, ctx)


_BASIC = frozenset({"barriers", "pillars"})
KINDS: dict[str, Kind] = {
    k.key: k
    for k in (
        Kind("dossier", "Dossier", "Dossier", frozenset(_BASIC | {"actors", "network", "plan", "events", "checklists", "anchoring", "offers"}), _dossier, personal=True),
        Kind("analysis", "Analyse", "Analysis", frozenset(_BASIC | {"actors", "network"}), _analysis, personal=True),
        Kind("plan", "Maßnahmenplan", "Measures plan", frozenset({"plan", "barriers", "actors"}), _plan, personal=True),
        Kind("actors", "Akteure", "Actors", frozenset({"actors", "details"}), _actors, personal=True),
        Kind("events", "Veranstaltungen", "Events", frozenset({"events", "actors"}), _events, personal=True, subject="event"),
        Kind("network", "Netzwerk", "Network", frozenset({"actors", "network"}), _network),
        Kind("opening-checklist", "Checkliste Öffnung", "Opening checklist", frozenset({"checklists", "actors"}), _checklist("opening"), blank=True, subject="actor"),
        Kind("anchoring-checklist", "Checkliste Verankerung", "Anchoring checklist", frozenset({"checklists", "anchoring"}), _checklist("anchoring"), blank=True),
        Kind("consultant", "Vergleich der Kommunen", "Comparison of municipalities", frozenset({"overview"}), _consultant, all_at_once=True),
    )
}  # fmt: skip


def _no_lonely_headings(story: list[Flowable]) -> list[Flowable]:
    """Every heading kept with the beginning of its section (``keeping.RoomFor``): a room fixed per
    heading level missed a chart or a kept block taller than it (review 4, K1)."""
    return keep_headings(story)


def render(
    kind: str, items: Sequence[ReportData], out: Path, ctx: Ctx, progress: template.Progress | None = None
) -> Path:
    """Write the document of ``kind`` over ``items`` (one municipality, or all for the consultant)."""
    spec = KINDS[kind]
    story = _no_lonely_headings(spec.story(items, ctx))
    several = len(items) > 1 or len(items[0].overview) > 1
    title = spec.title + (t(" (leer)", " (blank)") if ctx.blank and spec.blank else "")
    if several:  # the comparison: no one municipality is its author or its header
        n = len(items[0].overview) if spec.all_at_once else len(items)
        first = t(f"Prozessbegleitung – {n} Kommunen", f"Process support – {n} municipalities")
        document, author = f"{title} ({n})", "VOPI Desktop"
    else:
        first = items[0].municipality.name
        # one record's document (a club's checklist) is titled with it, the municipality's with that
        document, author = f"{title} – {_subject_name(items[0], ctx) or first}", ""
    meta = template.DocMeta(
        title=title,
        municipality=first,
        subject=f"{spec.title} – {first}",
        made_on=ctx.today,
        document=document,
        author=author,
        # every sheet of a document with contact persons says so (review 4, K3; R3)
        mark=t("Enthält personenbezogene Daten", "Contains personal data")
        if ctx.personal and spec.personal
        else "",
    )
    return template.build(story, out, meta, progress)
