"""Hemmnisse → Zielgruppen verwalten…: a group made from a suggestion is recognised in any UI language
(review 2, G12). In English the German-named groups showed as "+" and a click added a duplicate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from vopi_desktop.app import install_translators
from vopi_desktop.ui import messages
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.pages.barriers.dialog import TargetGroupsDialog
from vopi_desktop.ui.pages.barriers.page import BarriersPage
from vopi_desktop.ui.tasks import SyncTaskRunner

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def english(qapp, workspace, config) -> Iterator[AppContext]:
    install_translators(qapp, "en")
    yield AppContext(workspace, config, SyncTaskRunner(), "en")
    install_translators(qapp, "de")


def _names(ctx: AppContext, mid: str) -> list[str]:
    return sorted(g.name for g in ctx.workspace.target_groups.list(mid))


def _open(qtbot, ctx: AppContext, mid: str, drive) -> None:
    """The page's button, the dialog driven by ``drive`` through the one dialog runner."""
    page = BarriersPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()

    def runner(dialog: QDialog) -> int:
        assert isinstance(dialog, TargetGroupsDialog)
        dialog.show()
        drive(dialog)
        return QDialog.DialogCode.Rejected

    with messages.use_runner(runner):
        qtbot.mouseClick(page.groups_button, LEFT)
        ctx.tasks.settle()


def _shown(dialog: TargetGroupsDialog) -> dict[str, tuple[str, bool]]:
    return {key: (b.text(), b.isEnabled()) for key, b in dialog.suggestion_buttons.items()}


def test_german_groups_are_ticked_in_english_and_not_added_again(qtbot, english, municipality) -> None:
    ctx, mid = english, municipality.id
    for name in ("Frauen mit Migrationsgeschichte", "Geflüchtete", "Eltern an der Grundschule"):
        ctx.workspace.target_groups.add(mid, name)
    seen: dict = {}

    def drive(dialog: TargetGroupsDialog) -> None:
        seen["before"] = _shown(dialog)
        qtbot.mouseClick(dialog.suggestion_buttons["women_migration"], LEFT)  # greyed: nothing
        qtbot.mouseClick(dialog.suggestion_buttons["older_migrants"], LEFT)  # a new one: added
        seen["after"] = _shown(dialog)
        seen["accessible"] = dialog.suggestion_buttons["refugees"].accessibleName()

    _open(qtbot, ctx, mid, drive)
    assert seen["before"]["women_migration"] == ("✓ Women with a migration background", False)
    assert seen["before"]["refugees"] == ("✓ Refugees", False)
    assert seen["before"]["older_migrants"] == ("+ Older immigrants", True)
    assert seen["after"]["older_migrants"] == ("✓ Older immigrants", False)
    assert seen["accessible"] == "Already in the list: Refugees"
    assert _names(ctx, mid) == [
        "Eltern an der Grundschule",
        "Frauen mit Migrationsgeschichte",
        "Geflüchtete",
        "Older immigrants",
    ]


def test_english_groups_are_ticked_in_german(qtbot, ctx, municipality) -> None:
    mid = municipality.id
    for name in ("Refugees", "  community with roots in turkey "):  # typed by an English colleague
        ctx.workspace.target_groups.add(mid, name)
    seen: dict = {}

    def drive(dialog: TargetGroupsDialog) -> None:
        seen["before"] = _shown(dialog)
        qtbot.mouseClick(dialog.suggestion_buttons["refugees"], LEFT)
        qtbot.mouseClick(dialog.suggestion_buttons["young_people"], LEFT)

    _open(qtbot, ctx, mid, drive)
    assert seen["before"]["refugees"] == ("✓ Geflüchtete", False)
    assert seen["before"]["turkish_community"] == ("✓ Türkeistämmige Community", False)
    assert seen["before"]["young_people"] == ("+ Junge Menschen mit Migrationsgeschichte", True)
    assert _names(ctx, mid) == sorted(
        ["community with roots in turkey", "Junge Menschen mit Migrationsgeschichte", "Refugees"]
    )


def test_the_store_adds_no_suggestion_held_in_another_language(english, municipality) -> None:
    """``add_suggested`` (by key, in the current language) skips a group held under its other name."""
    ws, mid = english.workspace, municipality.id
    ws.target_groups.add(mid, "Geflüchtete")
    added = ws.target_groups.add_suggested(mid, ["refugees", "young_people"])
    assert [g.name for g in added] == ["Young people with a migration background"]
