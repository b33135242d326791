"""The pillar self-assessment: rounds (baseline, follow-ups) and the 1–5 scores of the 20 indicators."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ...catalog import load_catalog
from ...dates import checked_date
from ...lang import t
from ..dto.pillars import Round, RoundInput
from ..errors import StaleRecordError, ValidationError
from ..models import IndicatorScore, Municipality, PillarRound
from ..rows.pillars import round_order, to_dto
from .base import STALE, Service, one_of, text
from .pillar_order import check_order

MAX_NOTE = 2000
MAX_PARTICIPANTS = 2000
FUTURE_DAYS = 366  # a round may be planned ahead, but not years ahead (a typo in the year)


def input_of(rnd: Round) -> RoundInput:
    """What a round was saved from (title, kind, date, participants)."""
    return RoundInput(title=rnd.title, held_on=rnd.held_on, participants=rnd.participants, kind=rnd.kind)


class PillarService(Service):
    def rounds(self, municipality_id: str) -> list[Round]:
        """All rounds of a municipality, oldest first, each with its scores."""
        with self._read() as s:
            rows = s.scalars(
                select(PillarRound)
                .where(PillarRound.municipality_id == municipality_id)
                .options(selectinload(PillarRound.scores))
                .order_by(PillarRound.created_at, PillarRound.id)
            )
            return sorted((to_dto(r) for r in rows), key=round_order)

    def get_round(self, round_id: str) -> Round:
        with self._read() as s:
            return to_dto(self._get(s, PillarRound, round_id))

    def create_round(self, municipality_id: str, data: RoundInput) -> Round:
        values = self._validate(data)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            if values["kind"] is None:
                values["kind"] = "follow_up" if self._count(s, municipality_id) else "baseline"
            check_order(s, municipality_id, values["kind"], values["held_on"])
            row = PillarRound(municipality_id=municipality_id, **values)
            s.add(row)
            self._log(s, "create", row, row.title)
            return to_dto(row)

    def update_round(self, round_id: str, data: RoundInput, version: int | None) -> Round:
        values = self._validate(data)
        with self._write() as s:
            row = self._get(s, PillarRound, round_id)
            self._check_version(row, version)
            if values["kind"] is None:  # kind None: keep what it is
                del values["kind"]
            kind, held_on = values.get("kind", row.kind), values["held_on"]
            if (kind, held_on) != (row.kind, row.held_on):  # a rename leaves older data as it is
                check_order(s, row.municipality_id, kind, held_on, row.id)
            self._update(row, **values)
            self._log(s, "update", row, row.title)
            s.flush()
            return to_dto(row)

    def delete_round(self, round_id: str, version: int | None = None) -> None:
        """Delete a round with all its scores."""
        self.delete(round_id, version)

    def delete(self, round_id: str, version: int | None = None) -> Round:
        """Delete a round with all its scores; returns it as it was, so undo can ``restore`` it."""
        with self._write() as s:
            row = self._get(s, PillarRound, round_id)
            self._check_version(row, version)
            before = to_dto(row)
            self._log(s, "delete", row, row.title)
            s.delete(row)
            return before

    def restore(self, before: Round) -> Round:
        """Undo of ``delete``: the round under its old id with its scores and notes, each with the
        version it had, so an undo of an earlier score or round edit still finds what it expects."""
        values = self._validate(input_of(before))
        mid = before.municipality_id
        with self._write() as s:
            self._get(s, Municipality, mid)
            row = PillarRound(id=before.id, municipality_id=mid, **values)
            s.add(row)
            for key, (score, note) in before.scores.items():
                s.add(
                    IndicatorScore(
                        municipality_id=mid, round_id=row.id, indicator_key=key, score=score, note=note
                    )
                )
            s.flush()
            # The mapper numbers an inserted row 1; put the old counters back beside it.
            s.execute(update(PillarRound).where(PillarRound.id == row.id).values(version=before.version))
            for key, version in before.score_versions.items():
                s.execute(
                    update(IndicatorScore)
                    .where(IndicatorScore.round_id == row.id, IndicatorScore.indicator_key == key)
                    .values(version=version)
                )
            self._log(s, "restore", row, row.title)
            s.flush()
            s.expire_all()
            return to_dto(self._get(s, PillarRound, before.id))

    def copy_round(self, round_id: str, data: RoundInput, with_scores: bool = False) -> Round:
        """Start a new round from an earlier one's notes (and, if asked, its scores).

        The notes say what stood behind a score last time, which helps the group judge again.
        """
        values = self._validate(data)
        with self._write() as s:
            source = self._get(s, PillarRound, round_id)
            if values["kind"] is None:
                values["kind"] = "follow_up"
            check_order(s, source.municipality_id, values["kind"], values["held_on"])
            row = PillarRound(municipality_id=source.municipality_id, **values)
            s.add(row)
            s.flush()
            for old in source.scores:
                if old.note or (with_scores and old.score is not None):
                    s.add(
                        IndicatorScore(
                            municipality_id=row.municipality_id,
                            round_id=row.id,
                            indicator_key=old.indicator_key,
                            score=old.score if with_scores else None,
                            note=old.note,
                        )
                    )
            self._log(s, "create", row, f"{row.title} (from {source.title})")
            s.flush()
            s.refresh(row)
            return to_dto(row)

    def set_score(
        self,
        round_id: str,
        indicator_key: str,
        score: int | None,
        note: str,
        version: int | None,
    ) -> Round:
        """Store one indicator's score (1–5, or None for not assessed) and note; returns the round.

        ``version`` is the version of the score row as it was read, None when there was none yet;
        if someone else stored this indicator in the meantime the save is refused.
        An unchanged score and note writes nothing.
        """
        try:
            load_catalog().indicator(indicator_key)
        except KeyError:
            raise ValidationError(
                t(f"Unbekannter Indikator: {indicator_key}", f"Unknown indicator: {indicator_key}"),
                "indicator",
            ) from None
        if score is not None and (
            isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5
        ):
            raise ValidationError(
                t(
                    "Die Bewertung muss zwischen 1 und 5 liegen (oder leer bleiben).",
                    "The score must be between 1 and 5 (or left empty).",
                ),
                "score",
            )
        note = text(note, "note", limit=MAX_NOTE)
        with self._write() as s:
            rnd = self._get(s, PillarRound, round_id)
            row = self._stored_score(s, round_id, indicator_key)
            if row is None:
                if version is not None:  # it was there when read: someone deleted the round's score
                    raise StaleRecordError(t(*STALE))
                if score is None and not note:
                    return to_dto(rnd)
                row = IndicatorScore(
                    municipality_id=rnd.municipality_id,
                    round_id=round_id,
                    indicator_key=indicator_key,
                    score=score,
                    note=note,
                )
                s.add(row)
                try:
                    s.flush()
                except IntegrityError as exc:
                    # Someone stored this indicator between our read and this insert (the unique
                    # key round + indicator): the same situation as a changed version.
                    raise StaleRecordError(t(*STALE)) from exc
                action = "create"
            else:
                if version is None or row.version != version:
                    raise StaleRecordError(t(*STALE))
                if row.score == score and row.note == note:
                    return to_dto(rnd)
                self._update(row, score=score, note=note)
                action = "update"
            self._log(s, action, row, f"{rnd.title}: {indicator_key} = {score if score else '–'}")
            s.flush()
            s.refresh(rnd)
            return to_dto(rnd)

    # ----- helpers
    @staticmethod
    def _stored_score(session: Session, round_id: str, indicator_key: str) -> IndicatorScore | None:
        query = select(IndicatorScore).where(
            IndicatorScore.round_id == round_id, IndicatorScore.indicator_key == indicator_key
        )
        return session.scalars(query).first()

    @staticmethod
    def _count(session: Session, municipality_id: str) -> int:
        query = select(func.count()).select_from(PillarRound)
        return session.scalar(query.where(PillarRound.municipality_id == municipality_id)) or 0

    @staticmethod
    def _validate(data: RoundInput) -> dict[str, object]:
        kinds = load_catalog().vocab("round_kinds")
        held_on = data.held_on
        if held_on is not None:
            latest = date.today() + timedelta(days=FUTURE_DAYS)
            if held_on > latest:
                raise ValidationError(
                    t(
                        "Das Datum liegt zu weit in der Zukunft (höchstens ein Jahr voraus).",
                        "The date lies too far in the future (at most one year ahead).",
                    ),
                    "held_on",
                )
            checked_date(held_on, "held_on")  # the one plausibility rule (vopi_desktop/dates.py)
        return {
            "title": text(data.title, "title", required=True, name=True),
            "kind": None if data.kind is None else one_of(data.kind, kinds, "kind"),
            "held_on": held_on,
            "participants": text(data.participants, "participants", limit=MAX_PARTICIPANTS),
        }
