"""One plausibility rule for every date a user enters (review 2, G6): before 1990 or more than ten years
ahead is a typo in the year, refused with the date and the field named, in German and in English."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vopi_desktop.dates import EARLIEST, latest
from vopi_desktop.lang import set_language
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput, StepInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.store.errors import ValidationError
from vopi_desktop.store.workspace import Workspace

TOO_EARLY, TOO_LATE = date(1900, 1, 1), date(2099, 1, 1)


def _writes(ws: Workspace, mid: str, day: date):
    """Each date field a user types, stored with ``day``: (field the refusal must name, the write)."""
    actor = ws.actors.create(mid, ActorInput(name="Verein Nour", type="verein")).id
    return [
        ("held_on", lambda: ws.events.create(mid, EventInput(kind="round_table", title="Runder Tisch", held_on=day))),
        ("next_date", lambda: ws.events.create(mid, EventInput(kind="round_table", title="RT", next_date=day))),
        ("start_on", lambda: ws.measures.create(mid, MeasureInput(title="Fest", start_on=day))),
        ("end_on", lambda: ws.measures.create(mid, MeasureInput(title="Fest", end_on=day))),
        ("steps", lambda: ws.measures.create(mid, MeasureInput(title="Fest", steps=[StepInput("Flyer", due_on=day)]))),
        ("valid_until", lambda: ws.outreach.create(mid, OpportunityInput(actor_id=actor, title="Training", valid_until=day))),
        ("held_on", lambda: ws.pillars.create_round(mid, RoundInput(title="Runde", held_on=day))),
        ("review_date", lambda: ws.actors.create(mid, ActorInput(name=f"Tafel {day}", type="verein", contact_name="Ayşe",
                                                                  legal_basis="public_task", review_date=day))),
    ]  # fmt: skip


@pytest.mark.parametrize("day", [TOO_EARLY, TOO_LATE, date(1989, 12, 31), latest() + timedelta(days=1)])
def test_an_implausible_date_is_refused_everywhere_with_the_field_named(
    workspace: Workspace, municipality, day: date
) -> None:
    for field, write in _writes(workspace, municipality.id, day):
        with pytest.raises(ValidationError) as refused:
            write()
        assert refused.value.field == field
        if field != "held_on" or day < EARLIEST:  # a round more than a year ahead has its own words
            assert f"{day:%d.%m.%Y}" in str(refused.value) and "unplausibel" in str(refused.value), field
    assert workspace.events.list(municipality.id) == [] and workspace.measures.list(municipality.id) == []


def test_plausible_dates_are_kept(workspace: Workspace, municipality) -> None:
    for _field, write in _writes(workspace, municipality.id, EARLIEST):
        write()
    assert len(workspace.events.list(municipality.id)) == 2


def test_the_refusal_in_english(workspace: Workspace, municipality) -> None:
    set_language("en")
    with pytest.raises(
        ValidationError,
        match=r"2099-01-01 is implausible \(expected: 1990-01-01 to .*\); please check the year",
    ) as refused:
        workspace.events.create(municipality.id, EventInput(kind="round_table", title="RT", held_on=TOO_LATE))
    assert refused.value.field == "held_on"
