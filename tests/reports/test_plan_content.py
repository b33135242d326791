"""What the measures plan says to the council (review 4): made from a real SQLite workspace filled by the
store's services or the small demo, read back with pypdf."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from vopi_desktop.lang import set_language
from vopi_desktop.reports.kinds import KINDS, render
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
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
