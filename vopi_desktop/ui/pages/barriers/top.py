"""The box below the barrier tree: the highest-rated barriers as links, the first candidates for measures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ....analysis.barriers import top_barriers
from ....catalog import Catalog
from ....store.dto.barriers import BarrierRow
from ...messages import fmt

TOP_LIMIT = 5


class TopBarriers(QGroupBox):
    """A handful of flat link buttons; ``chosen`` carries the ref of the barrier clicked."""

    chosen = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Top barriers"), parent)
        self.catalog = catalog
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(0)
        self.hint = QLabel(self.tr("No barrier is rated medium or high yet."))
        self.hint.setWordWrap(True)
        self._layout.addWidget(self.hint)
        self.buttons: list[QPushButton] = []

    def show_rows(self, rows: list[BarrierRow]) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        labels = self.catalog.vocab("relevance")
        top = top_barriers(rows, TOP_LIMIT)
        self.hint.setVisible(not top)
        for number, row in enumerate(top, start=1):
            name = row.title if row.is_custom else f"{row.key} {row.title}"
            facts = labels.get(str(row.relevance), "")
            if row.target_group_ids:
                facts += " · " + fmt(self.tr("target groups: %1"), str(len(row.target_group_ids)))
            text = f"{number}. {name} – {facts}"
            button = QPushButton(text.replace("&", "&&"))
            button.setObjectName(f"top_{row.ref}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; color: palette(link); padding: 2px 4px;")
            button.setAccessibleName(text)
            button.setToolTip(self.tr("Show this barrier"))
            button.clicked.connect(lambda _=False, ref=row.ref: self.chosen.emit(ref))
            self._layout.addWidget(button)
            self.buttons.append(button)
