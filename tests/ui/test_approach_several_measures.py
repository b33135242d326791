"""Hemmnisse → "Maßnahme aus einem Ansatz…" when SEVERAL measures of the approach are planned for other
barriers (G21 follow-up): the question offers each of them in a list (plain text, a buddy label, by
keyboard); the one picked is linked to this barrier in one undoable edit, or a new measure is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QPushButton

from vopi_desktop.app import install_translators
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.barriers import page as barriers_page
from vopi_desktop.ui.pages.measures.suggest import approach_menu

TITLES = ("Ehrenamtspreis im Rathaus", "Ehrung für alle <b>Engagierten</b>")  # the list's order


def _planned_twice(ctx, municipality):
    """B2, B3 and B4 rated high; the first approach of B2 planned as one measure for B3, one for B4."""
    ws = ctx.workspace
    here = ws.barriers.save(municipality.id, BarrierInput(key="B2", relevance=3), None)
    others = [ws.barriers.save(municipality.id, BarrierInput(key=k, relevance=3), None) for k in ("B3", "B4")]
    approach = ctx.catalog.approaches_for_barrier("B2")[0]
    measures = [
        ws.measures.create(
            municipality.id, MeasureInput(title=title, kind=approach.key, barrier_ids=[other.id])
        )
        for title, other in zip(TITLES, others, strict=True)
    ]
    return here, others, approach, measures


def _press(qtbot, monkeypatch, page, approach_key: str, drive) -> list[str]:
    """Press the page's button, pick the approach in the menu; the dialog is shown and ``drive`` answers it."""
    entries: list[str] = []

    def pick(page_, button, barrier_id, key) -> None:
        menu = approach_menu(page_, barrier_id, key, button)
        entries.extend(a.text() for a in menu.actions())
        (action,) = [a for a in menu.actions() if a.text().startswith(f"{approach_key} ")]
        action.trigger()

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QDialog) and dialog.windowTitle().startswith("VOPI Desktop – ")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()  # Alt+letter reaches only the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        drive(dialog)
        return dialog.result()

    monkeypatch.setattr(barriers_page, "pop_up", pick)
    with messages.use_runner(answer):
        qtbot.mouseClick(page.measure_button, Qt.MouseButton.LeftButton)
    page.ctx.tasks.settle()
    return entries


def _the_list(dialog: QDialog) -> QListWidget:
    (choices,) = dialog.findChildren(QListWidget)
    (label,) = [label for label in dialog.findChildren(QLabel) if label.buddy() is choices]
    assert label.text().endswith(":") and choices.accessibleName()
    return choices


def test_each_measure_of_the_approach_is_offered_and_the_picked_one_linked(
    qtbot, ctx, municipality, open_window, monkeypatch
) -> None:
    here, (b3, b4), approach, (first, second) = _planned_twice(ctx, municipality)
    window = open_window("barriers")
    page = window.page("barriers")
    assert page.select_barrier("B2")
    shown: list[str] = []

    def pick_the_second(dialog: QDialog) -> None:
        choices = _the_list(dialog)
        shown.extend(choices.item(i).text() for i in range(choices.count()))
        choices.setFocus()
        qtbot.keyClick(choices, Qt.Key.Key_Down)  # the first is chosen to begin with
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks after a moment

    entries = _press(qtbot, monkeypatch, page, approach.key, pick_the_second)
    assert any(e.startswith(f"{approach.key} ") and "2 Maßnahmen" in e for e in entries), entries
    b3_title, b4_title = ctx.catalog.barrier("B3").title, ctx.catalog.barrier("B4").title
    assert shown == [f"„{TITLES[0]}“ – für B3 {b3_title}", f"„{TITLES[1]}“ – für B4 {b4_title}"]
    assert len(ctx.workspace.measures.list(municipality.id)) == 2  # nothing made
    assert set(ctx.workspace.measures.get(second.id).barrier_ids) == {b4.id, here.id}
    assert ctx.workspace.measures.get(first.id).barrier_ids == (b3.id,)
    assert "auch mit diesem Hemmnis verknüpft" in window.statusBar().currentMessage()
    assert ctx.undo.undo()  # one step
    assert ctx.workspace.measures.get(second.id).barrier_ids == (b4.id,)


def test_a_new_measure_still_or_nothing(qtbot, ctx, municipality, open_window, monkeypatch) -> None:
    here, _others, approach, measures = _planned_twice(ctx, municipality)
    window = open_window("barriers")
    page = window.page("barriers")
    assert page.select_barrier("B2")

    def new(dialog: QDialog) -> None:
        (button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "&Neue Maßnahme anlegen"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    _press(qtbot, monkeypatch, page, approach.key, new)
    made = [m for m in ctx.workspace.measures.list(municipality.id) if m.id not in {m.id for m in measures}]
    assert [(m.kind, m.barrier_ids) for m in made] == [(approach.key, (here.id,))]

    _press(qtbot, monkeypatch, page, approach.key, lambda d: qtbot.keyClick(_the_list(d), Qt.Key.Key_Escape))
    assert len(ctx.workspace.measures.list(municipality.id)) == 3  # Esc: nothing more
    for measure in measures:
        assert here.id not in ctx.workspace.measures.get(measure.id).barrier_ids


def test_in_english(qtbot, qapp, ctx, municipality, open_window, monkeypatch) -> None:
    install_translators(qapp, "en")
    try:
        _look_in_english(qtbot, ctx, municipality, open_window, monkeypatch)
    finally:
        install_translators(qapp, "de")


def _look_in_english(qtbot, ctx, municipality, open_window, monkeypatch) -> None:
    _here, _others, approach, _measures = _planned_twice(ctx, municipality)
    window = open_window("barriers")
    page = window.page("barriers")
    assert page.select_barrier("B2")
    texts: list[str] = []

    def look(dialog: QDialog) -> None:
        texts.extend(b.text() for b in dialog.findChildren(QPushButton))
        texts.extend(label.text() for label in dialog.findChildren(QLabel))
        texts.append(_the_list(dialog).item(0).text())
        dialog.reject()

    entries = _press(qtbot, monkeypatch, page, approach.key, look)
    assert any("2 measures" in e for e in entries)
    assert "&Use it for this barrier too" in texts and "Create a &new measure" in texts
    assert any(t.startswith(f"“{TITLES[0]}” – for B3 ") for t in texts)
