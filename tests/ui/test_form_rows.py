"""The shared form rows: a label's mnemonic lands on something one can type into (the field, the first
part of a composite row, the first box of a group of ticks), hints are plain text under their field,
and the events, measures and Mitmachen forms are built with them (every label has a focusable buddy)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.events.form import EventForm
from vopi_desktop.ui.pages.measures.form import MeasureForm
from vopi_desktop.ui.pages.outreach.form import OpportunityForm
from vopi_desktop.ui.widgets.form_rows import FormRows, add_labelled
from vopi_desktop.ui.widgets.optional_date import OptionalDate


def test_the_buddy_is_the_field_or_its_first_focusable_part(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    rows = FormRows(host)
    name = QLineEdit()
    when = QHBoxLayout()
    day = OptionalDate("am")
    when.addWidget(day)
    hour = QLineEdit()
    add_labelled(when, "&um", hour)
    ticks = QWidget()
    tick_layout = QVBoxLayout(ticks)
    first, second = QCheckBox("eins"), QCheckBox("zwei")
    tick_layout.addWidget(first)
    tick_layout.addWidget(second)
    assert rows.add("&Name:", name).buddy() is name
    assert rows.add("&Datum:", when).buddy() is day
    assert rows.add("&Merkmale:", ticks).buddy() is first
    assert rows.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows
    (um,) = [label for label in host.findChildren(QLabel) if label.text() == "&um"]
    assert um.buddy() is hour


def test_a_hint_is_plain_text_under_its_field(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    rows = FormRows(host)
    field = QLineEdit()
    label = rows.add("&Kontakt:", field, hint="<b>nur</b> mit Einwilligung")
    host.resize(500, 200)
    host.show()
    QApplication.processEvents()
    (hint,) = [w for w in host.findChildren(QLabel) if w is not label]
    assert hint.text() == "<b>nur</b> mit Einwilligung" and hint.textFormat() == Qt.TextFormat.PlainText
    assert hint.isVisible() and hint.geometry().top() >= field.geometry().bottom()
    assert label.buddy() is field


def _labels_without_a_focusable_buddy(form: QWidget) -> list[str]:
    bad = []
    for label in form.findChildren(QLabel):
        if "&" not in label.text():
            continue
        buddy = label.buddy()
        if buddy is None or (buddy.focusPolicy() == Qt.FocusPolicy.NoFocus and buddy.focusProxy() is None):
            bad.append(label.text())
    return bad


def test_the_planning_and_outreach_forms_use_the_rows(qtbot, ctx, municipality) -> None:
    ws, mid = ctx.workspace, municipality.id
    actor = ws.actors.create(mid, ActorInput(name="TSV", type="verein")).id
    ws.outreach.create(mid, OpportunityInput(actor_id=actor, title="Fußball", what="x"))
    ws.measures.create(mid, MeasureInput(title="Plakate"))
    ws.events.create(mid, EventInput(kind="world_cafe", title="Weltcafé"))  # a method with its own section
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for key, kind in (("events", EventForm), ("measures", MeasureForm), ("outreach", OpportunityForm)):
        window.show_area(key)
        ctx.tasks.settle()
        (form,) = window.page(key).findChildren(kind)
        layouts = form.findChildren(FormRows)
        assert layouts, f"{key}: the form rows are not built with FormRows"
        assert _labels_without_a_focusable_buddy(form) == [], key


def test_protocol_label_reaches_the_note_of_a_method_without_a_section(qtbot, ctx, municipality) -> None:
    """For an information evening the "Protokoll nach der Methode" shortcut focused nothing; it now
    reaches the note saying the method has no section of its own (read out by a screen reader)."""
    ctx.workspace.events.create(municipality.id, EventInput(kind="info_evening", title="Infoabend"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("events")
    ctx.tasks.settle()
    (form,) = window.page("events").findChildren(EventForm)
    assert form.protocol.kind == "info_evening"
    assert _labels_without_a_focusable_buddy(form) == []
    target = form.protocol_label.buddy()
    while target.focusProxy() is not None:
        target = target.focusProxy()
    assert target is form.protocol.none and target.focusPolicy() & Qt.FocusPolicy.TabFocus
