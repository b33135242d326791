"""Every top-level window's title begins with "VOPI Desktop" (task bar, screen readers)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel

from vopi_desktop.ui.dialogs.municipality import MunicipalityDialog
from vopi_desktop.ui.pages.actors.dialog import ActorDialog
from vopi_desktop.ui.pages.actors.page import ActorsPage
from vopi_desktop.ui.pages.actors.trash import TrashDialog
from vopi_desktop.ui.pages.barriers.dialog import OwnBarrierDialog, TargetGroupsDialog
from vopi_desktop.ui.pages.pillars.dialog import RoundDialog

DIALOGS = [MunicipalityDialog, ActorDialog, TrashDialog, OwnBarrierDialog, TargetGroupsDialog, RoundDialog]


@pytest.mark.parametrize("dialog_class", DIALOGS, ids=lambda c: c.__name__)
def test_dialog_title_and_buddies(qtbot, ctx, municipality, dialog_class: type[QDialog]) -> None:
    if dialog_class is MunicipalityDialog:
        dialog = dialog_class(ctx)
    elif dialog_class is TrashDialog:  # reads and writes through its page
        page = ActorsPage(ctx)
        qtbot.addWidget(page)
        dialog = dialog_class(page, municipality.id)
    elif dialog_class is RoundDialog:
        dialog = dialog_class(ctx, municipality.id, [])
    else:
        dialog = dialog_class(ctx, municipality.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("VOPI Desktop – ")
    # Labels that end in a colon name a field: each must be that field's buddy.
    loose = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.text().rstrip().endswith(":") and label.buddy() is None
    ]
    assert loose == []
    assert [v for v in dialog.findChildren(QAbstractItemView) if v.tabKeyNavigation()] == []
