"""Where the names go on the network map: below a node, else above, right or left of it, never
over another name or another actor's circle. Screen pixels throughout (names keep their size at any
zoom); ``Room`` finds what is taken through a grid of coarse cells, so a thousand names cost a few
milliseconds."""

from __future__ import annotations

# Where a name may sit: under its node (the usual place), above, right or left of it.
SIDES = ("below", "above", "right", "left")
LABEL_GAP = 1.5  # pixels between a circle and its name
Box = tuple[float, float, float, float]  # left, top, right, bottom in screen pixels


def label_box(side: str, x: float, y: float, radius: float, width: float, height: float) -> Box:
    """The box (left, top, right, bottom) a name of ``width``×``height`` pixels takes on ``side`` of a
    node drawn at ``x``, ``y`` with ``radius`` (all in screen pixels); ``Label.place`` draws it there."""
    reach = radius + LABEL_GAP
    if side == "above":
        return (x - width / 2, y - reach - height, x + width / 2, y - reach)
    if side == "right":
        return (x + reach, y - height / 2, x + reach + width, y + height / 2)
    if side == "left":
        return (x - reach - width, y - height / 2, x - reach, y + height / 2)
    return (x - width / 2, y + reach, x + width / 2, y + reach + height)


class Room:
    """What is taken on screen: placed names (boxes) and node circles, each in a grid of cells
    (circles in finer ones: from far out hundreds of them sit where one name would go)."""

    BOX_CELL, CIRCLE_CELL = 120.0, 40.0

    def __init__(self, seen: Box | None = None) -> None:
        self._seen = seen  # a name beside or above its node only where it can be read whole
        self._boxes: dict[tuple[int, int], list[Box]] = {}
        self._circles: dict[tuple[int, int], list[tuple[float, float, float, object]]] = {}

    @staticmethod
    def _cells(box: Box, cell: float) -> list[tuple[int, int]]:
        return [
            (gx, gy)
            for gx in range(int(box[0] // cell), int(box[2] // cell) + 1)
            for gy in range(int(box[1] // cell), int(box[3] // cell) + 1)
        ]

    def add_box(self, box: Box) -> None:
        for key in self._cells(box, self.BOX_CELL):
            self._boxes.setdefault(key, []).append(box)

    def add_circle(self, item: object, x: float, y: float, r: float) -> None:
        for key in self._cells((x - r, y - r, x + r, y + r), self.CIRCLE_CELL):
            self._circles.setdefault(key, []).append((x, y, r, item))

    def _hidden(self, box: Box, side: str) -> bool:
        """A name moved off its usual place (``side`` not below) must lie inside the view."""
        seen = self._seen
        if side == SIDES[0] or seen is None:
            return False
        return box[0] < seen[0] or box[1] < seen[1] or box[2] > seen[2] or box[3] > seen[3]

    def free(self, box: Box, owner: object, side: str = "below") -> bool:
        """No placed name overlaps ``box``, no circle but the owner's reaches into it, and it is not
        hidden off the view."""
        if self._hidden(box, side):
            return False
        left, top, right, bottom = box
        boxes, cell = self._boxes, self.BOX_CELL
        rows = range(int(top // cell), int(bottom // cell) + 1)
        for gx in range(int(left // cell), int(right // cell) + 1):
            for gy in rows:
                for b in boxes.get((gx, gy), ()):
                    if b[0] < right and left < b[2] and b[1] < bottom and top < b[3]:
                        return False
        circles, cell = self._circles, self.CIRCLE_CELL
        rows = range(int(top // cell), int(bottom // cell) + 1)
        for gx in range(int(left // cell), int(right // cell) + 1):
            for gy in rows:
                for x, y, r, item in circles.get((gx, gy), ()):
                    if x + r <= left or x - r >= right or y + r <= top or y - r >= bottom or item is owner:
                        continue
                    dx = left - x if x < left else x - right if x > right else 0.0
                    dy = top - y if y < top else y - bottom if y > bottom else 0.0
                    if dx * dx + dy * dy < r * r:
                        return False
        return True

    def covered(self, box: Box, owner: object, side: str) -> int:
        """How many circles reach into ``box`` (a name off to the side and outside the view: many)."""
        if self._hidden(box, side):
            return 1 << 30
        left, top, right, bottom = box
        found: set[int] = set()
        cell = self.CIRCLE_CELL
        for gx in range(int(left // cell), int(right // cell) + 1):
            for gy in range(int(top // cell), int(bottom // cell) + 1):
                for x, y, r, item in self._circles.get((gx, gy), ()):
                    if item is owner or id(item) in found:
                        continue
                    dx = left - x if x < left else x - right if x > right else 0.0
                    dy = top - y if y < top else y - bottom if y > bottom else 0.0
                    if dx * dx + dy * dy < r * r:
                        found.add(id(item))
        return len(found)
