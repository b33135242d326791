"""Tabbing from a new record's form into the list (review 2, G2): Qt makes the first row current when a
list without one gets focus, which switched records and asked "Speichern?". Focusing the list changes
nothing; the user's own arrow key does, and only that asks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages

PAGES = {
    "measures": (lambda ws, mid, title: ws.measures.create(mid, MeasureInput(title=title)), "table"),
    "events": (lambda ws, mid, title: ws.events.create(mid, EventInput(kind="other", title=title)), "list"),
}


@pytest.mark.parametrize("area", list(PAGES))
def test_tab_into_the_list_keeps_the_new_record(qtbot, ctx, municipality, open_window, area: str) -> None:
    make, list_name = PAGES[area]
    for title in ("Sozialtarif", "Vereinslotsen"):
        make(ctx.workspace, municipality.id, title)
    page = open_window(area).page(area)
    form, listed = page.form, getattr(page, list_name)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.title_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.title_edit, "Elterncafe")
    asked: list[str] = []

    def stay(box) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Cancel

    with messages.use_runner(stay):
        for _ in range(80):  # through the form, its buttons, the filters: on to the list
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is listed:
                break
        assert QApplication.focusWidget() is listed
        assert asked == []  # focusing the list asked nothing ...
        assert form.new and form.title_edit.text() == "Elterncafe"
        assert not listed.currentIndex().isValid() and not listed.selectionModel().hasSelection()
        qtbot.keyClick(listed, Qt.Key.Key_Down)  # ... the user's own arrow key does
        assert len(asked) == 1
    assert form.new and form.title_edit.text() == "Elterncafe"  # "Hier bleiben": still the new record
    assert (
        len(ctx.workspace.measures.list(municipality.id)) + len(ctx.workspace.events.list(municipality.id))
        == 2
    )
