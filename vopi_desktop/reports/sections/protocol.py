"""The method-specific part of an event protocol (World Café rounds, Zukunftskonferenz phases, Runder
Tisch agreements, Netzwerktreffen exchange), as the planning service stores it in ``event.protocol``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from ...lang import t
from ..styles import styles
from ..text import para
from .common import Ctx, fmt_date, note, short, table

FUTURE_PHASES = ("past", "present", "future", "common_ground", "action_planning")  # catalogue order


def method_sections(event: object, ctx: Ctx) -> list[Flowable]:
    protocol = getattr(event, "protocol", None)
    if not isinstance(protocol, Mapping) or not protocol:
        return []
    out: list[Flowable] = []
    rounds = protocol.get("rounds") or []
    for n, r in enumerate(rounds, 1):
        if isinstance(r, Mapping) and (r.get("question") or r.get("summary")):
            text = " – ".join(str(v) for v in (r.get("question"), r.get("summary")) if v)
            out += labelled(text, t(f"Runde {n}", f"Round {n}"), ctx)
    phases = protocol.get("phases") or {}
    if isinstance(phases, Mapping):
        try:
            titles = [p.title for p in ctx.cat.method("future_conference").phases]
        except KeyError:
            titles = list(FUTURE_PHASES)
        for key, title in zip(FUTURE_PHASES, titles, strict=False):
            if phases.get(key):
                out += labelled(phases[key], title, ctx)
    agreements = [a for a in protocol.get("agreements") or [] if isinstance(a, Mapping) and a.get("what")]
    if agreements:
        rows = [[para(a.get("what", ""), ctx.st["cell"]), para(_who(a.get("who", ""), ctx), ctx.st["cell"]),
                 _due(a.get("due"))] for a in agreements]  # fmt: skip
        out += table([t("Vereinbarung", "Agreement"), t("Wer", "Who"), t("Bis", "By")], rows, [300, 120, 70])
        if not ctx.personal and any(a.get("who") for a in agreements):
            out.append(left_out())
    exchange = [x for x in protocol.get("exchange") or [] if isinstance(x, Mapping)]
    if exchange:
        rows = [[short(x.get("municipality", ""), 130, wrap=True), para(x.get("contribution", ""), ctx.st["cell"])]
                for x in exchange]  # fmt: skip
        out += table([t("Kommune", "Municipality"), t("Beitrag", "Contribution")], rows, [130, 360])
    return out


def _who(who: object, ctx: Ctx) -> str:
    """The person who took an agreement on; withheld, said so ("–" read as "nobody took it on")."""
    if not who:
        return "–"
    return str(who) if ctx.personal else t("(nicht gedruckt)", "(not printed)")


def labelled(value: object, label: str, ctx: Ctx) -> list[Flowable]:
    """``label: value`` on one line; a value of several lines (an agenda "1. … 2. …") under its label,
    indented, so its second line does not start at the margin like a new field."""
    text = str(value).strip()
    if "\n" not in text:
        return [para(text, ctx.st["body"], label)]
    head, under = _label_styles()
    return [para("", head, label), para(text, under)]


@cache
def _label_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    body = styles()["body"]
    return ParagraphStyle("label", parent=body, spaceAfter=1), ParagraphStyle(
        "under", parent=body, leftIndent=12
    )


def left_out() -> Flowable:
    """Said under what was printed without names, so a reader knows they exist."""
    # for the reader of the paper; how to print them is the Berichte page's business (its tick's tooltip)
    return note(t("Namen von Personen sind nicht gedruckt (personenbezogene Daten).",
                  "Names of persons are not printed (personal data)."))  # fmt: skip


def _due(value: object) -> str:
    if isinstance(value, date):
        return fmt_date(value)
    try:
        return fmt_date(date.fromisoformat(str(value))) if value else "–"
    except ValueError:
        return str(value)
