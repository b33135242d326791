"""The printed plan marks a measure that spent more than planned, as the form's warning line does (G11)."""

from __future__ import annotations

from pathlib import Path

from vopi_desktop.reports.kinds import render
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.report_data import ALL_PARTS, gather
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of


def test_spending_over_the_plan_is_marked_and_named(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    ws = workspace
    ws.measures.create(
        municipality.id, MeasureInput(title="Sozialtarif im TSV", budget_planned=1500.5, budget_spent=2000)
    )
    ws.measures.create(
        municipality.id, MeasureInput(title="Elterncafé", budget_planned=800, budget_spent=300)
    )
    data = gather(ws, municipality.id, ALL_PARTS)
    text = " ".join(text_of(render("plan", [data], tmp_path / "p.pdf", Ctx())).split())
    assert "ausgegeben 2.000,00 € (mehr als geplant)" in text and "ausgegeben 300,00 € (mehr" not in text
    data = gather(ws, municipality.id, ALL_PARTS)
    dossier = " ".join(text_of(render("dossier", [data], tmp_path / "d.pdf", Ctx())).split())
    assert "ausgegeben 2.000,00*" in dossier and "ausgegeben 300,00*" not in dossier
    assert "* Mehr ausgegeben als geplant: Sozialtarif im TSV (2.000,00 € statt 1.500,50 €)." in text
    assert "Elterncafé (" not in text
