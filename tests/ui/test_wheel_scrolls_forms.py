"""Scrolling a form with the mouse wheel never changes it (review 2, G26): a combo box, date edit or spin box
takes the wheel only while it has the focus; without it the wheel goes on to the scrolling form. Before,
one notch over "Stand" turned a measure "Abgeschlossen" into "Abgebrochen" and made the form dirty.

Every form of every page of the example town (Maßnahmen, Beteiligung, Hemmnisse, the checklist item,
Mitmachen, …) and the Säulen scores: a wheel event on each unfocused field changes nothing, is passed on
(ignored) and leaves the form clean; Qt does not hand such a field the focus on a wheel (no WheelFocus);
with the focus, the wheel still steps the value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialog,
    QScrollArea,
)

from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow

from .conftest import each_page, reveal_form
from .wheel import check_unfocused, fields_of, value, wheel


@pytest.fixture
def window(open_example) -> MainWindow:
    return open_example()


def test_the_wheel_over_an_unfocused_field_changes_no_form(qtbot, ctx, window) -> None:
    checked: dict[str, int] = {}
    for key, page in each_page(ctx, window):
        for editor in page.editors:
            reveal_form(ctx, page, editor)
            fields = fields_of(editor)
            check_unfocused(window, f"{key} {type(editor).__name__}", fields, editor.is_dirty)
            checked[type(editor).__name__] = checked.get(type(editor).__name__, 0) + len(fields)
    for form in ("MeasureForm", "EventForm", "BarrierForm", "ItemEditor", "OpportunityForm"):
        assert checked.get(form), (form, checked)  # each form has such fields, and they were tried


def test_the_wheel_over_an_unfocused_score_changes_no_score(qtbot, ctx, window) -> None:
    window.show_area("pillars")
    ctx.tasks.settle()
    form = window.page("pillars").form
    scores = fields_of(form)
    assert len(scores) == 20
    stored = ctx.workspace.pillars.rounds(window.page("pillars").municipality_id)
    check_unfocused(window, "pillars", scores)
    assert ctx.workspace.pillars.rounds(window.page("pillars").municipality_id) == stored


def test_with_the_focus_the_wheel_still_steps_thevalue(qtbot, ctx, window) -> None:
    window.show_area("measures")
    ctx.tasks.settle()
    form = window.page("measures").form
    for field in (form.status, form.kind, form.start.edit):
        assert field.isEnabled()
        field.setFocus(Qt.FocusReason.TabFocusReason)
        before = value(field)
        wheel(field, -1)
        if value(field) == before:  # at the end of its range: the other way
            wheel(field, 1)
        assert value(field) != before, field.accessibleName()
    assert form.is_dirty()
    form.revert()


def test_the_wheel_over_the_actor_dialog_scrolls_it(qtbot, ctx, window) -> None:
    """The actor dialog's form scrolls on a small screen (FormScroll): the wheel over "Typ" or
    "Rechtsgrundlage" on the way down leaves them as they were."""
    window.show_area("actors")
    ctx.tasks.settle()
    page = window.page("actors")
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    tried: list[int] = []

    def look(dialog) -> int:
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        fields = fields_of(dialog.form_scroll.widget())
        assert dialog.type in fields and dialog.legal_basis in fields
        check_unfocused(window, "ActorDialog", fields)
        tried.append(len(fields))
        return QDialog.DialogCode.Rejected

    with messages.use_runner(look):
        page.edit_current()
    assert tried


def test_a_real_wheel_over_stand_scrolls_the_measure_form(qtbot, ctx, window) -> None:
    """The wheel as the window system delivers it (Qt would give a WheelFocus field the focus first, and
    passes an ignored wheel on to the parents): over "Stand" and "Art" the form scrolls, nothing changes."""
    window.resize(1024, 600)
    window.show_area("measures")
    ctx.tasks.settle()
    page = window.page("measures")
    form = page.form
    page.table.setFocus(Qt.FocusReason.MouseFocusReason)
    bar = form.findChildren(QScrollArea)[0].verticalScrollBar()
    assert bar.maximum() > 0  # the form scrolls at this size
    for field in (form.status, form.kind):
        before, scrolled = field.currentText(), bar.value()
        centre = QPointF(field.mapTo(window, field.rect().center()))
        QTest.wheelEvent(window.windowHandle(), centre, QPoint(0, -120), QPoint(0, 0))
        qtbot.waitUntil(lambda s=scrolled: bar.value() > s)  # the form scrolled down
        assert field.currentText() == before and not field.hasFocus(), field.accessibleName()
    assert not form.is_dirty()


def test_the_wheel_over_the_network_link_form_changes_nothing(qtbot, ctx, window) -> None:
    """Netzwerk's side panel scrolls; its "Verbindung zeichnen" form (also for changing a link) keeps
    "Art" and "Stärke" under a passing wheel."""
    window.show_area("network")
    ctx.tasks.settle()
    panel = window.page("network").panel
    fields = fields_of(panel.form_box)
    assert panel.kind in fields and panel.strength in fields
    check_unfocused(window, "NetworkPanel", fields)
