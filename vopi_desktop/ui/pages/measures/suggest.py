"""From a barrier rated 2 or 3 to a measure in two clicks: a menu of the catalogue approaches that
address it; choosing one creates a planned measure already linked to the barrier (undoable). An approach
already planned for the barrier is marked with its measure's name and opens that measure instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from ....store.dto.measures import Measure
from ...messages import fmt
from ..base import Page
from . import commands, open_request

FINISHED = ("done", "cancelled")


def approach_menu(
    page: Page, barrier_id: str, barrier_key: str | None, parent: QWidget | None = None
) -> QMenu:
    """The approaches for the barrier (none for an own barrier: then the menu says so)."""
    menu = QMenu(parent or page)
    menu.setAccessibleName(QCoreApplication.translate("Suggest", "Catalogue approaches for this barrier"))
    approaches = page.ctx.catalog.approaches_for_barrier(barrier_key or "")
    if not approaches:
        empty = menu.addAction(
            QCoreApplication.translate(
                "Suggest", "The catalogue has no approach for this barrier; plan an own measure."
            )
        )
        empty.setEnabled(False)
        return menu
    planned = planned_for(page, barrier_id)
    for approach in approaches:
        name = f"{approach.key} {approach.title}"
        existing = planned.get(approach.key)
        if existing is not None:  # chosen again (a double press, a colleague): open it, not a copy
            said = QCoreApplication.translate("Suggest", "%1 – already planned: “%2”")
            action = menu.addAction(fmt(said, name, existing.title))
            action.triggered.connect(lambda _=False, m=existing: open_planned(page, m))
        else:
            action = menu.addAction(name)
            action.triggered.connect(
                lambda _=False, key=approach.key: create_from_approach(
                    page, barrier_id, key, approach_title(page, key)
                )
            )
        action.setToolTip(approach.description)
    return menu


def planned_for(page: Page, barrier_id: str) -> dict[str, Measure]:
    """The measures in the works for the barrier (an idea, planned or running), by their catalogue
    approach, the first of each; a completed or cancelled one may well be followed by a new one."""
    mid = page.municipality_id
    measures = page.read_now(lambda ws: ws.measures.list(mid)) if mid is not None else None
    found: dict[str, Measure] = {}
    for measure in measures or ():
        if measure.kind and barrier_id in measure.barrier_ids and measure.status not in FINISHED:
            found.setdefault(measure.kind, measure)
    return found


def open_planned(page: Page, measure: Measure) -> None:
    """Show the measure planned before on the Maßnahmen page instead of creating it again."""
    open_request.request(page.ctx, "measures", measure.id)
    page.navigate.emit("measures")
    page.show_info(
        fmt(
            QCoreApplication.translate("Suggest", "“%1” is already planned for this barrier: opened."),
            measure.title,
        )
    )


def approach_title(page: Page, key: str) -> str:
    return page.ctx.catalog.approach(key).title


def create_from_approach(page: Page, barrier_id: str, approach_key: str, title: str) -> Measure | None:
    """Create the measure; the measures page opens it when shown next."""
    mid = page.municipality_id
    if mid is None:
        return None
    state = page.change(
        fmt(QCoreApplication.translate("Suggest", "Measure “%1” created"), title),
        commands.Exists(mid, barrier_id=barrier_id, approach=approach_key),
        commands.bring,
        commands.remove,
    )
    if state is None or state.record is None:
        return None
    open_request.request(page.ctx, "measures", state.record.id)
    page.show_info(
        fmt(
            QCoreApplication.translate("Suggest", "Measure “%1” created and linked to the barrier."),
            state.record.title,
        )
    )
    page.mark_stale()
    return state.record


def pop_up(page: Page, button: QWidget, barrier_id: str, barrier_key: str | None) -> None:
    """The approach menu under ``button`` (the barriers page's hook)."""
    menu = approach_menu(page, barrier_id, barrier_key, button)
    menu.exec(button.mapToGlobal(button.rect().bottomLeft()))
    menu.deleteLater()


def with_button_below(top: QWidget, button: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(top, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    return box
