"""The actor network as a vector figure: coloured nodes, links, a legend; names where they fit,
and for big networks numbers beside the nodes with an index of actors by number.

Positions come from the map (saved by the network page); actors never placed are laid out with the
same force layout the page uses, so the printout looks like the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reportlab.graphics.shapes import (
    Drawing,
    Rect,
    String,
    _unset_,
)
from reportlab.lib import colors

from ..analysis.network import degrees, force_layout
from ..palette import type_colour
from .charts import fit, label, text_width
from .flat_drawing import FlatDrawing
from .fonts import SANS, SANS_BOLD, register_fonts
from .netmap_legend import ISOLATED, dashes, kinds_legend, legend
from .styles import FRAME_WIDTH

_HALO = colors.Color(1, 1, 1, alpha=0.85)
NAMES_UP_TO = 60  # beyond this many actors the map numbers its nodes and an index names them
REPORT_ITERATIONS = 80  # fewer than on screen: a printout needs a readable, not a perfect layout
OVERVIEW_LABELS = 150  # names tried on a big network's overview, best connected first
OVERVIEW_ITERATIONS = 30  # the dossier's small overview of a big network (the full map has its own document)
# How much taller than wide the map may be drawn to fill the page (Graphviz's ratio=fill, capped): a
# force layout's axes mean nothing, and horizontal names gain room when the map is stretched upwards.
STRETCH_UP_TO = 1.9


class MapNode(NamedTuple):  # a tuple: 1,300 of them are made for the largest map
    number: int  # 1.. in alphabetical order: the index's number
    id: str
    name: str
    type: str
    links: int


def numbered(nodes: Sequence, links: Sequence) -> list[MapNode]:
    """The actors numbered from 1 in alphabetical order, which is the graph's own (``Graph.nodes``:
    sorting 1,300 names again cost more than the rest of the numbering), with their link counts."""
    deg = degrees(links)
    return [MapNode(i + 1, n.id, n.name, n.type, deg.get(n.id, 0)) for i, n in enumerate(nodes)]


def positions(
    graph,
    check: Callable[[], None] | None = None,
    only: set[str] | None = None,
    iterations: int = REPORT_ITERATIONS,
) -> dict[str, tuple[float, float]]:
    """Saved positions, and a layout for the actors that have none (with the saved ones fixed).

    ``only``: the actors to place (a big map leaves out those without any link).
    """
    ids = [n.id for n in graph.nodes if only is None or n.id in only]
    wanted = set(ids)
    fixed = {n.id: (n.x, n.y) for n in graph.nodes if n.x is not None and n.y is not None and n.id in wanted}
    if len(fixed) == len(ids):
        return fixed
    edges = [(link.source, link.target, float(link.strength)) for link in graph.links]

    def tick(_done: int, _total: int) -> None:
        if check is not None:
            check()

    # the network page's seed: a map laid out here looks like the one the page will show
    return force_layout(ids, edges, fixed=fixed, iterations=iterations, seed=7, progress=tick)


class _Occupied:
    """A coarse grid of the boxes already printed, so labels never overlap each other or a node."""

    def __init__(self, cell: float = 12.0) -> None:
        self.cell = cell
        self.grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    # free() and take_all() run for every dot and label of a big map (12,000 dots on the large demo):
    # plain loops over the cells, no generator, no per-cell setdefault (a flat list of cells sliced
    # per column was slower: a slice is a new list)
    def free(self, box: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = box
        cell, grid = self.cell, self.grid
        for gx in range(int(x0 // cell), int(x1 // cell) + 1):
            for gy in range(int(y0 // cell), int(y1 // cell) + 1):
                for a0, b0, a1, b1 in grid.get((gx, gy), ()):
                    if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                        return False
        return True

    def take(self, box: tuple[float, float, float, float]) -> None:
        self.take_all((box,))

    def take_all(self, boxes: Iterable[tuple[float, float, float, float]]) -> None:
        cell, grid = self.cell, self.grid
        for box in boxes:
            x0, y0, x1, y1 = box
            for gx in range(int(x0 // cell), int(x1 // cell) + 1):
                for gy in range(int(y0 // cell), int(y1 // cell) + 1):
                    here = grid.get((gx, gy))
                    if here is None:
                        grid[gx, gy] = [box]
                    else:
                        here.append(box)


_K = 0.5523  # control-point distance of a quarter circle drawn as a Bézier curve


def _circle(points: list[float], x: float, y: float, r: float) -> None:
    """A circle as four Bézier curves, its points appended for a ``_CIRCLES`` path (the red rings)."""
    k = r * _K
    points.extend((
        x + r, y,
        x + r, y + k, x + k, y + r, x, y + r,
        x - k, y + r, x - r, y + k, x - r, y,
        x - r, y - k, x - k, y - r, x, y - r,
        x + k, y - r, x + r, y - k, x + r, y,
    ))  # fmt: skip


_CIRCLE_POINTS = 26  # numbers per circle: a point to move to, four curves of three points


# A PDF path's text per link (two points), per dot and per ring (a circle). Two decimals (1/100 pt,
# 0.004 mm) where ReportLab writes up to seven digits: a third less text to format and compress.
_LINES = ("%.2f %.2f m %.2f %.2f l", 4)
_CIRCLES = ("%.2f %.2f m" + " %.2f %.2f %.2f %.2f %.2f %.2f c" * 4 + " h", _CIRCLE_POINTS)
_OUTLINE = 0.3  # the white edge around each dot, as wide as the screen's
_RING, _RING_LINE = (
    1.6,
    1.0,
)  # the red ring of a migrant organisation without a link: its gap to the dot, its line


@dataclass(frozen=True)
class _RawPath:
    shape: tuple[str, int]  # _LINES or _CIRCLES
    points: list[float]
    stroke: colors.Color
    width: float
    dashes: list[float] | tuple[()]
    # dots: each a line of no length with round caps, stroked as wide as the dot (PDF 1.7, 8.5.3.2:
    # such a subpath paints a disc); 4 numbers instead of a circle's 26, a big map's page a third as long
    dots: bool = False


def _dot_paths(dots: dict[tuple[str, int], list[float]], colours) -> list[_RawPath]:
    """Each actor type's dots, grouped by radius (in tenths of a point): first the white discs a
    little wider than the dots, which give each dot its edge, then the dots in the type's colour."""
    out: list[_RawPath] = []
    for kind in dict.fromkeys(k for k, _r in sorted(dots)):
        sizes = sorted(r for k, r in dots if k == kind)
        colour = colours.get(kind, colors.grey)
        for r in sizes:
            out.append(_RawPath(_LINES, dots[kind, r], colors.white, r / 5 + _OUTLINE, (), dots=True))
        for r in sizes:
            out.append(_RawPath(_LINES, dots[kind, r], colour, r / 5 - _OUTLINE, (), dots=True))
    return out


