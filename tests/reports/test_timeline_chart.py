"""The plan's Zeitplan (review 4, K21 c): the month grid stops above the legend row, month labels of a
long plan are thinned so they never run into each other, and a "heute" line marks the document's day."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace as Row

from pypdf import PdfReader
from pypdf.generic import ContentStream

from vopi_desktop.lang import set_language
from vopi_desktop.reports.kinds import render
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.report_data import ALL_PARTS, gather
from vopi_desktop.store.workspace import Workspace

from .outreach_pdf import Word, words

MONTH = re.compile(r"^\d\d/\d\d$")
TODAY = date(2026, 12, 6)


def _measure(n: int, start: date, end: date, status: str) -> Row:
    return Row(id=f"m{n}", title=f"Maßnahme {n}", goal="", status=status, start_on=start, end_on=end,
               responsible_actor_id=None, responsible_person="", pillars=[], barrier_ids=[],
               budget_planned=None)  # fmt: skip


def _plan(ws: Workspace, municipality, tmp: Path, today: date, name: str = "p.pdf") -> Path:
    """A plan over 17 months (the large demo's GVV dossier has 18)."""
    data = gather(ws, municipality.id, ALL_PARTS)
    measures = (
        _measure(1, date(2026, 1, 10), date(2026, 3, 31), "done"),
        _measure(2, date(2026, 2, 1), date(2027, 5, 31), "running"),
        _measure(3, date(2027, 1, 1), date(2027, 5, 15), "planned"),
        _measure(4, date(2027, 3, 1), date(2027, 5, 15), "idea"),
    )
    return render("plan", [replace(data, measures=measures)], tmp / name, Ctx(today=today))


def _vertical_lines(pdf: Path, page: int) -> list[tuple[float, float, float]]:
    """Every vertical line stroked on the page as (x, y low, y high), in page points from below."""
    reader = PdfReader(pdf)
    ops = ContentStream(reader.pages[page - 1].get_contents(), reader).operations
    stack, cm = [], (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    out, path = [], []
    for operands, op in ops:
        op = op.decode() if isinstance(op, bytes) else op
        if op == "q":
            stack.append(cm)
        elif op == "Q":
            cm = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            A, B, C, D, E, F = cm
            cm = (
                a * A + b * C,
                a * B + b * D,
                c * A + d * C,
                c * B + d * D,
                e * A + f * C + E,
                e * B + f * D + F,
            )
        elif op in ("m", "l"):
            x, y = (float(v) for v in operands)
            path.append((cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]))
        elif op in ("S", "s", "B", "b", "f", "n", "re"):
            if op == "S":
                for (x1, y1), (x2, y2) in itertools.pairwise(path):
                    if abs(x1 - x2) < 0.01 and abs(y1 - y2) > 1:
                        out.append((round(x1, 2), min(y1, y2), max(y1, y2)))
            path = []
    return out


def _chart_page(found: list[Word]) -> int:
    return next(w.page for w in found if w.text in ("Zeitplan", "Timeline"))


def test_grid_above_the_legend_labels_apart_and_a_today_line(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    pdf = _plan(workspace, municipality, tmp_path, TODAY)
    found = words(pdf)
    page = _chart_page(found)
    on_page = [w for w in found if w.page == page]
    assert not [w.text for w in on_page if re.match(r"^\d\d/\d\d\d", w.text)]  # run together
    months = sorted((w for w in on_page if MONTH.match(w.text)), key=lambda w: w.x0)
    assert len(months) >= 5, [w.text for w in months]
    for left, right in itertools.pairwise(months):
        assert left.x1 + 2 <= right.x0, (left.text, right.text)  # "02/2703/27" ran together
    assert months[0].text == "01/26"
    legend = [w for w in on_page if w.text in ("Idee", "Geplant", "Laufend", "Abgeschlossen")]
    assert len(legend) >= 3
    height = legend[0].page_height
    low = min(height - w.y0 for w in legend) - 10  # the legend row's band, from its words' tops down
    high = max(height - w.y0 for w in legend) + 1
    lines = _vertical_lines(pdf, page)
    grid = [ln for ln in lines if ln[2] > high + 20]  # the chart's verticals (month lines, today)
    assert len(grid) >= 10
    assert not [ln for ln in grid if ln[1] < high and ln[2] > low], "a grid line crosses the legend"
    assert [w for w in on_page if w.text == "heute"], "no today marker"

    elsewhere = _plan(workspace, municipality, tmp_path, date(2030, 1, 1), "later.pdf")
    assert not [w for w in words(elsewhere) if w.text == "heute"]  # today outside the plan: no marker


def test_the_today_marker_speaks_english(workspace: Workspace, municipality, tmp_path: Path) -> None:
    set_language("en")
    try:
        pdf = _plan(workspace, municipality, tmp_path, TODAY, "en.pdf")
    finally:
        set_language("de")
    found = words(pdf)
    page = _chart_page(found)
    assert [w for w in found if w.page == page and w.text == "today"]
