"""The main window and the Start page: sidebar, switcher, occasions, next steps, accessibility."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QCheckBox, QLabel, QMessageBox

from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.placeholder import PlaceholderPage


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.tasks.settle()  # the Start page's data arrives queued, as from the reads lane
    return window


def test_empty_workspace_shows_the_empty_state(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    start = window.page("start")
    assert start.empty_state.isVisible() and start.empty_state.title.text() == "Willkommen bei VOPI Desktop"
    assert not start.body.isVisible()
    assert start.empty_state.button.isVisible()  # "Kommune anlegen…"
    assert window.windowTitle() == "VOPI Desktop"


def test_start_page_occasions_are_saved_and_steps_follow(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    assert window.windowTitle().startswith("VOPI Desktop")
    assert "Teststadt" in window.windowTitle()
    start = window.page("start")
    assert start.isVisible()
    assert "Teststadt" in start.heading.text()
    box: QCheckBox = start.occasion_boxes["anchor_admin"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    state = ctx.workspace.municipalities.process_state(municipality.id)
    assert state.occasions == ("anchor_admin",)
    areas = [b.objectName() for b in start.step_buttons]
    assert areas[:2] == ["step_barriers", "step_actors"]
    assert "step_anchoring" in areas
    assert "0 von 27 bewertet" in start.step_buttons[0].description()

    qtbot.keyClicks(start.own_concern, "Mehr Jugendliche im Sportverein")
    qtbot.mouseClick(start.save_concern, Qt.MouseButton.LeftButton)
    assert ctx.workspace.municipalities.process_state(municipality.id).own_concern.startswith(
        "Mehr Jugendliche"
    )


def test_step_link_leads_to_its_area(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    start = window.page("start")
    button = next(b for b in start.step_buttons if b.objectName() == "step_barriers")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("barriers")


def test_unbuilt_area_says_so_plainly(qtbot, ctx, municipality, monkeypatch) -> None:
    """An area not built yet names itself and says what it will do (not one shared text).

    Every area of today has its page, so two are taken back to unbuilt for the test.
    """
    import dataclasses

    from vopi_desktop.areas import AREAS
    from vopi_desktop.ui import navigation

    unbuilt_keys = {"outreach", "consultant"}
    patched = tuple(dataclasses.replace(a, page=None) if a.key in unbuilt_keys else a for a in AREAS)
    monkeypatch.setattr(navigation, "AREAS", patched)
    window = _window(qtbot, ctx)
    for area in (a for a in patched if a.key in unbuilt_keys):
        window.show_area(area.key)
        page = window.stack.currentWidget()
        assert isinstance(page, PlaceholderPage)
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "noch nicht" in texts and area.purpose() in texts
        assert window._areas[area.key].title in texts


def test_switcher_changes_municipality_everywhere(qtbot, ctx, municipality) -> None:
    other = ctx.workspace.municipalities.create(
        MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY")
    )
    window = _window(qtbot, ctx)
    start = window.page("start")
    index = window.switcher.findData(other.id)
    window.switcher.setCurrentIndex(index)
    ctx.tasks.settle()
    assert "Anderswo" in start.heading.text()
    assert "Anderswo" in window.windowTitle()
    assert ctx.config.settings.last_municipality == other.id


def test_keyboard_shortcuts_and_sidebar(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+N", "Ctrl+P", "Ctrl+F", "Ctrl+Q", "F1", "Ctrl+2"} <= shortcuts
    window.sidebar.setFocus()
    window.sidebar.setCurrentItem(window._items["start"])
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.page("barriers")


def test_tables_do_not_trap_tab(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    for key in window._areas:
        window.show_area(key)
    for view in window.findChildren(QAbstractItemView):
        assert not view.tabKeyNavigation(), view


def test_buttons_without_words_have_accessible_names(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    for key in window._areas:
        window.show_area(key)
    unnamed = [
        b.objectName() or b.toolTip() or repr(b)
        for b in window.findChildren(QAbstractButton)
        # Qt's own helpers (line-edit clear buttons, table corners) take no focus and are skipped.
        if b.focusPolicy() != Qt.FocusPolicy.NoFocus
        and len(b.text().replace("&", "").strip()) <= 2
        and not b.accessibleName()
    ]
    assert unnamed == []


def test_labelled_fields_on_every_page_have_buddies(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    for key in window._areas:
        window.show_area(key)
    loose = [
        label.text()
        for label in window.findChildren(QLabel)
        if label.text().rstrip().endswith(":") and label.buddy() is None and label.isVisibleTo(window)
    ]
    assert loose == []


def test_start_page_shows_insights_with_links(qtbot, ctx) -> None:
    from vopi_desktop.store.demo import fill_demo

    fill_demo(ctx.workspace, "small")
    window = _window(qtbot, ctx)
    start = window.page("start")
    qtbot.waitUntil(lambda: bool(start.insights.buttons))  # loaded once the page has painted
    names = [b.objectName() for b in start.insights.buttons]
    assert names[:2] == ["insight_barriers", "insight_network"]
    assert "insight_pillars" in names
    isolated = start.insights.buttons[1]
    assert "Kurdisches Kulturzentrum" in isolated.description()
    qtbot.mouseClick(isolated, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("network")


def test_start_page_without_analysis_says_so(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    start = window.page("start")
    assert start.insights.buttons == []
    assert start.insights.empty.isVisible()


def test_window_paints_from_the_snapshot_before_the_workspace_opens(
    qtbot, config, workspace, municipality
) -> None:
    from vopi_desktop.store.revisions import HEAD_REVISION
    from vopi_desktop.store.snapshot import read_snapshot
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.tasks import SyncTaskRunner

    opened: list[bool] = []

    def opener():
        opened.append(True)
        return workspace

    snapshot = read_snapshot(config.sqlite_path, HEAD_REVISION, None)
    ctx = AppContext(opener, config, SyncTaskRunner(), "de", snapshot)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()  # loads the Start page: from the snapshot
    start = window.page("start")
    assert "Teststadt" in start.heading.text()
    assert window.switcher.currentText() == "Teststadt"
    assert opened == []  # no Workspace needed for the first frame
    qtbot.waitUntil(lambda: bool(opened))  # the insights, loaded after the first paint, open it
    assert start.insights.empty.isVisible()


def test_unsaved_input_holds_the_window_until_the_user_decides(qtbot, ctx, municipality, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    other = ctx.workspace.municipalities.create(
        MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY")
    )
    window = _window(qtbot, ctx)
    window.switcher.setCurrentIndex(window.switcher.findData(municipality.id))
    window.show_area("barriers")
    page = window.page("barriers")
    ctx.tasks.settle()
    qtbot.keyClicks(page.form.relevance, "3")  # B1 rated, not saved
    answers = [QMessageBox.StandardButton.Cancel]  # stay, as long as the user says so
    monkeypatch.setattr(messages, "runner", lambda _box: answers[0])

    window.show_area("actors")
    assert window.stack.currentWidget() is page
    assert window.sidebar.currentItem() is window._items["barriers"]
    window.switcher.setCurrentIndex(window.switcher.findData(other.id))
    assert window.municipality_id == municipality.id
    assert window.switcher.currentData() == municipality.id
    assert not window.close()
    assert page.form.relevance.currentData() == 3

    answers[0] = QMessageBox.StandardButton.Save
    window.show_area("actors")
    assert window.stack.currentWidget() is window.page("actors")
    assert ctx.workspace.barriers.get(municipality.id, "B1").relevance == 3


def test_unsaved_concern_asks_save_discard_or_stay(qtbot, ctx, municipality) -> None:
    """Explicit Save: leaving with a typed concern asks; nothing is saved behind the user's back."""
    other = ctx.workspace.municipalities.create(
        MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY")
    )
    window = _window(qtbot, ctx)
    window.switcher.setCurrentIndex(window.switcher.findData(municipality.id))
    ctx.tasks.settle()
    start = window.page("start")
    concern = lambda mid: ctx.workspace.municipalities.process_state(mid).own_concern  # noqa: E731
    answers: list[str] = []
    asked: list[str] = []

    def answer(box) -> int:
        asked.append(box.text())
        buttons = {"stay": QMessageBox.StandardButton.Cancel, "save": QMessageBox.StandardButton.Save}
        return buttons.get(answers.pop(0), QMessageBox.StandardButton.Discard)

    with messages.use_runner(answer):
        qtbot.keyClicks(start.own_concern, "Mehr Jugendliche im Sportverein")
        assert start.concern.is_dirty() and start.save_concern.isEnabled()
        assert start.concern.title_label.text() == "Ungespeicherte Änderungen"  # the marker
        answers[:] = ["stay"]
        window.show_area("barriers")
        assert window.stack.currentWidget() is start and len(asked) == 1
        assert concern(municipality.id) == ""

        answers[:] = ["save"]
        window.show_area("barriers")
        assert window.stack.currentWidget() is window.page("barriers")
        assert concern(municipality.id) == "Mehr Jugendliche im Sportverein"

        window.show_area("start")
        qtbot.keyClicks(start.own_concern, " und im Chor")
        answers[:] = ["discard"]
        window.switcher.setCurrentIndex(window.switcher.findData(other.id))
        ctx.tasks.settle()
        assert window.municipality_id == other.id
        assert concern(municipality.id) == "Mehr Jugendliche im Sportverein"  # discarded
        assert start.own_concern.toPlainText() == "" and not start.concern.is_dirty()

        qtbot.keyClicks(start.own_concern, "Ehrenamt staerken")
        answers[:] = ["save"]
        assert window.close()
        assert concern(other.id) == "Ehrenamt staerken"


