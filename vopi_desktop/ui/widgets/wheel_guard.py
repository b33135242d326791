"""The mouse wheel changes a choice only where the user is: a combo box, date edit or spin box without the
focus passes the wheel on, so scrolling a form over it scrolls the form instead of turning a measure's
"Abgeschlossen" into "Abgebrochen" (review 2, G26).

Qt hands such a widget the focus on a wheel event (``Qt.WheelFocus``) and then lets it step its value.
``guard_wheel`` makes them ``StrongFocus`` (Tab and a click still focus them) and installs one shared
event filter that ignores the wheel until they have the focus; an ignored wheel goes on to the parent,
the scroll area. ``EditorPanel`` guards its fields (every form), the Säulen form its scores,
``date_edit`` every date editor, ``Page`` its own combos when shown (the filters above a list: the
wheel passing over Maßnahmen's "Stand" left the list filtered differently), and the main window its
"Kommune" list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit and the spin boxes are QAbstractSpinBox


class _WheelOnlyWithFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # on to the parent: the form scrolls
            return True
        return False


_guard: _WheelOnlyWithFocus | None = None


def guard_one(widget: QWidget) -> None:
    """``widget`` takes the wheel only while it has the focus (installing it twice is harmless)."""
    global _guard
    if _guard is None:
        _guard = _WheelOnlyWithFocus()
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_guard)


def guard_wheel(root: QWidget) -> None:
    """Every combo box, date edit and spin box in ``root`` (``root`` too) takes the wheel only with the focus."""
    for widget in (root, *root.findChildren(QWidget)):
        if isinstance(widget, GUARDED):
            guard_one(widget)
