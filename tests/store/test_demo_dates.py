"""The demo's story is moved to the day it is made: a new user sees upcoming deadlines ("Nächste Frist"
on the Öffnung page, steps of running measures) beside past events, where every date of it lay in the
past before. The same seed and day give the same dates; another day moves every date by whole weeks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from vopi_desktop.config import load_config
from vopi_desktop.store import models as m
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.demo_dates import season, story_today
from vopi_desktop.store.demo_place import BASE_DATE
from vopi_desktop.store.outreach_models import EngagementOpportunity as Opportunity
from vopi_desktop.store.workspace import Workspace

LATER = date(2031, 7, 16)  # a day far from the story's own, in another year


def _open(path: Path) -> Workspace:
    config = load_config(path, None)
    config.ensure_dirs()
    return Workspace.open(config)


@pytest.fixture
def made(tmp_path: Path) -> Iterator[Callable[..., Workspace]]:
    """``made(name, today)``: a workspace with the small demo made on ``today`` (default: the real one)."""
    opened: list[Workspace] = []

    def make(name: str, today: date | None = None) -> Workspace:
        ws = _open(tmp_path / name)
        opened.append(ws)
        if today is None:
            fill_demo(ws, "small")
        else:
            fill_demo(ws, "small", today=today)
        return ws

    yield make
    for ws in opened:
        ws.close()


def _dates(ws: Workspace) -> list[tuple[object, ...]]:
    """Every dated thing a user sees, by its title, without ids and load times."""
    queries = (
        select(m.Measure.title, m.Measure.start_on, m.Measure.end_on),
        select(m.MeasureStep.what, m.MeasureStep.due_on, m.MeasureStep.done),
        select(m.Event.title, m.Event.held_on, m.Event.next_date, m.Event.protocol),
        select(m.PillarRound.title, m.PillarRound.held_on),
        select(m.ChecklistItemState.item_key, m.ChecklistItemState.due_on),
        select(m.ChecklistInstance.title, m.ChecklistInstance.created_at),
        select(m.Actor.name, m.Actor.consent_date, m.Actor.review_date, m.Actor.deleted_at),
        select(Opportunity.title, Opportunity.valid_until),
        select(m.PlacementDecision.decided_on, m.PlacementDecision.reasons),
    )
    with ws._ctx.sessions() as s:
        return [
            row
            for query in queries
            for row in sorted(map(tuple, s.execute(query)), key=lambda r: [str(x) for x in r])
        ]


def test_a_demo_made_today_has_deadlines_ahead_and_its_past_behind(made) -> None:
    today = date.today()
    ws = made("today")
    (town,) = ws.municipalities.list()
    ahead = [row.next_due for row in ws.checklists.overview(town.id) if row.next_due is not None]
    assert ahead and all(due >= today for due in ahead)  # the Öffnung page's "Nächste Frist"
    assert min(ahead) <= today + timedelta(days=120)  # soon, not in some far year
    steps = [(s.due_on, s.done) for x in ws.measures.list(town.id) for s in x.steps]
    assert any(due > today and not done for due, done in steps)
    assert any(due < today and done for due, done in steps)
    running = [x for x in ws.measures.list(town.id) if x.status == "running"]
    assert running and all(x.end_on > today for x in running)
    held = [e.held_on for e in ws.events.list(town.id) if e.held_on is not None]
    assert any(day < today for day in held) and any(day > today for day in held)
    with ws._ctx.sessions() as s:
        created = [c.date() for c in s.scalars(select(m.ChecklistInstance.created_at))]
        until = set(s.scalars(select(Opportunity.valid_until)))
    assert all(day < today for day in created)  # begun in the story's past
    assert any(day is not None and day < today for day in until)  # the expired offer is still expired


def test_the_same_day_gives_the_same_dates_another_moves_them_by_whole_weeks(made) -> None:
    first, again = _dates(made("a", LATER)), _dates(made("b", LATER))
    assert first == again
    week_later = _dates(made("c", LATER + timedelta(days=7)))
    assert week_later != first and len(week_later) == len(first)
    for before, after in zip(first, week_later, strict=True):
        for x, y in zip(before, after, strict=True):
            if isinstance(x, date):
                assert y - x == timedelta(days=7), (before, after)


def test_the_story_keeps_its_weekdays_and_its_texts_follow_the_dates(made) -> None:
    story = story_today(LATER)
    assert story.weekday() == BASE_DATE.weekday() and LATER - timedelta(days=6) <= story <= LATER
    own, moved = made("own", BASE_DATE), made("moved", LATER)
    years = story.year - BASE_DATE.year
    (town,) = own.municipalities.list()
    (later,) = moved.municipalities.list()
    held = {e.title: e.held_on for e in own.events.list(town.id)}
    for event in moved.events.list(later.id):
        assert event.held_on.weekday() == held[event.title].weekday()  # title holds no year
    with own._ctx.sessions() as s:
        decided, reasons = s.execute(
            select(m.PlacementDecision.decided_on, m.PlacementDecision.reasons)
        ).one()
        rounds = sorted(s.scalars(select(m.PillarRound.title)))
    with moved._ctx.sessions() as s:
        decided_later, reasons_later = s.execute(
            select(m.PlacementDecision.decided_on, m.PlacementDecision.reasons)
        ).one()
        rounds_later = sorted(s.execute(select(m.PillarRound.title, m.PillarRound.held_on)).all())
        agreements = [
            a["due"] for p in s.scalars(select(m.Event.protocol)) for a in p.get("agreements", ()) if a["due"]
        ]
    assert f"{decided:%d.%m.%Y}" in reasons and f"{decided_later:%d.%m.%Y}" in reasons_later
    assert rounds == ["Ausgangslage Herbst 2025", "Zwischenstand Winter 2026"]
    # a round's season follows its date ("Ausgangslage Herbst 2025" held in July is "… Sommer …")
    assert [title.split()[0] for title, _day in rounds_later] == ["Ausgangslage", "Zwischenstand"]
    for title, held_on in rounds_later:
        assert title.endswith(season(held_on)), (title, held_on)
    assert years >= 0
    assert agreements and all(date.fromisoformat(due) > story for due in agreements)


def test_nothing_in_the_demos_future_has_happened_yet(made) -> None:
    """Review 2, G23: an event after today is planned (an agenda, nobody counted, no results or ideas)
    and every scored pillar round lies in the past."""
    today = date.today()
    ws = made("future")
    (town,) = ws.municipalities.list()
    ideas = {i.event_id for i in ws.ideas.list(town.id)}
    later = [e for e in ws.events.list(town.id) if e.held_on is not None and e.held_on > today]
    assert later  # the Zeitplan shows what is coming
    for event in later:
        assert event.participants_total is None and event.participants_migration is None, event.title
        assert not (event.results or event.decisions or event.open_points), event.title
        assert event.id not in ideas, event.title
    assert all(r.held_on is None or r.held_on <= today for r in ws.pillars.rounds(town.id))
