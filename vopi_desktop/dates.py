"""The one plausibility rule for every date a user enters: events, measures and their steps, checklist
items, the placement decision, pillar rounds, engagement offers, an actor's consent and review dates.

A date before 1990 or more than ten years ahead is a typo in the year ("1026" or "2062" for "2026"): the
services refuse it with the date named (``checked_date``). The UI's date editors span ``EDIT_RANGE``, a
little wider, so that such a typo reaches that refusal on Save instead of being reset by the editor
without a word; their calendars no longer go back to 1752. No Qt here: the services use it too.
"""

from __future__ import annotations

from datetime import date

from .lang import t
from .store.errors import ValidationError

EARLIEST = date(1990, 1, 1)
YEARS_AHEAD = 10
EDIT_RANGE = (date(1900, 1, 1), date(2100, 12, 31))  # what a date editor takes; Save checks the rest


def latest(today: date | None = None) -> date:
    """The last plausible day: ten years from today (29 February becomes the 28th)."""
    today = today or date.today()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def checked_date(value: object, field: str, *, last: date | None = None) -> date | None:
    """``value`` (None: no date) when plausible; a ValidationError naming ``field`` when not a date or
    outside EARLIEST … ``last`` (default ``latest()``; the placement decision allows less ahead)."""
    if value is None:
        return None
    if not isinstance(value, date) or hasattr(value, "hour"):  # a datetime is no day
        raise ValidationError(t("Das ist kein Datum.", "That is not a date."), field)
    last = last or latest()
    if not EARLIEST <= value <= last:
        raise ValidationError(
            t(
                f"Das Datum {value:%d.%m.%Y} ist unplausibel (erwartet: {EARLIEST:%d.%m.%Y} bis "
                f"{last:%d.%m.%Y}); bitte das Jahr prüfen.",
                f"The date {value.isoformat()} is implausible (expected: {EARLIEST.isoformat()} to "
                f"{last.isoformat()}); please check the year.",
            ),
            field,
        )
    return value
