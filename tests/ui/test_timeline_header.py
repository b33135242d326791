"""The Zeitplan's month header names the year of the months in view, shows no month label cut at the
left edge, speaks the UI language, and a legend explains bars, step ticks and diamonds (review F19).
The year was printed only at January and at the first month of the chart, both usually scrolled off."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput, StepInput
from vopi_desktop.ui.main_window import MainWindow

GERMAN_ONLY = {"Mär", "Mai", "Okt", "Dez"}
ENGLISH = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


@pytest.fixture
def records(ctx, municipality):
    today = date.today()
    ctx.workspace.measures.create(
        municipality.id,
        MeasureInput(
            title="Lotsenprogramm",
            status="running",
            start_on=today - timedelta(days=420),
            end_on=today + timedelta(days=240),
            steps=[StepInput("Schulung", due_on=today - timedelta(days=30))],
        ),
    )
    ctx.workspace.events.create(
        municipality.id, EventInput(kind="world_cafe", title="Café", held_on=today - timedelta(days=60))
    )


def _page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.show_area("timeline")
    ctx.tasks.settle()
    return window.page("timeline")


def _header(page) -> list[QGraphicsSimpleTextItem]:
    """The month labels drawn in view on the top row, left to right."""
    left, right = page.view.mapToScene(0, 0).x(), page.view.mapToScene(page.view.viewport().width(), 0).x()
    found = [
        item
        for item in page.scene.items()
        if isinstance(item, QGraphicsSimpleTextItem)
        and item.isVisible()
        and item.sceneBoundingRect().top() < 10
        and item.sceneBoundingRect().right() > left
        and item.sceneBoundingRect().left() < right
    ]
    return sorted(found, key=lambda item: item.sceneBoundingRect().left())


def _months_in_view(page) -> list[date]:
    scene, view = page.scene, page.view
    left, right = view.mapToScene(0, 0).x(), view.mapToScene(view.viewport().width(), 0).x()
    first = scene.start + timedelta(days=max(0, int(left / scene.per_day)))
    last = scene.start + timedelta(days=int(right / scene.per_day))
    months, day = [], date(first.year, first.month, 1)
    while day <= last:
        months.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return months


@pytest.mark.parametrize("zoom", ["year", "quarter", "month"])
def test_the_header_names_the_year_of_every_month_in_view_and_cuts_no_label(
    qtbot, ctx, records, zoom: str
) -> None:
    page = _page(qtbot, ctx)
    page.zoom.setCurrentIndex(page.zoom.findData(zoom))
    bar = page.view.horizontalScrollBar()
    for value in (bar.value(), bar.minimum(), (bar.minimum() + bar.maximum()) // 2, bar.maximum()):
        bar.setValue(value)
        labels = _header(page)
        text = " ".join(label.text() for label in labels)
        years = {m.year for m in _months_in_view(page)}
        assert years and all(str(year) in text for year in years), (zoom, value, text, years)
        edge = page.view.mapToScene(0, 0).x()
        assert all(label.sceneBoundingRect().left() >= edge for label in labels), (zoom, value, text)
        boxes = [label.sceneBoundingRect() for label in labels]
        assert all(a.right() <= b.left() for a, b in pairwise(boxes)), text  # no overlap


def test_month_names_follow_the_language(qtbot, ctx, records) -> None:
    ctx.lang = "en"
    page = _page(qtbot, ctx)
    page.zoom.setCurrentIndex(page.zoom.findData("month"))
    names = {
        item.text().split()[0]
        for item in page.scene.items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.sceneBoundingRect().top() < 10
    }
    assert len(names) == 12 and names <= ENGLISH and not names & GERMAN_ONLY, names


def test_a_legend_explains_colours_ticks_and_diamonds(qtbot, ctx, records) -> None:
    page = _page(qtbot, ctx)
    legend = page.legend
    assert legend.isVisible()
    text = legend.accessibleDescription()
    for words in ("Geplant", "Laufend", "Abgeschlossen", "Schritt", "Veranstaltung", "Heute"):
        assert words in text, words
    assert legend.geometry().right() <= page.width()  # whole at 1024×600
