"""Charts written straight to the page: lines, rectangles and one-line strings without ReportLab's
per-shape state machinery; every other shape through ReportLab's own renderer, in the same order.

ReportLab's renderer saves and restores the graphics state around every shape and works out which
of its attributes change (about 35 µs a shape). The 25 dossiers' charts are 3,500 shapes, nearly all
lines, plain rectangles and labels; written here, each costs a few canvas calls, and a colour, width
or font is set only when it differs from the shape before (colours compared by identity: our
charts use a few shared ones). The page is the same.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String, _unset_
from reportlab.pdfbase.pdfmetrics import stringWidth

_SHIFT = {"start": 0.0, "inherited": 0.0, "middle": 0.5, "end": 1.0}  # a string's x moves by its width × this


def _plain(node) -> bool:
    """Whether ``node`` is one this module writes: a shape with dashes, caps or opacities of its own
    stays with ReportLab, which keeps such state to the one shape. (A colour's alpha is set with the
    colour, by ReportLab's canvas and text object alike.)"""
    kind = type(node)
    if kind is String:
        return (
            node.fillColor is not None
            and not getattr(node, "textRenderMode", 0)
            and node.textAnchor in _SHIFT  # "numeric" aligns on a decimal point: ReportLab's
        )
    if kind is Rect:
        if node.rx or node.ry or getattr(node, "fillOpacity", None) is not None:
            return False
    elif kind is not Line:
        return False
    return (
        node.strokeDashArray is None
        and node.strokeLineCap == 0
        and node.strokeLineJoin == 0
        and node.strokeOpacity is None
    )


class FlatDrawing(Drawing):
    """A ``Drawing`` whose lines, rectangles and strings are written straight to the canvas."""

    def draw(self, showBoundary=_unset_) -> None:  # noqa: N803 (ReportLab's name)
        boundary = (
            getattr(self, "_showBoundary", rl_config.showBoundary)
            if showBoundary is _unset_
            else showBoundary
        )
        if self.transform != (1, 0, 0, 1, 0, 0) or self.renderScale != 1 or boundary:
            super().draw(showBoundary)  # a transform, a scale or a debugging frame: ReportLab's own way
            return
        canv = self.canv
        canv.saveState()
        fill = stroke = width = font = text = None
        other: list = []  # shapes for ReportLab's renderer, kept together while they follow each other
        for node in [*self.contents, None]:
            plain = node is not None and _plain(node)
            # a run of strings shares one text object, written before whatever follows it: the
            # page's order is the drawing's (a text object's colour is set as it is recorded)
            if text is not None and not (plain and type(node) is String):
                canv.drawText(text)
                text, fill, font = None, None, None
            if other and (plain or node is None):
                renderPDF.draw(Drawing(self.width, self.height, *other, **self._initial()), canv, 0, 0)
                other, fill, stroke, width, font = [], None, None, None, None
            if node is None:
                break
            if not plain:
                other.append(node)
                continue
            if type(node) is String:
                if text is None:
                    text = canv.beginText()
                if (node.fontName, node.fontSize) != font:
                    font = (node.fontName, node.fontSize)
                    text.setFont(*font)
                if node.fillColor is not fill:
                    fill = node.fillColor
                    text.setFillColor(fill)
                x = node.x
                shift = _SHIFT.get(node.textAnchor, 0.0)
                if shift:
                    x -= shift * stringWidth(node.text, node.fontName, node.fontSize, node.encoding)
                text.setTextOrigin(x, node.y)
                text.textOut(node.text)
                continue
            if node.strokeColor is not None:
                if node.strokeColor is not stroke:
                    stroke = node.strokeColor
                    canv.setStrokeColor(stroke)
                if node.strokeWidth != width:
                    width = node.strokeWidth
                    canv.setLineWidth(width)
            if type(node) is Line:
                if node.strokeColor is not None:
                    canv.line(node.x1, node.y1, node.x2, node.y2)
                continue
            if node.fillColor is not None and node.fillColor is not fill:
                fill = node.fillColor
                canv.setFillColor(fill)
            painted = (node.strokeColor is not None, node.fillColor is not None)
            if any(painted):
                canv.rect(
                    node.x, node.y, node.width, node.height, stroke=int(painted[0]), fill=int(painted[1])
                )
        canv.restoreState()

    def _initial(self) -> dict:
        return {"initialFontName": self.initialFontName, "initialFontSize": self.initialFontSize}
