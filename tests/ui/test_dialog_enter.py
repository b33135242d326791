"""Enter in a dialog's field presses its primary button, also after Tab has passed the buttons (review
G5, G1): the primary button was made default before its box was in the dialog, so the dialog never
knew it, and the first button Tab reached kept the default — Enter in a field pressed "Abbrechen" (the
typed round was gone without a question) or loaded the example town instead of the typed municipality.

Every dialog is tabbed round once; then its default must be the one it had when shown. Each form dialog
is opened from its page as a user does, tabbed round, typed into and Enter pressed: the record is in the
database. "Beispielstadt laden" with typed input asks before dropping it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from tests.ui.test_window_titles import DIALOGS
from tests.ui.test_window_titles import _build as build_dialog
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow


def _defaults(dialog: QDialog) -> list[QPushButton]:
    return [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isDefault()]


def _show(qtbot, dialog: QDialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _tab_round(qtbot, dialog: QDialog) -> None:
    """Tab once round every widget, as a keyboard user checks a form: until the focus is back where it
    began (a date field takes a Tab per part)."""
    start = QApplication.focusWidget()
    assert start is not None and start.window() is dialog
    passed: list[QWidget] = []
    for _ in range(120):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        passed.append(QApplication.focusWidget())
        if passed[-1] is start:
            break
    assert passed[-1] is start, "the focus did not come round"
    assert any(isinstance(w, QPushButton) for w in passed)


@pytest.mark.parametrize("dialog_class", DIALOGS, ids=lambda c: c.__name__)
def test_the_default_button_stays_after_a_tab_round(qtbot, ctx, municipality, dialog_class) -> None:
    dialog = build_dialog(dialog_class, ctx, municipality, qtbot)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    fields = [w for w in _tab_chain(dialog) if not isinstance(w, QPushButton)]
    if not fields:
        pytest.skip("buttons only: no field to press Enter in")
    fields[0].setFocus(Qt.FocusReason.TabFocusReason)  # Enter in a field presses the default
    primary = _defaults(dialog)
    assert len(primary) <= 1
    _tab_round(qtbot, dialog)
    fields[0].setFocus(Qt.FocusReason.TabFocusReason)
    assert _defaults(dialog) == primary, [b.text() for b in _defaults(dialog)]


def _tab_chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab reaches, in order."""
    chain, widget = [], dialog.nextInFocusChain()
    while widget is not dialog:
        policy = widget.focusPolicy()
        if (
            widget.isVisible()
            and widget.isEnabled()
            and policy & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@contextmanager
def _answering(qtbot, fill: Callable[[QDialog], None]) -> Iterator[list[str]]:
    """Dialogs run through ``messages.run`` are shown, tabbed round and filled by ``fill``; a question
    asked meanwhile is answered No / Discard and noted."""
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            asked.append(dialog.text())
            return QMessageBox.StandardButton.No
        _show(qtbot, dialog)
        _tab_round(qtbot, dialog)
        fill(dialog)
        return dialog.result()

    with messages.use_runner(answer):
        yield asked


def _type_and_enter(qtbot, field: QWidget, text: str) -> None:
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_enter_creates_the_typed_municipality_not_the_example(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("start")

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.name, "Neustadt an der Weide")
        _type_and_enter(qtbot, dialog.population, "12.500")

    with _answering(qtbot, fill) as asked:
        window.new_municipality()
    here = {m.name: m for m in ctx.workspace.municipalities.list()}
    assert "Neustadt an der Weide" in here and here["Neustadt an der Weide"].population == 12500
    assert not any(m.is_example for m in here.values())
    assert asked == []


def test_enter_saves_the_edited_municipality(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("start")
    with _answering(qtbot, lambda d: _type_and_enter(qtbot, d.name, " Nord")) as asked:
        window.municipality_menu.edit()
    assert ctx.workspace.municipalities.get(municipality.id).name == "Teststadt Nord"
    assert asked == []


def test_the_example_town_asks_before_dropping_typed_input(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("start")

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.name, "Neustadt an der Weide")
        qtbot.mouseClick(dialog.example_button, Qt.MouseButton.LeftButton)  # answered: keep editing
        assert dialog.isVisible() and dialog.name.text() == "Neustadt an der Weide"
        dialog.reject()  # asked again, kept again
        dialog.done(QDialog.DialogCode.Rejected)

    with _answering(qtbot, fill) as asked:
        window.new_municipality()
    assert [m.name for m in ctx.workspace.municipalities.list()] == ["Teststadt"]
    assert asked[:1] == ["Die Eingaben in diesem Formular verwerfen?"]


def test_the_example_town_loads_unasked_into_an_empty_form(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("start")
    fill = lambda d: qtbot.mouseClick(d.example_button, Qt.MouseButton.LeftButton)  # noqa: E731
    with _answering(qtbot, fill) as asked:
        window.new_municipality()
    assert any(m.is_example for m in ctx.workspace.municipalities.list())
    assert asked == []


def test_enter_saves_a_new_actor(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("actors")
    with _answering(qtbot, lambda d: _type_and_enter(qtbot, d.name, "Verein Nour e.V.")) as asked:
        window.page("actors").new_actor()
    assert [a.name for a in ctx.workspace.actors.list(municipality.id)] == ["Verein Nour e.V."]
    assert asked == []


def test_enter_saves_an_own_barrier(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("barriers")
    with _answering(qtbot, lambda d: _type_and_enter(qtbot, d.title, "Kein Raum am Abend")) as asked:
        window.page("barriers").add_own_barrier()
    assert "Kein Raum am Abend" in [r.title for r in ctx.workspace.barriers.list(municipality.id)]
    assert asked == []


def test_enter_creates_a_round(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("pillars")
    page = window.page("pillars")
    page.new_round()  # opened window-modal, not through the runner
    dialog = page.dialog
    _show(qtbot, dialog)
    _tab_round(qtbot, dialog)
    _type_and_enter(qtbot, dialog.title, "Ausgangslage Herbst")
    ctx.tasks.settle()
    assert [r.title for r in ctx.workspace.pillars.rounds(municipality.id)] == ["Ausgangslage Herbst"]


@pytest.fixture
def anchoring(ctx, municipality, open_window) -> MainWindow:
    """The Verankerung page with its checklist begun and its first item chosen."""
    window = open_window("anchoring")
    page = window.page("anchoring")
    page.tabs.setCurrentIndex(1)
    page.begin()
    ctx.tasks.settle()
    page.pane.view.select_item(page.pane.view.checklist.items[0].id)
    return window


def test_enter_saves_an_own_checklist_item(qtbot, ctx, municipality, anchoring) -> None:
    pane = anchoring.page("anchoring").pane
    with _answering(qtbot, lambda d: _type_and_enter(qtbot, d.text, "Halal Grill beim Fest")) as asked:
        pane.add_own()
    checklist = ctx.workspace.checklists.for_municipality(municipality.id)
    assert "Halal Grill beim Fest" in [i.text for i in checklist.items]
    assert asked == []


def test_enter_saves_a_practice_example(qtbot, ctx, municipality, anchoring) -> None:
    pane = anchoring.page("anchoring").pane
    with _answering(
        qtbot, lambda d: _type_and_enter(qtbot, d.title, "Sprechstunde im Moscheeverein")
    ) as asked:
        pane._edit_example(None)
    assert [p.title for p in ctx.workspace.practice.list(municipality.id)] == [
        "Sprechstunde im Moscheeverein"
    ]
    assert asked == []


def test_enter_saves_the_placement_decision(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("anchoring")
    page = window.page("anchoring")

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.reasons, "Beschluss des Ausschusses")
        dialog.option.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.keyClick(dialog.option, Qt.Key.Key_Return)

    with _answering(qtbot, fill) as asked:
        page.decide("")
    decision = ctx.workspace.anchoring.decision(municipality.id)
    assert decision is not None and decision.reasons == "Beschluss des Ausschusses"
    assert asked == []


def test_enter_on_a_focused_cancel_button_cancels(qtbot, ctx, municipality, open_window) -> None:
    """Enter on a button Tab reached presses that button (here: Abbrechen asks, then stays)."""
    ctx.workspace.actors.create(municipality.id, ActorInput(name="Vorhanden", type="verein"))
    window = open_window("actors")

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.name, "Verein Nour e.V.")
        cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Abbrechen")
        cancel.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(cancel, Qt.Key.Key_Return)  # asked; answered No: the dialog stays
        assert dialog.isVisible()
        dialog.done(QDialog.DialogCode.Rejected)

    with _answering(qtbot, fill) as asked:
        window.page("actors").new_actor()
    assert [a.name for a in ctx.workspace.actors.list(municipality.id)] == ["Vorhanden"]
    assert asked == ["Die Eingaben in diesem Formular verwerfen?"]


def test_enter_in_a_target_group_name_adds_it(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("barriers")
    with _answering(qtbot, lambda d: _type_and_enter(qtbot, d.name, "Neu Zugezogene")) as asked:
        window.page("barriers").manage_target_groups()
    assert [g.name for g in ctx.workspace.target_groups.list(municipality.id)] == ["Neu Zugezogene"]
    assert asked == []
