"""The measure table's column widths: the status column stays in view, right after the title.

At 1024×600 the list has about 280 pixels beside the form, and a fixed 230-pixel title left the
status half hidden until the splitter was dragged. Now the short columns (status, dates, steps)
size to their contents, and the title takes what the view leaves: the rest of the row when every
column fits, else as much as the title wants (230 pixels, or what the user dragged it to) while
the status still fits beside it. A title cut short ends in "…" and its tooltip holds all of it;
the person responsible, the dates and the steps then follow by scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

TITLE, STATUS = 0, 1
CONTENTS = (STATUS, 3, 4, 5)  # status, start, end, steps: short texts, shown whole
LEAST_TITLE = 100  # below this a title says nothing; the status may then scroll away


class MeasureColumns(QObject):
    """Sizes ``table``'s columns; create it after the layout memory restored the header (a saved
    state brings back the old resize modes, which this sets again)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # the title takes the spare room, not the steps
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in CONTENTS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.wanted = max(header.sectionSize(TITLE), LEAST_TITLE)  # the title's width when room is short
        self._fitting = False
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        if column == TITLE:
            self.wanted = max(new, LEAST_TITLE)  # the user dragged it: their width while room is short
        else:
            self.fit()  # a status or date column grew with its contents

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != TITLE)
        if room - others >= LEAST_TITLE:
            width = room - others  # every column fits: the title takes the rest
        else:
            width = max(LEAST_TITLE, min(self.wanted, room - header.sectionSize(STATUS)))
        if width != header.sectionSize(TITLE):
            self._fitting = True
            try:
                header.resizeSection(TITLE, width)
            finally:
                self._fitting = False
