"""From a barrier rated 2 or 3 to a measure in two clicks: a menu of the catalogue approaches that
address it; choosing one creates a planned measure already linked to the barrier (undoable). An approach
already planned for the barrier is marked with its measure's name and opens that measure instead; one
planned for other barriers only is marked with theirs (several: their number), and choosing it asks which
of those measures should address this barrier too (linked, undoable) or whether a new one be made
(``reuse.ReuseDialog``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMenu, QVBoxLayout, QWidget

from ....store.dto.measures import Measure, MeasureInput
from ...messages import fmt, run, short_name
from ...record_commands import Edited, swap
from ..base import Page
from . import commands, open_request
from .reuse import NEW, ReuseDialog

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
    works = in_the_works(page, barrier_id)
    for approach in approaches:
        name = f"{approach.key} {approach.title}"
        existing = works.here.get(approach.key)
        elsewhere = works.elsewhere.get(approach.key)
        if existing is not None:  # chosen again (a double press, a colleague): open it, not a copy
            said = QCoreApplication.translate("Suggest", "%1 – already planned: “%2”")
            action = menu.addAction(fmt(said, name, existing.title))
            action.triggered.connect(lambda _=False, m=existing: open_planned(page, m))
        elif elsewhere:  # one measure may address several barriers: offer each
            if len(elsewhere) == 1:
                said = QCoreApplication.translate("Suggest", "%1 – already planned for %2: “%3”")
                action = menu.addAction(fmt(said, name, works.keys(elsewhere[0]), elsewhere[0].title))
            else:
                said = QCoreApplication.translate(
                    "Suggest", "%1 – already planned for other barriers: %n measure(s)", None, len(elsewhere)
                )
                action = menu.addAction(fmt(said, name))
            action.triggered.connect(
                lambda _=False, ms=elsewhere, key=approach.key: use_or_create(
                    page, barrier_id, key, ms, works
                )
            )
        else:
            action = menu.addAction(name)
            action.triggered.connect(
                lambda _=False, key=approach.key: create_from_approach(
                    page, barrier_id, key, approach_title(page, key)
                )
            )
        action.setToolTip(approach.description)
    return menu


@dataclass(frozen=True)
class Works:
    """The measures in the works (an idea, planned or running) by their catalogue approach: ``here`` the
    first for the barrier, ``elsewhere`` each for other barriers only (in the list's order); a completed or cancelled one
    may well be followed by a new one. ``names``: every barrier's key and title ("B4 Unsichtbares …")."""

    here: dict[str, Measure] = field(default_factory=dict)
    elsewhere: dict[str, list[Measure]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)  # the key alone ("B4"), an own barrier's title

    # in the barriers' order (B2, B3, …), not the links' (the database's, by random id)
    def keys(self, measure: Measure) -> str:
        return ", ".join(key for b, key in self.short.items() if b in measure.barrier_ids)

    def titles(self, measure: Measure) -> str:
        return "; ".join(name for b, name in self.names.items() if b in measure.barrier_ids)


def in_the_works(page: Page, barrier_id: str) -> Works:
    mid = page.municipality_id
    read = page.read_now(lambda ws: (ws.measures.list(mid), ws.barriers.list(mid))) if mid else None
    measures, barriers = read or ((), ())
    works = Works(
        names={b.id: f"{b.key} {b.title}" if b.key else b.title for b in barriers if b.id},
        short={b.id: b.key or short_name(b.title, 30) for b in barriers if b.id},  # a menu entry stays short
    )
    for measure in measures:
        if not measure.kind or measure.status in FINISHED:
            continue
        if barrier_id in measure.barrier_ids:
            works.here.setdefault(measure.kind, measure)
        else:
            works.elsewhere.setdefault(measure.kind, []).append(measure)
    return works


def use_or_create(
    page: Page, barrier_id: str, approach_key: str, measures: list[Measure], works: Works
) -> None:
    """The approach is planned for other barriers: one of those measures for this one too, a new one,
    or nothing."""
    here = works.names.get(barrier_id, "")
    if len(measures) == 1:
        question = fmt(
            QCoreApplication.translate(
                "Suggest",
                "“%1” already exists (for %2).\nUse it for this barrier too? The measure then also addresses "
                "“%3”. Or create a new measure of its own.",
            ),
            measures[0].title,
            works.titles(measures[0]),
            here,
        )
    else:
        question = fmt(
            QCoreApplication.translate(
                "Suggest",
                "This approach is already planned as %n measure(s) for other barriers.\nUse one of them for "
                "this barrier too? It then also addresses “%1”. Or create a new measure of its own.",
                None,
                len(measures),
            ),
            here,
        )
    said = QCoreApplication.translate("Suggest", "“%1” – for %2")
    items = [fmt(said, m.title, works.titles(m)) for m in measures]
    dialog = ReuseDialog(items, question, page)
    answer = run(dialog)
    if answer == QDialog.DialogCode.Accepted.value and 0 <= dialog.chosen() < len(measures):
        link_to_barrier(page, barrier_id, measures[dialog.chosen()])
    elif answer == NEW:
        create_from_approach(page, barrier_id, approach_key, approach_title(page, approach_key))


def link_to_barrier(page: Page, barrier_id: str, measure: Measure) -> Measure | None:
    """Add the barrier to the measure's barriers, one undoable edit; the measures page opens it next."""
    data = replace(MeasureInput.of(measure), barrier_ids=(*measure.barrier_ids, barrier_id))
    state = page.change(
        fmt(QCoreApplication.translate("Suggest", "Measure “%1” linked to the barrier"), measure.title),
        Edited("measures", measure, data),
        swap,
        swap,
    )
    if state is None:
        return None
    open_request.request(page.ctx, "measures", measure.id)
    page.show_info(
        fmt(
            QCoreApplication.translate("Suggest", "“%1” is now also linked to this barrier."),
            measure.title,
        )
    )
    page.mark_stale()
    return state.current


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
