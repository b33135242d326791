"""The planning and checklist sections over records shaped like the planning/opening services' data,
so they print the moment ``store.report_data`` reads those services (issues #8, #9)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace as Row

from vopi_desktop.reports.kinds import render
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.report_data import ALL_PARTS, gather
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of


def _data(ws: Workspace, municipality):
    club = ws.actors.create(municipality.id, ActorInput(name="Kulturverein Brücke", type="migrant_org"))
    rated = ws.barriers.save(municipality.id, BarrierInput(key="B1", relevance=3), None)
    data = gather(ws, municipality.id, ALL_PARTS)
    measures = (
        Row(id="m1", title="Sprechstunde <mehrsprachig> & offen", goal="Mehr Menschen erreichen", status="running",
            start_on=date(2026, 3, 1), end_on=date(2026, 9, 30), responsible_actor_id=club.id,
            responsible_person="Erika Mustermann", pillars=["encounter"], barrier_ids=[], budget_planned=1200.0),
        Row(id="m2", title="Infoabend in einfacher Sprache", goal="", status="planned", start_on=date(2026, 10, 1),
            end_on=None, responsible_actor_id=None, responsible_person="", pillars=[], barrier_ids=[rated.id],
            budget_planned=None),
    )  # fmt: skip
    events = (
        Row(id="e1", kind="world_cafe", title="World Café im Rathaus", held_on=date(2026, 2, 12), time_from="18:00",
            time_to="20:30", place="Rathaus", moderation="Max Muster", minute_taker="Eva Beispiel",
            participants_total=34, participants_migration=15, agenda="Wie erreichen wir Familien?",
            results="Drei Ideen ausgewählt", decisions="Sprechstunde starten", open_points="Raumfrage",
            next_date=date(2026, 4, 2), organisation_ids=[club.id],
            protocol={"rounds": [{"question": "Was hält euch ab?", "summary": "Zeit und Sprache"}]}),
    )  # fmt: skip
    ideas = (Row(id="i1", text="Elterncafé in der Kita", event_id="e1", votes=9, status="selected"),)
    item = Row(key="opening.01", section="mission", status="done", due_on=None, note="", responsible="")
    late = Row(
        key="opening.02", section="mission", status="open", due_on=date(2020, 1, 1), note="", responsible=""
    )
    checklists = (Row(template_key="opening", title="Öffnung: Kulturverein Brücke", items=[item, late]),)
    return replace(data, measures=measures, events=events, ideas=ideas, checklists=checklists)


def test_plan_prints_measures_timeline_and_coverage(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    data = _data(workspace, municipality)
    text = " ".join(text_of(render("plan", [data], tmp_path / "p.pdf", Ctx())).split())
    assert "Sprechstunde <mehrsprachig> & offen" in text and "1.200,00" in text
    assert "Zeitplan" in text and "Laufend: 1" in text
    assert "Kulturverein Brücke" in text and "Erika Mustermann" not in text
    assert "Maßnahmen ohne Hemmnis" in text
    text = " ".join(text_of(render("plan", [data], tmp_path / "q.pdf", Ctx(personal=True))).split())
    assert "Erika Mustermann" in text


def test_events_print_as_protocols_following_the_method(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    data = _data(workspace, municipality)
    text = " ".join(text_of(render("events", [data], tmp_path / "e.pdf", Ctx())).split())
    for expected in ("World Café im Rathaus", "Ziele und Tagesordnung", "Wie erreichen wir Familien?",
                     "Elterncafé in der Kita (9)", "Kulturverein Brücke", "Ablauf",
                     "Runde 1: Was hält euch ab? – Zeit und Sprache"):  # fmt: skip
        assert expected in text, expected
    assert "Max Muster" not in text


def test_dossier_shows_checklist_progress_and_overdue_items(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    data = _data(workspace, municipality)
    text = " ".join(text_of(render("dossier", [data], tmp_path / "d.pdf", Ctx())).split())
    assert "Öffnung: Kulturverein Brücke" in text and "50 %" in text
    assert "Verankerung: Noch keine Entscheidung festgehalten." in text  # the anchoring area is built now
    assert "noch nicht ausgebaut" not in text


def test_consultant_compares_every_municipality(workspace: Workspace, municipality, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from vopi_desktop.reports.run import make
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    workspace.municipalities.create(MunicipalityInput(name="Zweitdorf", kind="gemeinde", state="BY"))
    workspace.barriers.save(municipality.id, BarrierInput(key="B5", relevance=3), None)
    out = make(workspace, "consultant", tmp_path / "c.pdf", None)
    text = " ".join(text_of(out).split())
    assert "Teststadt" in text and "Zweitdorf" in text and "2 Kommunen im Arbeitsbereich" in text
    assert workspace.barriers.get(municipality.id, "B5").title in text  # the top barrier
    assert "Maßnahmen und Checklisten" in text and "noch nicht ausgebaut" not in text
    assert PdfReader(out).metadata.author == "VOPI Desktop"  # not "Alle Kommunen" (review 4, K19)
