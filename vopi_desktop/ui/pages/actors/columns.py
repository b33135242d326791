"""The actor table's column widths: shared out by the table's width until the user drags a border.

Every column fits without a horizontal scroll bar: the review date (last column, bold with ⚠ when
overdue) is never cut, every heading stays readable, and the names give way first. Widths the user
set are remembered (layout memory, "actors/columns") and stay; the automatic ones are not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from ...layout_memory import LayoutMemory

# Shares of the table width per column until the user drags a column border; the last one gets the rest.
COLUMN_SHARES = (0.27, 0.14, 0.15, 0.11, 0.06, 0.13)


class ActorColumns(QObject):
    """Sizes ``table``'s columns whenever its viewport is resized, until the user sized them."""

    def __init__(self, table: QTableView, model: QAbstractItemModel, layout: LayoutMemory) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitting = False
        # Widths the user set are remembered; until then the columns follow the table's width.
        self.user_sized = layout.remember(header, "actors/columns", keep=lambda: self.user_sized)
        header.sectionResized.connect(self._section_resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Share the width out so all columns fit without a horizontal scroll bar."""
        width = self.table.viewport().width()
        header = self.table.horizontalHeader()
        self._fitting = True
        # The review date (last column, bold with ⚠ when overdue) is never cut; the rest is shared.
        bold = QFont(self.table.font())
        bold.setBold(True)
        date_width = max(
            header.sectionSizeHint(len(COLUMN_SHARES)),
            QFontMetrics(bold).horizontalAdvance("⚠ 00.00.0000") + 14,  # measured, never shown
        )
        rest, total = max(width - date_width, 0), sum(COLUMN_SHARES)
        # Every heading stays readable ("Languages" was cut to "anguage"); names give way first.
        metrics = header.fontMetrics()
        heading = [
            max(
                header.minimumSectionSize(),
                metrics.horizontalAdvance(str(self.model.headerData(c, Qt.Orientation.Horizontal))) + 12,
            )
            for c in range(len(COLUMN_SHARES))
        ]
        widths = [max(heading[c], int(rest * share / total)) for c, share in enumerate(COLUMN_SHARES)]
        widths[0] = max(60, widths[0] - max(0, sum(widths) + date_width - width))  # names give way
        widths.append(max(date_width, width - sum(widths)))
        for column, size in enumerate(widths):
            header.resizeSection(column, size)
        self._fitting = False

    def _section_resized(self) -> None:
        if not self._fitting:
            self.user_sized = True  # from now on the user's widths stay
