"""Abdeckung says what counts and what its marks mean in both of its forms (review F19): the summary
counts the barriers without a *planned or running* measure (a completed one does not carry a barrier,
the header said "ohne Maßnahme" all the same), the dots' colours are the statuses, and with many
measures (barriers × pillars) the legend explains the numbers instead of the dots."""

from __future__ import annotations

from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.coverage.page import MAX_MEASURE_COLUMNS


def _page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.show_area("coverage")
    ctx.tasks.settle()
    return window.page("coverage")


def test_a_barrier_with_only_a_completed_measure_is_counted_as_without_a_planned_or_running_one(
    qtbot, ctx, municipality
) -> None:
    ws = ctx.workspace
    barrier = ws.barriers.save(municipality.id, BarrierInput(key="B8", relevance=3), None)
    ws.measures.create(
        municipality.id, MeasureInput(title="Sozialtarif", status="done", barrier_ids=[barrier.id])
    )
    page = _page(qtbot, ctx)
    first = page.summary.text().splitlines()[0]
    assert first.startswith("1 wichtiges Hemmnis ohne geplante oder laufende Maßnahme:"), first
    legend = page.legend.accessibleDescription()
    for words in ("Idee", "Geplant", "Laufend", "Abgeschlossen", "rote Zeile"):
        assert words in legend, words
    assert page.table.item(0, 0).text() == "✓"  # a completed measure's mark (G19)


def test_with_many_measures_the_legend_explains_the_numbers(qtbot, ctx, municipality) -> None:
    ws = ctx.workspace
    barrier = ws.barriers.save(municipality.id, BarrierInput(key="B1", relevance=3), None)
    for n in range(MAX_MEASURE_COLUMNS + 1):
        ws.measures.create(
            municipality.id,
            MeasureInput(
                title=f"Maßnahme {n}", status="planned", barrier_ids=[barrier.id], pillars=["encounter"]
            ),
        )
    page = _page(qtbot, ctx)
    assert page.table.columnCount() == len(ctx.catalog.pillars)  # the pillars, with counts
    legend = page.legend.accessibleDescription()
    assert "●" not in page.legend.text() and "Zahl" in legend and "geplante oder laufende" in legend, legend
    assert page.legend.isVisible() and page.legend.geometry().right() <= page.width()
