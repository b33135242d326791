"""The Qt calls the pages make are the current API of the PySide6 we ship: filtering the Maßnahmen list
raised "QSortFilterProxyModel.invalidateRowsFilter() is marked as deprecated" on every key typed."""

from __future__ import annotations

import warnings

from PySide6.QtCore import Qt

from vopi_desktop.store.dto.measures import MeasureInput


def test_filtering_the_measures_warns_of_nothing_deprecated(qtbot, ctx, municipality, open_window) -> None:
    for title in ("Lesepaten", "Sprachcafé"):
        ctx.workspace.measures.create(municipality.id, MeasureInput(title=title))
    page = open_window("measures").page("measures")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        qtbot.keyClicks(page.search, "lese")
        assert page.table.model().rowCount() == 1
        page.search.clear()
        page.status_filter.setCurrentIndex(1)
        page.pillar_filter.setCurrentIndex(1)
        qtbot.mouseClick(page.overdue, Qt.MouseButton.LeftButton)
        assert page.overdue.isChecked()
    deprecated = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert deprecated == []
