"""Names for the buttons Qt adds by itself, which screen readers otherwise announce as "button".

A toolbar that no longer fits gets an extension button (»), a search field with a clear button
gets one once it holds text. Neither has an accessible name. ``name_qt_buttons(root)`` names
those below ``root`` now and, for line edits, again whenever the text changes (Qt may create the
button late); the main window calls it for itself and for every page it builds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QToolBar, QToolButton, QWidget

EXTENSION = "qt_toolbar_ext_button"  # Qt's object names for its own helpers
CLEAR_ACTION = "_q_qlineeditclearaction"
_HOOKED = "_vopi_named_buttons"


def _more_tools() -> str:
    return QCoreApplication.translate("Accessible", "More tools")


def _clear_text() -> str:
    return QCoreApplication.translate("Accessible", "Clear text")


def name_toolbar(toolbar: QToolBar) -> None:
    button = toolbar.findChild(QToolButton, EXTENSION)
    if button is not None and not button.accessibleName():
        button.setAccessibleName(_more_tools())
        button.setToolTip(_more_tools())


def name_clear_button(edit: QLineEdit) -> None:
    """The clear button of a search field: "Clear text", as the action and as the button."""
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None and not action.text():
        action.setText(_clear_text())
        action.setToolTip(_clear_text())
    for button in edit.findChildren(QAbstractButton):
        if not button.accessibleName():
            button.setAccessibleName(_clear_text())


def name_qt_buttons(root: QWidget) -> None:
    """Name Qt's own buttons below ``root``; line edits stay hooked for buttons made later."""
    widgets: list[QObject] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QToolBar):
            name_toolbar(widget)
        elif isinstance(widget, QLineEdit) and widget.isClearButtonEnabled():
            name_clear_button(widget)
            if not widget.property(_HOOKED):
                widget.setProperty(_HOOKED, True)
                widget.textChanged.connect(lambda _text, edit=widget: name_clear_button(edit))
