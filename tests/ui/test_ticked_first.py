"""A tick list shows its ticked entries first (review): in a Landkreis with 1,261 actors the three
organisations an event had were somewhere down the list. Ticked first in their usual order, then the
rest; the list is sorted so when it is filled for a record and when the search changes, never while one
ticks (the row under the mouse stays where it is). Driven with clicks, Space and typed search."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QStyle

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui.widgets.checklist import CheckList

# ``actors``: the sixteen organisations of tests/ui/conftest.py, their ids by name; in the directory's
# order (umlauts with their base letter: Königsbrücker before Kulturverein):
USUAL = [
    "Caritas Fachdienst Migration",
    "Integrationsbeirat Teststadt",
    "Königsbrücker Tafel",
    "Kulturverein Königsbrück",
    *(f"Verein {n:02d}" for n in range(1, 13)),
]


def _rows(ticks: CheckList) -> list[str]:
    """The entries as the list shows them, top to bottom (hidden ones left out)."""
    return [ticks.item(i).text() for i in range(ticks.count()) if not ticks.isRowHidden(i)]


def _click_box(qtbot, ticks: CheckList, name: str) -> int:
    """Click the tick box of ``name``'s row as the mouse would; returns the row."""
    row = _rows(ticks).index(name)
    item = next(ticks.item(i) for i in range(ticks.count()) if ticks.item(i).text() == name)
    ticks.scrollToItem(item)
    rect = ticks.visualItemRect(item)
    style = ticks.style()
    x = rect.left() + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    x += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2
    qtbot.mouseClick(ticks.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))
    return row


def test_ticked_organisations_first_and_nothing_jumps_while_ticking(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    ws = ctx.workspace
    ticked = ("Verein 11", "Kulturverein Königsbrück")
    event = ws.events.create(
        municipality.id,
        EventInput(
            kind="round_table", title="Runder Tisch", organisation_ids=tuple(actors[n] for n in ticked)
        ),
    )
    window = open_window("events")
    page = window.page("events")
    ticks = page.form.organisations
    # filled for the event: its two organisations on top, in the directory's order, then the rest
    rest = [n for n in USUAL if n not in ticked]
    assert _rows(ticks) == ["Kulturverein Königsbrück", "Verein 11", *rest]
    assert ticks.item(0).checkState() == Qt.CheckState.Checked
    assert ticks.item(2).checkState() == Qt.CheckState.Unchecked

    # ticking and unticking with the mouse moves no row: the one under the mouse stays put
    before = _rows(ticks)
    assert _click_box(qtbot, ticks, "Verein 03") == before.index("Verein 03")
    assert ticks.item(before.index("Verein 03")).checkState() == Qt.CheckState.Checked
    assert _click_box(qtbot, ticks, "Verein 11") == 1
    assert ticks.item(1).checkState() == Qt.CheckState.Unchecked
    assert _rows(ticks) == before
    # read back in the usual order, whatever the rows' order
    assert ticks.checked() == (actors["Kulturverein Königsbrück"], actors["Verein 03"])
    assert page.form.is_dirty()

    # a new search sorts again: ticked first among what is found
    qtbot.keyClicks(ticks.search, "verein")
    found = [n for n in USUAL if "verein" in n.lower()]
    assert _rows(ticks) == ["Kulturverein Königsbrück", "Verein 03"] + [
        n for n in found if n not in ("Kulturverein Königsbrück", "Verein 03")
    ]

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert set(ws.events.get(event.id).organisation_ids) == {
        actors["Kulturverein Königsbrück"],
        actors["Verein 03"],
    }


def test_another_record_brings_its_own_ticks_to_the_top(
    qtbot, ctx, municipality, actors, open_window
) -> None:
    ws = ctx.workspace
    first = ws.measures.create(
        municipality.id,
        MeasureInput(
            title="Antragswerkstatt",
            partner_ids=(actors["Verein 12"], actors["Caritas Fachdienst Migration"]),
        ),
    )
    second = ws.measures.create(
        municipality.id, MeasureInput(title="Sozialtarif", partner_ids=(actors["Verein 05"],))
    )
    window = open_window("measures")
    page = window.page("measures")
    partners = page.form.partners
    page.select(first.id)
    ctx.tasks.settle()
    assert _rows(partners)[:3] == [
        "Caritas Fachdienst Migration",
        "Verein 12",
        "Integrationsbeirat Teststadt",
    ]
    # the other measure, chosen in the list: its partner on top, Verein 12 back in its place
    model = page.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Sozialtarif")
    rect = page.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ctx.tasks.settle()
    assert page.form.row.id == second.id
    assert _rows(partners) == ["Verein 05", *[n for n in USUAL if n != "Verein 05"]]
    assert partners.checked() == (actors["Verein 05"],) and not page.form.is_dirty()
