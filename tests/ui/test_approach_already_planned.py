"""Abdeckung / Hemmnisse → "Maßnahme aus einem Ansatz…" twice (review 2, G21): the menu marks an approach
already planned for this barrier with the measure's name, and choosing it opens that measure instead of
creating the same one again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.measures.reuse import NEW


def _choose(qtbot, page, approach_key: str) -> list[str]:
    """Press the button and pick ``approach_key`` as a user would; the menu's entries."""
    entries: list[str] = []

    def pick(menu) -> None:
        entries.extend(a.text() for a in menu.actions())
        (action,) = [a for a in menu.actions() if a.text().startswith(f"{approach_key} ")]
        action.trigger()

    page.show_menu = pick
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    page.ctx.tasks.settle()
    return entries


def test_an_approach_planned_for_the_barrier_opens_its_measure(qtbot, ctx, municipality, open_window) -> None:
    ws = ctx.workspace
    barrier = ws.barriers.save(municipality.id, BarrierInput(key="B2", relevance=3), None)
    first, second = ctx.catalog.approaches_for_barrier("B2")[:2]
    # the same approach for another barrier: a measure of its own unless the user links that one
    other = ws.barriers.save(municipality.id, BarrierInput(key="B3", relevance=3), None)
    ws.measures.create(
        municipality.id,
        MeasureInput(title="Ehrung für alle Engagierten", kind=first.key, barrier_ids=[other.id]),
    )
    # a cancelled measure of an approach does not keep a new one from being planned
    ws.measures.create(
        municipality.id,
        MeasureInput(title="Alter Versuch", kind=second.key, status="cancelled", barrier_ids=[barrier.id]),
    )
    window = open_window("coverage")
    page = window.page("coverage")
    row = next(r for r, b in enumerate(page.result.barriers) if b.key == "B2")
    page.table.setCurrentCell(row, 0)

    # planned for another barrier only: marked with it, and asked about; a new measure is wanted here
    with messages.use_runner(lambda _dialog: NEW):  # ReuseDialog: a new measure
        entries = _choose(qtbot, page, first.key)
    assert any(e.startswith(f"{first.key} ") and "schon geplant für B3" in e for e in entries)
    made = [
        m for m in ws.measures.list(municipality.id) if barrier.id in m.barrier_ids and m.kind == first.key
    ]
    assert len(made) == 1

    window.show_area("coverage")
    ctx.tasks.settle()
    row = next(r for r, b in enumerate(page.result.barriers) if b.key == "B2")
    page.table.setCurrentCell(row, 0)
    entries = _choose(qtbot, page, first.key)
    marked = [e for e in entries if "schon geplant" in e]
    assert marked == [f"{first.key} {first.title} – schon geplant: „{made[0].title}“"]
    assert not any(e.startswith(f"{second.key} ") and "schon" in e for e in entries)
    assert len(ws.measures.list(municipality.id)) == 3  # nothing created again
    assert window.current_page() is window.page("measures")
    assert window.page("measures").form.title_edit.text() == made[0].title
    assert "ist für dieses Hemmnis schon geplant" in window.statusBar().currentMessage()
