"""The "Responsible" filters of Maßnahmen and Zeitplan can hold every actor of a Landkreis: one types a
part of the name, as in the measure form's own actor combo (the one shared ``SearchCombo``), instead of
scrolling a list of hundreds (review). Driven with keys; the table and the timeline show the result."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui.pages.timeline.scene import Item
from vopi_desktop.ui.widgets.search_combo import SearchCombo

WHO = {
    "Antragswerkstatt": "Integrationsbeirat Teststadt",
    "Sozialtarif": "Kulturverein Königsbrück",
    "Lesepaten": "Königsbrücker Tafel",
}


@pytest.fixture
def measures(ctx, municipality) -> dict[str, str]:
    """Three measures with dates, each with another actor responsible; the ids by title."""
    ws, mid = ctx.workspace, municipality.id
    actors = {name: ws.actors.create(mid, ActorInput(name=name, type="verein")).id for name in WHO.values()}
    for n in range(1, 9):  # actors responsible for nothing are not offered
        ws.actors.create(mid, ActorInput(name=f"Verein {n:02d}", type="verein"))
    return {
        title: ws.measures.create(
            mid,
            MeasureInput(title=title, responsible_actor_id=actors[who], start_on=date(2026, 3, 1)),
        ).id
        for title, who in WHO.items()
    }


def _type(qtbot, combo: SearchCombo, text: str) -> list[str]:
    """Type into the filter; the names its popup offers."""
    combo.setFocus()
    edit = combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]


def _press(qtbot, combo: SearchCombo, key: Qt.Key) -> None:
    """A key as the keyboard delivers it: to the completer's popup while it is open."""
    popup = combo.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else combo.lineEdit(), key)


def _titles(page) -> list[str]:
    proxy = page.table.model()
    return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))


def test_measures_responsible_filter_found_by_typing(qtbot, ctx, municipality, measures, open_window) -> None:
    page = open_window("measures").page("measures")
    combo = page.responsible_filter
    assert isinstance(combo, SearchCombo)
    assert combo.count() == 4  # everyone, and the three actors responsible for something
    assert _type(qtbot, combo, "konigsbr") == ["Königsbrücker Tafel", "Kulturverein Königsbrück"]
    popup = combo.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Kulturverein Königsbrück"
    assert _titles(page) == ["Sozialtarif"]
    assert page.count_label.text() == "1 von 3 angezeigt"
    # a unique part is taken on Tab
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "beirat")
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Tab)
    assert _titles(page) == ["Antragswerkstatt"]
    # the text emptied: everyone again
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Backspace)
    _press(qtbot, combo, Qt.Key.Key_Tab)
    assert combo.currentIndex() == 0 and combo.currentText() == "Alle Verantwortlichen"
    assert _titles(page) == sorted(WHO)


def test_timeline_responsible_filter_found_by_typing(qtbot, ctx, municipality, measures, open_window) -> None:
    page = open_window("timeline").page("timeline")
    combo = page.responsible
    assert isinstance(combo, SearchCombo)
    # a name too long for the field shows its beginning ("Alle Verantw…", not "…le Verantwortlichen")
    assert combo.lineEdit().cursorPosition() == 0
    assert _type(qtbot, combo, "tafel") == ["Königsbrücker Tafel"]
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not combo.lineEdit()  # Tab took the name and moved on
    assert combo.lineEdit().cursorPosition() == 0
    assert [i.data(Item.KEY)[1] for i in page.scene.items_in_order] == [measures["Lesepaten"]]
    # a name that is no entry is not taken: the filter stays
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Gibt es nicht")
    _press(qtbot, combo, Qt.Key.Key_Tab)
    assert combo.currentText() == "Königsbrücker Tafel"
    assert [i.data(Item.KEY)[1] for i in page.scene.items_in_order] == [measures["Lesepaten"]]
