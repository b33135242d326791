"""Charts drawn with ReportLab's own vector graphics (sharp on paper): barrier bars, pillar radar,
measure timeline. Every ``Drawing`` gets ``initialFontName`` and every String our font, so no
standard (non-embedded) PDF font slips into the file."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from reportlab import rl_config
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..lang import t
from . import rtl
from .flat_drawing import FlatDrawing
from .fonts import SANS, SANS_BOLD, register_fonts, shown
from .styles import ACCENT, FRAME_WIDTH, INK, LIGHT, MUTED, RULE

# ReportLab checks every attribute of every shape as it is set (a development aid, on by default):
# a tenth of a dossier's time with its network map. Our shapes are built by our code, not from input.
rl_config.shapeChecking = 0

ROUND_COLOURS = (colors.HexColor("#9aa5b1"), ACCENT)  # older round grey, newer round blue
TODAY = colors.HexColor("#d9822b")  # the timeline's "heute" line (no status colour)


def drawing(width: float, height: float) -> Drawing:
    register_fonts()
    return FlatDrawing(width, height, initialFontName=SANS, initialFontSize=8)


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis to fit ``width`` (labels must not run into the bars)."""
    text = shown(text)
    if rtl.has_rtl(text):
        return _fit_rtl(text, font, size, width)
    if stringWidth(text, font, size) <= width:
        return text
    # the longest start that fits with the ellipsis
    low = _most(len(text) - 1, lambda n: stringWidth(text[:n] + "…", font, size) <= width)
    return text[:low].rstrip() + "…"


def _most(count: int, fits: Callable[[int], bool]) -> int:
    """The largest n up to ``count`` for which ``fits(n)`` holds (it holds up to some n, then no more):
    a bisection, instead of measuring the text once per character or word taken off."""
    low, high = 0, count
    while low < high:
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low


def text_width(text: str, font: str, size: float) -> float:
    """The width ``label`` draws ``text`` in: right-to-left text shaped in the Arabic faces."""
    return _rtl_width(text, font, size) if rtl.has_rtl(text) else stringWidth(text, font, size)


def _rtl_width(text: str, font: str, size: float) -> float:
    """The width ``label`` draws right-to-left text in (shaped, with the Arabic faces)."""
    found, _base = rtl.words([(text, font)], size)
    return sum(w.width for w in found) + sum(w.space_width for w in found[:-1])


def _fit_rtl(text: str, font: str, size: float, width: float) -> str:
    """Right-to-left text cut after its last whole word that fits with the ellipsis: a word cut in the
    middle ("…الأل") is a fragment an Arabic reader does not recognise. Only a first word too wide
    alone is cut by characters."""
    if _rtl_width(text, font, size) <= width:
        return text
    parts = text.split()
    words = _most(len(parts) - 1, lambda n: _rtl_width(" ".join(parts[:n]) + "…", font, size) <= width)
    if words:
        return " ".join(parts[:words]) + "…"
    low = _most(len(text) - 1, lambda n: _rtl_width(text[:n] + "…", font, size) <= width)
    return text[:low].rstrip() + "…"


LINE = 9.5  # the line height of a two-line radar label


