"""Measures, coverage and events driven as a person would: a measure from a barrier's suggestion, steps
added and ticked, a World Café with two rounds and three ideas, an idea turned into a measure and undone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.coverage.page import CoveragePage
from vopi_desktop.ui.pages.events.page import EventsPage
from vopi_desktop.ui.pages.measures.page import MeasuresPage


def _open(qtbot, ctx, key: str):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area(key)
    page = window.page(key)
    ctx.tasks.settle()
    return window, page


def test_empty_workspace_pages_say_what_to_do_first(qtbot, ctx, municipality) -> None:
    window, page = _open(qtbot, ctx, "measures")
    assert isinstance(page, MeasuresPage)
    assert page.empty_state.isVisible() and "Maßnahme" in page.empty_state.title.text()
    for key, words in (("coverage", "Hemmnisse"), ("events", "Veranstaltung")):
        window.show_area(key)
        ctx.tasks.settle()
        shown = window.page(key)
        assert shown.empty_state.isVisible() and words in shown.empty_state.title.text(), key


def test_measure_from_a_barrier_suggestion_in_two_clicks_then_undo(qtbot, ctx, municipality) -> None:
    ws = ctx.workspace
    barrier = ws.barriers.save(municipality.id, BarrierInput(key="B1", relevance=3), None)
    _window, page = _open(qtbot, ctx, "coverage")
    assert isinstance(page, CoveragePage)
    assert page.table.rowCount() == 1 and "1 wichtige" in page.summary.text()
    titles: list[str] = []

    def pick_first(menu) -> None:
        titles.extend(a.text() for a in menu.actions())
        menu.actions()[0].trigger()

    page.show_menu = pick_first
    assert page.suggest_button.isEnabled()
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)  # first click: the approaches
    assert titles[0].startswith("O1 ") and any(t.startswith("O4 ") for t in titles)
    (made,) = ws.measures.list(municipality.id)
    assert made.kind == "O1" and made.barrier_ids == (barrier.id,) and made.status == "planned"
    ctx.tasks.settle()
    assert "Keine wichtigen" not in page.summary.text() and page.result and not page.result.uncovered
    assert ctx.undo.undo()
    assert ws.measures.list(municipality.id) == []


def test_add_steps_tick_one_and_save_with_a_warning(qtbot, ctx, municipality) -> None:
    ws = ctx.workspace
    ws.measures.create(
        municipality.id, MeasureInput(title="Infoabende", start_on=date(2026, 4, 1), end_on=date(2026, 6, 30))
    )
    _window, page = _open(qtbot, ctx, "measures")
    form = page.form
    assert form.row is not None and form.title_edit.text() == "Infoabende"
    for what in ("Termine abstimmen", "Einladungen verschicken"):
        qtbot.mouseClick(form.steps.add_button, Qt.MouseButton.LeftButton)
        row = form.steps.table.rowCount() - 1
        form.steps.table.item(row, 0).setText(what)
    form.steps.table.item(1, 2).setData(
        Qt.ItemDataRole.EditRole, __import__("PySide6.QtCore").QtCore.QDate(2026, 8, 1)
    )
    form.steps.set_done(0, True)
    assert form.is_dirty() and form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    (stored,) = ws.measures.list(municipality.id)
    assert [(s.what, s.done) for s in stored.steps] == [
        ("Termine abstimmen", True),
        ("Einladungen verschicken", False),
    ]
    assert stored.version == 2 and stored.warnings  # the second step is due after the end
    assert form.warning.isVisible() and "30.06.2026" in form.warning.text()
    assert not form.is_dirty()
    assert ctx.undo.undo()
    assert ws.measures.list(municipality.id)[0].steps == ()


def test_end_before_start_is_refused_in_the_form_and_nothing_saved(qtbot, ctx, municipality) -> None:
    ws = ctx.workspace
    made = ws.measures.create(municipality.id, MeasureInput(title="Fest"))
    _window, page = _open(qtbot, ctx, "measures")
    form = page.form
    form.start.set_value(date(2026, 5, 1))
    form.end.set_value(date(2026, 4, 1))
    form.budget.setText("-5")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and "Budget" in form.error.text()
    form.budget.setText("1.500,50")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and "Ende liegt vor dem Beginn" in form.error.text()
    assert ws.measures.get(made.id) == made
    form.revert()  # closing the window would otherwise ask about the unsaved input


def test_html_in_a_title_shows_literally(qtbot, ctx, municipality) -> None:
    ctx.workspace.measures.create(municipality.id, MeasureInput(title="<b>Fest</b>"))
    _window, page = _open(qtbot, ctx, "measures")
    assert page.model.index(0, 0).data() == "<b>Fest</b>"
    assert page.form.title_label.text() == "<b>Fest</b>"
    assert page.form.title_label.textFormat() == Qt.TextFormat.PlainText


def test_world_cafe_with_two_rounds_three_ideas_one_becomes_a_measure_and_undo(
    qtbot, ctx, municipality
) -> None:
    ws = ctx.workspace
    _window, page = _open(qtbot, ctx, "events")
    assert isinstance(page, EventsPage)
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)  # "Neue Veranstaltung"
    ctx.tasks.settle()
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("world_cafe"))
    assert "World Café" in page.guide_title.text() and "Runde" in page.guide.text()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "World Cafe Mitmachen")
    form.total.setText("30")
    form.migration.setText("12")
    for question, summary in (("Was hält ab?", "Sprache"), ("Was hilft?", "Persönlich einladen")):
        qtbot.mouseClick(form.protocol.rounds.add_button, Qt.MouseButton.LeftButton)
        row = form.protocol.rounds.table.rowCount() - 1
        form.protocol.rounds.table.item(row, 0).setText(question)
        form.protocol.rounds.table.item(row, 1).setText(summary)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    (event,) = ws.events.list(municipality.id)
    assert event.kind == "world_cafe" and event.participants_migration == 12
    assert [r["question"] for r in event.protocol["rounds"]] == ["Was hält ab?", "Was hilft?"]
    ideas = page.ideas
    for text in ("Schnuppertag", "Sozialtarif", "Lotsen"):
        qtbot.keyClicks(ideas.text, text)
        qtbot.mouseClick(ideas.add_button, Qt.MouseButton.LeftButton)
        ctx.tasks.settle()
    assert ideas.table.rowCount() == 3
    ideas.table.setCurrentCell(0, 0)
    chosen = ideas.current()
    assert chosen is not None
    qtbot.mouseClick(ideas.measure_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    (measure,) = ws.measures.list(municipality.id)
    assert measure.title == chosen.text and measure.idea_ids == (chosen.id,)
    row = next(r for r in range(3) if ideas.table.item(r, 0).text() == chosen.text)
    assert measure.title in ideas.table.item(row, 3).text()
    assert ctx.undo.undo()
    ctx.tasks.settle()
    assert ws.measures.list(municipality.id) == []
    assert {i.status for i in ws.ideas.list(municipality.id)} == {"new"}


def test_more_migration_participants_than_participants_is_refused(qtbot, ctx, municipality) -> None:
    _window, page = _open(qtbot, ctx, "events")
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    page.form.kind.setCurrentIndex(page.form.kind.findData("round_table"))
    qtbot.keyClicks(page.form.title_edit, "Runder Tisch")
    page.form.total.setText("10")
    page.form.migration.setText("11")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "Mehr Teilnehmende mit Migrationsgeschichte" in page.form.error.text()
    assert ctx.workspace.events.list(municipality.id) == []  # nothing stored, not even the new event
    page.form.revert()


@pytest.mark.parametrize("key", ["measures", "coverage", "events"])
def test_every_field_has_a_name_or_a_buddy(qtbot, ctx, municipality, key: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    ctx.workspace.measures.create(municipality.id, MeasureInput(title="x"))
    ctx.workspace.barriers.save(municipality.id, BarrierInput(key="B1", relevance=3), None)
    _window, page = _open(qtbot, ctx, key)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    widgets = [
        w for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton) for w in page.findChildren(kind)
    ]
    for widget in widgets:
        if not widget.isVisibleTo(page) or widget.parent().inherits("QAbstractSpinBox"):
            continue
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        assert named or widget in buddies, (key, type(widget).__name__, widget.objectName())


def test_barriers_page_offers_the_approaches_of_a_barrier_rated_high(
    qtbot, ctx, municipality, monkeypatch
) -> None:
    from vopi_desktop.ui.pages.barriers import page as barriers_page
    from vopi_desktop.ui.pages.measures.suggest import approach_menu

    ws = ctx.workspace
    barrier = ws.barriers.save(municipality.id, BarrierInput(key="B5", relevance=2), None)

    def pick_first(page, button, barrier_id, key) -> None:
        approach_menu(page, barrier_id, key, button).actions()[0].trigger()

    monkeypatch.setattr(barriers_page, "pop_up", pick_first)
    _window, page = _open(qtbot, ctx, "barriers")
    assert page.select_barrier("B5")
    assert page.measure_button.isEnabled()
    qtbot.mouseClick(page.measure_button, Qt.MouseButton.LeftButton)
    (made,) = ws.measures.list(municipality.id)
    assert made.barrier_ids == (barrier.id,) and made.kind in {
        a.key for a in ctx.catalog.approaches_for_barrier("B5")
    }
    assert page.select_barrier("B6") and not page.measure_button.isEnabled()  # not rated: nothing offered
