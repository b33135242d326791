"""The planning part of the demo: measures with steps, events of every kind with protocols, ideas; and all
of it valid for the services (a demo record the form could not save again would be a trap)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vopi_desktop.catalog import load_catalog
from vopi_desktop.config import load_config
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.events import EventInput, IdeaInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.workspace import Workspace


def _open(path: Path) -> Workspace:
    config = load_config(path, None)
    config.ensure_dirs()
    return Workspace.open(config)


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = _open(tmp_path_factory.mktemp("large"))
    fill_demo(ws, "large")
    yield ws
    ws.close()


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Workspace]:
    ws = _open(tmp_path)
    fill_demo(ws, "small")
    yield ws
    ws.close()


def test_small_demo_has_measures_with_steps_and_events_of_every_kind(small: Workspace) -> None:
    (town,) = small.municipalities.list()
    measures = small.measures.list(town.id)
    events = small.events.list(town.id)
    assert {e.kind for e in events} == set(load_catalog().vocab("event_kinds"))
    by_kind = {e.kind: e for e in events}
    assert len(by_kind["world_cafe"].protocol["rounds"]) == 3
    assert len(by_kind["future_conference"].protocol["phases"]) == 5
    assert by_kind["round_table"].protocol["agreements"] and by_kind["network_meeting"].protocol["exchange"]
    assert sum(len(m.steps) for m in measures) >= 20 and any(s.done for m in measures for s in m.steps)
    assert any(m.warnings for m in measures)  # a step due after the end, to show the warning
    assert any(m.budget_spent for m in measures)
    grown = [m for m in measures if m.idea_ids]
    assert len(grown) >= 3
    ideas = [i for e in events for i in e.ideas]
    assert any(i.measure_title for i in ideas) and all(
        i.reject_reason for i in ideas if i.status == "rejected"
    )


def test_every_demo_record_saves_again_unchanged(small: Workspace) -> None:
    (town,) = small.municipalities.list()
    for measure in small.measures.list(town.id):
        again = small.measures.update(measure.id, MeasureInput.of(measure), measure.version)
        assert MeasureInput.of(again) == MeasureInput.of(measure)
    for event in small.events.list(town.id):
        again = small.events.update(event.id, EventInput.of(event), event.version)
        assert EventInput.of(again) == EventInput.of(event)
    for idea in small.ideas.list(town.id):
        small.ideas.update(idea.id, IdeaInput.of(idea), idea.version)


def test_large_demo_plans_in_every_municipality(large: Workspace) -> None:
    places = large.municipalities.list()
    assert len(places) == 25
    for place in places:
        measures = large.measures.list(place.id)
        events = large.events.list(place.id)
        assert measures and sum(not m.steps for m in measures) <= 1  # the dropped town measure has none
        assert events and all(e.protocol for e in events if e.kind in ("world_cafe", "round_table"))
    sample = places[-1]
    for measure in large.measures.list(sample.id):
        large.measures.update(measure.id, MeasureInput.of(measure), measure.version)
    for event in large.events.list(sample.id):
        large.events.update(event.id, EventInput.of(event), event.version)


def test_large_demo_dates_measures_by_their_status(large: Workspace) -> None:
    """Review 4, K33: finished and running measures that start next year, cancelled ones in the future.
    Done ended before today, running began before and ends after it, planned and ideas lie ahead,
    cancelled began before today; the small demo's town keeps its hand-written story."""
    from datetime import date

    today = date.today()
    wrong = []
    for place in large.municipalities.list():
        for m in large.measures.list(place.id):
            if m.start_on is None or m.end_on is None:
                continue
            fits = {
                "done": m.end_on < today,
                "running": m.start_on <= today < m.end_on,
                "planned": m.start_on >= today,
                "idea": m.start_on >= today,
                "cancelled": m.start_on < today,
            }[m.status]
            if not fits or (m.status == "done" and not all(s.done for s in m.steps)):
                wrong.append((place.name, m.title, m.status, m.start_on, m.end_on))
    assert not wrong, wrong[:5]


def test_a_landkreis_has_a_landratsamt(large: Workspace) -> None:
    """Review 4, K33: "Bürgermeisteramt Landkreis Biringen" — a Landkreis has a Landratsamt."""
    for place in large.municipalities.list():
        names = {a.name for a in large.actors.list(place.id)}
        assert not any(n.startswith("Bürgermeisteramt Landkreis") or n.startswith("Bürgermeisteramt GVV")
                       for n in names), place.name  # fmt: skip
