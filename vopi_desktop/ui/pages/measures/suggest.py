"""From a barrier rated 2 or 3 to a measure in two clicks: a menu of the catalogue approaches that
address it; choosing one creates a planned measure already linked to the barrier (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from ....store.dto.measures import Measure
from ...messages import fmt
from ..base import Page
from . import commands, open_request


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
    for approach in approaches:
        action = menu.addAction(f"{approach.key} {approach.title}")
        action.setToolTip(approach.description)
        action.triggered.connect(
            lambda _=False, key=approach.key: create_from_approach(
                page, barrier_id, key, approach_title(page, key)
            )
        )
    return menu


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
