"""What the measures plan says to the council (review 4): made from a real SQLite workspace filled by the
store's services or the small demo, read back with pypdf."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from vopi_desktop.config import load_config
from vopi_desktop.lang import set_language
from vopi_desktop.reports.kinds import KINDS, render
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.dto.barriers import BarrierInput, TargetGroupInput
from vopi_desktop.store.dto.measures import MeasureInput, StepInput
from vopi_desktop.store.report_data import gather
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of

ALL_COVERED_DE = "Jedes Hemmnis mit Relevanz 2–3 hat eine geplante oder laufende Maßnahme"
ALL_COVERED_EN = "Every barrier rated 2–3 has a planned or running measure"


def _text(ws: Workspace, town_id: str, kind: str, out: Path, lang: str = "de") -> str:
    set_language(lang)
    try:
        data = gather(ws, town_id, KINDS[kind].parts)
        return " ".join(text_of(render(kind, [data], out, Ctx())).split())
    finally:
        set_language("de")


def _measures(ws: Workspace, town_id: str, barrier_ids: tuple[str, ...] = ()) -> None:
    ws.measures.create(town_id, MeasureInput(title="Maßnahme ohne Datum", status="running"))
    ws.measures.create(
        town_id,
        MeasureInput(title="Infoabend", status="planned", start_on=date(2027, 1, 1), end_on=date(2027, 2, 1),
                     barrier_ids=barrier_ids),
    )  # fmt: skip


def test_no_barrier_rated_is_not_all_covered(workspace: Workspace, municipality, tmp_path: Path) -> None:
    """K24: a town with measures and no rating is not told that every important barrier is covered."""
    _measures(workspace, municipality.id)
    for kind in ("plan", "dossier"):
        text = _text(workspace, municipality.id, kind, tmp_path / f"{kind}.pdf")
        assert ALL_COVERED_DE not in text, kind
        assert "Noch kein Hemmnis mit Relevanz 2–3 bewertet" in text, kind
    text = _text(workspace, municipality.id, "plan", tmp_path / "en.pdf", "en")
    assert ALL_COVERED_EN not in text
    assert "No barrier rated 2–3 yet" in text


def test_only_low_ratings_say_so(workspace: Workspace, municipality, tmp_path: Path) -> None:
    workspace.barriers.save(municipality.id, BarrierInput(key="B1", relevance=1), None)
    _measures(workspace, municipality.id)
    text = _text(workspace, municipality.id, "plan", tmp_path / "p.pdf")
    assert ALL_COVERED_DE not in text
    assert "Kein Hemmnis ist mit Relevanz 2–3 bewertet" in text


def test_all_covered_only_when_a_rated_barrier_is_covered(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    rated = workspace.barriers.save(municipality.id, BarrierInput(key="B1", relevance=3), None)
    _measures(workspace, municipality.id, (rated.id,))
    text = _text(workspace, municipality.id, "plan", tmp_path / "p.pdf")
    assert ALL_COVERED_DE in text
    text = _text(workspace, municipality.id, "plan", tmp_path / "en.pdf", "en")
    assert ALL_COVERED_EN in text


def _demo_text(make_pdf: Callable[..., Path], *args: str) -> str:
    return " ".join(text_of(make_pdf(*args)).split())


def test_the_plan_says_per_measure_what_for_whom_and_how_success_shows(make_pdf: Callable[..., Path]) -> None:
    """K27: barriers addressed, target groups, channels, indicator, result and steps of every measure."""
    text = _demo_text(make_pdf, "plan")
    for expected in (
        "Sozialtarif und Leihausrüstung im TSV",
        "Hemmnisse B8 Kosten und Vorkasse",
        "Zielgruppen Geflüchtete; Junge Menschen (14–27)",
        "Wege Presse und Amtsblatt; Website",
        "Erfolgsindikator Beschluss der Mitgliederversammlung",
        "Ergebnis Sozialtarif beschlossen",
        "1. Antrag an die Mitgliederversammlung (erledigt, bis",
        "Ansatz O12 Kosten senken",
    ):
        assert expected in text, expected
    dossier = _demo_text(make_pdf, "dossier")  # the dossier keeps its one summary table
    assert "Erfolgsindikator" not in dossier and "Sozialtarif und Leihausrüstung im TSV" in dossier


def test_the_plan_in_english_names_the_same(workspace: Workspace, municipality, tmp_path: Path) -> None:
    ws = workspace
    rated = ws.barriers.save(municipality.id, BarrierInput(key="B8", relevance=3), None)
    group = ws.target_groups.create(municipality.id, TargetGroupInput(name="Young people"))
    ws.measures.create(
        municipality.id,
        MeasureInput(title="Social fee", status="running", barrier_ids=(rated.id,), target_group_ids=(group.id,),
                     channels=("personal",), languages=("tr",), success_indicator="20 children more",
                     result="Half way", budget_planned=800, budget_spent=780, responsible_person="Erika Muster",
                     steps=(StepInput(what="Ask the board", who="Erika Muster", due_on=date(2027, 1, 10),
                                      done=True),)),
    )  # fmt: skip
    text = _text(ws, municipality.id, "plan", tmp_path / "en.pdf", "en")
    for expected in ("Barriers B8 ", "Target groups Young people", "Channels Personal conversation",
                     "Languages Turkish", "Success indicator 20 children more", "Result Half way",
                     "Budget planned 800.00 € · spent 780.00 €", "Steps 1. Ask the board (done, due 2027-01-10)"):  # fmt: skip
        assert expected in text, expected
    assert "Erika Muster" not in text  # the step's owner is a person: printed only when asked


def test_one_heading_written_out_budget_and_ideas_not_counted_as_planned(
    make_pdf: Callable[..., Path], demo_dir: Path
) -> None:
    """K20: no second "Maßnahmenplan" under the title; "ausgegeben" written out; an idea's sum is not
    "Budget geplant"."""
    first = " ".join((PdfReader(make_pdf("plan")).pages[0].extract_text() or "").split())
    assert first.count("Maßnahmenplan") == 2  # the running header and the title
    ws = Workspace.open(load_config(demo_dir, None))
    try:
        items = ws.measures.list(ws.municipalities.list()[0].id)
    finally:
        ws.close()
    live = [m for m in items if m.status not in ("idea", "cancelled")]
    ideas = sum(m.budget_planned or 0 for m in items if m.status == "idea")
    assert ideas > 0  # the demo holds an idea with a sum
    de = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")  # noqa: E731
    for kind in ("plan", "dossier"):
        text = _demo_text(make_pdf, kind)
        assert "ausg. " not in text, kind
        assert f"Budget geplant: {de(sum(m.budget_planned or 0 for m in live))} €" in text, kind
        assert "(ohne Ideen und abgebrochene Maßnahmen)" in text, kind
        assert f"Dazu Ideen, noch nicht geplant: {de(ideas)} €." in text, kind
    assert "ausgegeben 780,00" in _demo_text(make_pdf, "dossier")


def test_no_command_line_flag_in_council_documents(make_pdf: Callable[..., Path]) -> None:
    """K4: the note on left-out names speaks to the reader, not to the clerk at the command line."""
    for kind in ("plan", "dossier", "events"):
        text = _demo_text(make_pdf, kind)
        assert "Namen von Personen sind nicht gedruckt (personenbezogene Daten)." in text, kind
        assert "--with" not in text and "Häkchen" not in text, kind


def test_a_pillar_with_only_an_idea_says_so(make_pdf: Callable[..., Path]) -> None:
    """K5: "Säulen ohne Maßnahme: Vielfalt" under a table listing a Vielfalt measure (an idea) read as a
    contradiction."""
    for kind in ("plan", "dossier"):
        text = _demo_text(make_pdf, kind)
        assert "Säulen ohne Maßnahme" not in text, kind
        assert (
            "Säulen ohne geplante, laufende oder abgeschlossene Maßnahme: Vielfalt "
            "(nur als Idee: Ehrung für alle Engagierten)" in text
        ), kind


def test_a_measure_longer_than_a_page_runs_on_under_its_heading(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    """A block kept together but taller than a page left "Maßnahmen im Einzelnen" alone on a page."""
    workspace.measures.create(
        municipality.id,
        MeasureInput(title="Lang", goal=("Ein sehr langes Ziel & <b>fett</b>. " * 140)[:4990],
                     result=("Ergebnis " * 300)[:2000], steps=[StepInput(what=f"Schritt {n}") for n in range(25)]),
    )  # fmt: skip
    _text(workspace, municipality.id, "plan", tmp_path / "p.pdf")
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "p.pdf").pages]
    (page,) = [p for p in pages if "Maßnahmen im Einzelnen" in p]
    assert "Ziel: Ein sehr langes Ziel & <b>fett</b>." in page
