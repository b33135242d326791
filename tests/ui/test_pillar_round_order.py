"""Säulen → Runde bearbeiten / Neue Runde (review 2, G22): a follow-up dated before the baseline and a
second baseline are refused in the dialog, with the baseline named and the cursor on the field to fix;
the rounds stay as they were, so the comparison still runs from the baseline forwards."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.ui.pages.pillars.page import PillarsPage


@pytest.fixture
def page(qtbot, ctx, municipality) -> PillarsPage:
    pillars = ctx.workspace.pillars
    pillars.create_round(municipality.id, RoundInput("Ausgangslage Herbst 2025", date(2025, 10, 22)))
    pillars.create_round(municipality.id, RoundInput("Zwischenstand Frühjahr 2026", date(2026, 3, 1)))
    page = PillarsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.set_municipality(municipality.id)
    page.show()
    ctx.tasks.settle()
    return page


def _story(ctx, municipality) -> list[tuple[str, str, date | None]]:
    return [(r.title, r.kind, r.held_on) for r in ctx.workspace.pillars.rounds(municipality.id)]


def test_a_follow_up_moved_before_the_baseline_is_refused_in_the_dialog(
    qtbot, page, ctx, municipality
) -> None:
    before = _story(ctx, municipality)
    assert "Zwischenstand" in page.round_combo.currentText()  # the newest round is shown
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    edit = dialog.held_on.edit
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, "2024")  # a typo in the year
    assert dialog.held_on.value() == date(2024, 3, 1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()

    assert dialog.isVisible() and dialog.error.isVisible()
    text = dialog.error.text()
    assert "Folgeerhebung" in text and "„Ausgangslage Herbst 2025“" in text and "22.10.2025" in text
    assert dialog.focusWidget() is edit
    assert _story(ctx, municipality) == before

    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, "2026")  # corrected: saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert not dialog.isVisible()
    assert _story(ctx, municipality) == before


def test_a_second_baseline_is_refused_in_the_dialog(qtbot, page, ctx, municipality) -> None:
    before = _story(ctx, municipality)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.kind.currentData() == "follow_up"  # what a further round is
    qtbot.keyClicks(dialog.title, "Noch eine Ausgangslage")
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)
    assert dialog.kind.currentData() == "baseline"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()

    assert dialog.isVisible()
    text = dialog.error.text()
    assert "Es gibt schon eine Ausgangserhebung" in text and "„Ausgangslage Herbst 2025“" in text
    assert "eine weitere Runde ist eine Folgeerhebung" in text
    assert dialog.focusWidget() is dialog.kind
    assert _story(ctx, municipality) == before

    qtbot.keyClick(dialog.kind, Qt.Key.Key_End)  # made a follow-up: saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert not dialog.isVisible()
    assert [kind for _title, kind, _day in _story(ctx, municipality)] == [
        "baseline",
        "follow_up",
        "follow_up",
    ]
