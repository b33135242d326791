"""Names on the network map never touch a node's circle, also in focus mode (zoomed in on one actor
and its partners, where a name under one node used to run across the node below it)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from vopi_desktop.ui.pages.network.page import NetworkPage
from vopi_desktop.ui.pages.network.scene import NetworkScene


def _touches(page: NetworkPage) -> list[str]:
    """Every shown name whose box on screen reaches into another shown node's circle, and every
    name moved beside or above its node that the view cuts off."""
    view, scene = page.view, page.scene
    scale = view.transform().m11()
    shown = [item for item in scene.nodes.values() if item.isVisible()]
    found = []
    for item in shown:
        label = item.label
        if label is None or not label.isVisible():
            continue
        box = QRectF(label.deviceTransform(view.viewportTransform()).mapRect(label.boundingRect()))
        if label.side != "below" and not QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1).contains(box):
            found.append(f"{item.name} cut off")
        for other in shown:
            if other is item:
                continue
            centre = QPointF(view.mapFromScene(other.scenePos()))
            radius = other.rect().width() / 2 * scale
            nearest = QPointF(
                min(max(centre.x(), box.left()), box.right()), min(max(centre.y(), box.top()), box.bottom())
            )
            gap = nearest - centre
            if gap.x() ** 2 + gap.y() ** 2 < (radius - 0.5) ** 2:
                found.append(f"{item.name} × {other.name}")
    return found


def test_names_keep_off_the_circles_in_focus_mode(qtbot, ctx) -> None:
    """The example town's best-connected actor, one and two steps out, in a 1024×600 window's map."""
    ctx.workspace.load_example("small")
    (town,) = ctx.workspace.municipalities.list()
    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.resize(830, 540)  # the page's room in a 1024×600 window
    page.set_municipality(town.id)
    page.show()
    qtbot.waitUntil(lambda: not page.busy.isVisibleTo(page) and not page.scene.building)
    hub = max(page.scene.nodes.values(), key=lambda item: item.degree)
    page.select(hub.node_id, centre=False)
    for steps in (1, 2):
        page.filters.focus.setCurrentIndex(page.filters.focus.findData(steps))
        shown = [item for item in page.scene.nodes.values() if item.isVisible()]
        assert len(shown) < len(page.scene.nodes)
        page.scene.update_labels(page.view.scale_factor())  # what the page's label timer does
        assert hub.label is not None and hub.label.isVisible()  # the selected actor's name always shows
        assert _touches(page) == [], steps
    named = [item for item in shown if item.label is not None and item.label.isVisible()]
    assert len(named) > len(shown) / 2  # names move beside or above their node instead of hiding


def test_names_keep_off_the_circles_in_a_scene_alone(qtbot) -> None:
    """The placement itself: a name may sit below, above, right or left of its node."""
    from vopi_desktop.store.dto.network import Node

    scene = NetworkScene()
    nodes = [Node(id=f"n{i}", name=f"Name {i}", type="verein", x=None, y=None) for i in range(3)]
    # n1 sits right under n0 and n2 right under n1: a name below n0 or n1 would cross a circle.
    scene.build(nodes, [], {"n0": (0.0, 0.0), "n1": (0.0, 30.0), "n2": (0.0, 60.0)}, {}, {})
    scene.update_labels(1.0)
    for item in scene.nodes.values():
        assert item.label is not None and item.label.isVisible(), item.name
        box = item.label.sceneBoundingRect()  # at scale 1 scene units are pixels
        for other in scene.nodes.values():
            if other is not item:
                assert not box.intersects(other.sceneBoundingRect().adjusted(1, 1, -1, -1)), (
                    item.name,
                    other.name,
                )


def test_the_selected_name_covers_the_fewest_circles_when_no_side_is_free(qtbot) -> None:
    """Circles on every side of the selected actor: its name (which always shows) goes above,
    where it covers one circle, not below, where it would cover three."""
    from vopi_desktop.store.dto.network import Node

    places = {"c": (0.0, 0.0), "b1": (-20.0, 18.0), "b2": (0.0, 18.0), "b3": (20.0, 18.0), "a": (0.0, -18.0)}
    places |= {"r1": (30.0, 0.0), "r2": (50.0, 0.0), "l1": (-30.0, 0.0), "l2": (-50.0, 0.0)}
    scene = NetworkScene()
    scene.build(
        [Node(id=k, name=f"Name {k}", type="verein", x=None, y=None) for k in places], [], places, {}, {}
    )
    scene.set_current("c")
    scene.update_labels(1.0)
    label = scene.nodes["c"].label
    assert label is not None and label.isVisible() and label.side == "above"


def test_names_placed_in_steps_finish_even_when_a_placement_at_once_overtakes_them(qtbot) -> None:
    """After a build the names are placed in steps and the page shows the map on ``names_placed``;
    a selection or filter meanwhile places them at once: the steps end and still say so."""
    from vopi_desktop.store.dto.network import Node

    scene = NetworkScene()
    places = {f"n{i}": (float(i % 20) * 40, float(i // 20) * 40) for i in range(200)}
    scene.build(
        [Node(id=k, name=f"Name {k}", type="verein", x=None, y=None) for k in places], [], places, {}, {}
    )
    done: list[bool] = []
    scene.names_placed.connect(lambda: done.append(True))
    scene.update_labels_in_steps(1.0)
    assert scene.naming and not done
    scene.update_labels(1.0)  # e.g. a filter: at once; the steps end and say so
    assert done == [True] and not scene.naming
    assert any(item.label is not None and item.label.isVisible() for item in scene.nodes.values())
    scene.update_labels_in_steps(0.5)
    scene.set_current("n5")  # chosen meanwhile: its name shows once the steps are done
    qtbot.waitUntil(lambda: len(done) == 2)
    label = scene.nodes["n5"].label
    assert label is not None and label.isVisible() and not scene.naming
