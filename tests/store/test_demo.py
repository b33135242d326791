"""``vopi-desktop demo``: the fictional town and the consultant case, on real databases."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from vopi_desktop.catalog import load_catalog
from vopi_desktop.config import load_config
from vopi_desktop.store import models as m
from vopi_desktop.store.db import make_engine, upgrade
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.errors import StoreError
from vopi_desktop.store.workspace import Workspace

TOWN = "Musterstadt am Neckar"
NOT_A_BRIDGE = {"migrant_org", "other"}  # a link to these does not connect a migrant organisation


def _open(path: Path) -> Workspace:
    config = load_config(path, None)
    config.ensure_dirs()
    return Workspace.open(config)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = _open(tmp_path)
    yield workspace
    workspace.close()


@pytest.fixture
def small(ws: Workspace) -> Workspace:
    fill_demo(ws, "small")
    return ws


def _count(ws: Workspace, model: type, *where: object) -> int:
    with ws._ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _isolated_migrant_orgs(ws: Workspace) -> set[str]:
    """Migrant organisations with no link to a Verein, church, school, the administration or the like."""
    with ws._ctx.sessions() as s:
        types = dict(s.execute(select(m.Actor.id, m.Actor.type)).all())
        names = dict(s.execute(select(m.Actor.id, m.Actor.name)).all())
        partners: dict[str, set[str]] = {actor_id: set() for actor_id in types}
        for source, target in s.execute(select(m.ActorLink.source_id, m.ActorLink.target_id)):
            partners[source].add(types[target])
            partners[target].add(types[source])
    return {names[a] for a, kind in types.items() if kind == "migrant_org" and partners[a] <= NOT_A_BRIDGE}


def _content(ws: Workspace) -> tuple[object, ...]:
    """What a user sees, without the UUIDs and timestamps that differ from run to run."""
    with ws._ctx.sessions() as s:
        names = dict(s.execute(select(m.Actor.id, m.Actor.name)).all())
        actors = s.execute(
            select(m.Actor.name, m.Actor.type, m.Actor.contact_email, m.Actor.address).order_by(m.Actor.name)
        ).all()
        links = sorted(
            (names[a], names[b], kind, strength)
            for a, b, kind, strength in s.execute(
                select(m.ActorLink.source_id, m.ActorLink.target_id, m.ActorLink.kind, m.ActorLink.strength)
            )
        )
        scores = sorted(s.execute(select(m.IndicatorScore.indicator_key, m.IndicatorScore.score)))
        items = Counter(s.scalars(select(m.ChecklistItemState.status)))
    return tuple(map(tuple, actors)), tuple(links), tuple(scores), tuple(sorted(items.items()))


def test_small_demo_fills_one_town_with_every_area(small: Workspace) -> None:
    ws = small
    assert ws.check().ok
    with ws._ctx.sessions() as s:
        (town,) = s.scalars(select(m.Municipality)).all()
        assert (town.name, town.kind, town.state, town.is_example) == (TOWN, "stadt", "BW", True)
        assert town.contact_email.endswith(".example")
        settings = s.scalars(select(m.ProcessSettings)).one()
        assert len(settings.occasions) == 3
        log = s.scalars(select(m.ChangeLog)).all()
        assert [(e.municipality_id, e.action, e.summary) for e in log] == [
            (town.id, "import", "Beispieldaten")
        ]
        kinds = sorted(s.scalars(select(m.Event.kind)))
        assert kinds == sorted(load_catalog().vocab("event_kinds"))  # every kind once
        rounds = s.scalars(select(m.PillarRound).order_by(m.PillarRound.held_on)).all()
        assert [r.kind for r in rounds] == ["baseline", "follow_up"]
        assert all(len(r.scores) == 20 and all(1 <= x.score <= 5 for x in r.scores) for r in rounds)
        baseline, follow_up = ({x.indicator_key: x.score for x in r.scores} for r in rounds)
        assert sum(follow_up[key] != baseline[key] for key in baseline) >= 5  # visible change between rounds
        checklists = s.scalars(select(m.ChecklistInstance)).all()
        openings = [c for c in checklists if c.template_key == "opening"]
        (anchoring,) = [c for c in checklists if c.template_key == "anchoring"]
        catalogue = [[i for i in c.items if not i.item_key.startswith("own.")] for c in openings]
        assert len(openings) == 3 and all(c.actor_id for c in openings)
        assert all(len(i) == 26 for i in catalogue)
        own = [i for c in openings for i in c.items if i.item_key.startswith("own.")]
        assert own and all(i.custom_text and i.section_key for i in own)  # a Verein's own items
        assert anchoring.actor_id is None and len(anchoring.items) == 19
        decision = s.scalars(select(m.PlacementDecision)).one()
        assert decision.option_key == "staff_unit" and decision.accepted and decision.decided_on
        examples = s.scalars(select(m.PracticeExample)).all()
        assert all(e.item_keys and e.helped for e in examples) and any(e.contact_actor_id for e in examples)
        assert len({i.status for c in openings for i in c.items}) >= 3
        custom = s.scalars(select(m.BarrierAssessment).where(m.BarrierAssessment.barrier_key.is_(None))).one()
        assert custom.custom_title and custom.custom_group == "language"
        measures = s.scalars(select(m.Measure)).all()
        assert all(x.responsible_actor_id and x.pillars and x.kind.startswith("O") for x in measures)
        assert any(x.barriers for x in measures) and any(x.partners for x in measures)
    assert 35 <= _count(ws, m.Actor) <= 45
    assert _count(ws, m.ActorLink) == 60
    assert _count(ws, m.TargetGroup) == 5
    assert 20 <= _count(ws, m.BarrierAssessment) <= 22
    assert _count(ws, m.BarrierAssessment, m.BarrierAssessment.relevance == 3) >= 3
    assert (_count(ws, m.Idea), _count(ws, m.Measure), _count(ws, m.PracticeExample)) == (9, 8, 3)
    assert _count(ws, m.Actor, m.Actor.map_x.is_not(None)) == 0


def test_small_demo_uses_only_catalogue_keys(small: Workspace) -> None:
    catalog = load_catalog()
    with small._ctx.sessions() as s:
        actors = s.scalars(select(m.Actor)).all()
        barriers = s.scalars(select(m.BarrierAssessment)).all()
        links = s.scalars(select(m.ActorLink)).all()
        measures = s.scalars(select(m.Measure)).all()
        occasions = s.scalars(select(m.ProcessSettings.occasions)).one()
    assert {a.type for a in actors} == set(catalog.vocab("actor_types"))  # every type appears
    assert {f for a in actors for f in a.fields} <= set(catalog.vocab("engagement_fields"))
    assert {lang for a in actors for lang in a.languages} <= set(catalog.vocab("languages"))
    assert {a.legal_basis for a in actors if a.contact_name} <= set(catalog.vocab("legal_bases"))
    assert all(a.consent_date for a in actors if a.legal_basis == "consent")
    assert all(a.contact_email.endswith(".example") for a in actors if a.contact_email)
    assert {b.barrier_key for b in barriers} - {None} <= {b.key for b in catalog.barriers}
    assert {b.evidence_kind for b in barriers} <= set(catalog.vocab("evidence_kinds"))
    assert {(x.kind, x.strength) for x in links} <= {
        (k, n) for k in catalog.vocab("link_kinds") for n in (1, 2, 3)
    }
    assert {x.kind for x in measures} <= {a.key for a in catalog.approaches}
    assert {x.status for x in measures} == set(catalog.vocab("measure_status"))
    assert set(occasions) <= {o.key for o in catalog.occasions}


def test_small_demo_leaves_migrant_orgs_isolated_and_course_providers_unlinked(small: Workspace) -> None:
    assert _isolated_migrant_orgs(small) >= {
        "Kurdisches Kulturzentrum Mesopotamien",
        "Afrikanischer Kulturverein Ubuntu",
    }
    with small._ctx.sessions() as s:
        source, target = aliased(m.Actor), aliased(m.Actor)
        linked_types = set(
            s.execute(
                select(source.type, target.type)
                .select_from(m.ActorLink)
                .join(source, m.ActorLink.source_id == source.id)
                .join(target, m.ActorLink.target_id == target.id)
            )
        )
    assert "course_provider" not in {kind for pair in linked_types for kind in pair}


def test_cyrillic_and_arabic_text_round_trips(small: Workspace) -> None:
    with small._ctx.sessions() as s:
        notes = " ".join(s.scalars(select(m.Actor.notes)))
        names = set(s.scalars(select(m.Actor.name)))
    assert "Встречи каждый четверг" in notes
    assert "جمعية النور" in notes
    assert "Ukrainische Initiative „Соняшник“" in names
    assert "Türkisch-Deutscher Kulturverein Musterstadt e.V." in names


def test_second_run_is_refused_and_changes_nothing(small: Workspace) -> None:
    before = small.check().counts
    with pytest.raises(StoreError, match="Musterstadt am Neckar"):
        fill_demo(small, "small")
    with pytest.raises(StoreError, match="Musterstadt am Neckar"):
        fill_demo(small, "large")
    assert small.check().counts == before


def test_demo_is_the_same_every_time(ws: Workspace, tmp_path: Path) -> None:
    """Same seed and day, same content (tests/store/test_demo_dates.py: the dates too)."""
    other = _open(tmp_path / "other")
    try:
        fill_demo(ws, "small", today=date(2027, 2, 10))
        fill_demo(other, "small", today=date(2027, 2, 10))
        assert _content(other) == _content(ws)
    finally:
        other.close()


def test_unknown_size_is_refused(ws: Workspace) -> None:
    with pytest.raises(StoreError):
        fill_demo(ws, "medium")
    assert _count(ws, m.Municipality) == 0


def test_small_demo_on_every_backend(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    ws = Workspace(engine, who="Demo")
    try:
        summary = fill_demo(ws, "small")
        assert summary.startswith("Beispieldaten angelegt: 1 Kommune, 41 Akteure, 60 Verbindungen")
        assert ws.check().ok
        assert _isolated_migrant_orgs(ws)
        with ws._ctx.sessions() as s:
            notes = " ".join(s.scalars(select(m.Actor.notes)))
            versions = set(s.scalars(select(m.Actor.version)))
            budgets = set(s.scalars(select(m.Measure.budget)))
        assert "Встречи" in notes and "جمعية النور" in notes
        assert versions == {1} and 6000.0 in budgets
        with pytest.raises(StoreError):
            fill_demo(ws, "small")
        assert _count(ws, m.Municipality) == 1
    finally:
        ws.close()


@pytest.mark.slow
def test_large_demo_is_the_consultant_case(ws: Workspace) -> None:
    started = time.perf_counter()
    summary = fill_demo(ws, "large")
    elapsed = time.perf_counter() - started
    assert elapsed < 60, f"large demo took {elapsed:.1f} s"
    assert summary.startswith("Beispieldaten angelegt: 25 Kommunen, 10.000 Akteure")
    assert _count(ws, m.Municipality) == 25
    assert 9_500 <= _count(ws, m.Actor) <= 10_500
    assert 14_000 <= _count(ws, m.ActorLink) <= 16_000
    assert _count(ws, m.ChangeLog, m.ChangeLog.action == "import") == 25
    with ws._ctx.sessions() as s:
        source, target = aliased(m.Actor), aliased(m.Actor)
        crossing = s.scalar(
            select(func.count())
            .select_from(m.ActorLink)
            .join(source, m.ActorLink.source_id == source.id)
            .join(target, m.ActorLink.target_id == target.id)
            .where(
                (source.municipality_id != m.ActorLink.municipality_id)
                | (target.municipality_id != m.ActorLink.municipality_id)
            )
        )
        assert crossing == 0  # links stay inside their municipality
        places = s.execute(select(m.Municipality.id, m.Municipality.name, m.Municipality.kind)).all()
    assert {kind for _, _, kind in places} == {"gemeinde", "stadt", "landkreis", "gvv"}
    areas = (m.BarrierAssessment, m.PillarRound, m.Event, m.Measure, m.ChecklistInstance)
    for mid, name, _ in places:
        barriers, rounds, events, measures, checklists = (
            _count(ws, a, a.municipality_id == mid) for a in areas
        )
        assert 18 <= barriers <= 22, name
        assert 1 <= rounds <= 2 and 2 <= events <= 6 and 5 <= measures <= 15 and 1 <= checklists <= 4, name
    assert ws.check().ok
