"""Events with method protocols and their ideas on SQLite and PostgreSQL, idea → measure and back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from vopi_desktop.store import StaleRecordError, ValidationError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.events import EventInput, IdeaInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.models import Event, Idea, Measure
from vopi_desktop.store.workspace import Workspace


def _count(ws: Workspace, model: type) -> int:
    with ws._ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _cafe() -> EventInput:
    return EventInput(
        kind="world_cafe",
        title="World Café „Was hält uns ab?“",
        held_on=date(2026, 1, 20),
        time_from="18:00",
        time_to="21.00",
        place="Stadtteilzentrum",
        participants_total=38,
        participants_migration=21,
        protocol={
            "rounds": [
                {"question": "Was hat Sie abgehalten?", "summary": "Sprache, Kosten"},
                {"question": "Was würde helfen?", "summary": ""},
                {"question": "", "summary": ""},  # an empty row the form left: dropped
            ]
        },
    )


def test_event_with_rounds_and_organisations(ws: Workspace, mid: str) -> None:
    actor = ws.actors.create(mid, ActorInput(name="TSV Musterstadt", type="verein"))
    data = _cafe()
    data.organisation_ids = [actor.id]
    made = ws.events.create(mid, data)
    assert made.time_to == "21:00"
    assert made.protocol == {
        "rounds": [
            {"question": "Was hat Sie abgehalten?", "summary": "Sprache, Kosten"},
            {"question": "Was würde helfen?", "summary": ""},
        ]
    }
    assert ws.events.get(made.id) == made
    data = EventInput.of(made)
    data.organisation_ids = []
    second = ws.events.update(made.id, data, made.version)
    assert second.version == made.version + 1 and second.organisation_ids == ()


def test_every_method_protocol_round_trips(ws: Workspace, mid: str) -> None:
    protocols = {
        "future_conference": {"phases": {"past": "Zeitleiste", "action_planning": "Fünf Gruppen"}},
        "round_table": {"agreements": [{"what": "Raumbörse", "who": "Stadt", "due": "2026-05-01"}]},
        "network_meeting": {"exchange": [{"municipality": "Altdorf", "contribution": "Lotsen-Vorlage"}]},
    }
    for kind, protocol in protocols.items():
        made = ws.events.create(mid, EventInput(kind=kind, title=kind, protocol=protocol))
        assert ws.events.get(made.id).protocol == protocol


@pytest.mark.parametrize(("typed", "stored"), [("30.04.2026", "2026-04-30"), ("1.5.26", "2026-05-01"),
                                                ("2026-05-01", "2026-05-01")])  # fmt: skip
def test_an_agreements_due_date_is_typed_as_everywhere_and_kept_as_iso(
    ws: Workspace, mid: str, typed: str, stored: str
) -> None:
    """The round table's "Bis" refused "30.04.2026" and wanted YYYY-MM-DD."""
    protocol = {"agreements": [{"what": "Raumbörse", "who": "Stadt", "due": typed}]}
    made = ws.events.create(mid, EventInput(kind="round_table", title="Runder Tisch", protocol=protocol))
    assert ws.events.get(made.id).protocol["agreements"][0]["due"] == stored


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (
            {"participants_migration": 39},
            "participants_migration",
            "Mehr Teilnehmende mit Migrationsgeschichte",
        ),
        ({"participants_total": -3}, "participants_total", "zwischen 0"),
        ({"agenda": "x" * 100_000}, "agenda", "Die Tagesordnung ist zu lang"),
        ({"protocol": {"rounds": [{"question": "x", "summary": "y" * 100_000}]}}, "protocol", "zu lang"),
        ({"protocol": {"rounds": [{"summary": "y" * 19_000}] * 4}}, "protocol", "Das Protokoll ist zu lang"),
        ({"protocol": {"speeches": []}}, "protocol", "Unbekannter Protokollteil"),
        (
            {"protocol": {"agreements": [{"what": "x", "due": "morgen"}]}},
            "protocol",
            "kein Datum (TT.MM.JJJJ)",
        ),
        ({"protocol": {"agreements": [{"what": "x", "due": "31.02.2026"}]}}, "protocol", "kein Datum"),
        ({"time_from": "25:00"}, "time_from", "keine Uhrzeit"),
        ({"time_to": "17:00"}, "time_to", "Ende liegt vor dem Beginn"),
        ({"next_date": date(2025, 1, 1)}, "next_date", "nächste Termin liegt vor"),
        ({"kind": "party"}, "kind", "Unbekannter Wert"),
    ],
)
def test_bad_event_input_is_refused_and_nothing_saved(
    ws: Workspace, mid: str, change: dict[str, object], field: str, words: str
) -> None:
    made = ws.events.create(mid, _cafe())
    data = EventInput.of(made)
    for name, value in change.items():
        setattr(data, name, value)
    with pytest.raises(ValidationError) as err:
        ws.events.update(made.id, data, made.version)
    assert err.value.field == field and words in str(err.value)
    assert ws.events.get(made.id) == made


