"""The mouse wheel over a form's fields (review 2, G26), for the wheel tests: a wheel event sent to a
field, its value, the page's fields that take the wheel, and the check that none of them changes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from vopi_desktop.ui.main_window import MainWindow


def wheel(widget: QWidget, notches: int) -> bool:
    """One wheel turn over the middle of ``widget``; True when the widget took it."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def value(widget: QWidget) -> object:
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()


def fields_of(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, (QComboBox, QAbstractSpinBox)) and w.isVisible() and w.isEnabled()
    ]


def check_unfocused(window: MainWindow, where: str, fields: list[QWidget], dirty=None) -> None:
    focused = QApplication.focusWidget()  # the user is in the list, or anywhere else outside
    if focused is not None:
        focused.clearFocus()
    for field in fields:
        name = f"{where}: {field.accessibleName() or field.objectName() or type(field).__name__}"
        assert not field.hasFocus(), name
        before = value(field)
        for notches in (-1, 1, 1):
            assert not wheel(field, notches), name  # passed on: the form scrolls
            assert value(field) == before, name
        if dirty is not None:
            assert not dirty(), name
        wheel_focus = Qt.FocusPolicy.WheelFocus
        assert field.focusPolicy() & wheel_focus != wheel_focus, name  # a real wheel brings no focus
