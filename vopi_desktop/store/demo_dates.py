"""The demo's story moved to the day it is made: every date of it is written around a fixed "today"
(``demo_place.BASE_DATE``) and then shifted by whole weeks, so a new user sees past events and
upcoming deadlines, weekdays as written (a Saturday course stays on a Saturday), and the same seed
and day give the same dates. The story's today is the last day up to the real one with BASE_DATE's
weekday: what lay before it lies before the real today.

Texts follow: a date written in them (``14.10.2025``, an ISO due date in a protocol) moves with the
dates, a year (``Umfrage 2025``, ``Haushalt 2026``) moves as the story's year does, so "last year's
survey" stays last year's. Ids, keys and the rows' own time stamps (the real time of loading) stay.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from .demo_place import BASE_DATE, Rows

# A season of a year ("Herbst 2025", a pillar round's name), else a date in a text (14.10.2025), else a
# year of the story (1961 and 1978 are history and stay); one pattern, so no year is moved twice.
IN_TEXT = re.compile(
    r"\b(Frühjahr|Sommer|Herbst|Winter) (20\d{2})\b|\b(\d{2})\.(\d{2})\.(20\d{2})\b|\b(20[2-3]\d)\b"
)
SEASONS = ("Winter", "Frühjahr", "Sommer", "Herbst")  # December–February, March–May, …
SEASON = re.compile(r"\b(?:Frühjahr|Sommer|Herbst|Winter) 20\d{2}\b")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def story_today(today: date) -> date:
    """The day the shifted story calls today: ``today``, or the last day before it with BASE_DATE's weekday."""
    return today - timedelta(days=(today - BASE_DATE).days % 7)


def shift(rows: Rows, today: date) -> None:
    """Move every date of the demo's rows so that BASE_DATE becomes ``story_today(today)``."""
    moved = story_today(today)
    delta, years = moved - BASE_DATE, moved.year - BASE_DATE.year
    if not delta:
        return
    for table in rows.tables.values():
        for row in table:
            for column, value in row.items():
                if column != "id" and not column.endswith("_id") and value is not rows.now:
                    row[column] = _moved(value, delta, years)
            # a title naming its own date's season ("Ausgangslage Herbst 2025") takes the moved date's
            if isinstance(row.get("held_on"), date) and isinstance(row.get("title"), str):
                row["title"] = SEASON.sub(season(row["held_on"]), row["title"])


def _moved(value: Any, delta: timedelta, years: int) -> Any:
    if isinstance(value, (date, datetime)):  # a datetime is a date too
        return value + delta
    if isinstance(value, str):
        if "20" not in value:  # no date, no year of the story: most names, addresses, e-mails
            return value
        if len(value) == 10 and ISO_DAY.fullmatch(value):  # a due date in a protocol (JSON)
            return (date.fromisoformat(value) + delta).isoformat()
        return _text(value, delta, years)
    if isinstance(value, dict):
        return {key: _moved(item, delta, years) for key, item in value.items()}
    if isinstance(value, list):
        return [_moved(item, delta, years) for item in value]
    return value


def _text(text: str, delta: timedelta, years: int) -> str:
    def moved(match: re.Match[str]) -> str:
        if match[1]:  # a season moves with the dates: "Herbst 2025" dated 22.10.2025 stays its date's name
            return season(date(int(match[2]), 1 + 3 * SEASONS.index(match[1]), 15) + delta)
        if match[6]:
            return str(int(match[6]) + years)
        return f"{date(int(match[5]), int(match[4]), int(match[3])) + delta:%d.%m.%Y}"

    return IN_TEXT.sub(moved, text)


def season(day: date) -> str:
    """ "Herbst 2025": the season of ``day`` (meteorological), a December counted to the next winter."""
    name = SEASONS[day.month % 12 // 3]
    return f"{name} {day.year + (day.month == 12)}"
