"""The consultant page: every municipality in the table, sortable by value, the chart follows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui.pages.consultant.model import BARRIERS, NAME
from vopi_desktop.ui.pages.consultant.page import ConsultantPage


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
