"""Placement guidance and decision on SQLite and PostgreSQL: accept, overrule with reasons, undo, stale."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from vopi_desktop.store import StaleRecordError, ValidationError
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.models import PlacementDecision
from vopi_desktop.store.workspace import Workspace


def _rows(ws: Workspace) -> int:
    with ws._ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(PlacementDecision)) or 0


@pytest.fixture
def town(ws: Workspace) -> str:
    return ws.municipalities.create(
        MunicipalityInput(name="Bergheim", kind="gemeinde", state="BW", population=4200)
    ).id


def test_guidance_recommends_from_kind_and_population(ws: Workspace, town: str) -> None:
    guidance = ws.anchoring.guidance(town)
    assert (guidance.kind, guidance.population) == ("gemeinde", 4200)
    assert guidance.recommendation.option == "mayor_office" and guidance.decision is None


def test_accept_then_overrule_with_reasons_then_undo(ws: Workspace, town: str) -> None:
    accepted = ws.anchoring.decide(town, "mayor_office", decided_on=date(2026, 1, 15))
    assert (accepted.accepted, accepted.recommended, accepted.reasons) == (True, "mayor_office", "")
    assert ws.anchoring.guidance(town).decision == accepted
    overruled = ws.anchoring.decide(
        town, "inter_municipal", "Wir teilen uns die Stelle mit zwei Nachbargemeinden.", date(2026, 2, 1),
        accepted.version,
    )  # fmt: skip
    assert not overruled.accepted and overruled.option == "inter_municipal"
    assert overruled.recommended == "mayor_office" and overruled.version == accepted.version + 1
    # the undo of the overruling puts the accepted decision back
    undone = ws.anchoring.decide(
        town, accepted.option, accepted.reasons, accepted.decided_on, overruled.version
    )
    assert (undone.option, undone.accepted, undone.decided_on) == ("mayor_office", True, date(2026, 1, 15))
    # and the undo of the first decision withdraws it
    ws.anchoring.withdraw(town, undone.version)
    assert ws.anchoring.decision(town) is None and _rows(ws) == 0


def test_overruling_without_reasons_is_refused_and_nothing_written(ws: Workspace, town: str) -> None:
    with pytest.raises(ValidationError, match="begründen") as info:
        ws.anchoring.decide(town, "staff_unit", "   ")
    assert info.value.field == "reasons" and _rows(ws) == 0


@pytest.mark.parametrize(
    ("option", "reasons", "day", "field"),
    [
        ("cellar", "", None, "option"),
        ("delegation", "r" * 4001, None, "reasons"),
        ("mayor_office", "", date(1900, 1, 1), "decided_on"),
        ("mayor_office", "", date.today() + timedelta(days=800), "decided_on"),
        ("delegation", "a\x00b", None, "reasons"),
    ],
)
def test_bad_decision_input_is_refused(
    ws: Workspace, town: str, option: str, reasons: str, day: date | None, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        ws.anchoring.decide(town, option, reasons, day)
    assert info.value.field == field and _rows(ws) == 0


def test_date_defaults_to_today_and_reasons_are_kept_literally(ws: Workspace, town: str) -> None:
    decision = ws.anchoring.decide(town, "delegation", "<b>Freiwilligenagentur</b> %1 übernimmt")
    assert (
        decision.decided_on == date.today() and decision.reasons == "<b>Freiwilligenagentur</b> %1 übernimmt"
    )


def test_stale_decisions_are_refused(ws: Workspace, town: str) -> None:
    first = ws.anchoring.decide(town, "mayor_office")
    with pytest.raises(StaleRecordError):
        ws.anchoring.decide(town, "mayor_office", version=None)  # someone decided meanwhile
    second = ws.anchoring.decide(town, "delegation", "Agentur", version=first.version)
    with pytest.raises(StaleRecordError):
        ws.anchoring.decide(town, "mayor_office", version=first.version)
    with pytest.raises(StaleRecordError):
        ws.anchoring.withdraw(town, first.version)
    ws.anchoring.withdraw(town, second.version)
    with pytest.raises(StaleRecordError):
        ws.anchoring.decide(town, "mayor_office", version=second.version)  # withdrawn meanwhile


def test_recommendation_follows_a_corrected_population_but_the_decision_keeps_its_own(
    ws: Workspace, town: str
) -> None:
    ws.anchoring.decide(town, "mayor_office")
    m = ws.municipalities.get(town)
    ws.municipalities.update(
        town, MunicipalityInput(name=m.name, kind="gemeinde", state="BW", population=42_000), m.version
    )
    guidance = ws.anchoring.guidance(town)
    assert guidance.recommendation.option == "staff_unit"
    assert guidance.decision is not None and guidance.decision.recommended == "mayor_office"


def test_documents_read_the_checklists_and_the_decision(ws: Workspace, town: str) -> None:
    from vopi_desktop.store.report_data import gather

    empty = gather(ws, town, frozenset({"checklists", "anchoring"}))
    assert empty.checklists == () and empty.anchoring.placement == "Noch keine Entscheidung festgehalten."
    ws.checklists.start(town, "anchoring")
    ws.anchoring.decide(town, "inter_municipal", "Geteilte Stelle", date(2026, 1, 5))
    data = gather(ws, town, frozenset({"checklists", "anchoring"}))
    assert [c.template_key for c in data.checklists] == ["anchoring"]
    assert data.anchoring.placement == "inter_municipal" and data.anchoring.decided_on == date(2026, 1, 5)
    assert data.anchoring.reason.startswith("Abweichend von der Empfehlung (Bürgermeister:in")
