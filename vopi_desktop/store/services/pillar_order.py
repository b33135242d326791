"""One story per municipality's rounds: one baseline, and every follow-up on or after its day.

Every screen and document orders rounds by date and compares the last two, so a follow-up dated before
the baseline (a typo in the year is enough) or a second baseline made the comparison run backwards
("16 fell back" instead of 16 improved). The pillar service refuses such a write here, naming the round
it would contradict. An undated round is planned: it is never compared by date, except that a dated
follow-up needs a dated baseline (undated rounds sort last).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...lang import t
from ..errors import ValidationError
from ..models import PillarRound

BASELINE = "baseline"


def _day(value: date, german: bool) -> str:
    return f"{value:%d.%m.%Y}" if german else value.isoformat()


def _named(title: str, held_on: date | None) -> tuple[str, str]:
    """„Title“ (and its date) in German and English."""
    if held_on is None:
        return f"„{title}“", f"“{title}”"
    return f"„{title}“, {_day(held_on, True)}", f"“{title}”, {_day(held_on, False)}"


def check_order(
    session: Session, municipality_id: str, kind: str, held_on: date | None, round_id: str | None = None
) -> None:
    """Refuse a round of ``kind`` on ``held_on`` that contradicts the municipality's other rounds.

    ``round_id`` is the round being edited (left out of the comparison), None for a new one.
    """
    query = select(PillarRound.title, PillarRound.kind, PillarRound.held_on).where(
        PillarRound.municipality_id == municipality_id
    )
    if round_id is not None:
        query = query.where(PillarRound.id != round_id)
    others = session.execute(query.order_by(PillarRound.created_at, PillarRound.id)).all()
    baselines = [r for r in others if r.kind == BASELINE]
    if kind == BASELINE:
        if baselines:
            de, en = _named(baselines[0].title, baselines[0].held_on)
            raise ValidationError(
                t(
                    f"Es gibt schon eine Ausgangserhebung ({de}); eine weitere Runde ist eine Folgeerhebung.",
                    f"There is already a baseline ({en}); a further round is a follow-up.",
                ),
                "kind",
            )
        dated = sorted((r for r in others if r.held_on is not None), key=lambda r: r.held_on)
        if dated and (held_on is None or held_on > dated[0].held_on):
            first = dated[0]
            if held_on is None:
                message = t(
                    f"Die Folgeerhebung „{first.title}“ vom {_day(first.held_on, True)} hat ein Datum; "
                    "die Ausgangserhebung davor braucht auch eins.",
                    f"The follow-up “{first.title}” of {_day(first.held_on, False)} has a date; "
                    "the baseline before it needs one too.",
                )
            else:
                message = t(
                    f"Die Ausgangserhebung kann nicht nach der Folgeerhebung „{first.title}“ vom "
                    f"{_day(first.held_on, True)} liegen; bitte das Datum prüfen.",
                    f"The baseline cannot lie after the follow-up “{first.title}” of "
                    f"{_day(first.held_on, False)}; please check the date.",
                )
            raise ValidationError(message, "held_on")
        return
    if not baselines or held_on is None:
        return
    base = baselines[0]
    if base.held_on is None:
        raise ValidationError(
            t(
                f"Die Ausgangserhebung „{base.title}“ hat noch kein Datum; tragen Sie dort zuerst das Datum "
                "ein – eine Folgeerhebung liegt danach.",
                f"The baseline “{base.title}” has no date yet; enter its date first – a follow-up comes "
                "after it.",
            ),
            "held_on",
        )
    if held_on < base.held_on:
        raise ValidationError(
            t(
                f"Eine Folgeerhebung kann nicht vor der Ausgangserhebung „{base.title}“ vom "
                f"{_day(base.held_on, True)} liegen; bitte das Datum prüfen.",
                f"A follow-up cannot lie before the baseline “{base.title}” of {_day(base.held_on, False)}; "
                "please check the date.",
            ),
            "held_on",
        )
