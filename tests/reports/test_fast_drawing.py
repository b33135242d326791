"""Shortcuts in laying out must not change the page: one-line table cells printed as strings look like
the paragraphs they replace, and the network map written straight to the page looks like the same map
built from ReportLab's shapes, and the charts written straight to the page look like ReportLab's own
drawing of the same shapes (all compared pixel by pixel, rendered with pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reportlab.graphics.shapes import (
    _CLOSEPATH,
    _CURVETO,
    _LINETO,
    _MOVETO,
    Circle,
    Drawing,
    Line,
    Polygon,
    Rect,
)
from reportlab.graphics.shapes import Path as ShapePath
from reportlab.lib import colors

from vopi_desktop.reports import charts, netmap, template
from vopi_desktop.reports.flat_drawing import FlatDrawing
from vopi_desktop.reports.fonts import SANS
from vopi_desktop.reports.sections import common
from vopi_desktop.reports.styles import ACCENT, INK, LIGHT, MUTED, RULE
from vopi_desktop.store.dto.network import Graph, Link, Node

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
META = template.DocMeta("Test", "Testdorf", "Test", date(2026, 12, 6))


def _pixels(story: list, out: Path) -> list[bytes]:
    template.build(story, out, META)
    subprocess.run(["pdftoppm", "-r", "72", "-png", str(out), str(out.with_suffix(""))], check=True)
    return [p.read_bytes() for p in sorted(out.parent.glob(out.stem + "-*.png"))]


ROWS = [
    ["Sportverein Eintracht", "Verein", "12"],
    ["Ein Name, der in der schmalen Spalte nicht auf eine Zeile passt und umbricht", "Kultur", "3"],
    ["A & <b>B</b> <script>", "Bildung, Soziales", "7"],
    ["جمعية الجالية العربية", "Moschee", "1"],
    ["", "–", "0"],
]


def test_one_line_cells_as_strings_print_as_the_paragraphs_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = ["Name", "Art", "Verbindungen"]
    rows = [[common.cell(v) for v in row] for row in ROWS * 12]  # more than one chunk and one page
    fast = common.table(header, rows, [120, 60, 40])
    cells = [v for row in fast[0]._cellvalues for v in row]
    assert "Sportverein Eintracht" in cells and "A & <b>B</b> <script>" in cells and "Name" in cells
    assert not any(isinstance(v, str) and "umbricht" in v for v in cells)  # wraps: stays a paragraph
    assert not any(isinstance(v, str) and "جمعية" in v for v in cells)  # right-to-left: laid out by us
    made = _pixels(fast, tmp_path / "fast.pdf")

    monkeypatch.setattr(common, "_one_line_cells", lambda rows, widths: ([list(r) for r in rows], []))
    rows = [[common.cell(v) for v in row] for row in ROWS * 12]
    plain = common.table(header, rows, [120, 60, 40])
    assert not any(isinstance(v, str) for row in plain[0]._cellvalues for v in row)
    assert made == _pixels(plain, tmp_path / "paragraphs.pdf")
    assert len(made) == 2


def _graph(n: int) -> Graph:
    nodes = tuple(
        Node(
            f"id{i}",
            f"Akteur {i}",
            ("verein", "religious", "administration")[i % 3],
            (i * 37) % 101,
            (i * 53) % 97,
        )
        for i in range(n)
    )
    links = tuple(
        Link(
            f"l{i}",
            f"id{i}",
            f"id{(i * 7 + 3) % n}",
            ("cooperation", "membership", "informal")[i % 3],
            1 + i % 3,
            "",
            1,
        )
        for i in range(n)
        if i != (i * 7 + 3) % n
    )
    return Graph("m", nodes, links)


def _as_shapes(figure: netmap._Map) -> Drawing:
    """The same map as ReportLab's own shapes: paths of operators, labels as Strings on top."""
    ref = Drawing(figure.width, figure.height, initialFontName=SANS, initialFontSize=8)
    for path in figure.paths:
        if path.shape is netmap._LINES:
            operators = [_MOVETO, _LINETO]
        else:
            operators = [_MOVETO, _CURVETO, _CURVETO, _CURVETO, _CURVETO, _CLOSEPATH]
        count = len(path.points) // path.shape[1]
        ref.add(
            ShapePath(
                [round(v, 2) for v in path.points],  # the map writes two decimals
                operators * count,
                strokeColor=path.stroke,
                strokeWidth=path.width,
                strokeDashArray=list(path.dashes) or None,
                strokeLineCap=1 if path.dots else 0,
                fillColor=None,
            )
        )
    for shape in [*figure.contents, *figure.labels]:
        ref.add(shape)
    return ref


