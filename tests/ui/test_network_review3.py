"""Netzwerk page, review 3: one Enter in "To actor" saves once (H3); the type filter and the
actor being worked on agree, and "Focus" without a selection says what to do (H6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vopi_desktop.store.dto.actors import ActorInput

from .conftest import network_page as _page


@pytest.fixture
def town(ctx, municipality):
    ws = ctx.workspace
    ids = {
        key: ws.actors.create(municipality.id, ActorInput(name=name, type=kind)).id
        for key, (name, kind) in {
            "tsv": ("TSV Teststadt", "verein"),
            "tennis": ("Tennisclub Rot-Weiß", "verein"),
            "ubuntu": ("Afrikanischer Kulturverein Ubuntu", "migrant_org"),
        }.items()
    }
    return municipality.id, ids


def _link_count(ctx, mid: str) -> int:
    return len(ctx.workspace.network.graph(mid).links)


@pytest.mark.parametrize("where", ["popup", "field"])
def test_enter_in_the_open_suggestion_list_saves_once_without_an_error(qtbot, ctx, town, where) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    panel = page.panel
    page.select(ids["tsv"], centre=False)
    edit = panel.target.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "Tennis")
    popup = panel.target.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup if where == "popup" else edit, Qt.Key.Key_Return)
    qtbot.wait(50)  # a second, late Enter would land here
    assert _link_count(ctx, mid) == 1
    assert not panel.error.isVisibleTo(panel), panel.error.text()
    assert panel.target.currentText() == ""


def test_choosing_an_actor_the_type_filter_hides_shows_it_and_says_so(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    page.filters.types.actions_by_key["migrant_org"].trigger()  # untick "Migrantenorganisation"
    assert not page.scene.nodes[ids["ubuntu"]].isVisible()
    assert page.filters.count.text() == "2 von 3 Akteuren gezeigt"
    panel = page.panel
    qtbot.keyClicks(panel.search, "Ubuntu")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.current is not None and panel.current.id == ids["ubuntu"]
    assert page.scene.nodes[ids["ubuntu"]].isVisible()  # what is being edited is on the map
    assert page.filters.types_chosen() is None
    count = page.filters.count.text()
    assert "Migrantenorganisation" in count and "wieder gezeigt" in count, count


def test_focus_without_a_selection_says_what_to_do(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    assert page.scene.current is None
    page.filters.focus.setFocus()
    qtbot.keyClick(page.filters.focus, Qt.Key.Key_Down)  # "selected actor and its partners"
    assert page.filters.steps() == 1
    assert page.filters.count.text() == "Wählen Sie einen Akteur, um auf ihn zu fokussieren."
    page.select(ids["tsv"], centre=False)
    assert page.filters.count.text() == "1 von 3 Akteuren gezeigt"


def test_unticking_the_selected_actors_type_says_it_is_hidden(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    page.select(ids["ubuntu"], centre=False)
    page.filters.types.actions_by_key["migrant_org"].trigger()
    assert not page.scene.nodes[ids["ubuntu"]].isVisible()
    count = page.filters.count.text()
    assert (
        count
        == "2 von 3 Akteuren gezeigt – der ausgewählte Akteur „Afrikanischer Kulturverein Ubuntu“ ist durch den Filter ausgeblendet"
    ), count
