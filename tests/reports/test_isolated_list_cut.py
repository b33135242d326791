"""A list of migrant organisations without a link that is cut says how many more there are and
where they all are, instead of ending in "…" (review 4, K11); names are parted by ";" (a name may
hold a comma: "AWO-Ortsverein, Jugendmigrationsdienst")."""

from __future__ import annotations

from pathlib import Path

from vopi_desktop.config import load_config
from vopi_desktop.reports.sections import actors
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.report_data import gather_many
from vopi_desktop.store.workspace import Workspace


def _text(flowable) -> str:
    return "".join(getattr(f, "text", "") for f in flowable.frags)


def test_a_cut_list_says_how_many_more_and_where(demo_dir: Path) -> None:
    ws = Workspace.open(load_config(demo_dir, None))
    try:
        data = gather_many(ws, [ws.municipalities.list()[0].id], frozenset({"actors", "network"}))[0]
    finally:
        ws.close()
    whole = _text(actors.insights(data, Ctx(), limit=None)[0])
    assert "Afrikanischer Kulturverein Ubuntu; Kurdisches Kulturzentrum Mesopotamien" in whole
    cut = _text(actors.insights(data, Ctx(), limit=1)[0])
    assert cut.endswith("Afrikanischer Kulturverein Ubuntu und 1 weitere (alle im Dokument „Netzwerk“)")
    assert "…" not in cut
