"""Entf deletes a record only from its list (review 2, G25): on Mitmachen the Delete shortcut was the
window's while the Angebote tab showed, so Entf in the offer form's "Sprachen vor Ort" (meaning: untick)
asked to delete the whole offer. Now it works in the table only, as on Maßnahmen, Beteiligung and Akteure;
and no page has a Delete shortcut or action that reaches beyond its own widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from vopi_desktop.ui import messages

from .conftest import each_page


def test_entf_in_the_offer_form_asks_nothing_and_in_the_table_it_asks(qtbot, ctx, open_example) -> None:
    window = open_example()
    window.show_area("outreach")
    ctx.tasks.settle()
    page = window.page("outreach")
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    ctx.tasks.settle()
    offers = [o.id for o in ctx.workspace.outreach.list(page.municipality_id)]
    form = page.form
    asked: list[str] = []

    def answer(dialog) -> QMessageBox.StandardButton:
        asked.append(dialog.text())
        return QMessageBox.StandardButton.No

    with messages.use_runner(answer):
        for field in (form.spoken, form.time_needed, form.kind, next(iter(form.features.values()))):
            field.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(field.hasFocus)
            qtbot.keyClick(field, Qt.Key.Key_Delete)
            ctx.tasks.settle()
            assert asked == [], field.accessibleName()
        page.table.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # in the list, Entf still asks
        ctx.tasks.settle()
    assert len(asked) == 1 and "löschen" in asked[0]
    assert [o.id for o in ctx.workspace.outreach.list(page.municipality_id)] == offers  # answered No


def test_no_page_has_a_delete_key_beyond_its_widget(qtbot, ctx, open_example) -> None:
    window = open_example()
    delete = QKeySequence(QKeySequence.StandardKey.Delete)
    found = 0
    for key, page in each_page(ctx, window):
        for shortcut in page.findChildren(QShortcut):
            if shortcut.key().matches(delete) == QKeySequence.SequenceMatch.ExactMatch:
                found += 1
                assert shortcut.context() == Qt.ShortcutContext.WidgetShortcut, (key, shortcut.parent())
        for action in page.findChildren(QAction):
            if any(k.matches(delete) == QKeySequence.SequenceMatch.ExactMatch for k in action.shortcuts()):
                found += 1
                assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut, (
                    key,
                    action.text(),
                )
    assert found >= 5  # Akteure, Maßnahmen, Beteiligung, Mitmachen, Säulen (and the map's links)
