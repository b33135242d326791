"""Editing and deleting a municipality from the window, driven as a person would: the Start page's
button and the Datei menu, typing into the dialog, answering its questions; then the database, the
switcher and the pages are read back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.dialogs.municipality import MunicipalityDialog
from vopi_desktop.ui.main_window import MainWindow

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.tasks.settle()
    return window


class Runner:
    """Shows the municipality dialog and hands it to ``handle``; answers each message box in turn."""

    def __init__(self, handle: Callable[[MunicipalityDialog], None] | None = None, answers=()) -> None:
        self.handle, self.answers = handle, list(answers)
        self.questions: list[str] = []
        self.dialogs: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            self.questions.append(dialog.text())
            return self.answers.pop(0)
        assert isinstance(dialog, MunicipalityDialog)
        self.dialogs.append(dialog)
        dialog.show()
        assert self.handle is not None
        self.handle(dialog)
        return dialog.result() if not dialog.isVisible() else QDialog.DialogCode.Rejected


def _retype(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_population_edited_from_the_start_page_is_stored_shown_and_undone(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    start = window.page("start")
    assert "12.000 Einwohner" in start.facts.text()

    def edit(dialog: MunicipalityDialog) -> None:
        assert dialog.windowTitle() == "VOPI Desktop – Kommune bearbeiten"
        assert (dialog.name.text(), dialog.population.text()) == ("Teststadt", "12000")
        assert dialog.kind.currentData() == "stadt" and dialog.state.currentData() == "BW"
        assert not dialog.example_button.isVisible()
        _retype(qtbot, dialog.population, "31.500")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    runner = Runner(edit)
    with messages.use_runner(runner):
        qtbot.mouseClick(start.edit_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert runner.dialogs
    stored = ctx.workspace.municipalities.get(municipality.id)
    assert (stored.population, stored.version) == (31500, municipality.version + 1)
    assert "31.500 Einwohner" in start.facts.text()
    assert window.undo_action.text() == "&Rückgängig: Kommune „Teststadt“ bearbeitet"

    window.undo_action.trigger()
    ctx.tasks.settle()
    assert ctx.workspace.municipalities.get(municipality.id).population == 12000
    assert "12.000 Einwohner" in start.facts.text()
    window.redo_action.trigger()
    ctx.tasks.settle()
    assert ctx.workspace.municipalities.get(municipality.id).population == 31500


def test_a_rename_from_the_file_menu_reaches_the_switcher_and_the_title(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    assert window.edit_municipality_action.isEnabled()

    def rename(dialog: MunicipalityDialog) -> None:
        _retype(qtbot, dialog.name, "Neckarstadt")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves

    with messages.use_runner(Runner(rename)):
        window.edit_municipality_action.trigger()
    ctx.tasks.settle()
    assert ctx.workspace.municipalities.get(municipality.id).name == "Neckarstadt"
    assert window.switcher.currentText() == "Neckarstadt"
    assert window.windowTitle() == "VOPI Desktop – Neckarstadt"
    assert window.page("start").heading.text() == "Neckarstadt"
    window.undo_action.trigger()
    ctx.tasks.settle()
    assert window.switcher.currentText() == "Teststadt" and "Teststadt" in window.windowTitle()


def test_a_stale_edit_is_refused_and_the_typed_input_stays(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)

    def edit(dialog: MunicipalityDialog) -> None:
        _retype(qtbot, dialog.population, "15000")
        # another workstation saves the municipality meanwhile
        ctx.workspace.municipalities.update(
            municipality.id,
            MunicipalityInput(name="Teststadt", kind="stadt", state="BW", population=20000),
            municipality.version,
        )
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.error.isVisible() and "inzwischen" in dialog.error.text()
        assert dialog.population.text() == "15000"

    runner = Runner(edit, answers=[YES])  # the test's own cancel is asked about the typed input
    with messages.use_runner(runner):
        window.edit_municipality_action.trigger()
        runner.dialogs[0].reject()
    assert ctx.workspace.municipalities.get(municipality.id).population == 20000
    assert not window.undo_action.isEnabled()
    assert runner.questions == ["Die Eingaben in diesem Formular verwerfen?"]


def test_delete_backs_up_removes_everything_and_switches(qtbot, ctx, municipality, config) -> None:
    fill_demo(ctx.workspace, "small")
    example = next(m for m in ctx.workspace.municipalities.list() if m.is_example)
    window = _window(qtbot, ctx)
    window.open_municipality(example.id)
    ctx.tasks.settle()
    assert window.switcher.count() == 2

    no = Runner(answers=[NO])
    with messages.use_runner(no):
        window.delete_municipality_action.trigger()
    assert len(ctx.workspace.municipalities.list()) == 2
    assert not list(config.backups_dir.glob("*before-delete*"))
    [question] = no.questions
    assert "„Musterstadt am Neckar“" in question
    assert "Akteure" in question and "Maßnahmen" in question and "Sicherung" in question
    # the actors as the directory shows them, the one in the trash named apart (it goes too)
    live = len(ctx.workspace.actors.list(example.id))
    assert f"{live}\u00a0Akteure," in question and "1\u00a0Akteur im Papierkorb," in question

    yes = Runner(answers=[YES])
    with messages.use_runner(yes):
        window.delete_municipality_action.trigger()
    ctx.tasks.settle()
    assert [m.name for m in ctx.workspace.municipalities.list()] == ["Teststadt"]
    assert ctx.workspace.actors.list(example.id) == []
    [saved] = config.backups_dir.glob("*before-delete*")
    assert saved.stat().st_size > 0
    assert window.switcher.count() == 1 and window.switcher.currentText() == "Teststadt"
    assert window.municipality_id == municipality.id
    assert window.stack.currentWidget() is window.page("start")
    assert window.page("start").heading.text() == "Teststadt"
    assert "gelöscht" in window.statusBar().currentMessage()


def test_deleting_the_last_municipality_shows_the_first_start_state(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    with messages.use_runner(Runner(answers=[YES])):
        window.delete_municipality_action.trigger()
    ctx.tasks.settle()
    assert ctx.workspace.municipalities.list() == []
    start = window.page("start")
    assert start.empty_state.isVisible()
    assert start.empty_state.title.text() == "Willkommen bei VOPI Desktop"
    assert window.switcher.count() == 0 and window.windowTitle() == "VOPI Desktop"
    assert not window.edit_municipality_action.isEnabled()
    assert not window.delete_municipality_action.isEnabled()


def test_esc_after_typing_asks_before_the_input_is_dropped(qtbot, ctx) -> None:
    dialog = MunicipalityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not dialog.isVisible()

    dialog = MunicipalityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Neckarhausen")
    qtbot.keyClicks(dialog.population, "4200")
    answers = Runner(answers=[NO, YES])
    with messages.use_runner(answers):
        qtbot.keyClick(dialog.population, Qt.Key.Key_Escape)  # "Keep editing"
        assert dialog.isVisible() and dialog.name.text() == "Neckarhausen"
        qtbot.keyClick(dialog.population, Qt.Key.Key_Escape)  # "Discard"
    assert not dialog.isVisible()
    assert len(answers.questions) == 2
    assert ctx.workspace.municipalities.list() == []


def test_the_example_button_is_off_while_the_example_is_here(qtbot, ctx) -> None:
    dialog = MunicipalityDialog(ctx, first_start=False)
    qtbot.addWidget(dialog)
    assert dialog.example_button.isEnabled()
    fill_demo(ctx.workspace, "small")
    dialog = MunicipalityDialog(ctx, first_start=False)
    qtbot.addWidget(dialog)
    assert not dialog.example_button.isEnabled()
    assert dialog.example_button.toolTip() == "Die Beispielstadt ist schon in diesem Arbeitsbereich."


def test_delete_on_a_server_database_says_there_is_no_backup(
    qtbot, qapp, migrated_db_url, isolated_env
) -> None:
    """On PostgreSQL the app makes no backup: the question says so, the delete still takes everything."""
    from vopi_desktop.app import install_translators
    from vopi_desktop.config import load_config
    from vopi_desktop.store.db import make_engine
    from vopi_desktop.store.workspace import Workspace
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.tasks import SyncTaskRunner

    server = not migrated_db_url.startswith("sqlite")
    config = load_config(isolated_env, migrated_db_url if server else None)
    config.ensure_dirs()
    ws = Workspace(make_engine(migrated_db_url), who="test")
    install_translators(qapp, "de")
    ctx = AppContext(ws, config, SyncTaskRunner(), "de")
    try:
        fill_demo(ws, "small")
        window = _window(qtbot, ctx)
        runner = Runner(answers=[YES])
        with messages.use_runner(runner):
            window.delete_municipality_action.trigger()
        ctx.tasks.settle()
        assert ws.municipalities.list() == []
        backups = list(config.backups_dir.glob("*before-delete*"))
        if server:
            assert "Server-Datenbank" in runner.questions[0] and backups == []
        else:
            assert "gesichert" in runner.questions[0] and len(backups) == 1
    finally:
        ws.close()
