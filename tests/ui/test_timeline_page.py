"""The timeline: bars, ticks and diamonds for the records, filters, zoom, keyboard walk, Enter opens."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import Qt

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput, StepInput
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.timeline.page import TimelinePage
from vopi_desktop.ui.pages.timeline.scene import Item


def _open(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("timeline")
    page = window.page("timeline")
    ctx.tasks.settle()
    return window, page


def test_empty_timeline_says_what_to_do(qtbot, ctx, municipality) -> None:
    _window, page = _open(qtbot, ctx)
    assert page.empty_state.isVisible() and "Datum" in page.empty_state.title.text()


def test_items_filters_keyboard_and_enter_opens_the_measure(qtbot, ctx, municipality) -> None:
    ws = ctx.workspace
    first = ws.measures.create(
        municipality.id,
        MeasureInput(
            title="Lotsen",
            pillars=["encounter"],
            start_on=date(2026, 2, 1),
            end_on=date(2026, 12, 31),
            steps=[StepInput("Schulung", due_on=date(2026, 4, 1))],
        ),
    )
    ws.measures.create(
        municipality.id, MeasureInput(title="Broschüre", pillars=["participation"], start_on=date(2026, 3, 1))
    )
    ws.events.create(municipality.id, EventInput(kind="world_cafe", title="Café", held_on=date(2026, 1, 20)))
    window, page = _open(qtbot, ctx)
    assert isinstance(page, TimelinePage)
    keys = [item.data(Item.KEY)[0] for item in page.scene.items_in_order]
    assert keys == ["events", "measures", "measures"]
    page.pillar.setCurrentIndex(page.pillar.findData("encounter"))
    assert [i.data(Item.KEY)[1] for i in page.scene.items_in_order[1:]] == [first.id]
    page.zoom.setCurrentIndex(page.zoom.findData("month"))
    wide = page.scene.sceneRect().width()
    page.zoom.setCurrentIndex(page.zoom.findData("year"))
    assert page.scene.sceneRect().width() < wide
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.scene.selectedItems()[0].data(Item.KEY) == ("measures", first.id)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    ctx.tasks.settle()
    measures = window.page("measures")
    assert window.current_page() is measures
    assert measures.form.row is not None and measures.form.row.id == first.id


def test_redraw_of_many_measures_stays_quick(qtbot, ctx, municipality) -> None:
    ws = ctx.workspace
    for n in range(40):
        ws.measures.create(
            municipality.id,
            MeasureInput(
                title=f"Maßnahme {n}",
                start_on=date(2026, 1 + n % 12, 1),
                end_on=date(2026, 12, 31),
                steps=[StepInput(f"Schritt {k}", due_on=date(2026, 1 + k, 15)) for k in range(4)],
            ),
        )
    _window, page = _open(qtbot, ctx)
    started = time.perf_counter()
    page.zoom.setCurrentIndex(page.zoom.findData("month"))
    assert time.perf_counter() - started < 0.1
