"""The first-start dialog, driven as a person would: type, click, read the window and the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from vopi_desktop.ui.dialogs.municipality import MunicipalityDialog


def test_create_municipality_by_typing(qtbot, ctx) -> None:
    dialog = MunicipalityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle().startswith("VOPI Desktop")
    qtbot.keyClicks(dialog.name, "Neckarhausen")
    qtbot.keyClicks(dialog.kind, "S")  # keyboard search in the combo box: "Stadt"
    qtbot.keyClicks(dialog.population, "4200")
    qtbot.keyClicks(dialog.contact_email, "buergerbuero@neckarhausen.example")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == MunicipalityDialog.DialogCode.Accepted
    [m] = ctx.workspace.municipalities.list()
    assert (m.name, m.kind, m.state, m.population) == ("Neckarhausen", "stadt", "BW", 4200)
    assert m.contact_email == "buergerbuero@neckarhausen.example"


def test_missing_name_shows_message_and_writes_nothing(qtbot, ctx) -> None:
    dialog = MunicipalityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.contact_email, "kaputt")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "Namen" in dialog.error.text()
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Neckarhausen")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "E-Mail" in dialog.error.text()
    assert ctx.workspace.municipalities.list() == []


def test_every_field_has_a_buddy_label(qtbot, ctx) -> None:
    dialog = MunicipalityDialog(ctx)
    qtbot.addWidget(dialog)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    assert set(dialog.fields.values()) <= buddies


def test_load_example_town(qtbot, ctx) -> None:
    dialog = MunicipalityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.example_button, Qt.MouseButton.LeftButton)
    assert dialog.loaded_example
    [m] = ctx.workspace.municipalities.list()
    assert m.is_example


def test_population_with_thousands_separator(qtbot, ctx) -> None:
    dialog = MunicipalityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Neckarstadt")
    qtbot.keyClicks(dialog.population, "12.500")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    [m] = ctx.workspace.municipalities.list()
    assert m.population == 12500


def test_population_that_is_not_a_number_is_refused_naming_the_field(qtbot, ctx) -> None:
    """Before, the validator swallowed the letters of "etwa 12000" (or a paste failed) without a word."""
    dialog = MunicipalityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Neckarstadt")
    qtbot.keyClicks(dialog.population, "etwa 12000")
    assert dialog.population.text() == "etwa 12000"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert ctx.workspace.municipalities.list() == []
    assert "Einwohnerzahl" in dialog.error.text() and "etwa 12000" in dialog.error.text()
    assert dialog.focusWidget() is dialog.population
