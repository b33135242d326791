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
        self.values: list[tuple[str, float | None]] = []  # None: nothing recorded yet ("–", no bar)
        self.maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_values(
        self, title: str, values: list[tuple[str, float | None]], maximum: float | None = None
    ) -> None:
        self.title, self.values, self.maximum = title, values, maximum
        self.setAccessibleName(title)
        self.setMinimumHeight(ROW * (len(values) + 1) + 4)  # in a scroll area: every bar readable
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, ROW * (len(self.values) + 2))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, ROW * 3)

    @staticmethod
    def value_text(value: float | None) -> str:
        """The number beside a bar; "–" as in the table for a value not recorded (never a score of 0)."""
        if value is None:
            return "–"
        return format_decimal(value) if value % 1 else str(int(value))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.windowText().color())
        painter.drawText(QRectF(4, 0, self.width() - 8, ROW), Qt.AlignmentFlag.AlignVCenter, self.title)
        if not self.values:
            return
        top = max(self.maximum or 0.0, *(v for _, v in self.values if v is not None), 1e-9)
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
            width = 0.0 if value is None else bar_space * value / top
            if value is not None:
                painter.fillRect(QRectF(label_width, y + 2, width, row_height - 4), BAR)
            text = self.value_text(value)
            painter.drawText(
                QRectF(label_width + width + 4, y, value_width, row_height),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
