"""The map's actors come in the actors list's order (German alphabetical, umlauts as their base
letters, case ignored), from the service and from the documents' bulk reads alike: the printed map's
index numbers them in that order without sorting again (``reports.netmap.numbered``)."""

from __future__ import annotations

from vopi_desktop.reports.netmap import numbered
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.report_data import gather_many
from vopi_desktop.store.workspace import Workspace
from vopi_desktop.textsort import sort_key

NAMES = ["Zentrum Nord", "Ärztehaus am Markt", "amt für Soziales", "Bürgerverein", "Äpfel e.V.", "Apfelbaum"]


def test_the_map_numbers_actors_alphabetically_from_either_read(ws: Workspace, mid: str) -> None:
    made = [ws.actors.create(mid, ActorInput(name=name, type="verein")) for name in NAMES]
    ws.network.add_link(mid, made[0].id, made[1].id, "cooperation", 2)
    expected = sorted(NAMES, key=sort_key)
    for graph in (ws.network.graph(mid), gather_many(ws, [mid], {"network"})[0].graph):
        index = numbered(graph.nodes, graph.links)
        assert [n.name for n in index] == expected
        assert [n.number for n in index] == list(range(1, len(NAMES) + 1))
        assert {n.name: n.links for n in index}["Zentrum Nord"] == 1
