"""Ideas collected at events: votes, status, and the step that turns one into a measure (and back, for undo)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...catalog import load_catalog
from ...lang import language, t
from ..dto.events import Idea, IdeaInput
from ..dto.measures import Measure
from ..errors import StaleRecordError, ValidationError
from ..models import Event, Municipality
from ..models import Idea as IdeaRow
from ..models import Measure as MeasureRow
from ..rows.ideas import to_dto
from .base import STALE, Service
from .fields import Label, integer, one_of, text
from .measures import to_dto as measure_dto

TEXT_LIMIT = 2000
LABELS = {
    "text": Label("Die Idee", "die Idee", "the idea"),
    "reject_reason": Label("Der Grund", "einen Grund", "the reason"),
    "votes": Label("Die Zahl der Punkte", "die Punkte", "the number of votes"),
}


def idea_rows_of(
    s: Session, municipality_id: str, event_id: str | None = None
) -> dict[str | None, list[Idea]]:
    """Ideas by event id (None: collected elsewhere), most votes first, with their measure's title."""
    query = (
        select(IdeaRow, MeasureRow)
        .outerjoin(MeasureRow, MeasureRow.id == IdeaRow.measure_id)
        .where(IdeaRow.municipality_id == municipality_id)
        .order_by(IdeaRow.votes.desc(), IdeaRow.created_at, IdeaRow.id)
    )
    if event_id is not None:
        query = query.where(IdeaRow.event_id == event_id)
    out: dict[str | None, list[Idea]] = defaultdict(list)
    for idea, measure in s.execute(query):
        out[idea.event_id].append(to_dto(idea, measure))
    return out