def wrap(text: str, font: str, size: float, width: float, lines: int = 2) -> list[str]:
    """The text in at most ``lines`` lines of ``width``, broken between words; the last line shortened
    with "…" if the rest does not fit (a long pillar title reads whole instead of cut after a line)."""
    words = shown(text).split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and stringWidth(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        out.append(line)
    if words:
        out.append(fit(" ".join(words), font, size, width))
    return [fit(line, font, size, width) for line in out] or [""]


def label(
    x: float, y: float, text: str, size: float = 8, font: str = SANS, anchor: str = "start", colour=INK
) -> Group | String:
    """A one-line label; Arabic script is shaped and ordered right-to-left like body text."""
    text = shown(text)
    if rtl.has_rtl(text):
        group = Group()
        words, _base = rtl.words([(text, font)], size)
        pieces = rtl.visual_line(words)
        width = sum(p.width for p in pieces)
        x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
        for piece in pieces:
            if piece.glyphs.strip():
                group.add(String(x, y, piece.glyphs, fontName=piece.font, fontSize=size, fillColor=colour))
            x += piece.width
        return group
    return String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def barrier_bars(
    rows: Sequence[tuple[str, int]], width: float = FRAME_WIDTH, scale_labels=("0", "1", "2", "3")
) -> Drawing:
    """Horizontal bars: one barrier per row, its relevance 0..3 as bar length."""
    row_h, top, bottom = 14, 6, 22
    label_w = min(width * 0.48, 250)
    d = drawing(width, top + bottom + row_h * max(len(rows), 1))
    x0, span = label_w + 8, width - label_w - 20
    y = d.height - top
    for n in range(4):  # grid and scale
        gx = x0 + span * n / 3
        d.add(Line(gx, bottom - 4, gx, d.height - top, strokeColor=RULE, strokeWidth=0.4))
        d.add(label(gx, bottom - 14, scale_labels[n], 7.5, anchor="middle", colour=MUTED))
    for title, relevance in rows:
        y -= row_h
        d.add(label(label_w, y + 4, fit(title, SANS, 8, label_w), 8, anchor="end"))
        if relevance:
            d.add(Rect(x0, y + 2, span * relevance / 3, row_h - 5, fillColor=ACCENT, strokeColor=None))
        else:  # rated "none": the word at the axis, no bar (a sliver read as "almost nothing", review 4 K10)
            d.add(label(x0 + 3, y + 4, scale_labels[0], 7.5, colour=MUTED))
    return d


def pillar_radar(
    axes: Sequence[str], rounds: Sequence[tuple[str, Sequence[float | None]]], size: float = 230
) -> Drawing:
    """A radar of the pillar averages (scale 1..5) for up to two rounds, with a legend below."""
    width = FRAME_WIDTH
    d = drawing(width, size + 30)
    cx, cy, radius = width / 2, 30 + size / 2, size / 2 - 26
    count = max(len(axes), 3)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / count
        r = radius * value / 5
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for level in range(1, 6):  # rings 1..5
        ring = [c for i in range(count) for c in point(i, level)]
        d.add(Polygon(ring, fillColor=LIGHT if level == 5 else None, strokeColor=RULE, strokeWidth=0.4))
    for i, name in enumerate(axes):
        ex, ey = point(i, 5)
        d.add(Line(cx, cy, ex, ey, strokeColor=RULE, strokeWidth=0.4))
        lx, ly = point(i, 5.7)
        middle = abs(lx - cx) < 5
        anchor = "middle" if middle else ("start" if lx > cx else "end")
        room = 190.0 if middle else min((width - lx) if lx > cx else lx, 190.0) - 2
        lines = wrap(name, SANS_BOLD, 8, room, 2 if middle else 3)  # the sides have room for a third
        # two lines grow away from the radar above and below it, and around the label's middle at the sides
        first = (
            ly
            - 3
            + (LINE * (len(lines) - 1) if ly > cy + 5 else 0 if ly < cy - 5 else LINE * (len(lines) - 1) / 2)
        )
        for n, line in enumerate(lines):
            d.add(label(lx, first - n * LINE, line, 8, SANS_BOLD, anchor))
    for n, (_title, values) in enumerate(rounds[-2:]):
        colour = ROUND_COLOURS[n if len(rounds) > 1 else 1]
        pts = [(i, v) for i, v in enumerate(values) if v is not None]
        if len(pts) >= 3 and len(pts) == len(values):
            coords = [c for i, v in pts for c in point(i, v)]
            d.add(Polygon(coords, fillColor=colors.Color(colour.red, colour.green, colour.blue, alpha=0.12),
                          strokeColor=colour, strokeWidth=1.6))  # fmt: skip
        elif len(pts) >= 2:
            d.add(PolyLine([c for i, v in pts for c in point(i, v)], strokeColor=colour, strokeWidth=1.6))
        for i, v in pts:
            px, py = point(i, v)
            d.add(Circle(px, py, 2.2, fillColor=colour, strokeColor=None))
    for level in range(1, 6):  # the scale beside the upward axis, as on the screen (over the rounds,
        sx, sy = point(0, level)  # on a white ground: near the centre the polygons' lines crossed it)
        number = str(level)
        d.add(Rect(sx + 2, sy - 3.2, stringWidth(number, SANS, 6.5) + 2, 7, fillColor=colors.white,
                   strokeColor=None))  # fmt: skip
        d.add(label(sx + 3, sy - 2.3, number, 6.5, colour=MUTED))
    x = 10
    for n, (title, _values) in enumerate(rounds[-2:]):
        colour = ROUND_COLOURS[n if len(rounds) > 1 else 1]
        d.add(Rect(x, 6, 10, 6, fillColor=colour, strokeColor=None))
        text = fit(title, SANS, 8, width / 2 - 30)
        d.add(label(x + 14, 6, text, 8))
        x += 24 + stringWidth(text, SANS, 8)
    return d


def timeline(
    bars: Sequence[tuple[str, date | None, date | None, str]],
    colours: dict[str, str],
    width: float = FRAME_WIDTH,
    legend: dict[str, str] | None = None,
    today: date | None = None,
) -> Drawing | None:
    """A Gantt strip: one row per measure from start to end, coloured by status; month ticks on top.

    ``bars`` are (title, start, end, status); rows without any date are left out (None if none has one).
    ``legend``: status → label, a swatch for each status drawn, in a row below the bars (the grid stops
    above it). ``today`` inside the months drawn: a line marks it, named in the legend row.
    """
    dated = [(t, s or e, e or s, st) for t, s, e, st in bars if s or e]
    if not dated:
        return None
    first = min(s for _t, s, _e, _st in dated)
    last = max(e for _t, _s, e, _st in dated)
    first = date(first.year, first.month, 1)
    days = max((last - first).days + 1, 31)
    row_h, head = 13, 18
    label_w = min(width * 0.36, 190)
    shown = [s for s in (legend or {}) if any(st == s for _t, _s, _e, st in dated)]
    marked = today is not None and first <= today < first + timedelta(days=days)
    foot = 14 if shown or marked else 0
    d = drawing(width, head + row_h * len(dated) + 4 + foot)
    x0, span = label_w + 6, width - label_w - 10
    top = d.height - head + 4  # the grid from the bars' foot to the month labels

    def xpos(day: date) -> float:
        return x0 + span * (day - first).days / days

    # every month a grid line; a label every ``step`` months, so that labels keep apart (a month is
    # narrow on a long plan: "02/2703/27")
    month_w = span * 30.44 / days
    step = max(1, math.ceil((stringWidth("00/00", SANS, 6.5) + 5) / month_w))
    lines = 1 if month_w >= 4 else step  # on a plan of years, a grid line per label
    month, n = first, 0
    while month <= last:
        gx = xpos(month)
        if n % lines == 0:
            d.add(Line(gx, foot, gx, top, strokeColor=RULE, strokeWidth=0.3))
        if n % step == 0 and gx + 1.5 + stringWidth("00/00", SANS, 6.5) <= width:
            d.add(label(gx + 1.5, d.height - head + 7, month.strftime("%m/%y"), 6.5, colour=MUTED))
        m = month.month
        month, n = date(month.year + m // 12, m % 12 + 1, 1), n + 1
    y = d.height - head
    for title, start, end, status in dated:
        y -= row_h
        d.add(label(label_w, y + 3.5, fit(title, SANS, 7.5, label_w), 7.5, anchor="end"))
        colour = colors.HexColor(colours.get(status, "#5f6b76"))
        d.add(
            Rect(
                xpos(start),
                y + 1.5,
                max(xpos(end) - xpos(start), 2.5),
                row_h - 4,
                fillColor=colour,
                strokeColor=None,
            )
        )
    x = x0
    for status in shown:  # what the colours mean, as the Zeitplan's legend says it on screen
        text = (legend or {})[status]
        d.add(Rect(x, 2, 9, 7, fillColor=colors.HexColor(colours.get(status, "#5f6b76")), strokeColor=None))
        d.add(label(x + 12, 2.5, text, 7, colour=MUTED))
        x += 12 + stringWidth(text, SANS, 7) + 12
    if marked and today is not None:  # over the bars, and its name in the legend row
        tx = xpos(today)
        d.add(Line(tx, foot, tx, top, strokeColor=TODAY, strokeWidth=0.9))
        d.add(Line(x + 4, 1, x + 4, 10, strokeColor=TODAY, strokeWidth=0.9))
        d.add(label(x + 8, 2.5, t("heute", "today"), 7, colour=MUTED))
    return d


def progress_bar(share: float | None, width: float = 120, height: float = 8) -> Drawing:
    """A small filled bar for checklist and phase progress ("–" when there is nothing to count)."""
    d = drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=LIGHT, strokeColor=RULE, strokeWidth=0.4))
    if share:
        d.add(Rect(0, 0, width * min(share, 1.0), height, fillColor=ACCENT, strokeColor=None))
    return d
