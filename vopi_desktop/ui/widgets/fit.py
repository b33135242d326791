"""Layouts that fit a small screen (1024×600) without cutting anything off.

A ``QScrollArea`` asks its layout for almost no width, so a splitter or a small window squeezes
it until fields are cut off at the right edge. ``fit_width(area)`` keeps the area's minimum width
equal to what its content needs (following later changes: fonts, longer texts, new rows), and
turns the horizontal scroll bar off.

``FormScroll(content, room)`` is a dialog's form part on a small screen: as tall as the form up to
``room`` pixels, scrolling vertically beyond, never sideways, and whatever gets the focus (Tab, a
label's Alt+letter, a refused save putting the cursor on its field) is scrolled into view.
``small_screen(hint)`` caps a dialog's size hint to what a 1024×600 screen leaves for a window.

``columns_or_rows(layout, room)`` puts a box layout's parts side by side while ``room`` (usually a
scroll area's viewport) is wide enough for all of them, and one below the other when it is not.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QFrame, QScrollArea, QWidget

from .wheel_guard import guard_wheel

# A 1024×600 screen less the title bar, the frame and a task bar.
SMALL_SCREEN = QSize(1000, 560)


class _WidthFollower(QObject):
    def __init__(self, area: QScrollArea) -> None:
        # The area is read back as parent(), not kept as an attribute: while the cycle collector takes a
        # closed dialog apart it clears the filter's attributes first, and a late event met no '_area'.
        super().__init__(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Polish):
            self.update()
        return False

    def update(self) -> None:
        area = self.parent()
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if inner is None:
            return
        bar = area.verticalScrollBar().sizeHint().width()
        frame = 2 * area.frameWidth()
        wanted = inner.minimumSizeHint().width() + bar + frame
        if area.minimumWidth() != wanted:
            area.setMinimumWidth(wanted)


def fit_width(area: QScrollArea) -> None:
    """Call once the area has its widget; keeps following that widget's needs from then on."""
    inner = area.widget()
    assert inner is not None, "fit_width needs the area's widget"
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    follower = _WidthFollower(area)
    inner.installEventFilter(follower)
    follower.update()


def small_screen(hint: QSize) -> QSize:
    """A dialog's ``sizeHint`` bounded for a small screen (its layout's minimum still holds)."""
    return hint.boundedTo(SMALL_SCREEN)


class FormScroll(QScrollArea):
    def __init__(self, content: QWidget, room: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(content)
        guard_wheel(content)  # scrolling the dialog over a combo box or date never changes it
        fit_width(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint()
        frame = 2 * self.frameWidth()
        width = max(self.minimumWidth(), inner.width() + self.verticalScrollBar().sizeHint().width() + frame)
        return QSize(width, min(inner.height() + frame, self._room))

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):  # the dialog is gone: Qt does not drop this connection
            QApplication.instance().focusChanged.disconnect(self._focused)
            return
        if new is not None and self.widget().isAncestorOf(new):
            self.ensureWidgetVisible(new)


class _Reflow(QObject):
    """Decides again when the room is resized and when the parts ask for other sizes (a page's
    data landing widens its columns after the first decision was made on the empty page)."""

    def __init__(self, layout: QBoxLayout, room: QWidget) -> None:
        super().__init__(room)
        self._layout = layout
        self._room = room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self.update()
        return False

    def _around(self, layout: QBoxLayout) -> int:
        """What the widget a scroll area shows needs beside the columns (its layouts' margins): the
        columns' own minimum alone left a fresh Start page 2 px too wide at 1024x600."""
        area = self._room.parentWidget()
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if inner is None or inner.layout() is None:
            return 0
        return max(inner.minimumSizeHint().width() - layout.minimumSize().width(), 0)

    def update(self) -> None:
        layout, room = self._layout, self._room
        items = [layout.itemAt(i) for i in range(layout.count())]
        parts = [item for item in items if not item.isEmpty()]
        margins = layout.contentsMargins()
        needed = sum(item.minimumSize().width() for item in parts)
        needed += max(layout.spacing(), 0) * max(len(parts) - 1, 0) + margins.left() + margins.right()
        needed += self._around(layout)
        wide = room.width() >= needed + 2  # the scroll area's own frame
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if layout.direction() == direction:
            return
        layout.setDirection(direction)
        area = room.parentWidget()
        if isinstance(area, QScrollArea) and area.widgetResizable():
            # A resizable area sizes its widget on its own resizes only: after stacking, the widget
            # would keep the side-by-side width and scroll sideways. Lay out now and size it again.
            layout.activate()
            area.setWidgetResizable(True)


def columns_or_rows(layout: QBoxLayout, room: QWidget) -> None:
    """Side by side while ``room`` is wide enough for every part's minimum, else stacked."""
    reflow = _Reflow(layout, room)
    room.installEventFilter(reflow)
    owner = layout.parentWidget()
    if owner is not None:
        owner.installEventFilter(reflow)  # the parts' sizes changed
    reflow.update()
