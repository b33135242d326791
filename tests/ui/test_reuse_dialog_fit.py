"""„Maßnahme aus einem Ansatz…“'s list of measures (``ReuseDialog``) shows each of up to eight measures
whole: a long title is cut with "…" (its tooltip says it all), never pushed into a sideways scroll bar
that covers the last row (three measures, one of a long title: the third was hidden behind it)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from vopi_desktop.ui.pages.measures.reuse import ReuseDialog

LONG = (
    "„Infoabend ‚Mitmachen im Verein‘ mit Dolmetschenden aus fünf Sprachen und Kinderbetreuung im "
    "Bürgerhaus“ – für B2 Nicht gefragt werden; B3 Fehlende Brücken"
)


@pytest.mark.parametrize("count", [3, 6, 8])
def test_every_row_shows(qtbot, count: int) -> None:
    items = [LONG, *(f"„Lotsen {n}“ – für B3 Fehlende Brücken" for n in range(count - 1))]
    dialog = ReuseDialog(items, "Dieser Ansatz ist schon als Maßnahme für andere Hemmnisse geplant.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    choices = dialog.choices
    assert not choices.horizontalScrollBar().isVisible()
    assert not choices.verticalScrollBar().isVisible()
    viewport = choices.viewport().rect()
    for row in range(count):  # each row whole from top to bottom (the text is cut to the width on paint)
        rect = choices.visualItemRect(choices.item(row))
        assert rect.top() >= viewport.top() and rect.bottom() <= viewport.bottom(), (row, rect, viewport)
    assert "Kinderbetreuung im Bürgerhaus“ – für B2" in choices.item(0).toolTip()  # plain, whole
