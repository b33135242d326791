"""Wording and empty states from review 2 (G14): a workspace without any municipality says so on every page
(there is nothing to choose); Mitmachen without actors shows an empty state with the way to the actors and
offers no "Neues Angebot"; the English placement recommendation does not paste "Town or city" mid-sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from vopi_desktop.app import install_translators
from vopi_desktop.ui import messages
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.tasks import SyncTaskRunner

START_TEXT = "In diesem Arbeitsbereich gibt es noch keine Kommune. Legen Sie eine an (Strg+N)"


@pytest.fixture
def english(qapp, workspace, config) -> Iterator[AppContext]:
    install_translators(qapp, "en")
    yield AppContext(workspace, config, SyncTaskRunner(), "en")
    install_translators(qapp, "de")


@pytest.mark.parametrize("area", ["events", "measures", "coverage", "outreach", "anchoring", "barriers"])
def test_an_empty_workspace_says_there_is_no_municipality_yet(ctx, open_window, area) -> None:
    window = open_window(area)
    page = window.page(area)
    assert page.empty_state.isVisible()
    text = page.empty_state.text.text()
    assert text.startswith(START_TEXT), text
    assert "Wählen Sie oben" not in text and "gewählt" not in page.empty_state.title.text()
    assert page.empty_state.button.isVisible()  # "Kommune anlegen…"


def test_mitmachen_without_actors_shows_the_way_to_the_actors(qtbot, ctx, municipality, open_window) -> None:
    window = open_window("outreach")
    page = window.page("outreach")
    assert not page.new_button.isEnabled()  # an opportunity belongs to an actor: none to give it yet
    empty = page.no_actors
    assert empty.isVisible() and not page.form.isVisible()
    assert empty.title.text() == "Noch keine Akteure erfasst"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)  # "Zu den Akteuren"
    ctx.tasks.settle()
    assert window.current_page() is window.page("actors")
    # the texts and their review need no actor: still there
    assert page.tabs.isTabEnabled(1)

    # once there is an actor, the list and the form come back and "Neues Angebot" works
    def record(dialog: QDialog) -> int:  # Akteure → "Neuer Akteur"
        dialog.show()
        qtbot.keyClicks(dialog.name, "TSV Teststadt")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    with messages.use_runner(record):
        qtbot.mouseClick(window.page("actors").new_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert [a.name for a in ctx.workspace.actors.list(municipality.id)] == ["TSV Teststadt"]
    window.show_area("outreach")
    ctx.tasks.settle()
    assert page.new_button.isEnabled() and not empty.isVisible() and page.form.isVisible()


def test_english_recommendation_starts_with_the_kind_of_municipality(qtbot, english, municipality) -> None:
    window = MainWindow(english)
    qtbot.addWidget(window)
    window.show()
    window.show_area("anchoring")
    english.tasks.settle()
    text = window.page("anchoring").guidance.recommendation.text()
    assert text.startswith("Town or city with 12,000 inhabitants – recommended: "), text
    assert "For a Town" not in text
