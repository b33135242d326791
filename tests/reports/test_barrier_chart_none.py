"""A barrier rated "Keine" gets no bar in the chart but the word at the axis: a 1.5-point sliver read
as "almost nothing" or a glitch (review 4, K10)."""

from __future__ import annotations

from tests.reports.layout_pdf import runs

NONE_RATED = "Unsichere Bleibeperspektive"  # rated 0 in the small demo


def test_a_barrier_rated_none_says_so_in_its_chart_row(make_pdf) -> None:
    found = [r for r in runs(make_pdf("dossier")) if r.page == 1]
    row = next(r for r in found if r.text == NONE_RATED and r.size == 8.0)  # the chart's label
    beside = [r.text for r in found if abs(r.y - row.y) < 1 and r is not row]
    assert beside == ["Keine"]


def test_the_chart_draws_no_bar_for_none() -> None:
    from reportlab.graphics.shapes import Rect

    from vopi_desktop.reports.charts import barrier_bars

    chart = barrier_bars([("Hoch bewertet", 3), ("Nicht relevant", 0)], scale_labels=("Keine", "1", "2", "3"))
    bars = [s for s in chart.contents if isinstance(s, Rect)]
    assert len(bars) == 1
