"""How far the map's drawing reaches at a zoom: circles grow with it, names keep their size on screen.

``NetworkView.fit`` tries a few zooms to find the one that shows the whole map with its names. With a
thousand actors each try walked every node on the UI thread; ``Reach`` keeps, once, only what can be
outermost at some zoom: the outermost circle edge of each side (it scales with the zoom) and, for the
names, the nodes no other node beats on both position and name size.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF

Extent = tuple[float, float, float, float, float]  # x, y, radius in scene units; name width, height in pixels


def _front(points: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """The (a, b) that can give the least ``scale * a - b`` for some scale > 0: those that no other
    point matches with an a as small and a b as large."""
    front: list[tuple[float, float]] = []
    for a, b in sorted(points, key=lambda p: (p[0], -p[1])):
        if not front or b > front[-1][1]:
            front.append((a, b))
    return front


def _least(front: list[tuple[float, float]], scale: float) -> float:
    return min(scale * a - b for a, b in front)


class Reach:
    """The pixels the nodes and their names cover at a zoom (names sit below their nodes)."""

    def __init__(self, extents: Iterable[Extent]) -> None:
        nodes = list(extents)
        self.empty = not nodes
        if self.empty:
            return
        # A side of the drawing is a circle's edge (scene units × zoom) or a name's (pixels).
        self._left = min(x - r for x, _, r, _, _ in nodes)
        self._right = max(x + r for x, _, r, _, _ in nodes)
        self._top = min(y - r for _, y, r, _, _ in nodes)
        self._left_names = _front((x, w / 2) for x, _, _, w, _ in nodes)
        self._right_names = _front((-x, w / 2) for x, _, _, w, _ in nodes)
        self._bottoms = _front((-(y + r), h) for _, y, r, _, h in nodes)  # the name under the node

    def rect(self, scale: float) -> QRectF:
        if self.empty:
            return QRectF()
        left = min(scale * self._left, _least(self._left_names, scale))
        right = max(scale * self._right, -_least(self._right_names, scale))
        top = scale * self._top
        bottom = -_least(self._bottoms, scale)
        return QRectF(left, top, right - left, bottom - top)
