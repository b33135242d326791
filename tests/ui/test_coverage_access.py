"""Abdeckung for a screen reader, a colour-blind user and the mouse (review 2, G19): every cell says what it
means in words (tooltip and accessible text), the headers carry the whole measure title, and a measure's
status has a mark of its own (shape, not only colour) that the legend explains."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui.messages import plain_tooltip
from vopi_desktop.ui.pages.coverage.page import MAX_MEASURE_COLUMNS

LONG = "Vereinslotsen-Programm für neue Mitglieder aus zugewanderten Familien"
TIP, SPOKEN = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole


def _matrix(ctx, municipality) -> None:
    ws = ctx.workspace
    b1 = ws.barriers.save(municipality.id, BarrierInput(key="B1", relevance=3), None)
    b8 = ws.barriers.save(municipality.id, BarrierInput(key="B8", relevance=2), None)
    b3 = ws.barriers.save(municipality.id, BarrierInput(key="B3", relevance=2), None)  # an idea only
    for title, status, barriers in (
        (LONG, "running", [b1.id]),
        ("Infoabend", "idea", [b1.id, b3.id]),
        ("Sozialtarif", "planned", [b8.id]),
        ("Schnuppertag", "done", [b1.id]),
    ):
        ws.measures.create(municipality.id, MeasureInput(title=title, status=status, barrier_ids=barriers))


def _cell(page, barrier_key: str, title: str):
    table = page.table
    row = next(
        r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text().startswith(barrier_key)
    )
    column = next(
        c
        for c in range(table.columnCount())
        if table.horizontalHeaderItem(c).toolTip() == plain_tooltip(title)
    )
    return table.item(row, column)


def test_every_cell_says_in_words_which_measure_in_which_status_addresses_which_barrier(
    ctx, municipality, open_window
) -> None:
    _matrix(ctx, municipality)
    page = open_window("coverage").page("coverage")
    b1 = ctx.catalog.barrier("B1").title
    cell = _cell(page, "B1", LONG)
    said = f"{LONG} (Laufend) bearbeitet B1 {b1}"
    assert cell.data(SPOKEN) == said and cell.toolTip() == plain_tooltip(said)
    empty = _cell(page, "B1", "Sozialtarif")
    assert empty.text() == ""
    said = f"Sozialtarif bearbeitet B1 {b1} nicht"
    assert empty.data(SPOKEN) == said and empty.toolTip() == plain_tooltip(said)
    # the whole title in the header's tooltip and accessible name, though the header shows it shortened
    header = page.table.horizontalHeaderItem(page.table.column(cell))
    assert header.text() != LONG and header.toolTip() == plain_tooltip(LONG) and header.data(SPOKEN) == LONG


def test_each_status_has_its_own_mark_which_the_legend_names(ctx, municipality, open_window) -> None:
    _matrix(ctx, municipality)
    page = open_window("coverage").page("coverage")
    marks = {
        status: _cell(page, "B1", title).text()
        for status, title in (
            ("Laufend", LONG),
            ("Idee", "Infoabend"),
            ("Abgeschlossen", "Schnuppertag"),
        )
    }
    marks["Geplant"] = _cell(page, "B8", "Sozialtarif").text()
    assert all(marks.values()) and len(set(marks.values())) == 4, marks  # not told by colour only
    legend = page.legend.accessibleDescription()
    for status, mark in marks.items():
        assert f"{mark} {status}" in legend, (mark, status, legend)
    assert page.legend.isVisible()
    # a row no planned or running measure addresses is red, and says so in words
    uncovered = page.table.verticalHeaderItem(1)
    assert uncovered.text().startswith("B3")
    assert uncovered.data(SPOKEN).endswith(": keine geplante oder laufende Maßnahme")


def test_with_many_measures_the_pillar_counts_are_said_in_words(ctx, municipality, open_window) -> None:
    ws = ctx.workspace
    barrier = ws.barriers.save(municipality.id, BarrierInput(key="B1", relevance=3), None)
    for n in range(MAX_MEASURE_COLUMNS + 1):
        ws.measures.create(
            municipality.id,
            MeasureInput(
                title=f"Maßnahme {n}", status="planned", barrier_ids=[barrier.id], pillars=["encounter"]
            ),
        )
    page = open_window("coverage").page("coverage")
    table = page.table
    pillar = {c: table.horizontalHeaderItem(c).text() for c in range(table.columnCount())}
    encounter = ctx.catalog.pillar("encounter").title
    column = next(c for c, title in pillar.items() if title == encounter)
    b1 = ctx.catalog.barrier("B1").title
    assert table.item(0, column).data(SPOKEN) == (
        f"B1 {b1}: 13 geplante oder laufende Maßnahmen der Säule „{encounter}“"
    )
    other = next(c for c in pillar if c != column)
    assert table.item(0, other).toolTip() == plain_tooltip(
        f"B1 {b1}: keine geplante oder laufende Maßnahme der Säule „{pillar[other]}“"
    )
