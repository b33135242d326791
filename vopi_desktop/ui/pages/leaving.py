"""May the user leave the page? Asked before the window shows another page or municipality or closes
(``Page.leave_ok``): every editor panel with unsaved input asks save, discard or stay."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..editor import EditorPanel
from ..messages import ask_unsaved


def editors_leave_ok(parent: QWidget, editors: Iterable[EditorPanel]) -> bool:
    """False keeps the user here: "stay" chosen, or a save refused (its reason on the form)."""
    for editor in editors:
        editor.commit_cell_editors()  # a cell still being typed in is unsaved input too
        if not editor.is_dirty():
            continue
        title = editor.title_label.text() or QCoreApplication.translate("Page", "Unsaved input")
        answer = ask_unsaved(parent, title)
        if answer == "stay":
            return False
        if answer == "save":
            if not editor.commit():
                return False
        else:
            editor.revert()
    return True
