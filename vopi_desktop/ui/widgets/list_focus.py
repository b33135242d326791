"""A record list that only the user's arrow keys and clicks move: focusing it changes nothing.

Qt makes the first row current when a list without a current row gets focus by keyboard (Tab), and a
page shows the current row's record. While a new, unsaved record is in the form no row is current, so
tabbing past the list switched records and asked "Speichern?" about a change nobody asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView

_HELD = "vopi_focus_keeps_record"


class _FocusKeepsRecord(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QAbstractItemView)
            and not watched.currentIndex().isValid()
        ):
            # "no row" set through the view: Qt then counts the current index as chosen and leaves it
            # (the selection model's own clear does not tell the view); no signal, nothing selected
            watched.setCurrentIndex(QModelIndex())
        return False


def hold_record_on_focus(view: QAbstractItemView) -> None:
    """Focus into ``view`` leaves it without a current row when it has none; once per view."""
    if view.property(_HELD):
        return
    view.setProperty(_HELD, True)
    view.installEventFilter(_FocusKeepsRecord(view))
