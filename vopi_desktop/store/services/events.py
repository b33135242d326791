"""Participation events (Zukunftskonferenz, World Café, Runder Tisch, Netzwerktreffen, …) and their protocol.

The general fields follow the catalogue's protocol sections; the method's own part (rounds, phases,
agreements, exchange) is checked by ``protocol.clean_protocol``. Ideas live in ``ideas.py``.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ...catalog import load_catalog
from ...dates import checked_date
from ...lang import language, t
from ..dto.events import Event, EventInput
from ..errors import ValidationError
from ..models import Actor, Municipality
from ..models import Event as EventRow
from ..models import Idea as IdeaRow
from ..rows.events import to_dto
from .base import Service
from .fields import Label, integer, one_of, text
from .ideas import idea_rows_of
from .links import owned
from .protocol import clean_protocol

TEXT_LIMIT = 20_000
MAX_PEOPLE = 100_000
# A time as people write it: "9:30", "09.30", "9", "9 Uhr", "9.30 Uhr", "18h" (stored as HH:MM).
TIME = re.compile(r"^([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*(?:uhr|h)?$", re.IGNORECASE)
LABELS = {
    "place": Label("Der Ort", "einen Ort", "the place"),
    "moderation": Label("Die Moderation", "die Moderation", "the facilitation"),
    "minute_taker": Label("Die Protokollführung", "die Protokollführung", "the minute-taker"),
    "agenda": Label("Die Tagesordnung", "eine Tagesordnung", "the agenda"),
    "results": Label("Die Ergebnisse", "Ergebnisse", "the results"),
    "decisions": Label("Die Beschlüsse", "Beschlüsse", "the decisions"),
    "open_points": Label("Die offenen Punkte", "offene Punkte", "the open points"),
    "participants_total": Label("Die Zahl der Teilnehmenden", "die Zahl", "the number of participants"),
    "participants_migration": Label(
        "Die Zahl der Teilnehmenden mit Migrationsgeschichte",
        "die Zahl",
        "the number with a migration history",
    ),
    "time": Label("Die Uhrzeit", "eine Uhrzeit", "the time"),
}


class EventService(Service):
    def list(self, municipality_id: str) -> list[Event]:
        """All events, newest first (undated ones, still being planned, on top), each with its ideas."""
        with self._read() as s:
            rows = s.scalars(
                select(EventRow)
                .where(EventRow.municipality_id == municipality_id)
                .options(selectinload(EventRow.organisations))
            ).all()
            ideas = idea_rows_of(s, municipality_id)
            out = [to_dto(r, ideas.get(r.id, ())) for r in rows]
        return sorted(
            out, key=lambda e: (e.held_on is not None, e.held_on or date.max, e.title), reverse=True
        )

    def get(self, event_id: str) -> Event:
        with self._read() as s:
            row = self._get(s, EventRow, event_id)
            return to_dto(row, idea_rows_of(s, row.municipality_id, row.id).get(row.id, ()))

    def create(self, municipality_id: str, data: EventInput, record_id: str | None = None) -> Event:
        values = self._validate(data)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            row = EventRow(municipality_id=municipality_id, **values)
            if record_id:
                row.id = record_id
            row.organisations = owned(
                s, Actor, municipality_id, data.organisation_ids, "organisation_ids", _ACTOR
            )
            s.add(row)
            self._log(s, "create", row, row.title)
            s.flush()
            return to_dto(row)

    def update(self, event_id: str, data: EventInput, version: int | None) -> Event:
        values = self._validate(data)
        with self._write() as s:
            row = self._get(s, EventRow, event_id)
            self._check_version(row, version)
            self._update(row, **values)
            mid = row.municipality_id
            orgs = owned(s, Actor, mid, data.organisation_ids, "organisation_ids", _ACTOR)
            self._set_collection(row, "organisations", orgs)  # alone changed: the version still moves on
            self._log(s, "update", row, row.title)
            s.flush()
            return to_dto(row, idea_rows_of(s, mid, row.id).get(row.id, ()))

    def delete(self, event_id: str, version: int | None) -> Event:
        """Delete an event; its ideas stay (without the event). Returns it as it was, for ``restore``."""
        with self._write() as s:
            row = self._get(s, EventRow, event_id)
            self._check_version(row, version)
            before = to_dto(row, idea_rows_of(s, row.municipality_id, row.id).get(row.id, ()))
            self._log(s, "delete", row, row.title)
            s.delete(row)
            return before

    def restore(self, before: Event) -> Event:
        """Undo of ``delete``: the event under its old id, its ideas linked to it again."""
        data = EventInput.of(before)
        values = self._validate(data)
        mid = before.municipality_id
        with self._write() as s:
            self._get(s, Municipality, mid)
            row = EventRow(id=before.id, municipality_id=mid, **values)
            row.organisations = owned(s, Actor, mid, data.organisation_ids, "organisation_ids", _ACTOR)
            s.add(row)
            s.flush()
            ids = [i.id for i in before.ideas]
            for idea in s.scalars(select(IdeaRow).where(IdeaRow.id.in_(ids), IdeaRow.event_id.is_(None))):
                idea.event_id = row.id
            self._log(s, "restore", row, row.title)
            s.flush()
            return to_dto(row, idea_rows_of(s, mid, row.id).get(row.id, ()))

    @staticmethod
    def _validate(data: EventInput) -> dict[str, object]:
        catalog = load_catalog(language())
        values: dict[str, object] = {
            "kind": one_of(data.kind, catalog.vocab("event_kinds"), "kind"),
            "title": text(data.title, "title", required=True, name=True),
            "held_on": _date(data.held_on, "held_on"),
            "time_from": _time(data.time_from, "time_from"),
            "time_to": _time(data.time_to, "time_to"),
            "next_date": _date(data.next_date, "next_date"),
            "protocol": clean_protocol(data.protocol),
        }
        for name in ("place", "moderation", "minute_taker"):
            values[name] = text(getattr(data, name), name, name=True, label=LABELS[name])
        for name in ("agenda", "results", "decisions", "open_points"):
            values[name] = text(getattr(data, name), name, limit=TEXT_LIMIT, label=LABELS[name])
        for name in ("participants_total", "participants_migration"):
            values[name] = integer(
                getattr(data, name), name, minimum=0, maximum=MAX_PEOPLE, label=LABELS[name]
            )
        total, migration = values["participants_total"], values["participants_migration"]
        if total is not None and migration is not None and migration > total:  # type: ignore[operator]
            raise ValidationError(
                t(
                    f"Mehr Teilnehmende mit Migrationsgeschichte ({migration}) als Teilnehmende insgesamt ({total}).",
                    f"More participants with a migration history ({migration}) than participants in total ({total}).",
                ),
                "participants_migration",
            )
        if (
            values["time_from"]
            and values["time_to"]
            and _minutes(values["time_to"]) < _minutes(values["time_from"])
        ):
            raise ValidationError(
                t("Das Ende liegt vor dem Beginn.", "The end lies before the start."), "time_to"
            )
        held, nxt = values["held_on"], values["next_date"]
        if held and nxt and nxt < held:  # type: ignore[operator]
            raise ValidationError(
                t(
                    "Der nächste Termin liegt vor dieser Veranstaltung.",
                    "The next date lies before this event.",
                ),
                "next_date",
            )
        return values


_ACTOR = ("Eine gewählte Organisation", "A chosen organisation")


def _date(value: object, field: str) -> date | None:
    return checked_date(value, field)  # the one plausibility rule (vopi_desktop/dates.py)


def _time(value: object, field: str) -> str:
    value = text(value, field, limit=12, label=LABELS["time"])
    match = TIME.match(value) if value else None
    if value and match is None:
        raise ValidationError(
            t(
                f"„{value}“ ist keine Uhrzeit (SS:MM, z. B. 9:30 oder 18 Uhr).",
                f"“{value}” is not a time (HH:MM, e.g. 9:30 or 18:00).",
            ),
            field,
        )
    if match is not None:
        value = f"{int(match.group(1)):02d}:{match.group(2) or '00'}"
    return value


def _minutes(value: object) -> int:
    hours, minutes = str(value).split(":")
    return int(hours) * 60 + int(minutes)
