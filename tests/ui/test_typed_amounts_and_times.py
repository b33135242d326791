"""The measure form takes "1.500 €" in "Budget (€)" and says its range as "100.000.000 €"; the event
form takes "9 Uhr" and "9.30" as times (review F9). Typed with real keys, saved with the Save button."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _discard_on_close():
    """A test that fails with input still typed must not hang at the window's closing question."""
    with messages.use_runner(lambda _box: QMessageBox.StandardButton.Discard):
        yield


def _open(qtbot, ctx, key: str):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area(key)
    ctx.tasks.settle()
    return window.page(key)


def _type(qtbot, edit, text: str) -> None:
    """Typed key by key; "€" (beyond QTest's Latin-1 keys) as the key event a keyboard sends."""
    edit.selectAll()
    for char in text:
        if char == "€":
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(edit, event)
        else:
            qtbot.keyClicks(edit, char)


def test_budget_with_the_euro_sign_is_saved_and_a_range_said_in_german(qtbot, ctx, municipality) -> None:
    made = ctx.workspace.measures.create(municipality.id, MeasureInput(title="Infoabende"))
    form = _open(qtbot, ctx, "measures").form
    assert form.title_edit.text() == "Infoabende"
    _type(qtbot, form.budget, "1.500 €")
    _type(qtbot, form.spent, "250,50 EUR")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    stored = ctx.workspace.measures.get(made.id)
    assert (stored.budget_planned, stored.budget_spent) == (1500.0, 250.5)
    assert not form.error.isVisible()
    _type(qtbot, form.budget, "-5")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert form.error.text() == "Das geplante Budget muss zwischen 0 und 100.000.000 € liegen."
    assert ctx.workspace.measures.get(made.id).budget_planned == 1500.0
    form.revert()


def test_event_times_typed_as_germans_write_them(qtbot, ctx, municipality) -> None:
    made = ctx.workspace.events.create(
        municipality.id, EventInput(kind="round_table", title="Runder Tisch", held_on=date(2026, 5, 4))
    )
    form = _open(qtbot, ctx, "events").form
    assert form.title_edit.text() == "Runder Tisch"
    _type(qtbot, form.time_from, "9 Uhr")
    _type(qtbot, form.time_to, "11.30")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    stored = ctx.workspace.events.get(made.id)
    assert (stored.time_from, stored.time_to) == ("09:00", "11:30")
    assert not form.error.isVisible()
