"""A dialog's row of buttons, made so that Enter in any of its fields presses its primary button.

A QDialog remembers its own default button only when the button is made default while it is
already inside the dialog. Made default in a box not yet in the dialog's layout, the dialog never
knew it: the first button Tab reached became the dialog's default and kept it, and Enter in a field
pressed "Abbrechen" (the typed input gone) or loaded the example town (review G5, G1).

``button_box(dialog, …)`` makes the box inside the dialog from the start and ``primary(button)``
makes a button of it the dialog's default: Enter in any field presses it. A button Tab reaches is
the default only while it has the focus (Enter there presses that button, as everywhere on the
desktop); when the focus moves on, the primary one is the default again. Every dialog builds its
buttons this way (``tests/ui/test_dialog_enter.py`` tabs round each one).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

NO_BUTTONS = QDialogButtonBox.StandardButton.NoButton


def button_box(dialog: QDialog, standard: QDialogButtonBox.StandardButton = NO_BUTTONS) -> QDialogButtonBox:
    """The dialog's button box, its child from the start (so ``primary`` can reach the dialog)."""
    return QDialogButtonBox(standard, dialog)


def primary(button: QPushButton) -> QPushButton:
    """Make ``button`` the dialog's default: Enter in any field presses it, also after Tab has passed
    the other buttons. The button must already be inside its dialog (``button_box``)."""
    if not isinstance(button.window(), QDialog):
        raise ValueError("primary(): the button is not inside its dialog yet; make its box with button_box()")
    button.setDefault(False)  # made default again: only now does the dialog record it as its own
    button.setDefault(True)
    return button