class _Map(FlatDrawing):
    """The network figure: the links' and dots' paths and the labels written straight to the page.

    A big map is thousands of points and hundreds of labels. Through ReportLab's shapes each point is a
    method call formatting its own numbers and each label a node with its own saved and restored state;
    here all numbers of a path are formatted in one call (to two decimals) and the labels share one
    text object. The result on the page is the same: links, dots, then the rest of
    the drawing (halos behind the hubs' names, the legend), then the labels on top.
    """

    def __init__(self, width: float, height: float) -> None:
        register_fonts()
        super().__init__(width, height, initialFontName=SANS, initialFontSize=8)
        self.paths: list[_RawPath] = []
        self.labels: list[String] = []
        self.placed: set[int] = set()  # the actors whose label found room (the index marks the others)

    def add_label(self, shape) -> None:
        """A label from ``charts.label``: a plain String goes into the shared text object, the laid-out
        pieces of right-to-left text stay shapes of the drawing."""
        if isinstance(shape, String) and shape.textAnchor == "start":
            self.labels.append(shape)
        else:
            self.add(shape)

    def draw(self, showBoundary=_unset_) -> None:  # noqa: N803 (ReportLab's name)
        canv = self.canv
        for path in self.paths:
            template, count = path.shape
            pdf_path = canv.beginPath()
            pdf_path._code.append(" ".join([template] * (len(path.points) // count)) % tuple(path.points))
            canv.saveState()
            canv.setStrokeColor(path.stroke)
            canv.setLineWidth(path.width)
            if path.dots:
                canv.setLineCap(1)
            if path.dashes:
                canv.setDash(path.dashes, 0)
            canv.drawPath(pdf_path, stroke=1, fill=0)
            canv.restoreState()
        super().draw(showBoundary)
        if not self.labels:
            return
        canv.saveState()
        text = canv.beginText()
        font = colour = None
        for shape in self.labels:
            if (shape.fontName, shape.fontSize) != font:
                font = (shape.fontName, shape.fontSize)
                text.setFont(*font)
            if shape.fillColor != colour:
                colour = shape.fillColor
                text.setFillColor(colour)
            text.setTextOrigin(shape.x, shape.y)
            text.textOut(shape.text)
        canv.drawText(text)
        canv.restoreState()


def type_colours(types: Sequence[str]) -> dict[str, colors.Color]:
    """The screen's colour for each actor type, so the printout reads like the map on the page."""
    return {t: colors.HexColor(type_colour(t)) for t in types}


def network_figure(
    graph,
    type_labels: dict[str, str],
    height: float,
    width: float = FRAME_WIDTH,
    kind_labels: dict[str, str] | None = None,
    numbers: bool | None = None,
    check: Callable[[], None] | None = None,
    overview: bool = False,
) -> tuple[Drawing, list[MapNode]]:
    """The map scaled into ``width`` × ``height`` (legend included) and the numbered actors.

    ``kind_labels``: the link kinds for the legend (their line patterns); None leaves them out.

    ``numbers`` None: numbers only when the network is too big for names at every node.
    """
    nodes = numbered(graph.nodes, graph.links)
    if numbers is None:
        numbers = len(nodes) > NAMES_UP_TO
    big = len(nodes) > 300
    # on a big map, actors without any link would only add a wide column of dots: the index lists them
    only = {n.id for n in nodes if n.links} if big else None
    iterations = OVERVIEW_ITERATIONS if overview and len(nodes) > NAMES_UP_TO else REPORT_ITERATIONS
    pos = positions(graph, check, only, iterations) if nodes else {}
    order = list(type_labels)
    colours = type_colours(order)
    types_here, kinds_here = {n.type for n in nodes}, {link.kind for link in graph.links}
    present = [t for t in order if t in types_here]
    kinds = [k for k in (kind_labels or {}) if k in kinds_here]
    # migrant organisations without a link (a big map leaves every actor without one out)
    lonely = {n.id for n in nodes if n.type == "migrant_org" and not n.links and only is None}
    legend_rows = (len(present) + bool(lonely) + 3) // 4 + (1 if kinds else 0)
    legend_h = 12 * legend_rows + 6
    d = _Map(width, height)
    box_y0, box_h = legend_h + 4, height - legend_h - 8
    radius_max = 2.2 if big else 4.5
    pad = 6 if big else 40  # room for names at the border
    if pos:
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        sx = (width - 2 * pad) / max(max(xs) - min(xs), 1e-6)
        sy = (box_h - 2 * pad) / max(max(ys) - min(ys), 1e-6)
        scale = min(sx, sy)
        scale_y = min(sy, scale * STRETCH_UP_TO)  # fill the page's height where the map is wide
        ox = (width - scale * (max(xs) - min(xs))) / 2 - scale * min(xs)
        oy = box_y0 + (box_h - scale_y * (max(ys) - min(ys))) / 2 + scale_y * max(ys)
    else:
        scale, scale_y, ox, oy = 1.0, 1.0, width / 2, box_y0 + box_h / 2

    # every actor's place on the page, once (the map's y grows downwards, the PDF's upwards)
    xy = {node_id: (ox + scale * x, oy - scale_y * y) for node_id, (x, y) in pos.items()}

    # One path per link strength and one per actor type instead of a shape per line and dot: the
    # largest map has 2,000 links and 1,300 actors, and a shape each costs seconds to lay out. The
    # paths' points are gathered in lists and handed over whole (moveTo/lineTo per point cost more).
    edge_colour = colors.Color(0.45, 0.5, 0.56, alpha=0.35 if big else 0.6)
    # one path per link kind (its line pattern, as on the screen) and strength (the line's width)
    strokes: dict[tuple[str, int], list[float]] = {}
    for link in graph.links:
        if link.source in xy and link.target in xy:
            key = (link.kind, link.strength)
            points = strokes.get(key)
            if points is None:
                points = strokes[key] = []
            points.extend((*xy[link.source], *xy[link.target]))
    for key in sorted(strokes):
        line = (0.25 if big else 0.5) * key[1]
        d.paths.append(_RawPath(_LINES, strokes[key], edge_colour, line, dashes(key[0], line)))
    taken = _Occupied()
    top = max((n.links for n in nodes), default=1) or 1
    radius = {
        n.id: (1.0 if big else 2.5) + (radius_max - (1.0 if big else 2.5)) * (n.links / top) for n in nodes
    }
    dots: dict[tuple[str, int], list[float]] = {}
    boxes: list[tuple[float, float, float, float]] = []
    for n in nodes:
        if n.id not in xy:
            continue
        x, y = xy[n.id]
        r = radius[n.id]
        key = (n.type, round(r * 10))
        points = dots.get(key)
        if points is None:
            points = dots[key] = []
        points.extend((x, y, x, y))
        boxes.append((x - r, y - r, x + r, y + r))
    taken.take_all(boxes)
    d.paths += _dot_paths(dots, colours)
    # labels, most connected first: names for small maps and the hubs, numbers for the rest
    name_size, number_size = (7.0, 4.2) if not big else (5.5, 3.6)
    # hubs: named on a white ground even over dots; on a small map every actor is a "hub" by name
    halo = numbers or (overview and big)
    hubs = {n.id for n in sorted(nodes, key=lambda n: -n.links)[: (15 if halo else len(nodes))]}
    written = _Occupied()  # hub names may cover dots (on a white ground), never another label
    # migrant organisations without a link: ringed red as on the screen and named first, so they
    # always find room (the findings name them; a reader must find them on the map)
    lonely &= set(xy)
    rings: list[float] = []
    for node_id in lonely:
        _circle(rings, *xy[node_id], radius[node_id] + _RING)
    if rings:
        d.paths.append(_RawPath(_CIRCLES, rings, ISOLATED, _RING_LINE, ()))
    hubs |= lonely
    ranked = sorted(nodes, key=lambda n: (n.id not in lonely, -n.links, n.number))
    if overview and big:  # the overview names the best connected; trying every actor costs seconds
        ranked = ranked[:OVERVIEW_LABELS]
    for n in ranked:
        if n.id not in xy:
            continue
        x, y = xy[n.id]
        r = radius[n.id] + (
            _RING + _RING_LINE / 2 if n.id in lonely else 0
        )  # a name beside the ring, not on it
        hub = (n.id in hubs and halo) or n.id in lonely  # a lonely one's name may cover a dot
        if n.id in hubs:
            text = fit(n.name, SANS_BOLD if halo else SANS, name_size, 110)
            if numbers:
                text = f"{n.number} {text}"
            font, size = (SANS_BOLD if halo else SANS), name_size
        elif numbers:
            text, font, size = str(n.number), SANS, number_size
        else:  # the overview of a big map: further names only where there is room
            text, font, size = fit(n.name, SANS, number_size + 0.6, 80), SANS, number_size + 0.6
        w = text_width(text, font, size)  # an Arabic name's box as wide as its shaped glyphs
        for lx, ly in (
            (x + r + 1, y - size / 3),
            (x - r - 1 - w, y - size / 3),
            (x - w / 2, y + r + 0.5),
            (x - w / 2, y - r - size),
        ):
            box = (lx, ly - 0.5, lx + w, ly + size * 0.8)
            inside = box[0] >= 0 and box[2] <= width and box[1] >= box_y0 and box[3] <= height
            # every written label is also taken: a hub asks the labels only, the rest dots and labels
            if inside and (written if hub else taken).free(box):
                if hub:
                    d.add(
                        Rect(
                            box[0] - 0.8,
                            box[1],
                            w + 1.6,
                            box[3] - box[1] + 0.6,
                            fillColor=_HALO,
                            strokeColor=None,
                        )
                    )
                d.add_label(label(lx, ly, text, size, font))
                d.placed.add(n.number)
                taken.take(box)
                written.take(box)
                break
    legend(d, present, colours, type_labels, width, legend_rows, bool(lonely))
    if kinds:
        kinds_legend(d, kinds, kind_labels or {}, width)
    return d, nodes