def test_ctrl_s_saves_the_concern_and_ctrl_z_undoes_ticks_and_concern(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    with qtbot.waitActive(window):  # shortcuts only fire in the active window
        window.activateWindow()
    start = window.page("start")
    state = lambda: ctx.workspace.municipalities.process_state(municipality.id)  # noqa: E731
    qtbot.mouseClick(start.occasion_boxes["more_migrants"], Qt.MouseButton.LeftButton)
    assert state().occasions == ("more_migrants",)
    start.own_concern.setFocus()
    qtbot.keyClicks(start.own_concern, "Begegnung im Quartier")
    qtbot.keyClick(start.own_concern, Qt.Key.Key_Tab)  # leaving the field saves nothing
    assert state().own_concern == ""
    start.own_concern.setFocus()
    qtbot.keyClick(start.own_concern, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert state().own_concern == "Begegnung im Quartier" and not start.concern.is_dirty()
    assert window.undo_action.text() == "&Rückgängig: eigenes Anliegen"

    qtbot.keyClick(start.occasion_boxes["more_migrants"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    assert state().own_concern == "" and state().occasions == ("more_migrants",)
    qtbot.keyClick(start.occasion_boxes["more_migrants"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    assert state().occasions == ()
    assert not start.occasion_boxes["more_migrants"].isChecked()  # the page shows the undone state
    qtbot.keyClick(start.occasion_boxes["more_migrants"], Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.settle()
    assert state().occasions == ("more_migrants",) and start.occasion_boxes["more_migrants"].isChecked()


def test_a_concern_that_cannot_be_saved_keeps_the_user_on_the_page(qtbot, ctx, municipality) -> None:
    window = _window(qtbot, ctx)
    start = window.page("start")
    start.own_concern.setPlainText("x" * 5001)  # over the limit: the service refuses it
    with messages.use_runner(lambda _box: QMessageBox.StandardButton.Save):
        window.show_area("barriers")
        assert start.message.isVisible() and "zu lang" in start.message.text()  # the page's message line
        assert window.stack.currentWidget() is start
        assert start.own_concern.toPlainText() == "x" * 5001  # the text is still there to shorten
        assert ctx.workspace.municipalities.process_state(municipality.id).own_concern == ""
        start.own_concern.setPlainText("kurz")
        window.show_area("barriers")
    assert window.stack.currentWidget() is window.page("barriers")
    assert ctx.workspace.municipalities.process_state(municipality.id).own_concern == "kurz"


def test_start_page_numbers_follow_the_ui_locale_and_names_are_escaped(qtbot, ctx, municipality) -> None:
    from PySide6.QtCore import QLocale

    ctx.workspace.municipalities.update(
        municipality.id,
        MunicipalityInput(name="Tal <&> Berg", kind="stadt", state="BW", population=12000),
        municipality.version,
    )
    window = _window(qtbot, ctx)
    start = window.page("start")
    assert "12.000" in start.facts.text()
    assert start.heading.text() == "Tal <&> Berg"  # shown as typed, never as HTML
    assert start.heading.textFormat() == Qt.TextFormat.PlainText
    german = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))  # what the app does for English
    try:
        start.refresh()
        ctx.tasks.settle()
        assert "12,000" in start.facts.text()
    finally:
        QLocale.setDefault(german)


def test_insight_figures_follow_the_ui_locale(qtbot, ctx) -> None:
    import re

    from PySide6.QtCore import QLocale

    from vopi_desktop.store.demo import fill_demo

    fill_demo(ctx.workspace, "small")
    german = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    try:
        window = _window(qtbot, ctx)
        start = window.page("start")
        qtbot.waitUntil(lambda: bool(start.insights.buttons))
        pillar = next(b for b in start.insights.buttons if b.objectName() == "insight_pillars")
        assert re.search(r"\d\.\d", pillar.description()), pillar.description()
        assert not re.search(r"\d,\d", pillar.description())
    finally:
        QLocale.setDefault(german)


def test_gui_start_on_unreadable_data_says_so_in_a_window(qtbot, config, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from vopi_desktop.app import run_gui

    assert config.sqlite_path is not None
    config.sqlite_path.write_bytes(b"das ist keine Datenbank" * 200)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("vopi_desktop.ui.crash.install_crash_handler", lambda *_args: None)

    def answer(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    with messages.use_runner(answer):
        assert run_gui(config, "de") == 1
    [(title, text)] = shown
    assert title.startswith("VOPI Desktop – ")
    assert "Datenbank" in text
    assert config.sqlite_path.read_bytes().startswith(b"das ist keine Datenbank")  # left as it was


def test_steps_of_areas_not_built_are_never_ticked(qtbot, ctx, municipality) -> None:
    """Rows an exchange file or the demo brought (an event, an anchoring checklist) tick no step whose
    area has no page yet: the user could not see that work. Built areas tick as before."""
    from vopi_desktop.store.models import ChecklistInstance, Event
    from vopi_desktop.ui.navigation import areas

    with ctx.workspace._ctx.sessions() as s, s.begin():
        s.add(Event(municipality_id=municipality.id, kind="other", title="Fest", held_on=None))
        s.add(ChecklistInstance(municipality_id=municipality.id, template_key="anchoring"))
    built = {a.key for a in areas() if a.page is not None}
    window = _window(qtbot, ctx)
    buttons = {b.objectName(): b for b in window.page("start").step_buttons}
    for area in ("events", "anchoring"):
        text = buttons[f"step_{area}"].text()
        assert text.startswith("✓") == (area in built), (area, text)
