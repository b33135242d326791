"""The wheel over a page's filter or choice combo above a list (Maßnahmen's "Stand", Zeitplan's "Zeitraum",
Akteure's "Art", Mitmachen's "Sprache", …) changes it only while it has the focus: a user scrolling past
an unfocused one keeps the list as filtered (the forms were guarded in G26, the pages' own combos not).
Every page of the example town, every visible combo box, date and spin box outside its forms."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from vopi_desktop.store.dto.municipality import MunicipalityInput

from .conftest import each_page, shown_window
from .wheel import check_unfocused, fields_of


def test_the_wheel_over_an_unfocused_page_combo_changes_no_filter(qtbot, ctx, open_example) -> None:
    window = open_example()
    tried: dict[str, int] = {}
    for key, page in each_page(ctx, window):
        fields = [f for f in fields_of(page) if not any(e.isAncestorOf(f) for e in page.editors)]
        check_unfocused(window, key, fields)
        tried[key] = sum(isinstance(f, QComboBox) for f in fields)
    for area in ("measures", "timeline", "actors", "outreach", "barriers"):
        assert tried.get(area), (area, tried)  # each has filter combos, and they were tried


def test_the_wheel_over_the_unfocused_municipality_switcher_keeps_the_town(qtbot, ctx, municipality) -> None:
    """The toolbar's "Kommune" list: a wheel passing over it on the way to the menu keeps the town shown."""
    ctx.workspace.municipalities.create(MunicipalityInput(name="Zweitstadt", kind="gemeinde", state="BW"))
    window = shown_window(qtbot, ctx)
    ctx.tasks.settle()
    assert window.switcher.count() == 2
    shown = window.municipality_id
    check_unfocused(window, "toolbar", [window.switcher])
    assert window.municipality_id == shown
