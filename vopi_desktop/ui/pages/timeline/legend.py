"""The Zeitplan's legend below the chart: what a bar's colour, a step's stroke, a diamond and the red
line mean. Rich text of our own words only (catalogue labels escaped), so it wraps at a narrow width."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from ....catalog import Catalog
from ..measures.model import STATUS_COLOURS

LIGHT = ("idea", "cancelled")  # drawn lighter on the chart, so in the legend too
EVENT, TODAY = "#e0a000", "#c00000"


def _mark(glyph: str, colour: str, back: str = "") -> str:
    style = f"color:{colour};" + (f"background-color:{back};" if back else "")
    return f'<span style="{style}">{glyph}</span>'


def legend(catalog: Catalog) -> QLabel:
    """A wrapping label; its accessible description says the same in plain words."""
    entries: list[tuple[str, str]] = []  # (mark as rich text, plain words)
    for key, name in catalog.vocab("measure_status").items():
        colour = QColor(STATUS_COLOURS.get(key, "#777777"))
        shown = colour.lighter(130) if key in LIGHT else colour
        entries.append((_mark("■", shown.name()), name))
    bar = STATUS_COLOURS["planned"]
    entries += [
        (_mark("&nbsp;|&nbsp;", "#000000", bar), QCoreApplication.translate("TimelineLegend", "Step open")),
        (_mark("&nbsp;|&nbsp;", "#ffffff", bar), QCoreApplication.translate("TimelineLegend", "Step done")),
        (_mark("◆", EVENT), QCoreApplication.translate("TimelineLegend", "Event")),
        (_mark("<b>|</b>", TODAY), QCoreApplication.translate("TimelineLegend", "Today")),
    ]
    label = QLabel(" &nbsp; ".join(f"{mark}&nbsp;{escape(words)}" for mark, words in entries))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("TimelineLegend", "Legend"))
    label.setAccessibleDescription(" · ".join(words for _mark_, words in entries))
    return label
