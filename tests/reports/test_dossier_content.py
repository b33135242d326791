"""What the dossier and the checklist documents say (review 4): made from a real SQLite workspace filled
by the store's services or the small demo, read back with pypdf."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from vopi_desktop.catalog import load_catalog
from vopi_desktop.config import load_config
from vopi_desktop.lang import set_language
from vopi_desktop.reports.kinds import KINDS, render
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.dto.barriers import BarrierInput, TargetGroupInput
from vopi_desktop.store.report_data import gather
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of


def _pages(ws: Workspace, town_id: str, kind: str, out: Path, lang: str = "de") -> list[str]:
    set_language(lang)
    try:
        data = gather(ws, town_id, KINDS[kind].parts)
        pdf = render(kind, [data], out, Ctx())
    finally:
        set_language("de")
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]


def test_list_and_chart_rank_tied_barriers_alike(workspace: Workspace, municipality, tmp_path: Path) -> None:
    """K9: the top list put the barrier touching more target groups first, the chart below it the
    catalogue's first."""
    ws = workspace
    groups = [
        ws.target_groups.create(municipality.id, TargetGroupInput(name=n)).id for n in ("Junge", "Ältere")
    ]
    ws.barriers.save(municipality.id, BarrierInput(key="B1", relevance=3), None)
    ws.barriers.save(municipality.id, BarrierInput(key="B5", relevance=3, target_group_ids=groups), None)
    first, later = load_catalog("de").barrier("B1").title, load_catalog("de").barrier("B5").title
    for kind in ("dossier", "analysis"):
        text = " ".join(_pages(ws, municipality.id, kind, tmp_path / f"{kind}.pdf"))
        assert f"1. {later} 2. {first}" in text, kind
        chart = text[text.index("Relevanz der bewerteten Hemmnisse") :]
        assert chart.index(later) < chart.index(first), kind


def test_an_empty_town_s_dossier_runs_on_without_a_forced_page(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    """K14: the page break meant for after the network map left page 1 two-thirds white when there is no
    map; "0 von 27 … bewertet." was followed by "Noch keine Hemmnisse bewertet."."""
    pages = _pages(workspace, municipality.id, "dossier", tmp_path / "d.pdf")
    assert "Akteure und Netzwerk" in pages[0] and "Säulen des Zusammenlebens" in pages[0]
    text = " ".join(pages)
    assert "Noch keine Hemmnisse bewertet (27 im Katalog)." in text and "0 von 27" not in text
    english = " ".join(_pages(workspace, municipality.id, "dossier", tmp_path / "en.pdf", "en"))
    assert "No barriers assessed yet (27 in the catalogue)." in english


def test_the_dossier_names_the_target_groups_in_one_line(make_pdf: Callable[..., Path]) -> None:
    """K31: the dossier ("alles zur Kommune") left out whom the town wants to reach."""
    text = " ".join(text_of(make_pdf("dossier")).split())
    assert (
        "Zielgruppen (5): Ältere Migrantinnen und Migranten; Frauen mit Migrationsgeschichte; Geflüchtete; "
        "Junge Menschen (14–27); Türkeistämmige Community" in text
    )


def test_the_dossier_says_how_many_clubs_have_begun_and_what_was_recommended(
    make_pdf: Callable[..., Path],
) -> None:
    """K18: "3 von 11 begonnen" (the Öffnung page) was missing on paper, and the decision stood without
    the recommendation for the town's kind and size and whether it was followed."""
    text = " ".join(text_of(make_pdf("dossier")).split())
    assert "Interkulturelle Öffnung: 3 von 11 Vereinen haben die Checkliste begonnen." in text
    assert (
        "Empfehlung: Stadt mit 28.400 Einwohner:innen – empfohlen: Stabsstelle Bürgerschaftliches "
        "Engagement an der Verwaltungsspitze (der Empfehlung gefolgt)" in text
    )


def test_demo_checklist_notes_fit_their_items_state(demo_dir: Path) -> None:
    """K18: "Rat hat … beschlossen" In Arbeit with the note "Gemeinderatsbeschluss vom …", a club's
    "Vielfalt in Satzung aufnehmen" In Arbeit with "Vielfalt steht seit 2025 in der Satzung"."""
    ws = Workspace.open(load_config(demo_dir, None))
    try:
        town = ws.municipalities.list()[0]
        lists = [ws.checklists.for_municipality(town.id)]
        lists += [ws.checklists.for_actor(r.actor_id) for r in ws.checklists.overview(town.id) if r.started]
    finally:
        ws.close()
    said = [(i.key, i.status, i.note) for c in lists if c for i in c.items if i.note]
    assert said  # the hand-written town has notes
    for key, status, note in said:
        if "steht seit" in note or note.startswith("Gemeinderatsbeschluss vom"):
            assert status == "done", (key, status, note)
        assert status != "not_relevant", (key, note)


def test_the_checklist_documents_carry_the_decision_and_the_clubs_count(
    make_pdf: Callable[..., Path],
) -> None:
    """K18: the anchoring checklist for the council without a word of the decision; the opening document
    showed the begun clubs only."""
    first = " ".join((PdfReader(make_pdf("anchoring-checklist")).pages[0].extract_text() or "").split())
    assert "Entscheidung zur Verankerung" in first and "Entschieden am: " in first
    assert "empfohlen: Stabsstelle Bürgerschaftliches Engagement" in first
    blank = " ".join(text_of(make_pdf("anchoring-checklist", "--blank")).split())
    assert "Entscheidung zur Verankerung" not in blank  # the paper workshop's sheet stays blank
    opening = " ".join(text_of(make_pdf("opening-checklist")).split())
    assert "Interkulturelle Öffnung: 3 von 11 Vereinen haben die Checkliste begonnen." in opening


def test_a_flyer_without_offers_is_not_made_silently(
    config, workspace: Workspace, municipality, tmp_path: Path, capsys
) -> None:
    """K14: residents' material that offers nothing was made without a word to the clerk."""
    from vopi_desktop.cli import main

    workspace.close()
    out = tmp_path / "o.pdf"
    assert main(["--data-dir", str(config.data_dir), "report", "outreach", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert out.exists()
    assert "Keine offenen Angebote – das Blatt enthält nur die Erklärtexte." in said


def test_the_dossier_says_in_one_line_what_residents_are_offered(
    make_pdf: Callable[..., Path], demo_dir: Path
) -> None:
    """K31: the dossier ("alles zur Kommune") said nothing of the Mitmachen offers; counted as the flyer
    counts them (open, current, of an actor not in the trash)."""
    ws = Workspace.open(load_config(demo_dir, None))
    try:
        material = ws.outreach.material(ws.municipalities.list()[0].id)
    finally:
        ws.close()
    printed = len(material.opportunities)
    expired = sum(1 for x in material.left_out if x.reason == "expired")
    assert printed and expired  # the demo holds both
    text = " ".join(text_of(make_pdf("dossier")).split())
    assert (
        f"Mitmachen: {printed} offene Angebote für Einwohner:innen ({expired} abgelaufen, nicht mehr gedruckt)."
        in text
    )
