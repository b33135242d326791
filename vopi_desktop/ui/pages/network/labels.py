"""Where the names go on the network map: below a node, else above, right or left of it, never
over another name or another actor's circle. Screen pixels throughout (names keep their size at any
zoom); ``Room`` finds what is taken through grids of cells, so a thousand names cost a few
milliseconds."""

from __future__ import annotations

from bisect import bisect_left

# Where a name may sit: under its node (the usual place), above, right or left of it.
SIDES = ("below", "above", "right", "left")
LABEL_GAP = 1.5  # pixels between a circle and its name
Box = tuple[float, float, float, float]  # left, top, right, bottom in screen pixels


def label_boxes(x: float, y: float, radius: float, width: float, height: float) -> tuple[Box, ...]:
    """The boxes (left, top, right, bottom) a name of ``width``×``height`` pixels takes on each of
    the ``SIDES`` of a node drawn at ``x``, ``y`` with ``radius`` (all in screen pixels), in that
    order; ``Label.place`` draws it there."""
    reach, half_width, half_height = radius + LABEL_GAP, width / 2, height / 2
    return (
        (x - half_width, y + reach, x + half_width, y + reach + height),
        (x - half_width, y - reach - height, x + half_width, y - reach),
        (x + reach, y - half_height, x + reach + width, y + half_height),
        (x - reach - width, y - half_height, x - reach, y + half_height),
    )


def label_box(side: str, x: float, y: float, radius: float, width: float, height: float) -> Box:
    """The box of a name on ``side`` of its node (see ``label_boxes``)."""
    return label_boxes(x, y, radius, width, height)[SIDES.index(side)]


class Room:
    """What is taken on screen: placed names (boxes) and node circles, each in a grid of cells
    (circles in finer ones: from far out hundreds of them sit where one name would go).

    From far out nearly every name is refused because a circle sits in its way, so a refusal must
    be quick: the circles' centres are also kept by band (a row of ``BAND`` pixels) in order of x,
    and a box that holds a centre in one of the bands it covers whole is refused with a binary
    search per band (the circle reaches into the box; the owner's centre is never inside one of its
    boxes). Only a box with none is checked circle by circle."""

    BOX_CELL, CIRCLE_CELL, BAND = 120.0, 40.0, 6.0

    def __init__(self, seen: Box | None = None) -> None:
        self._seen = seen  # a name beside or above its node only where it can be read whole
        self._boxes: dict[tuple[int, int], list[Box]] = {}
        self._circles: dict[tuple[int, int], list[tuple[float, float, float, object]]] = {}
        self._bands: dict[int, list[float]] = {}  # band -> the x of each centre in it, sorted
        self._sorted = True

    def add_box(self, box: Box) -> None:
        boxes, cell = self._boxes, self.BOX_CELL
        for gx in range(int(box[0] // cell), int(box[2] // cell) + 1):
            for gy in range(int(box[1] // cell), int(box[3] // cell) + 1):
                boxes.setdefault((gx, gy), []).append(box)

    def add_circle(self, item: object, x: float, y: float, r: float) -> None:
        circles, cell, entry = self._circles, self.CIRCLE_CELL, (x, y, r, item)
        rows = range(int((y - r) // cell), int((y + r) // cell) + 1)
        for gx in range(int((x - r) // cell), int((x + r) // cell) + 1):
            for gy in rows:
                bucket = circles.get((gx, gy))
                if bucket is None:
                    circles[(gx, gy)] = [entry]
                else:
                    bucket.append(entry)
        band = int(y // self.BAND)
        xs = self._bands.get(band)
        if xs is None:
            self._bands[band] = [x]
        else:
            xs.append(x)
        self._sorted = False

    def _hidden(self, box: Box, side: str) -> bool:
        """A name moved off its usual place (``side`` not below) must lie inside the view."""
        seen = self._seen
        if side == SIDES[0] or seen is None:
            return False
        return box[0] < seen[0] or box[1] < seen[1] or box[2] > seen[2] or box[3] > seen[3]

    def place(
        self, owner: object, x: float, y: float, r: float, width: float, height: float, must: bool = False
    ) -> tuple[str | None, Box | None]:
        """The first free side for a name of ``width``×``height`` beside the node at ``x``, ``y``
        with radius ``r`` and its box, or (None, None); with ``must`` (the selected actor's name)
        the side where it covers the fewest circles when none is free. The box is not taken yet."""
        boxes = label_boxes(x, y, r, width, height)
        for side, box in zip(SIDES, boxes, strict=True):
            if self.free(box, owner, side):
                return side, box
        if not must:
            return None, None
        return min(
            zip(SIDES, boxes, strict=True), key=lambda choice: self.covered(choice[1], owner, choice[0])
        )

    def free(self, box: Box, owner: object, side: str = "below") -> bool:
        """No placed name overlaps ``box``, no circle but the owner's reaches into it, and it is not
        hidden off the view."""
        if side != "below" and self._hidden(box, side):
            return False
        left, top, right, bottom = box
        if not self._sorted:
            for xs in self._bands.values():
                xs.sort()
            self._sorted = True
        bands, band = self._bands, self.BAND
        for row in range(-int(-top // band), int(bottom // band)):  # the bands wholly inside
            xs = bands.get(row)
            if xs:
                i = bisect_left(xs, left)
                if i < len(xs) and xs[i] <= right:
                    return False
        boxes, cell = self._boxes, self.BOX_CELL
        if boxes:
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
