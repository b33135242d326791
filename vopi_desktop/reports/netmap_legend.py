"""The printed network map's legend: a dot per actor type, the red ring of a migrant organisation
without a link, a line sample per link kind and the widths of the strengths (as the screen's legend)."""

from __future__ import annotations

from reportlab.graphics.shapes import _LINETO, _MOVETO, Circle, Drawing, Path, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..lang import t
from ..palette import ISOLATED_COLOUR, KIND_DASHES
from .charts import fit, label
from .fonts import SANS
from .styles import MUTED

ISOLATED = colors.HexColor(ISOLATED_COLOUR)


def dashes(kind: str, width: float) -> list[float]:
    """The link kind's pattern; the dashes scale with the width, as Qt's pen styles do."""
    return [max(width, 0.5) * v for v in KIND_DASHES.get(kind, ())]


def _line_path(points: list[float], operators: list[int], kind: str, width: float, colour) -> Path:
    """Lines in the link kind's pattern (the legend's samples)."""
    return Path(
        points,
        operators,
        strokeColor=colour,
        strokeWidth=width,
        fillColor=None,
        strokeDashArray=dashes(kind, width) or None,
    )


GAP = 10.0  # between two entries of a legend row


def legend(
    d: Drawing,
    present: list[str],
    colours,
    type_labels: dict[str, str],
    width: float,
    rows: int,
    ringed: bool = False,
) -> None:
    """Actor types (and the red ring) from the top row down; the link kinds (if any) take the last row.

    Each entry as wide as its full label, left to right, a new row when one is full: the labels cut to
    a quarter of the width lost their ends ("Migrantenorganisation ohne…", review 4 K2). Only when
    the full labels need more than ``rows`` rows do they share four columns, shortened."""
    ring = t("Migrantenorganisation ohne Verbindung", "Migrant organisation without a link")
    entries = [(key, type_labels.get(key, key)) for key in present] + ([("", ring)] if ringed else [])
    # the rows the grid would take (the link kinds, if any, take the row below them)
    places = _flow(
        [11 + stringWidth(text, SANS, 7.5) for _key, text in entries], width, -(-len(entries) // 4)
    )
    col_w = width / 4
    for i, (key, text) in enumerate(entries):
        if places is None:  # four columns of a quarter each
            x, row, room = (i % 4) * col_w, i // 4, col_w - 14
        else:
            (x, row), room = places[i], width
        y = 4 + 12 * (rows - 1 - row)
        if key:
            d.add(Circle(x + 4, y + 3, 3.2, fillColor=colours[key], strokeColor=None))
        else:  # the red ring, as the screen's legend has it
            d.add(Circle(x + 4, y + 3, 4.2, fillColor=None, strokeColor=ISOLATED, strokeWidth=1.0))
        d.add(label(x + 11, y, fit(text, SANS, 7.5, room), 7.5, colour=MUTED))
    d.add(Rect(0, rows * 12 + 3, width, 0.4, fillColor=MUTED, strokeColor=None))


def _flow(widths: list[float], width: float, rows: int) -> list[tuple[float, int]] | None:
    """(x, row) of entries ``widths`` wide set one after another in rows of ``width``; None when
    they need more than ``rows`` rows."""
    places: list[tuple[float, int]] = []
    x, row = 0.0, 0
    for w in widths:
        if x and x + w > width:
            x, row = 0.0, row + 1
        places.append((x, row))
        x += w + GAP
    return places if row < rows else None


def kinds_legend(d: Drawing, kinds: list[str], kind_labels: dict[str, str], width: float) -> None:
    """The bottom row: a line sample per link kind, then the widths of the three strengths."""
    col_w = width / 5
    colour = colors.Color(0.35, 0.4, 0.46)
    for i, key in enumerate(kinds[:4]):
        x = i * col_w
        d.add(_line_path([x, 7.0, x + 16, 7.0], [_MOVETO, _LINETO], key, 1.2, colour))
        d.add(label(x + 20, 4, fit(kind_labels.get(key, key), SANS, 7.5, col_w - 22), 7.5, colour=MUTED))
    x = 4 * col_w
    for n, strength in enumerate((1, 2, 3)):
        d.add(
            _line_path([x + 6 * n, 3.0, x + 6 * n + 4, 11.0], [_MOVETO, _LINETO], "", 0.6 * strength, colour)
        )
    d.add(
        label(
            x + 22, 4, fit(t("Stärke 1 bis 3", "Strength 1 to 3"), SANS, 7.5, col_w - 24), 7.5, colour=MUTED
        )
    )