class IdeaService(Service):
    def list(self, municipality_id: str) -> list[Idea]:
        with self._read() as s:
            return [i for ideas in idea_rows_of(s, municipality_id).values() for i in ideas]

    def create(self, municipality_id: str, data: IdeaInput, record_id: str | None = None) -> Idea:
        values = self._validate(data, linked=False)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            self._event(s, municipality_id, data.event_id)
            row = IdeaRow(municipality_id=municipality_id, event_id=data.event_id or None, **values)
            if record_id:
                row.id = record_id
            s.add(row)
            self._log(s, "create", row, row.text[:80])
            s.flush()
            return to_dto(row)

    def update(self, idea_id: str, data: IdeaInput, version: int | None) -> Idea:
        with self._write() as s:
            row = self._get(s, IdeaRow, idea_id)
            self._check_version(row, version)
            values = self._validate(data, linked=row.measure_id is not None)
            self._event(s, row.municipality_id, data.event_id)
            for name, value in values.items():
                setattr(row, name, value)
            row.event_id = data.event_id or None
            if row.status != "in_measure":
                row.measure_id = None  # no longer "became a measure": the link goes with the status
            self._log(s, "update", row, row.text[:80])
            s.flush()
            return to_dto(row, s.get(MeasureRow, row.measure_id) if row.measure_id else None)

    def vote(self, idea_id: str, delta: int, version: int | None) -> Idea:
        """One dot more (or fewer); never below zero."""
        with self._write() as s:
            row = self._get(s, IdeaRow, idea_id)
            self._check_version(row, version)
            row.votes = integer(row.votes + delta, "votes", minimum=0, maximum=10_000, label=LABELS["votes"])
            self._log(s, "update", row, f"votes {row.votes}")
            s.flush()
            return to_dto(row, s.get(MeasureRow, row.measure_id) if row.measure_id else None)

    def delete(self, idea_id: str, version: int | None) -> Idea:
        with self._write() as s:
            row = self._get(s, IdeaRow, idea_id)
            self._check_version(row, version)
            before = to_dto(row, s.get(MeasureRow, row.measure_id) if row.measure_id else None)
            self._log(s, "delete", row, row.text[:80])
            s.delete(row)
            return before

    def restore(self, before: Idea) -> Idea:
        """Undo of ``delete``: the idea under its old id, with its event and measure if they still exist."""
        with self._write() as s:
            self._get(s, Municipality, before.municipality_id)
            event = s.get(Event, before.event_id) if before.event_id else None
            measure = s.get(MeasureRow, before.measure_id) if before.measure_id else None
            row = IdeaRow(
                id=before.id,
                municipality_id=before.municipality_id,
                event_id=event.id if event else None,
                text=before.text,
                pillar=before.pillar,
                votes=before.votes,
                status=before.status if measure or before.status != "in_measure" else "selected",
                reject_reason=before.reject_reason,
                measure_id=measure.id if measure else None,
            )
            s.add(row)
            self._log(s, "restore", row, row.text[:80])
            s.flush()
            return to_dto(row, measure)

    def to_measure(self, idea_id: str, version: int | None) -> tuple[Idea, Measure]:
        """The idea becomes a measure (status "planned", its pillar, its text as title), linked both ways."""
        with self._write() as s:
            row = self._get(s, IdeaRow, idea_id)
            self._check_version(row, version)
            if row.measure_id is not None:
                raise ValidationError(
                    t(
                        "Aus dieser Idee ist schon eine Maßnahme geworden.",
                        "This idea already became a measure.",
                    ),
                    "status",
                )
            title = " ".join(row.text.split())
            measure = MeasureRow(
                municipality_id=row.municipality_id,
                title=title if len(title) <= 200 else title[:199] + "…",
                goal=row.text if len(title) > 200 else "",
                status="planned",
                pillars=[row.pillar] if row.pillar else [],
                channels=[],
                languages=[],
            )
            s.add(measure)
            s.flush()
            row.measure_id, row.status, row.reject_reason = measure.id, "in_measure", ""
            self._log(s, "create", measure, measure.title)
            self._log(s, "update", row, "in_measure")
            s.flush()
            return to_dto(row, measure), measure_dto(measure, [row.id])

    def revert_to_measure(self, before: Idea, after: Idea, measure: Measure) -> Idea:
        """Undo of ``to_measure``: the measure goes (if nobody changed it since) and the idea is as it was.
        One transaction, so an undo that meets a changed record changes nothing."""
        with self._write() as s:
            row = self._get(s, IdeaRow, after.id)
            self._check_version(row, after.version)
            made = s.get(MeasureRow, measure.id)
            if made is not None:
                self._check_version(made, measure.version)
                self._log(s, "delete", made, made.title)
                s.delete(made)
            elif row.measure_id is not None and row.measure_id != measure.id:
                raise StaleRecordError(t(*STALE))
            row.measure_id, row.status, row.reject_reason = None, before.status, before.reject_reason
            self._log(s, "update", row, before.status)
            s.flush()
            return to_dto(row)

    # ----- helpers
    @staticmethod
    def _validate(data: IdeaInput, *, linked: bool) -> dict[str, object]:
        catalog = load_catalog(language())
        status = one_of(data.status, catalog.vocab("idea_status"), "status")
        if status == "in_measure" and not linked:
            raise ValidationError(
                t(
                    "Zur Maßnahme wird eine Idee mit „In Maßnahme übernehmen“; dann bleibt sie mit ihr verbunden.",
                    "An idea becomes a measure with “Turn into a measure”, which keeps the two linked.",
                ),
                "status",
            )
        reason = text(data.reject_reason, "reject_reason", limit=TEXT_LIMIT, label=LABELS["reject_reason"])
        if status == "rejected" and not reason:
            raise ValidationError(
                t(
                    "Bitte einen Grund für die Ablehnung angeben.",
                    "Please give a reason for rejecting the idea.",
                ),
                "reject_reason",
            )
        return {
            "text": text(data.text, "text", required=True, limit=TEXT_LIMIT, label=LABELS["text"]),
            "pillar": one_of(data.pillar, {"", *(p.key for p in catalog.pillars)}, "pillar"),
            "votes": integer(
                data.votes, "votes", minimum=0, maximum=10_000, required=True, label=LABELS["votes"]
            ),
            "status": status,
            "reject_reason": reason if status == "rejected" else "",
        }

    def _event(self, s: Session, municipality_id: str, event_id: str | None) -> None:
        if event_id:
            event = self._get(s, Event, event_id)
            if event.municipality_id != municipality_id:
                raise ValidationError(
                    t(
                        "Die Veranstaltung gehört zu einer anderen Kommune.",
                        "The event belongs to another municipality.",
                    ),
                    "event_id",
                )
