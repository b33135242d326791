"""Which names show on the map and where: the selected actor's and its partners' first, then the
isolated migrant organisations the page is about, then the hubs; each where ``labels.Room`` finds
room. A generator, so the scene can place them at once (a zoom step) or in slices (after a build)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .items import Label, NodeItem, label_height
from .labels import Box, Room

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene


def _order(by_degree: Sequence[NodeItem], current: NodeItem | None) -> list[NodeItem]:
    """The shown actors in the order their names get room; a hidden actor's name is hidden."""
    first: list[NodeItem] = []
    if current is not None and current.isVisible():
        first = [current, *(e.b if e.a is current else e.a for e in current.edges if e.isVisible())]
    first += [i for i in by_degree if i.isolated]
    taken: set[str] = set()
    order = []
    for item in [*first, *by_degree]:
        if item.node_id in taken:
            continue
        taken.add(item.node_id)
        if item.isVisible():
            order.append(item)
        elif item.label is not None and item.label.isVisible():  # filtered out: no name, no room
            item.label.setVisible(False)
    return order


def naming(
    scene: QGraphicsScene,
    by_degree: Sequence[NodeItem],
    current: NodeItem | None,
    scale: float,
    seen: Box | None,
) -> Iterator[None]:
    """Place the names at this zoom (screen pixels): each actor's circle, then each name, one per step."""
    order = _order(by_degree, current)
    room = Room(seen)
    placed = []
    for item in order:
        pos = item.pos()
        x, y, r = pos.x() * scale, pos.y() * scale, item.radius * scale
        room.add_circle(item, x, y, r)
        placed.append((item, x, y, r))
        yield
    height = label_height()
    for item, x, y, r in placed:
        # The selected actor's name always shows: where it covers the fewest circles when no side
        # is free (in a dense knot it cannot avoid them all).
        side, box = room.place(item, x, y, r, item.label_width, height, must=item is current)
        label = item.label
        if side is not None and label is None:
            label = item.label = Label(item)
            scene.addItem(label)
        if label is not None:
            if label.isVisible() != (side is not None):
                label.setVisible(side is not None)
            if side is not None and label.side != side:
                label.place(side)
        if box is not None:
            room.add_box(box)
        yield
