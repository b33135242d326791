"""Hemmnisse → "Maßnahme aus einem Ansatz…": a measure planned for several other barriers names them in
the list's order (B2, B3, B4 … as the Hemmnisse page lists them), never in the order the database hands the
measure's links back ("schon geplant für B4, B2, B3" read as a slip)."""

from __future__ import annotations

from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui.pages.measures.suggest import approach_menu


def test_the_other_barriers_in_the_lists_order(ctx, municipality, open_window) -> None:
    ws = ctx.workspace
    keys = ("B1", "B2", "B3", "B4", "B5", "B6")
    saved = {k: ws.barriers.save(municipality.id, BarrierInput(key=k, relevance=3), None) for k in keys}
    approach = ctx.catalog.approaches_for_barrier("B1")[0]
    # the links come back in the order of the barriers' random ids: five of them sorted by chance once in 120
    linked = [saved[k].id for k in ("B6", "B4", "B2", "B5", "B3")]
    ws.measures.create(municipality.id, MeasureInput(title="Lotsen", kind=approach.key, barrier_ids=linked))
    page = open_window("barriers").page("barriers")
    menu = approach_menu(page, saved["B1"].id, "B1", page)
    (entry,) = [a.text() for a in menu.actions() if a.text().startswith(f"{approach.key} ")]
    assert entry.endswith("schon geplant für B2, B3, B4, B5, B6: „Lotsen“"), entry