def test_html_in_an_event_is_kept_literally(ws: Workspace, mid: str) -> None:
    made = ws.events.create(mid, EventInput(title="<i>Treffen</i>", results="<a href=x>klick</a>"))
    assert ws.events.get(made.id).title == "<i>Treffen</i>" and made.results == "<a href=x>klick</a>"


def test_ideas_votes_rejection_and_the_event_shows_them(ws: Workspace, mid: str) -> None:
    event = ws.events.create(mid, _cafe())
    a = ws.ideas.create(mid, IdeaInput("Schnuppertag", "encounter", 3, event_id=event.id))
    b = ws.ideas.create(mid, IdeaInput("Sozialtarif", "participation", 8, event_id=event.id))
    a = ws.ideas.vote(a.id, +1, a.version)
    assert a.votes == 4
    with pytest.raises(ValidationError, match="Grund"):
        ws.ideas.update(
            b.id, IdeaInput("Sozialtarif", "participation", 8, "rejected", "", event.id), b.version
        )
    b = ws.ideas.update(b.id, IdeaInput("Sozialtarif", "", 8, "rejected", "Zu teuer", event.id), b.version)
    assert b.reject_reason == "Zu teuer"
    assert [i.text for i in ws.events.get(event.id).ideas] == ["Sozialtarif", "Schnuppertag"]
    with pytest.raises(ValidationError, match="In Maßnahme übernehmen"):
        ws.ideas.update(a.id, IdeaInput("Schnuppertag", "", 4, "in_measure"), a.version)


def test_idea_becomes_a_measure_linked_both_ways_and_undo_reverts_it(ws: Workspace, mid: str) -> None:
    event = ws.events.create(mid, _cafe())
    idea = ws.ideas.create(
        mid, IdeaInput("Vereinslotsen aus den Communities", "encounter", 14, event_id=event.id)
    )
    after, measure = ws.ideas.to_measure(idea.id, idea.version)
    assert after.status == "in_measure" and after.measure_id == measure.id
    assert measure.title == "Vereinslotsen aus den Communities" and measure.pillars == ("encounter",)
    assert ws.measures.get(measure.id).idea_ids == (idea.id,)
    shown = ws.events.get(event.id).ideas[0]
    assert shown.measure_title == measure.title and shown.measure_status == "planned"
    with pytest.raises(ValidationError, match="schon eine Maßnahme"):
        ws.ideas.to_measure(idea.id, after.version)
    back = ws.ideas.revert_to_measure(idea, after, measure)
    assert back.status == "new" and back.measure_id is None
    assert _count(ws, Measure) == 0


def test_undo_of_idea_to_measure_is_refused_when_the_measure_changed(ws: Workspace, mid: str) -> None:
    idea = ws.ideas.create(mid, IdeaInput("Fest", "", 1))
    after, measure = ws.ideas.to_measure(idea.id, idea.version)
    data = MeasureInput.of(measure)
    data.goal = "Inzwischen weitergeplant"
    ws.measures.update(measure.id, data, measure.version)
    with pytest.raises(StaleRecordError):
        ws.ideas.revert_to_measure(idea, after, measure)
    assert _count(ws, Measure) == 1
    assert ws.ideas.list(mid)[0].status == "in_measure"  # nothing half-undone


def test_deleting_an_event_keeps_its_ideas_and_restore_relinks_them(ws: Workspace, mid: str) -> None:
    event = ws.events.create(mid, _cafe())
    ws.ideas.create(mid, IdeaInput("Fest", "", 1, event_id=event.id))
    gone = ws.events.delete(event.id, event.version)
    assert _count(ws, Event) == 0 and _count(ws, Idea) == 1
    assert ws.ideas.list(mid)[0].event_id is None
    back = ws.events.restore(gone)
    assert [i.text for i in back.ideas] == ["Fest"]


def test_deleted_idea_comes_back(ws: Workspace, mid: str) -> None:
    idea = ws.ideas.create(mid, IdeaInput("Fest", "diversity", 2))
    gone = ws.ideas.delete(idea.id, idea.version)
    assert ws.ideas.restore(gone).id == idea.id