@pytest.mark.parametrize("size", [12, 90])  # names at every dot; numbers, hubs on a white ground
def test_the_map_written_straight_to_the_page_looks_like_its_shapes(tmp_path: Path, size: int) -> None:
    labels = {"verein": "Verein", "religious": "Religionsgemeinschaft", "administration": "Verwaltung"}
    kinds = {"cooperation": "Kooperation", "membership": "Mitgliedschaft", "informal": "Informell"}
    figure, nodes = netmap.network_figure(_graph(size), labels, 400, kind_labels=kinds)
    assert isinstance(figure, netmap._Map) and len(nodes) == size
    assert figure.paths and figure.labels
    made = _pixels([figure], tmp_path / "map.pdf")
    assert made == _pixels([_as_shapes(figure)], tmp_path / "shapes.pdf")


def _as_reportlab(figure: Drawing) -> Drawing:
    """The same shapes in a plain ``Drawing``: drawn by ReportLab's renderer, shape by shape."""
    return Drawing(figure.width, figure.height, *figure.contents, initialFontName=SANS, initialFontSize=8)


def _mixed() -> Drawing:
    """Every kind of shape the charts use, in an order where state must not leak from one to the next:
    a see-through rectangle before an opaque one, a dashed line before a plain one, labels of each
    anchor between shapes, right-to-left text (a group), a polygon and a circle."""
    d = charts.drawing(300, 120)
    d.add(Rect(10, 10, 80, 40, fillColor=colors.Color(1, 0, 0, alpha=0.3), strokeColor=None))
    d.add(charts.label(12, 20, "auf Rot", 12, colour=INK))
    d.add(Rect(50, 30, 80, 40, fillColor=ACCENT, strokeColor=RULE, strokeWidth=2))
    d.add(charts.label(150, 100, "Mitte", 9, anchor="middle"))
    d.add(Rect(140, 30, 30, 30, fillColor=ACCENT, strokeColor=None))
    d.add(Line(0, 0, 300, 120, strokeColor=INK, strokeWidth=3, strokeDashArray=[4, 2]))
    d.add(Line(0, 120, 300, 0, strokeColor=INK, strokeWidth=0.5))
    d.add(charts.label(290, 60, "rechtsbündig", 8, anchor="end", colour=MUTED))
    d.add(charts.label(10, 100, "جمعية الجالية", 8))
    d.add(Polygon([200, 10, 260, 10, 230, 50], fillColor=LIGHT, strokeColor=RULE))
    d.add(Rect(180, 60, 40, 20, fillColor=None, strokeColor=ACCENT, strokeWidth=1))
    d.add(charts.label(228, 76, "WW", 12))  # under the circle that follows
    d.add(Circle(240, 80, 6, fillColor=ACCENT, strokeColor=None))
    d.add(charts.label(200, 65, "über dem Kreis", 7))
    return d


@pytest.mark.parametrize(
    "make",
    [
        _mixed,
        lambda: charts.barrier_bars(
            [("Sprache", 3), ("Zeit", 1), ("Ein sehr langer Barrierentitel, gekürzt", 2)]
        ),
        lambda: charts.pillar_radar(
            ["Information", "Beteiligung", "Vernetzung", "Anerkennung"],
            [("Ausgangserhebung", [2, 3, None, 4]), ("Folgeerhebung", [3, 3.5, 2, 4.5])],
        ),
        lambda: charts.timeline(
            [
                ("Sprechstunde", date(2026, 1, 5), date(2026, 6, 30), "running"),
                ("Fest", None, date(2026, 9, 1), "planned"),
            ],
            {"running": "#2e7d32", "planned": "#5f6b76"},
            legend={"running": "Läuft", "planned": "Geplant"},
            today=date(2026, 3, 15),
        ),
        lambda: charts.progress_bar(0.4),
    ],
)
def test_charts_written_straight_to_the_page_look_like_reportlabs_drawing(tmp_path: Path, make) -> None:
    figure = make()
    assert isinstance(figure, FlatDrawing)
    made = _pixels([figure], tmp_path / "flat.pdf")
    assert made == _pixels([_as_reportlab(make())], tmp_path / "reportlab.pdf")
