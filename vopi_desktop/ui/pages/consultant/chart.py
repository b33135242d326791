"""A horizontal bar chart of one column of the comparison, drawn with QPainter (no chart module)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...widgets.numbers import format_decimal

BAR = QColor("#2c6e9b")
ROW = 18


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.values: list[tuple[str, float]] = []
        self.maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_values(self, title: str, values: list[tuple[str, float]], maximum: float | None = None) -> None:
        self.title, self.values, self.maximum = title, values, maximum
        self.setAccessibleName(title)
        self.setMinimumHeight(ROW * (len(values) + 1) + 4)  # in a scroll area: every bar readable
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, ROW * (len(self.values) + 2))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, ROW * 3)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.windowText().color())
        painter.drawText(QRectF(4, 0, self.width() - 8, ROW), Qt.AlignmentFlag.AlignVCenter, self.title)
        if not self.values:
            return
        top = max(self.maximum or 0.0, max(v for _, v in self.values), 1e-9)
        label_width = min(220, self.width() // 3)
        value_width = 48
        bar_space = max(self.width() - label_width - value_width - 16, 10)
        row_height = ROW
        metrics = painter.fontMetrics()
        for i, (name, value) in enumerate(self.values):
            y = ROW + i * row_height
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(palette.windowText().color())
            painter.drawText(
                QRectF(4, y, label_width - 8, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            width = bar_space * value / top
            painter.fillRect(QRectF(label_width, y + 2, width, row_height - 4), BAR)
            text = format_decimal(value) if value % 1 else str(int(value))
            painter.drawText(
                QRectF(label_width + width + 4, y, value_width, row_height),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
