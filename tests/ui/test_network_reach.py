"""The map's fit and its names' placement use indexes (``Reach``, ``Room``) instead of walking every
node; each must answer exactly what the plain walk over every node answers."""

from __future__ import annotations

import random

from PySide6.QtCore import QRectF

from vopi_desktop.ui.pages.network.labels import SIDES, Room, label_box, label_boxes
from vopi_desktop.ui.pages.network.reach import Reach


def _drawing_rect(extents, scale: float) -> QRectF:
    """Every node walked: its circle at the zoom, its name under it at screen size."""
    left = top = float("inf")
    right = bottom = float("-inf")
    for x, y, r, width, height in extents:
        x, y, r = x * scale, y * scale, r * scale
        half = max(r, width / 2)
        left, right = min(left, x - half), max(right, x + half)
        top, bottom = min(top, y - r), max(bottom, y + r + height)
    return QRectF(left, top, right - left, bottom - top)


def test_reach_is_the_walk_over_every_node() -> None:
    rng = random.Random(3)
    for _ in range(200):
        extents = [
            (rng.uniform(-900, 900), rng.uniform(-600, 600), rng.uniform(8, 28), rng.uniform(20, 260), 15.0)
            for _ in range(rng.randint(1, 40))
        ]
        reach = Reach(extents)
        for scale in (0.05, 0.2, 0.7, 1.0, 1.5, 6.0):
            got, want = reach.rect(scale), _drawing_rect(extents, scale)
            for a, b in zip(got.getCoords(), want.getCoords(), strict=True):
                assert abs(a - b) < 1e-6, (extents, scale)
    assert Reach([]).rect(1.0).isNull()


def _free(circles, boxes, box, owner) -> bool:
    """Every circle and every placed name looked at."""
    left, top, right, bottom = box
    for b in boxes:
        if b[0] < right and left < b[2] and b[1] < bottom and top < b[3]:
            return False
    for x, y, r, item in circles:
        if item is owner:
            continue
        dx = max(left - x, 0.0, x - right)
        dy = max(top - y, 0.0, y - bottom)
        if dx * dx + dy * dy < r * r:
            return False
    return True


def test_room_answers_as_checking_every_circle_and_name() -> None:
    """Dense knots of small circles (a map seen from far out) and a few large ones (focus mode)."""
    rng = random.Random(7)
    for _ in range(60):
        room, circles, boxes = Room(), [], []
        spread = rng.choice((60.0, 250.0, 900.0))
        for n in range(rng.randint(5, 150)):
            x, y, r = rng.gauss(0, spread), rng.gauss(0, spread), rng.choice((1.5, 3.0, 12.0, 40.0))
            room.add_circle(n, x, y, r)
            circles.append((x, y, r, n))
        for x, y, r, n in circles:
            width = rng.uniform(30, 160)
            for side, box in zip(SIDES, label_boxes(x, y, r, width, 15.0), strict=True):
                assert box == label_box(side, x, y, r, width, 15.0)
                assert room.free(box, n, side) == _free(circles, boxes, box, n), (side, box)
                if rng.random() < 0.1 and room.free(box, n, side):
                    room.add_box(box)
                    boxes.append(box)
