"""Berichte: switching the municipality retires a document made for the one before, as a changed choice
does (review 3, H9): its preview goes, Drucken…/Speichern unter…/Öffnen are off until it is made again,
so nothing prints or saves the old town's document under the new one. A document about all of them
(the comparison, "Alle Kommunen") stays: the switch does not change it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui.pages.reports.page import ReportsPage

from .conftest import shown_window


def _made(qtbot, ctx, kind: str, every: bool = False):
    other = ctx.workspace.municipalities.create(
        MunicipalityInput(name="Zweitstadt", kind="gemeinde", state="BW")
    )
    window = shown_window(qtbot, ctx)
    window.resize(1024, 600)
    window.show_area("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    page.kind.setCurrentIndex(page.kind.findData(kind))
    if every:
        page.every_one.setChecked(True)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert page.made and page.save_button.isEnabled(), page.status.text()
    return window, page, other


def _switch(qtbot, ctx, window, municipality_id: str) -> None:
    """As a user does: the toolbar's Kommune list, by keyboard."""
    switcher = window.switcher
    switcher.setFocus()
    while switcher.currentData() != municipality_id:
        qtbot.keyClick(switcher, Qt.Key.Key_Down)
    ctx.tasks.settle()


def test_a_municipality_switch_retires_the_document(qtbot, ctx, municipality, discard_on_close) -> None:
    window, page, other = _made(qtbot, ctx, "plan")
    assert "teststadt" in page.made[0].name
    _switch(qtbot, ctx, window, other.id)
    assert window.municipality_id == other.id
    assert page.made == []
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    assert not page.open_button.isEnabled()
    assert page.preview.path is None and page.preview.pages() == 0
    assert "andere Kommune" in page.status.text(), page.status.text()
    assert page.make_button.isEnabled()
    # made again: the new town's document
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert page.made and "zweitstadt" in page.made[0].name


def test_it_retires_while_another_page_is_shown(qtbot, ctx, municipality, discard_on_close) -> None:
    window, page, other = _made(qtbot, ctx, "actors")
    window.show_area("start")
    ctx.tasks.settle()
    _switch(qtbot, ctx, window, other.id)
    window.show_area("reports")
    ctx.tasks.settle()
    assert page.made == [] and not page.print_button.isEnabled()
    assert page.preview.path is None
    # said as on Berichte itself, not the general hint (the page's reload on return kept it before)
    assert "andere Kommune" in page.status.text(), page.status.text()
    # a changed choice then says so; the document made for the new town leaves no old note behind
    page.kind.setCurrentIndex(page.kind.findData("plan"))
    assert "andere Kommune" in page.status.text() or "Auswahl" in page.status.text(), page.status.text()
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert page.made and "andere Kommune" not in page.status.text()
    window.show_area("start")
    window.show_area("reports")
    ctx.tasks.settle()
    assert page.made and "andere Kommune" not in page.status.text()


@pytest.mark.parametrize(("kind", "every"), [("consultant", False), ("plan", True)])
def test_a_document_about_every_municipality_stays(
    qtbot, ctx, municipality, discard_on_close, kind, every
) -> None:
    window, page, other = _made(qtbot, ctx, kind, every)
    made = list(page.made)
    _switch(qtbot, ctx, window, other.id)
    assert page.made == made and page.save_button.isEnabled() and page.print_button.isEnabled()
