"""The network page driven like a user would: keyboard, clicks and drags on real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QListView, QMessageBox, QPushButton

from vopi_desktop.store.models import Actor
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.network.items import ISOLATED_COLOUR
from vopi_desktop.ui.pages.network.model import ID_ROLE
from vopi_desktop.ui.pages.network.page import NetworkPage

from .conftest import network_page as _page

ACTORS = {
    "tsv": ("TSV Teststadt", "verein"),
    "moschee": ("Moscheegemeinde", "religious"),
    "office": ("Integrationsbüro", "integration_office"),
    "elternverein": ("Türkischer Elternverein", "migrant_org"),
    "kulturverein": ("Afrikanischer Kulturverein", "migrant_org"),
    "frauentreff": ("Arabischer Frauentreff", "migrant_org"),
}


def _actors(workspace, mid: str) -> dict[str, str]:
    """Actors through the ORM, so the page is tested without the actor service (built elsewhere)."""
    with workspace._ctx.sessions() as s, s.begin():
        rows = {key: Actor(municipality_id=mid, name=name, type=kind) for key, (name, kind) in ACTORS.items()}
        s.add_all(rows.values())
        s.flush()
        return {key: row.id for key, row in rows.items()}


@pytest.fixture
def town(ctx, municipality):
    ids = _actors(ctx.workspace, municipality.id)
    net = ctx.workspace.network
    net.add_link(municipality.id, ids["tsv"], ids["elternverein"], "cooperation", 2)
    net.add_link(municipality.id, ids["kulturverein"], ids["frauentreff"], "informal", 1)  # MO to MO only
    net.add_link(municipality.id, ids["office"], ids["moschee"], "funding", 3)
    return municipality.id, ids


def _loaded(qtbot, page: NetworkPage) -> None:
    """The page starts reading one event-loop turn after it is shown (it paints first)."""
    qtbot.waitUntil(lambda: not page.busy.isVisibleTo(page) and not page.scene.building)


def _isolated(page: NetworkPage) -> set[str]:
    model = page.panel.insights.isolated_list.model()
    return {model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())}


def _links(ctx, mid: str) -> set[tuple[str, str, str, int]]:
    return {(x.source, x.target, x.kind, x.strength) for x in ctx.workspace.network.graph(mid).links}


def _viewport_point(page: NetworkPage, node_id: str) -> QPoint:
    return page.view.mapFromScene(page.scene.nodes[node_id].scenePos())


def _mouse(page: NetworkPage, kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
    """Send a real mouse event to the view (QTest's mouseMove carries no buttons, a drag needs them)."""
    viewport = page.view.viewport()
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, QPointF(at), QPointF(viewport.mapToGlobal(at)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, event)


def _click(page: NetworkPage, node_id: str) -> None:
    at = _viewport_point(page, node_id)
    _mouse(page, QEvent.Type.MouseButtonPress, at, Qt.MouseButton.LeftButton)
    _mouse(page, QEvent.Type.MouseButtonRelease, at, Qt.MouseButton.NoButton)


def test_first_show_computes_and_saves_the_layout_and_finds_isolated_orgs(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    graph = ctx.workspace.network.graph(mid)
    assert graph.unplaced == ()  # the layout was saved
    assert set(page.scene.nodes) == set(ids.values())
    assert len(page.scene.edges) == 3
    for node in graph.nodes:
        assert page.scene.nodes[node.id].pos() == QPointF(node.x, node.y)
    assert _isolated(page) == {ids["kulturverein"], ids["frauentreff"]}
    assert page.scene.nodes[ids["kulturverein"]].pen().color() == ISOLATED_COLOUR
    assert page.scene.nodes[ids["elternverein"]].pen().color() != ISOLATED_COLOUR
    assert "Integrations- oder Sprachkursträger" in page.panel.insights.missing.text()  # no course provider
    for view in page.findChildren(QListView):
        assert not view.tabKeyNavigation()


def test_draw_a_link_by_keyboard_updates_db_map_and_isolated_list(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    panel = page.panel
    qtbot.keyClicks(panel.search, "Frauentreff")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert page.scene.current == ids["frauentreff"]
    assert panel.current is not None and panel.current.id == ids["frauentreff"]
    assert panel.links.rowCount() == 1
    qtbot.keyClicks(panel.target.lineEdit(), "Moschee")
    qtbot.keyClick(panel.kind, Qt.Key.Key_Down)  # membership
    qtbot.keyClick(panel.strength, Qt.Key.Key_Down)  # 3
    edges_before = set(page.scene.edges)
    panel.add_button.setFocus()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    assert (ids["frauentreff"], ids["moschee"], "membership", 3) in _links(ctx, mid)
    (new_edge,) = set(page.scene.edges) - edges_before
    assert page.scene.edges[new_edge].pen().widthF() > 3  # strong, and highlighted with its node
    assert _isolated(page) == {ids["kulturverein"]}
    assert page.scene.nodes[ids["frauentreff"]].isolated is False
    assert panel.links.rowCount() == 2
    assert not panel.error.isVisible()


def test_a_duplicate_link_is_refused_inline_and_nothing_changes(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    page.select(ids["elternverein"], centre=True)
    before = _links(ctx, mid)
    qtbot.keyClicks(page.panel.target.lineEdit(), "TSV")
    qtbot.mouseClick(page.panel.add_button, Qt.MouseButton.LeftButton)  # cooperation again
    assert _links(ctx, mid) == before
    assert page.panel.error.isVisible() and page.panel.error.text()
    qtbot.keyClicks(page.panel.target.lineEdit(), "verein")  # now matches several: refused before saving
    page.panel.target.setEditText("verein")
    qtbot.mouseClick(page.panel.add_button, Qt.MouseButton.LeftButton)
    assert _links(ctx, mid) == before and page.panel.error.isVisible()


def test_edit_and_delete_a_link_from_the_list(qtbot, ctx, town, monkeypatch) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    page.select(ids["moschee"], centre=False)
    panel = page.panel
    panel.link_list.setFocus()
    panel.link_list.setCurrentIndex(panel.links.index(0, 0))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editing is not None and not panel.target.isEnabled()
    panel.strength.setFocus()
    qtbot.keyClick(panel.strength, Qt.Key.Key_Up)  # 3 -> 2
    qtbot.keyClicks(panel.note, "Zuschuss jedes Jahr")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    (link,) = [x for x in ctx.workspace.network.graph(mid).links if ids["moschee"] in (x.source, x.target)]
    assert (link.kind, link.strength, link.note) == ("funding", 2, "Zuschuss jedes Jahr")
    assert page.scene.edges[link.id].link == link
    assert panel.editing is None

    monkeypatch.setattr(page, "confirm", lambda _question: True)
    panel.link_list.setFocus()
    panel.link_list.setCurrentIndex(panel.links.index(0, 0))
    qtbot.keyClick(panel.link_list, Qt.Key.Key_Delete)
    assert all(x.id != link.id for x in ctx.workspace.network.graph(mid).links)
    assert link.id not in page.scene.edges
    assert panel.links.rowCount() == 0


def test_dragging_a_node_saves_its_position(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    node = page.scene.nodes[ids["tsv"]]
    start = _viewport_point(page, ids["tsv"])
    _mouse(page, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 5):
        _mouse(page, QEvent.Type.MouseMove, start + QPoint(10 * step, 8 * step), Qt.MouseButton.LeftButton)
    _mouse(page, QEvent.Type.MouseButtonRelease, start + QPoint(40, 32), Qt.MouseButton.NoButton)
    stored = next(n for n in ctx.workspace.network.graph(mid).nodes if n.id == ids["tsv"])
    assert (stored.x, stored.y) == (round(node.pos().x(), 1), round(node.pos().y(), 1))
    assert page.view.mapFromScene(node.pos()) != start
    edge = next(iter(node.edges))
    assert node.pos() in (edge.line().p1(), edge.line().p2())  # the edge came along
    with ctx.workspace._ctx.sessions() as s:
        assert s.get(Actor, ids["tsv"]).version == 1  # a move is no edit of the actor


def test_link_mode_links_two_clicked_nodes(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    qtbot.mouseClick(page.link_mode, Qt.MouseButton.LeftButton)
    assert page.scene.link_mode
    _click(page, ids["kulturverein"])
    _click(page, ids["office"])
    assert (ids["kulturverein"], ids["office"], "cooperation", 2) in _links(ctx, mid)
    assert _isolated(page) == {ids["frauentreff"]}
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert not page.link_mode.isChecked() and not page.scene.link_mode


def test_isolated_list_centres_the_map_on_the_organisation(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    lst = page.panel.insights.isolated_list
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    chosen = lst.currentIndex().data(ID_ROLE)
    assert chosen in (ids["kulturverein"], ids["frauentreff"])
    assert page.scene.current == chosen
    centre = page.view.mapToScene(page.view.viewport().rect().center())
    assert (centre - page.scene.nodes[chosen].pos()).manhattanLength() < 5


def test_zoom_shortcuts_and_accessible_buttons(qtbot, ctx, town) -> None:
    mid, _ids = town
    page = _page(qtbot, ctx, mid)
    page.view.setFocus()
    fitted = page.view.scale_factor()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.scale_factor() > fitted
    qtbot.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.scale_factor() < fitted
    qtbot.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.view.scale_factor() == pytest.approx(fitted)
    zoom = page.zoom
    for button in (zoom.zoom_in_button, zoom.zoom_out_button, zoom.fit_button):
        assert button.accessibleName()
    assert QKeySequence("Ctrl+0") in zoom.fit_button.defaultAction().shortcuts()


def test_rearrange_recomputes_and_new_actors_are_placed_around_the_old(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    first = {n.id: (n.x, n.y) for n in ctx.workspace.network.graph(mid).nodes}
    ctx.workspace.network.save_positions(mid, {ids["tsv"]: (999.0, 999.0)})
    asked: list[str] = []
    with messages.use_runner(lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes):
        qtbot.mouseClick(page.rearrange, Qt.MouseButton.LeftButton)
    assert asked and "von Hand" in asked[0]  # the arrangement by hand is at stake: asked first
    _loaded(qtbot, page)
    assert {n.id: (n.x, n.y) for n in ctx.workspace.network.graph(mid).nodes} == first  # same seed
    with ctx.workspace._ctx.sessions() as s, s.begin():
        s.add(Actor(municipality_id=mid, name="Volkshochschule", type="course_provider"))
    page.refresh()
    _loaded(qtbot, page)
    graph = ctx.workspace.network.graph(mid)
    assert graph.unplaced == ()
    assert {n.id: (n.x, n.y) for n in graph.nodes if n.id in first} == first  # the others stay put
    assert len(page.scene.nodes) == 7


def test_rearrange_answered_no_keeps_the_map_arranged_by_hand(qtbot, ctx, town) -> None:
    """It recomputed and saved every position at once: a hand-made arrangement gone by one click."""
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    ctx.workspace.network.save_positions(mid, {ids["tsv"]: (999.0, 999.0)})
    before = {n.id: (n.x, n.y) for n in ctx.workspace.network.graph(mid).nodes}
    with messages.use_runner(lambda _box: QMessageBox.StandardButton.No):
        qtbot.mouseClick(page.rearrange, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    ctx.tasks.settle()
    assert {n.id: (n.x, n.y) for n in ctx.workspace.network.graph(mid).nodes} == before


def test_empty_municipality_points_to_the_actors_area(qtbot, ctx, municipality) -> None:
    page = _page(qtbot, ctx, municipality.id)
    assert page.empty_state.isVisible() and not page.view.isVisible()
    with qtbot.waitSignal(page.navigate) as signal:
        page.empty_state.findChild(QPushButton).click()
    assert signal.args == ["actors"]
    assert not page.rearrange.isEnabled()
    # no actors at all is not "every important type is present"
    missing = page.panel.insights.missing.text()
    assert "Every important type" not in missing and "present" not in missing and "vorhanden" not in missing
    assert "No actors recorded yet" in missing or "Noch keine Akteure" in missing


def test_main_window_opens_the_network_page(qtbot, ctx, town) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_area("network")
    page = window.stack.currentWidget()
    assert isinstance(page, NetworkPage)
    _loaded(qtbot, page)
    assert len(page.scene.nodes) == 6
    assert page.focus_search() and page.panel.search.hasFocus()


def test_missing_types_lead_to_where_to_act(qtbot, ctx, town) -> None:
    mid, ids = town
    with ctx.workspace._ctx.sessions() as s, s.begin():
        vhs = Actor(municipality_id=mid, name="Volkshochschule", type="course_provider")
        s.add(vhs)
        s.flush()
        vhs_id = vhs.id
    page = _page(qtbot, ctx, mid)
    html = page.panel.insights.missing.text()
    assert 'href="type:course_provider"' in html  # recorded but unlinked: link it here
    assert 'href="actors"' in html  # e.g. no welfare provider at all: add one in the directory
    page.panel.insights.missing.linkActivated.emit("type:course_provider")
    assert page.scene.current == vhs_id
    assert page.panel.current is not None and page.panel.current.id == vhs_id
    with qtbot.waitSignal(page.navigate) as signal:
        page.panel.insights.missing.linkActivated.emit("actors")
    assert signal.args == ["actors"]
    ctx.workspace.network.add_link(mid, vhs_id, ids["kulturverein"], "cooperation", 2)
    page.refresh()
    _loaded(qtbot, page)
    assert "course_provider" not in page.panel.insights.missing.text()
    assert _isolated(page) == {ids["frauentreff"]}


def test_the_whole_link_form_works_from_the_keyboard(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    panel = page.panel
    qtbot.keyClicks(panel.search, "Kulturverein")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert page.scene.current == ids["kulturverein"]
    panel.target.setFocus()
    qtbot.keyClicks(panel.target.lineEdit(), "Integrationsb")
    popup = panel.target.completer().popup()
    # One Enter takes the suggestion and saves, whether the suggestion list is open or not.
    qtbot.keyClick(popup if popup.isVisible() else panel.target.lineEdit(), Qt.Key.Key_Return)
    assert (ids["kulturverein"], ids["office"], "cooperation", 2) in _links(ctx, mid)
    assert not panel.error.isVisible()
    assert _isolated(page) == {ids["frauentreff"]}


def test_two_links_between_one_pair_are_both_visible(qtbot, ctx, town) -> None:
    mid, ids = town
    ctx.workspace.network.add_link(mid, ids["elternverein"], ids["tsv"], "funding", 1)  # reverse direction
    page = _page(qtbot, ctx, mid)
    pair = {ids["tsv"], ids["elternverein"]}
    lines = [e.line() for e in page.scene.edges.values() if {e.link.source, e.link.target} == pair]
    assert len(lines) == 2
    assert lines[0].center() != lines[1].center()  # side by side, not on top of each other


def test_actor_search_and_link_target_forgive_umlauts(qtbot, ctx, town) -> None:
    """ "integrationsburo" finds "Integrationsbüro"; "turkischer" names the link's target."""
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    panel = page.panel
    qtbot.keyClicks(panel.search, "integrationsburo")
    assert panel.proxy.rowCount() == 1
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert page.scene.current == ids["office"]
    panel.search.clear()
    panel.search.insert("Büro")  # a typed umlaut still matches (QTest types ASCII only)
    assert panel.proxy.rowCount() == 1
    qtbot.keyClicks(panel.target.lineEdit(), "turkischer")
    assert panel.target_id() == ids["elternverein"]


def test_undo_and_redo_of_a_drawn_and_a_deleted_link(qtbot, ctx, town, monkeypatch) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    page.select(ids["frauentreff"], centre=True)
    qtbot.keyClicks(page.panel.target.lineEdit(), "Moschee")
    qtbot.mouseClick(page.panel.add_button, Qt.MouseButton.LeftButton)
    drawn = (ids["frauentreff"], ids["moschee"], "cooperation", 2)
    assert drawn in _links(ctx, mid) and len(page.scene.edges) == 4
    assert ctx.undo.undo_name() == "Verbindung Arabischer Frauentreff – Moscheegemeinde"

    assert ctx.undo.undo()
    page.refresh()
    _loaded(qtbot, page)
    assert drawn not in _links(ctx, mid) and len(page.scene.edges) == 3
    assert ids["frauentreff"] in _isolated(page)
    assert ctx.undo.redo()
    page.refresh()
    _loaded(qtbot, page)
    assert drawn in _links(ctx, mid) and len(page.scene.edges) == 4

    # Deleting is undoable too: the link comes back with its kind, strength and note.
    monkeypatch.setattr(page, "confirm", lambda _question: True)
    page.select(ids["office"], centre=False)
    page.panel.link_list.setCurrentIndex(page.panel.links.index(0, 0))
    qtbot.mouseClick(page.panel.delete_button, Qt.MouseButton.LeftButton)
    funding = (ids["office"], ids["moschee"], "funding", 3)
    assert funding not in _links(ctx, mid)
    assert ctx.undo.undo()
    page.refresh()
    _loaded(qtbot, page)
    assert funding in _links(ctx, mid) and len(page.scene.edges) == 4


def test_filters_by_type_and_kind_and_the_focus_mode(qtbot, ctx, town) -> None:
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    bar = page.filters

    def visible() -> set[str]:
        return {i for i, item in page.scene.nodes.items() if item.isVisible()}

    def visible_links() -> set[str]:
        return {i for i, item in page.scene.edges.items() if item.isVisible()}

    assert visible() == set(ids.values()) and bar.count.text() == ""
    bar.types.actions_by_key["migrant_org"].setChecked(False)  # a tick in the "Actor types" menu
    assert visible() == {ids["tsv"], ids["moschee"], ids["office"]}
    assert len(visible_links()) == 1  # only office – moschee has both ends shown
    assert "3" in bar.count.text() and "6" in bar.count.text()
    bar.clear()
    assert visible() == set(ids.values())
    bar.kinds.set_chosen({"funding"})
    assert visible() == set(ids.values()) and len(visible_links()) == 1

    bar.clear()
    page.select(ids["kulturverein"], centre=False)
    bar.focus.setCurrentIndex(bar.focus.findData(2))  # the selected actor, two steps out
    assert visible() == {ids["kulturverein"], ids["frauentreff"]}
    page.select(ids["tsv"], centre=False)  # the focus follows the selection
    assert visible() == {ids["tsv"], ids["elternverein"]}
    for item in page.scene.nodes.values():  # hidden actors show no name
        if not item.isVisible() and item.label is not None:
            assert not item.label.isVisible()
    qtbot.mouseClick(bar.reset, Qt.MouseButton.LeftButton)
    assert visible() == set(ids.values()) and not bar.reset.isEnabled()


def test_names_on_the_map_never_overlap_and_show_literally(qtbot, ctx, municipality) -> None:
    """Thirty actors in a tight knot: the names that show never cover each other; the rest are
    read on hover. A name with HTML shows as typed."""
    with ctx.workspace._ctx.sessions() as s, s.begin():
        for n in range(30):
            s.add(Actor(municipality_id=municipality.id, name=f"<b>Verein</b> Nummer {n}", type="verein",
                        map_x=float(n % 3), map_y=float(n // 3)))  # fmt: skip
    page = _page(qtbot, ctx, municipality.id)
    qtbot.waitUntil(lambda: any(i.label is not None for i in page.scene.nodes.values()))
    labels = [i.label for i in page.scene.nodes.values() if i.label is not None and i.label.isVisible()]
    assert 0 < len(labels) < 30  # not all fit: the rest wait for the hover
    rects = [page.view.mapFromScene(label.sceneBoundingRect()).boundingRect() for label in labels]
    for n, a in enumerate(rects):
        for b in rects[n + 1 :]:
            assert not a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1))
    assert labels[0].text.text().startswith("<b>Verein</b>")  # a simple text item: never HTML
    node = next(iter(page.scene.nodes.values()))
    assert page.scene.tips[node.node_id].startswith("<b>Verein</b>")


def test_link_target_suggestions_forgive_umlauts(qtbot, ctx, town) -> None:
    """Typing "turkisch" offers "Türkischer Elternverein" in the suggestion list; Enter takes it."""
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    panel = page.panel
    page.select(ids["tsv"], centre=False)
    edit = panel.target.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "turkisch")
    completer = panel.target.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert completer.completionModel().rowCount() == 1
    assert completer.completionModel().index(0, 0).data().startswith("Türkischer Elternverein")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert panel.target_id() == ids["elternverein"]
    assert panel.target.currentText().startswith("Türkischer Elternverein")


def test_the_layout_is_saved_off_the_ui_thread_and_a_refusal_is_shown(qtbot, ctx, town, monkeypatch) -> None:
    """The layout job stores the positions itself; when the store refuses, the map is drawn anyway
    with the computed positions, the reason shows in the message line and nothing is stored."""
    from vopi_desktop.store.errors import StoreError

    mid, ids = town
    threads: list[object] = []

    def refuse(municipality_id, positions) -> int:
        import threading

        threads.append(threading.current_thread())
        raise StoreError("Die Datenbank ist gerade nicht erreichbar.")

    monkeypatch.setattr(ctx.workspace.network, "save_positions", refuse)
    page = _page(qtbot, ctx, mid)
    assert threads  # the job tried to save (SyncTaskRunner runs it right away)
    assert page.message.is_error and "nicht erreichbar" in page.message.text()
    assert set(page.scene.nodes) == set(ids.values())  # the map is drawn all the same
    assert len(ctx.workspace.network.graph(mid).unplaced) == len(ids)  # nothing was stored


def test_hover_texts_follow_a_new_link(qtbot, ctx, town) -> None:
    """Tooltips are written when asked for: after a link is drawn, the new link's says who, kind and
    strength, and its actors count it."""
    mid, ids = town
    page = _page(qtbot, ctx, mid)
    tips = page.scene.tips
    assert tips[ids["moschee"]].startswith("Moscheegemeinde\n") and tips[ids["moschee"]].endswith(
        "1 Verbindung"
    ), tips[ids["moschee"]]
    page.select(ids["moschee"], centre=False)
    page.panel.target.setEditText("TSV Teststadt")
    page.panel.strength.setCurrentIndex(page.panel.strength.findData(3))
    qtbot.mouseClick(page.panel.add_button, Qt.MouseButton.LeftButton)
    tips = page.scene.tips
    (link,) = [x for x in ctx.workspace.network.graph(mid).links if ids["tsv"] in (x.source, x.target)
               and ids["moschee"] in (x.source, x.target)]  # fmt: skip
    assert tips[link.id].startswith("Moscheegemeinde – TSV Teststadt\n") and "3" in tips[link.id]
    assert tips[ids["moschee"]].endswith("2 Verbindungen")
    assert set(tips) == set(page.scene.nodes) | set(page.scene.edges)
