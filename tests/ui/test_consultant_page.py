"""The consultant page: every municipality in the table, sortable by value, the chart follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vopi_desktop.app import install_translators
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.messages import plain_tooltip
from vopi_desktop.ui.pages.consultant.model import BARRIERS, NAME
from vopi_desktop.ui.pages.consultant.page import ConsultantPage
from vopi_desktop.ui.tasks import SyncTaskRunner


def _page(qtbot, ctx) -> ConsultantPage:
    page = ConsultantPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(None)
    page.show()
    ctx.tasks.settle()
    return page


def _column(page: ConsultantPage, column: int) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def test_all_municipalities_sorted_by_a_header_click(qtbot, ctx, workspace) -> None:
    fill_demo(workspace, "small")
    workspace.municipalities.create(MunicipalityInput(name="Ölbronn", kind="gemeinde", state="BW"))
    workspace.municipalities.create(MunicipalityInput(name="Zell", kind="gemeinde", state="BW"))
    page = _page(qtbot, ctx)
    assert _column(page, NAME) == [
        "Musterstadt am Neckar",
        "Ölbronn",
        "Zell",
    ]  # umlauts with their base letter
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(BARRIERS) + header.sectionSize(BARRIERS) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    values = _column(page, BARRIERS)
    assert values[-1].startswith("0/") or values[0].startswith("0/")
    assert page.chart.values and page.chart.title == page.model.headers()[BARRIERS]
    assert [name for name, _ in page.chart.values] == _column(page, NAME)
    assert "3" in page.summary.text() and "0" in page.summary.text()


def test_without_municipalities_the_page_says_where_they_come_from(qtbot, ctx) -> None:
    page = _page(qtbot, ctx)
    assert page._stack.currentWidget() is page.empty_state


def test_enter_on_a_row_opens_that_municipality(qtbot, ctx, workspace) -> None:
    from vopi_desktop.ui.main_window import MainWindow

    fill_demo(workspace, "small")
    other = workspace.municipalities.create(MunicipalityInput(name="Zell", kind="gemeinde", state="BW"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("consultant")
    ctx.tasks.settle()
    page = window.page("consultant")
    row = _column(page, NAME).index("Zell")
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(row, NAME))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    ctx.tasks.settle()
    assert window.municipality_id == other.id
    assert window.current_page() is window.page("start")


def _place(workspace, name: str, **statuses: int) -> None:
    from vopi_desktop.store.dto.measures import MeasureInput

    place = workspace.municipalities.create(MunicipalityInput(name=name, kind="gemeinde", state="BW"))
    for status, count in statuses.items():
        for i in range(count):
            workspace.measures.create(place.id, MeasureInput(title=f"{status} {i}", status=status))


def test_measures_sort_and_chart_by_what_the_cell_shows(qtbot, ctx, workspace) -> None:
    """Ideas and cancelled measures are not in "planned · running · done": not in its order or bar either."""
    _place(workspace, "Aheim", planned=2, done=2, idea=3, cancelled=1)  # shows 4, 8 in all
    _place(workspace, "Beheim", planned=1, running=1, done=3)  # shows 5
    page = _page(qtbot, ctx)
    measures = page.model.MEASURES
    page.table.sortByColumn(measures, Qt.SortOrder.DescendingOrder)
    assert _column(page, NAME) == ["Beheim", "Aheim"]
    assert _column(page, measures) == ["1 · 1 · 3", "2 · 0 · 2"]
    assert page.chart.values == [("Beheim", 5.0), ("Aheim", 4.0)]
    assert page.chart.title == "Maßnahmen: Geplant · Laufend · Abgeschlossen (Summe)"


@pytest.mark.parametrize(
    ("lang", "header", "wrong"),
    [
        ("de", "Maßnahmen: Geplant · Laufend · Abgeschlossen", "fertig"),
        ("en", "Measures: Planned · Running · Completed", "done"),
    ],
)
def test_measures_header_speaks_the_catalogue_s_status_names(
    qtbot, qapp, workspace, config, lang, header, wrong
) -> None:
    """The header says what the measures page, the tooltip and the documents call the status
    ("Abgeschlossen", "Completed"), not a word of its own ("fertig", "done")."""
    _place(workspace, "Aheim", planned=1, done=1)
    install_translators(qapp, lang)
    try:
        page = _page(qtbot, AppContext(workspace, config, SyncTaskRunner(), lang))
        labels = page.model.catalog.vocab("measure_status")
        shown = page.model.headerData(page.model.MEASURES, Qt.Orientation.Horizontal)
        assert shown == header
        assert all(labels[status] in shown for status in ("planned", "running", "done"))
        assert wrong not in shown.lower()
        header = page.table.horizontalHeader()  # the longer words fit: the header is not cut
        assert page.table.columnWidth(page.model.MEASURES) >= header.sectionSizeHint(page.model.MEASURES)
    finally:
        install_translators(qapp, "de")


def test_measures_tooltip_names_every_status_in_the_ui_language(qtbot, ctx, workspace) -> None:
    _place(workspace, "Aheim", planned=2, done=2, idea=3, cancelled=1)
    page = _page(qtbot, ctx)
    tip = page.proxy.index(0, page.model.MEASURES).data(Qt.ItemDataRole.ToolTipRole)
    lines = [
        "Idee: 3",
        "Geplant: 2",
        "Laufend: 0",
        "Abgeschlossen: 2",
        "Abgebrochen: 1",
    ]  # the catalogue's order
    assert tip == plain_tooltip("\n".join(lines))


def test_chart_shows_nothing_recorded_as_a_dash_not_zero(qtbot, ctx, workspace) -> None:
    """A town without a pillar round or checklist has no score: the table's "–", no bar of 0 (H11)."""
    fill_demo(workspace, "small")
    workspace.municipalities.create(MunicipalityInput(name="Leerstadt", kind="gemeinde", state="BW"))
    page = _page(qtbot, ctx)
    pillar = next(iter(page.model.pillar_columns))
    for column in (pillar, page.model.CHECKLISTS):
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        shown = dict(zip(_column(page, NAME), _column(page, column), strict=True))
        charted = dict(page.chart.values)
        assert shown["Leerstadt"] == "–"
        assert charted["Leerstadt"] is None
        assert charted["Musterstadt am Neckar"] is not None
        assert page.chart.value_text(charted["Leerstadt"]) == "–"
        assert not page.chart.grab().isNull()  # paints without a bar for it
