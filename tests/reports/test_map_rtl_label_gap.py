"""An Arabic name beside its dot on the map: its box is as wide as the shaped glyphs, so a name set to
the left of its dot ends at the dot (measured with the Latin face's missing-glyph widths, it stood
about 40 points away, review 4 K2 follow-up)."""

from __future__ import annotations

from reportlab.graphics.shapes import Group, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from vopi_desktop.reports import netmap
from vopi_desktop.store.dto.network import Graph, Link, Node

NAME = "جمعية الصداقة العربية"
TYPES = {"migrant_org": "Migrantenorganisation", "verein": "Verein"}


def test_a_name_left_of_its_dot_ends_at_the_dot() -> None:
    # the Arabic actor at the right edge: no room for its name on the right, so it goes to the left
    graph = Graph(
        "m",
        (Node("a", NAME, "migrant_org", 100.0, 0.0), Node("b", "Turnverein", "verein", 0.0, 0.0)),
        (Link("l", "a", "b", "cooperation", 1, "", 1),),
    )
    figure, _nodes = netmap.network_figure(graph, TYPES, 300)
    arabic = [shape for shape in figure.contents if isinstance(shape, Group)]
    assert len(arabic) == 1
    glyphs = [s for s in arabic[0].contents if isinstance(s, String)]
    right = max(s.x + stringWidth(s.text, s.fontName, s.fontSize) for s in glyphs)
    dots = [s for s in figure.labels if s.text == "Turnverein"]
    assert dots  # the other name is there too
    # the Arabic actor's dot: the rightmost point of the map's dots
    dot_x = max(
        path.points[0::2][i] for path in figure.paths if path.dots for i in range(len(path.points) // 2)
    )
    assert 0 < dot_x - right < 6, (dot_x, right)


def test_a_ringed_actors_name_stands_beside_the_ring() -> None:
    """A migrant organisation without a link is ringed red; its name starts beyond the ring, not on it."""
    graph = Graph(
        "m",
        (
            Node("a", "Kulturverein Anatolien", "migrant_org", 100.0, 0.0),  # no link: ringed
            Node("b", "Turnverein", "verein", 0.0, 50.0),
            Node("c", "Chor", "verein", 0.0, 0.0),
        ),
        (Link("l", "b", "c", "cooperation", 1, "", 1),),
    )
    figure, _nodes = netmap.network_figure(graph, TYPES, 300)
    (name,) = [s for s in figure.labels if s.text.startswith("Kulturverein")]
    ring = next(path for path in figure.paths if path.shape is netmap._CIRCLES)
    centre_x = ring.points[6]  # the ring's points: its right end, then its top (netmap._circle)
    outer = ring.points[0] - centre_x + ring.width / 2
    right = name.x + stringWidth(name.text, name.fontName, name.fontSize)
    assert right <= centre_x - outer or name.x >= centre_x + outer, (name.x, right, centre_x, outer)
