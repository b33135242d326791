"""The radar chart of the four pillar averages, one outline per round.

The four axes run to the corners, so the 1–5 rings are squares and the long pillar titles get half
the width each above and below the chart. Rounds differ in colour AND in line style and marker
shape, so the chart reads in greyscale print and for people who do not tell the colours apart.
The accessible description says all values in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...widgets.numbers import format_decimal

COLOURS = ("#1f5fa8", "#c4512b", "#2e7d32", "#7b3fa0", "#8a6d00", "#00838f")
STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
CORNERS = ((-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0))  # clockwise from the top left
MAX = 5
MARGIN = 8.0


@dataclass(frozen=True)
class RadarSeries:
    label: str
    values: dict[str, float | None]  # pillar key -> average, None: not assessed
    emphasised: bool = False


def number(value: float | None, signed: bool = False) -> str:
    """A one-decimal figure in the user's locale (2,4 in German); '–' for not assessed."""
    if value is None:
        return "–"
    text = format_decimal(value)
    return ("+" + text) if signed and value > 0.04 else text


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[tuple[str, str]] = []  # (pillar key, title); four expected
        self._series: list[RadarSeries] = []
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can land on it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(360, 320)
        self.setAccessibleName(self.tr("Radar chart of the pillar averages"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    # ----- data
    def set_data(self, axes: list[tuple[str, str]], series: list[RadarSeries]) -> None:
        self._axes, self._series = list(axes), list(series)
        self.setAccessibleDescription(self.summary())
        self.update()

    def series(self) -> list[RadarSeries]:
        return list(self._series)

    def summary(self) -> str:
        """Every value in words: what the chart shows for people who cannot see it."""
        if not self._series:
            return self.tr("No assessment round yet.")
        parts = []
        for s in self._series:
            values = ", ".join(f"{title} {number(s.values.get(key))}" for key, title in self._axes)
            parts.append(f"{s.label}: {values}.")
        return self.tr("Scale 1 to 5, – means not assessed.") + " " + " ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(400, 340)  # the insights below must fit on a 768-pixel screen

    def hasHeightForWidth(self) -> bool:
        return False

    # ----- painting
    def geometry_of_chart(self) -> tuple[QPointF, float, list[tuple[QRectF, int, str]], float]:
        """Centre, half side of the outer ring, the pillar title boxes and the top of the legend.

        The bands above and below the chart are as high as the wrapped titles need, so a long
        title ("Augenhöhe von Verwaltung und zivilgesellschaftlichem Engagement") is never cut.
        """
        fm = QFontMetricsF(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bfm = QFontMetricsF(bold)
        width, height = float(self.width()), float(self.height())
        legend_h = len(self._legend_rows(width - 2 * MARGIN)) * (fm.lineSpacing() + 6)
        bands = [3 * bfm.lineSpacing() + 4] * 2  # above, below
        for _ in range(2):  # the title boxes depend on the chart size and the other way round
            top = MARGIN + bands[0]
            bottom = height - MARGIN - legend_h - bands[1] - 4
            half = max(20.0, min((bottom - top) / 2, (width - 2 * MARGIN) / 2 - 12))
            centre = QPointF(width / 2, (top + bottom) / 2)
            labels = self._label_boxes(centre, half, bfm)
            if len(labels) == 4:
                heights = [rect.height() for rect, _flags, _title in labels]
                bands = [max(heights[0], heights[1]) + 4, max(heights[2], heights[3]) + 4]
        return centre, half, labels, height - MARGIN - legend_h

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetricsF(self.font())
        line = fm.lineSpacing()
        centre, half, labels, legend_top = self.geometry_of_chart()
        self._paint_grid(p, fm, centre, half)
        self._paint_labels(p, labels)
        if not any(v is not None for s in self._series for v in s.values.values()):
            message = self.tr("No scores yet")
            box = QRectF(0, 0, fm.horizontalAdvance(message) + 12, line + 6)
            box.moveCenter(centre)
            p.fillRect(box, self.palette().color(self.backgroundRole()))
            p.setPen(self.palette().color(self.foregroundRole()))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, message)
        ordered = [s for s in self._series if not s.emphasised] + [s for s in self._series if s.emphasised]
        for s in ordered:
            self._paint_series(p, s, self._series.index(s), centre, half)
        self._paint_legend(p, fm, self._legend_rows(self.width() - 2 * MARGIN), legend_top)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()

    def _point(self, centre: QPointF, half: float, corner: int, value: float) -> QPointF:
        dx, dy = CORNERS[corner % 4]
        return QPointF(centre.x() + dx * half * value / MAX, centre.y() + dy * half * value / MAX)

    def _paint_grid(self, p: QPainter, fm: QFontMetricsF, centre: QPointF, half: float) -> None:
        grid = QColor("#9e9e9e")
        text = QColor("#555555")
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        for ring in range(1, MAX + 1):
            r = half * ring / MAX
            p.setPen(QPen(grid, 1.4 if ring == MAX else 0.8))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        for corner in range(4):
            p.drawLine(centre, self._point(centre, half, corner, MAX))
        p.setFont(small)
        sfm = QFontMetricsF(small)
        for ring in range(1, MAX + 1):
            y = centre.y() - half * ring / MAX
            box = QRectF(centre.x() - 8, y - sfm.height() / 2, 16, sfm.height())
            p.fillRect(box, self.palette().color(self.backgroundRole()))
            p.setPen(text)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(ring))
        p.setFont(self.font())

    def _label_boxes(self, centre: QPointF, half: float, bfm: QFontMetricsF) -> list[tuple[QRectF, int, str]]:
        """Each pillar title in a box next to its corner, as high as its wrapped text."""
        boxes = []
        width = float(self.width())
        # at least 170 px wide so the longest German word fits on a line
        inner = min(centre.x() - half - 12, centre.x() - 170)
        for corner, (_key, title) in enumerate(self._axes[:4]):
            dx, dy = CORNERS[corner]
            if dx < 0:
                left = max(MARGIN, inner)
                rect = QRectF(left, 0, centre.x() - 6 - left, 0)
                align = Qt.AlignmentFlag.AlignLeft
            else:
                right = min(width - MARGIN, 2 * centre.x() - inner)
                rect = QRectF(centre.x() + 6, 0, right - centre.x() - 6, 0)
                align = Qt.AlignmentFlag.AlignRight
            flags = int(align | Qt.TextFlag.TextWordWrap)
            rect.setHeight(bfm.boundingRect(QRectF(0, 0, rect.width(), 1000), flags, title).height())
            if dy < 0:
                rect.moveBottom(centre.y() - half - 4)
            else:
                rect.moveTop(centre.y() + half + 4)
            boxes.append((rect, flags, title))
        return boxes

    def _paint_labels(self, p: QPainter, labels: list[tuple[QRectF, int, str]]) -> None:
        p.setPen(self.palette().color(self.foregroundRole()))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        for rect, flags, title in labels:
            p.drawText(rect, flags, title)
        p.setFont(self.font())

    def _pen(self, index: int, emphasised: bool) -> QPen:
        """The chosen round is drawn solid and thick; the others dashed or dotted."""
        pen = QPen(QColor(COLOURS[index % len(COLOURS)]), 3.0 if emphasised else 2.0)
        pen.setStyle(Qt.PenStyle.SolidLine if emphasised else STYLES[index % len(STYLES)])
        return pen

    def _marker(self, p: QPainter, at: QPointF, index: int, size: float) -> None:
        shape = index % 4
        if shape == 0:
            p.drawEllipse(at, size, size)
        elif shape == 1:
            p.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
        else:
            s = size * 1.3
            points = (
                [
                    QPointF(at.x(), at.y() - s),
                    QPointF(at.x() + s, at.y() + s),
                    QPointF(at.x() - s, at.y() + s),
                ]
                if shape == 2
                else [
                    QPointF(at.x(), at.y() - s),
                    QPointF(at.x() + s, at.y()),
                    QPointF(at.x(), at.y() + s),
                    QPointF(at.x() - s, at.y()),
                ]
            )
            p.drawPolygon(QPolygonF(points))

    def _paint_series(self, p: QPainter, s: RadarSeries, index: int, centre: QPointF, half: float) -> None:
        """A filled outline when all pillars are scored; else only the edges between scored neighbours.

        A line across a pillar without a score would suggest a value that nobody gave.
        """
        pen = self._pen(index, s.emphasised)
        colour = QColor(pen.color())
        axes = self._axes[:4]
        points: list[QPointF | None] = [
            None if (value := s.values.get(key)) is None else self._point(centre, half, corner, value)
            for corner, (key, _title) in enumerate(axes)
        ]
        present = [pt for pt in points if pt is not None]
        if not present:
            return
        p.setPen(pen)
        if len(present) == len(axes) > 2:
            fill = QColor(colour)
            fill.setAlpha(60 if s.emphasised else 22)
            p.setBrush(fill)
            p.drawPolygon(QPolygonF(present))
        elif len(axes) > 1:
            for n, start in enumerate(points):
                end = points[(n + 1) % len(points)]
                if start is not None and end is not None:
                    p.drawLine(start, end)
        p.setPen(QPen(colour, 1.5))
        p.setBrush(colour)
        for point in present:
            self._marker(p, point, index, 4.5 if s.emphasised else 3.5)

    def _legend_font(self, emphasised: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(emphasised)
        return font

    def _legend_rows(self, width: float) -> list[list[tuple[int, float]]]:
        """Legend entries (series index, entry width) broken into rows that fit the width."""
        rows: list[list[tuple[int, float]]] = []
        used = width + 1
        for index, s in enumerate(self._series):
            text = QFontMetricsF(self._legend_font(s.emphasised)).horizontalAdvance(s.label)
            entry = min(width, 42 + text)
            if used + entry > width:
                rows.append([])
                used = 0.0
            rows[-1].append((index, entry))
            used += entry + 16
        return rows

    def _paint_legend(
        self, p: QPainter, fm: QFontMetricsF, rows: list[list[tuple[int, float]]], y: float
    ) -> None:
        line = fm.lineSpacing()
        for row in rows:
            total = sum(w for _i, w in row) + 16 * (len(row) - 1)
            x = (self.width() - total) / 2
            for index, entry in row:
                s = self._series[index]
                mid = y + line / 2 + 3
                p.setPen(self._pen(index, s.emphasised))
                p.drawLine(QPointF(x, mid), QPointF(x + 30, mid))
                colour = QColor(COLOURS[index % len(COLOURS)])
                p.setPen(QPen(colour, 1.5))
                p.setBrush(colour)
                self._marker(p, QPointF(x + 15, mid), index, 3.5)
                font = self._legend_font(s.emphasised)
                p.setFont(font)
                p.setPen(self.palette().color(self.foregroundRole()))
                text = QFontMetricsF(font).elidedText(s.label, Qt.TextElideMode.ElideRight, entry - 40)
                p.drawText(QRectF(x + 38, y + 3, entry - 38, line), Qt.AlignmentFlag.AlignVCenter, text)
                x += entry + 16
            y += line + 6
        p.setFont(self.font())
