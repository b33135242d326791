"""A measure without dates was silently missing from the Zeitplan (review 4, K21 h): a line under the
chart names it ("1 Maßnahme ohne Zeitraum: „Maßnahme ohne Datum“")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace as Row

from vopi_desktop.lang import set_language
from vopi_desktop.reports.kinds import render
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.report_data import ALL_PARTS, gather
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of
from .outreach_pdf import words


def _measure(n: int, title: str, start: date | None, end: date | None) -> Row:
    return Row(id=f"m{n}", title=title, goal="", status="running", start_on=start, end_on=end,
               responsible_actor_id=None, responsible_person="", pillars=[], barrier_ids=[],
               budget_planned=None)  # fmt: skip


def _plan(ws: Workspace, municipality, out: Path, undated: int) -> Path:
    data = gather(ws, municipality.id, ALL_PARTS)
    measures = [_measure(1, "Sprechstunde", date(2026, 3, 1), date(2026, 9, 30))]
    measures += [_measure(n + 2, f"Maßnahme ohne Datum {n + 1}", None, None) for n in range(undated)]
    return render("dossier", [replace(data, measures=tuple(measures))], out, Ctx(today=date(2026, 6, 1)))


def test_an_undated_measure_is_named_under_the_timeline(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    pdf = _plan(workspace, municipality, tmp_path / "one.pdf", 1)
    text = " ".join(text_of(pdf).split())
    line = "1 Maßnahme ohne Zeitraum: „Maßnahme ohne Datum 1“"
    assert line in text
    assert text.index("Zeitplan") < text.index(line) < text.index("Maßnahmen im Einzelnen")
    found = words(pdf)
    legend = next(w for w in found if w.text == "Laufend" and w.page == next(
        x.page for x in found if x.text == "Zeitplan"))  # fmt: skip
    said = next(w for w in found if w.text == "Zeitraum:")
    assert (said.page, said.y0) > (legend.page, legend.y0)  # under the chart

    pdf = _plan(workspace, municipality, tmp_path / "two.pdf", 2)
    text = " ".join(text_of(pdf).split())
    assert "2 Maßnahmen ohne Zeitraum: „Maßnahme ohne Datum 1“, „Maßnahme ohne Datum 2“" in text

    set_language("en")
    try:
        pdf = _plan(workspace, municipality, tmp_path / "en.pdf", 1)
    finally:
        set_language("de")
    assert "1 measure without a period: “Maßnahme ohne Datum 1”" in " ".join(text_of(pdf).split())
