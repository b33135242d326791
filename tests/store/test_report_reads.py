"""The documents' bulk reads (``report_reads.py``) give exactly what the services give, one municipality
at a time, on SQLite and PostgreSQL: the demo town, two generated places, an empty one, a trashed actor."""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import replace

import pytest

from vopi_desktop.store.demo import SEED, _Loader
from vopi_desktop.store.demo_generated import generated
from vopi_desktop.store.demo_place import Rows
from vopi_desktop.store.demo_town import musterstadt
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.errors import NotFoundError
from vopi_desktop.store.report_data import (
    ALL_PARTS,
    ReportData,
    _decision_text,
    _without_contact,
    gather_many,
)
from vopi_desktop.store.workspace import Workspace


def _through_services(ws: Workspace, mid: str, personal: bool) -> ReportData:
    """What ``report_data.gather`` read before the bulk reads: every area through its service."""
    actors = ws.actors.list(mid)
    details = [ws.actors.get(a.id) for a in actors]
    graph = ws.network.graph(mid)
    opening = [ws.checklists.get(r.checklist_id) for r in ws.checklists.overview(mid) if r.checklist_id]
    anchoring = ws.checklists.for_municipality(mid)
    material = ws.outreach.material(mid)
    expired = sum(1 for x in material.left_out if x.reason == "expired")
    return ReportData(
        municipality=ws.municipalities.get(mid),
        process=ws.municipalities.process_state(mid),
        barriers=tuple(ws.barriers.list(mid)),
        target_groups=tuple(ws.target_groups.list(mid)),
        actors=graph.nodes,  # the documents print of each actor its name and type, in the list's order
        details=tuple(d if personal else _without_contact(d) for d in details),
        graph=graph,
        rounds=tuple(ws.pillars.rounds(mid)),
        measures=tuple(ws.measures.list(mid)),
        events=tuple(ws.events.list(mid)),
        ideas=tuple(ws.ideas.list(mid)),
        checklists=tuple(opening + ([anchoring] if anchoring is not None else [])),
        anchoring=_decision_text(ws.anchoring.decision(mid)),
        offers=(len(material.opportunities), expired),
        personal=personal,
    )


def _unordered(data: ReportData) -> ReportData:
    """Many-to-many id lists in one order: a link table keeps none, and PostgreSQL hands its rows
    out in the order its plan happens to choose (the documents print them sorted by name)."""
    events = tuple(replace(e, organisation_ids=tuple(sorted(e.organisation_ids))) for e in data.events or ())
    measures = tuple(
        replace(
            m,
            **{
                k: tuple(sorted(getattr(m, k)))
                for k in ("target_group_ids", "barrier_ids", "partner_ids", "opportunity_ids")
            },
        )
        for m in data.measures or ()
    )
    return replace(data, events=events, measures=measures)


@pytest.fixture
def places(ws: Workspace) -> list[str]:
    rng = random.Random(SEED)
    rows = Rows()
    made = [musterstadt(rows, rng)]
    made += [generated(rows, rng, "Testdorf", "gemeinde", "BY", 40)]
    made += [generated(rows, rng, "Teststadt", "stadt", "NW", 150)]
    _Loader(ws.context).save(rows, made)
    empty = ws.municipalities.create(MunicipalityInput(name="Leerdorf", kind="gemeinde", state="BW"))
    mids = [m.id for m in ws.municipalities.list()]
    # an actor in the trash: its links stay stored but leave the map
    busy = max(mids, key=lambda mid: len(ws.network.graph(mid).links))
    linked = ws.network.graph(busy).links[0].source
    ws.actors.trash(linked)
    assert empty.id in mids and len(mids) == 4
    return mids


@pytest.mark.parametrize("personal", [False, True])
def test_bulk_reads_equal_the_services(ws: Workspace, places: list[str], personal: bool) -> None:
    expected = [_unordered(_through_services(ws, mid, personal)) for mid in places]
    together = [_unordered(d) for d in gather_many(ws, places, ALL_PARTS, personal)]
    assert [d.municipality.name for d in together] == [d.municipality.name for d in expected]
    for got, want in zip(together, expected, strict=True):
        for name in ReportData.__dataclass_fields__:
            if name == "anchoring":
                assert vars(got.anchoring) == vars(want.anchoring)
            else:
                assert getattr(got, name) == getattr(want, name), (got.municipality.name, name)
    assert any(d.measures and d.events and d.checklists and d.graph.links for d in together)
    alone = _unordered(
        gather_many(ws, [places[1]], ALL_PARTS, personal)[0]
    )  # one municipality reads the same
    assert alone.graph == together[1].graph and alone.measures == together[1].measures


def test_an_unknown_municipality_is_refused(ws: Workspace, places: list[str]) -> None:
    with pytest.raises(NotFoundError):
        gather_many(ws, [places[0], "00000000-0000-4000-8000-000000000000"], ALL_PARTS)


NO_ORM = """
import sys
from vopi_desktop.store import db
from vopi_desktop.store.report_data import ALL_PARTS, gather_many
from vopi_desktop.store.workspace import Workspace

ws = Workspace(db.make_engine(sys.argv[1]))
places = ws.report_reads.places()
assert ws.report_reads.place_named(places[0].name.upper()) == places[0]  # report --municipality
data = gather_many(ws, [m.id for m in places], ALL_PARTS)
ws.close()
print(sum(len(d.actors) for d in data), sum(len(d.measures) for d in data))
print(sorted(m for m in sys.modules if m.startswith("sqlalchemy.orm") or m.startswith("vopi_desktop.store.services")))
"""


def test_the_documents_read_imports_no_orm(migrated_db_url: str, places: list[str]) -> None:
    """The whole read is Core on a Connection: SQLAlchemy's ORM, the mapped classes and the services
    (about a fifth of ``report --all``'s start) are never imported."""
    done = subprocess.run(
        [sys.executable, "-c", NO_ORM, migrated_db_url], capture_output=True, text=True, check=True
    )
    counts, imported = done.stdout.splitlines()
    actors, measures = map(int, counts.split())
    assert actors > 100 and measures > 0  # it read something
    assert imported == "[]"


def test_places_equal_the_service(ws: Workspace, places: list[str]) -> None:
    """``report_reads.places``/``place_named`` list and find municipalities as the service does."""
    assert ws.report_reads.places() == ws.municipalities.list()
    for m in ws.municipalities.list():
        for name in (m.name, m.name.upper(), f"  {m.name} "):
            assert ws.report_reads.place_named(name) == ws.municipalities.find_by_name(name) == m
    assert ws.report_reads.place_named("Nirgendwo") is None


def test_sizes_weigh_live_actors_links_measures_and_events(ws: Workspace, places: list[str]) -> None:
    """What shares ``report --all`` among processes before anything is read: each live actor and
    stored link weighs one, a measure ninety, an event fifty; an actor in the trash nothing."""
    sizes = ws.report_reads.sizes(places)
    trashed = {mid: ws.actors.trash_list(mid) for mid in places}
    assert sum(len(found) for found in trashed.values()) >= 1
    for found in trashed.values():
        for actor in found:
            ws.actors.restore(actor.id)
    restored = ws.report_reads.sizes(places)
    for mid in places:
        work = 90 * len(ws.measures.list(mid)) + 50 * len(ws.events.list(mid))
        # restored, every stored link is on the map again
        assert restored[mid] == len(ws.actors.list(mid)) + len(ws.network.graph(mid).links) + work
        assert sizes[mid] == restored[mid] - len(trashed[mid])
    assert sorted(sizes.values())[0] == 0  # Leerdorf
