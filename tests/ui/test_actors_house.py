"""The actor page on the house base: undo/redo through the GUI, plain text, loading on real threads."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.actors.dialog import ActorDialog
from vopi_desktop.ui.pages.actors.model import NAME
from vopi_desktop.ui.pages.actors.page import ActorsPage
from vopi_desktop.ui.tasks import TaskRunner

HTML_NAME = "<b>Fett</b> <img src=x> Verein %2"


def _window(qtbot, ctx) -> tuple[MainWindow, ActorsPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_area("actors")
    page = window.page("actors")
    assert isinstance(page, ActorsPage)
    ctx.tasks.settle()
    return window, page


def _in_dialog(ctx, trigger: Callable[[], None], handle: Callable[[ActorDialog], None]) -> None:
    seen: list[QWidget] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ActorDialog)
        seen.append(dialog)
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():  # left open by the test: discard whatever it typed
                with messages.use_runner(lambda _box: QMessageBox.StandardButton.Yes):
                    dialog.reject()

    QTimer.singleShot(0, run)
    trigger()
    assert seen, "no dialog opened"
    ctx.tasks.settle()


def _undo(qtbot, window: MainWindow, ctx, redo: bool = False) -> None:
    keys = (Qt.Key.Key_Y if redo else Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the closed dialog is gone
    if QApplication.activeWindow() is not window:  # shortcuts need the window active again
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.keyClick(window.page("actors").table, *keys)
    ctx.tasks.settle()


def test_undo_and_redo_of_create_and_edit_through_the_gui(qtbot, ctx, municipality) -> None:
    window, page = _window(qtbot, ctx)
    ws, mid = ctx.workspace, municipality.id
    assert not window.undo_action.isEnabled()

    def create(dialog: ActorDialog) -> None:
        qtbot.keyClicks(dialog.name, "Chor Harmonie")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _in_dialog(ctx, lambda: qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton), create)
    (chor,) = ws.actors.list(mid)
    assert page.count_label.text() == "1 von 1 Akteur"  # one is counted in the singular
    assert window.undo_action.text() == "&Rückgängig: neuer Akteur „Chor Harmonie“"

    def edit(dialog: ActorDialog) -> None:
        dialog.size_edit.clear()
        qtbot.keyClicks(dialog.size_edit, "40")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _in_dialog(ctx, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), edit)
    assert ws.actors.get(chor.id).size == 40
    assert "Änderungen an „Chor Harmonie“" in window.undo_action.text()

    _undo(qtbot, window, ctx)  # the edit
    assert ws.actors.get(chor.id).size is None
    assert "Änderungen an" in window.redo_action.text()
    _undo(qtbot, window, ctx)  # the creation: into the trash, out of the list
    assert ws.actors.list(mid) == [] and [a.id for a in ws.actors.trash_list(mid)] == [chor.id]
    assert not window.undo_action.isEnabled()

    _undo(qtbot, window, ctx, redo=True)  # created again (the same record)
    assert [a.id for a in ws.actors.list(mid)] == [chor.id]
    assert page.model.visible_names() == ["Chor Harmonie"]
    qtbot.keyClick(
        page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    ctx.tasks.settle()
    assert ws.actors.get(chor.id).size == 40  # and edited again
    assert page.detail.toPlainText().count("40")


def test_undo_meeting_a_change_from_elsewhere_is_refused_and_writes_nothing(qtbot, ctx, municipality) -> None:
    window, page = _window(qtbot, ctx)
    ws, mid = ctx.workspace, municipality.id
    actor = ws.actors.create(mid, ActorInput(name="Kita Sonnenschein", type="school_kita"))
    page.refresh()
    ctx.tasks.settle()

    def edit(dialog: ActorDialog) -> None:
        dialog.size_edit.clear()
        qtbot.keyClicks(dialog.size_edit, "25")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _in_dialog(ctx, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), edit)
    current = ws.actors.get(actor.id)
    ws.actors.update(
        actor.id, ActorInput(name=current.name, type=current.type, size=99), current.version
    )  # elsewhere

    _undo(qtbot, window, ctx)
    assert ws.actors.get(actor.id).size == 99  # nothing half-undone
    assert page.message.is_error and "jemand anderem" in page.message.text()
    assert not window.undo_action.isEnabled()  # the history through that record is gone


def test_undo_history_ends_at_a_municipality_switch(qtbot, ctx, municipality) -> None:
    other = ctx.workspace.municipalities.create(
        MunicipalityInput(name="Anderstadt", kind="stadt", state="BW")
    )
    window, page = _window(qtbot, ctx)
    _in_dialog(
        ctx,
        lambda: qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton),
        lambda d: (
            qtbot.keyClicks(d.name, "Chor"),
            qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton),
        ),
    )
    assert window.undo_action.isEnabled()
    shown = window.municipality_id
    window.switcher.setCurrentIndex(
        window.switcher.findData(other.id if shown != other.id else municipality.id)
    )
    assert window.municipality_id != shown
    assert not window.undo_action.isEnabled()


def test_html_in_a_name_shows_literally(qtbot, ctx, municipality, monkeypatch) -> None:
    ws = ctx.workspace
    actor = ws.actors.create(municipality.id, ActorInput(name=HTML_NAME, type="verein"))
    window, page = _window(qtbot, ctx)
    index = page.model.index(0, NAME)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    assert index.data() == HTML_NAME  # the table: item views paint text as it is
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tip and "<b>" not in tip  # the tooltip: escaped, never rendered
    assert HTML_NAME in page.detail.toPlainText()  # the detail panel

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    ctx.tasks.settle()
    assert HTML_NAME in window.statusBar().currentMessage()  # "%2" in the name survived fmt()
    assert f"„{HTML_NAME}“" in window.undo_action.text()

    boxes: list[QMessageBox] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            boxes.append(dialog)
            assert dialog.textFormat() == Qt.TextFormat.PlainText
            assert HTML_NAME in dialog.text()
            return QMessageBox.StandardButton.No
        QTimer.singleShot(
            0, lambda: (qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton), dialog.reject())
        )
        return dialog.exec()

    monkeypatch.setattr(messages, "runner", answer)
    qtbot.mouseClick(page.trash_dialog_button, Qt.MouseButton.LeftButton)
    assert len(boxes) == 1  # the message box asked, with the name as plain text
    assert ws.actors.get(actor.id).deleted_at is not None


@pytest.fixture
def threaded_ctx(qapp, workspace, config):
    from vopi_desktop.app import install_translators

    install_translators(qapp, "de")
    ctx = AppContext(workspace, config, TaskRunner(), "de")
    yield ctx
    ctx.tasks.cancel_all()


def test_answer_for_the_previous_municipality_is_dropped_and_del_waits(
    qtbot, threaded_ctx, municipality
) -> None:
    """Real threads: the slow answer for the first municipality arrives after the switch and is dropped;
    while the second loads, Del and the row buttons are off (they would act on the old rows)."""
    ctx = threaded_ctx
    ws = ctx.workspace
    ws.actors.create(municipality.id, ActorInput(name="Alter Verein", type="verein"))
    other = ws.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW"))
    ws.actors.create(other.id, ActorInput(name="Neuer Verein", type="verein"))
    window, page = _window(qtbot, ctx)
    window.switcher.setCurrentIndex(window.switcher.findData(municipality.id))
    qtbot.waitUntil(lambda: page.model.visible_names() == ["Alter Verein"])

    gates = {municipality.id: threading.Event(), other.id: threading.Event()}
    real_list = ws.actors.list

    def slow_list(mid, include_deleted=False):
        gates[mid].wait(10)
        return real_list(mid, include_deleted)

    ws.actors.list = slow_list  # type: ignore[method-assign]
    try:
        page.refresh()  # a reload of the first municipality, held back
        assert page.loading and not page.trash_button.isEnabled() and not page.edit_button.isEnabled()
        window.switcher.setCurrentIndex(window.switcher.findData(other.id))  # switch while it loads
        assert page.loading
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # Del on the old list: must do nothing
        gates[municipality.id].set()  # the old answer arrives first ...
        qtbot.wait(200)
        assert page.model.visible_names() == ["Alter Verein"]  # ... and is dropped, not shown
        assert page.loading and not page.trash_button.isEnabled()
        gates[other.id].set()
        qtbot.waitUntil(lambda: page.model.visible_names() == ["Neuer Verein"])
        assert not page.loading and page.trash_button.isEnabled()
    finally:
        ws.actors.list = real_list  # type: ignore[method-assign]
        for gate in gates.values():
            gate.set()
    assert ws.actors.trash_list(municipality.id) == []  # Del while loading trashed nothing


def test_page_closed_while_loading_gets_no_callback(qtbot, threaded_ctx, municipality) -> None:
    ctx = threaded_ctx
    ws = ctx.workspace
    gate = threading.Event()
    real_list = ws.actors.list
    ws.actors.list = lambda mid, include_deleted=False: (gate.wait(10), real_list(mid))[1]  # type: ignore[method-assign]
    try:
        page = ActorsPage(ctx)
        page.set_municipality(municipality.id)
        page.show()
        assert page.loading
        page.deleteLater()
        QApplication.sendPostedEvents(None, 52)  # DeferredDelete: the page is gone
        gate.set()
        assert ctx.tasks.wait(5000)
        qtbot.waitUntil(lambda: not ctx.tasks.busy)  # the answer came and was dropped, no crash
    finally:
        ws.actors.list = real_list  # type: ignore[method-assign]
        gate.set()


def test_a_refusal_quoting_a_name_shows_it_literally(qtbot, ctx, municipality) -> None:
    ctx.workspace.actors.create(municipality.id, ActorInput(name=HTML_NAME, type="verein"))
    _win, page = _window(qtbot, ctx)

    def duplicate(dialog: ActorDialog) -> None:
        qtbot.keyClicks(dialog.name, HTML_NAME)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and HTML_NAME in dialog.error.text()  # "… gibt es schon"
        assert dialog.error.textFormat() == Qt.TextFormat.PlainText

    _in_dialog(ctx, lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), duplicate)
    assert len(ctx.workspace.actors.list(municipality.id)) == 1


def test_cancel_with_typed_input_asks_before_discarding(qtbot, ctx, municipality) -> None:
    _win, page = _window(qtbot, ctx)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(box: QDialog) -> int:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        return answers.pop(0)

    def cancel(dialog: ActorDialog) -> None:
        with messages.use_runner(answer):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # clean: closes without a question
            assert not dialog.isVisible() and asked == []

    _in_dialog(ctx, lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), cancel)

    def typed(dialog: ActorDialog) -> None:
        qtbot.keyClicks(dialog.name, "Chor Harmonie")
        with messages.use_runner(answer):
            qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # "Keep editing"
            assert dialog.isVisible() and dialog.name.text() == "Chor Harmonie" and len(asked) == 1
            qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # "Discard"
            assert not dialog.isVisible()

    _in_dialog(ctx, lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), typed)
    assert ctx.workspace.actors.list(municipality.id) == []
