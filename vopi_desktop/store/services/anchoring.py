"""Where the topic lives in the administration: the recommendation and the municipality's decision.

The anchoring checklist itself is a checklist like the opening one (``ChecklistService``); this
service adds the placement guidance. A decision is one record per municipality: accepting the
recommendation or overruling it (then with reasons), with the date; the recommendation at the time
is kept with it, since the municipality's population may be corrected later.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...analysis.placement import recommend
from ...catalog import load_catalog
from ...dates import checked_date
from ...lang import t
from ..dto.anchoring import Guidance, PlacementDecision
from ..errors import StaleRecordError, ValidationError
from ..models import Municipality
from ..models import PlacementDecision as DecisionRow
from ..rows.anchoring import to_dto
from .base import STALE, Label, Service, one_of, text

MAX_REASONS = 4000
REASONS = Label("Die Begründung", "eine Begründung", "the reasons")


class AnchoringService(Service):
    def guidance(self, municipality_id: str) -> Guidance:
        """The recommendation for the municipality as it is now, and the decision if one was made."""
        with self._read() as s:
            m = self._get(s, Municipality, municipality_id)
            row = self._decision(s, municipality_id)
            return Guidance(
                municipality_id,
                m.kind,
                m.population,
                recommend(m.kind, m.population),
                None if row is None else to_dto(row),
            )

    def decision(self, municipality_id: str) -> PlacementDecision | None:
        with self._read() as s:
            row = self._decision(s, municipality_id)
            return None if row is None else to_dto(row)

    def decide(
        self,
        municipality_id: str,
        option: str,
        reasons: str = "",
        decided_on: date | None = None,
        version: int | None = None,
    ) -> PlacementDecision:
        """Record (or change) the decision; ``version`` is that of the decision as read, None if there was none.

        Overruling the recommendation needs reasons: the council will ask why. The date defaults to
        today and may not lie more than a year ahead.
        """
        one_of(option, {p.key for p in load_catalog().placements}, "option")
        reasons = text(reasons, "reasons", limit=MAX_REASONS, label=REASONS)
        decided_on = _checked_date(decided_on or date.today())
        with self._write() as s:
            m = self._get(s, Municipality, municipality_id)
            recommended = recommend(m.kind, m.population).option
            if option != recommended and not reasons:
                raise ValidationError(
                    t(
                        "Bitte begründen Sie, warum Sie von der Empfehlung abweichen.",
                        "Please give the reasons for departing from the recommendation.",
                    ),
                    "reasons",
                )
            values = {
                "option_key": option,
                "recommended_key": recommended,
                "accepted": option == recommended,
                "decided_on": decided_on,
                "reasons": reasons,
            }
            row = self._decision(s, municipality_id)
            if row is None:
                if version is not None:  # there was one when read: withdrawn at another workstation
                    raise StaleRecordError(t(*STALE))
                row = DecisionRow(municipality_id=municipality_id, **values)
                s.add(row)
                try:
                    s.flush()
                except IntegrityError as exc:  # decided at another workstation a moment ago
                    raise StaleRecordError(t(*STALE)) from exc
                self._log(s, "create", row, option)
            else:
                if version is None or row.version != version:
                    raise StaleRecordError(t(*STALE))
                if self._update(row, **values):
                    self._log(s, "update", row, option)
            s.flush()
            return to_dto(row)

    def withdraw(self, municipality_id: str, version: int | None = None) -> None:
        """Remove the decision (the undo of a first decision)."""
        with self._write() as s:
            row = self._decision(s, municipality_id)
            if row is None:
                if version is not None:
                    raise StaleRecordError(t(*STALE))
                return
            self._check_version(row, version)
            self._log(s, "delete", row, row.option_key)
            s.delete(row)

    @staticmethod
    def _decision(s: Session, municipality_id: str) -> DecisionRow | None:
        return s.scalars(select(DecisionRow).where(DecisionRow.municipality_id == municipality_id)).first()


def _checked_date(value: object) -> date:
    """The one plausibility rule (vopi_desktop/dates.py); a decision lies at most a year ahead."""
    if value is None:
        raise ValidationError(t("Kein gültiges Datum.", "Not a valid date."), "decided_on")
    return checked_date(value, "decided_on", last=date.today() + timedelta(days=366))  # type: ignore[return-value]
