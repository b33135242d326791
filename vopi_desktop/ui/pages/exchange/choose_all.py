"""The preview's rows that decide many at once: "Alle Konflikte:" (newer wins / keep mine / take
theirs) and, apart from them, "Alle Löschungen:" (delete what was not changed here since / keep all /
delete all). Deleting is a different act from taking a changed value, so one click never does both."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

POLICIES = ("newer", "local", "incoming")


class ChooseAll(QWidget):
    """A label and one button per policy; ``chosen`` carries the policy clicked."""

    chosen = Signal(str)

    def __init__(self, label: str, texts: tuple[str, str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(label)
        self.buttons = [QPushButton(text) for text in texts]
        self.newer, self.mine, self.theirs = self.buttons
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        for button, policy in zip(self.buttons, POLICIES, strict=True):
            button.clicked.connect(lambda _=False, p=policy: self.chosen.emit(p))
            # "Neueres gewinnt für alle" alone does not say for all of what (conflicts or deletions)
            button.setAccessibleName(f"{label} {button.text().replace('&', '')}")
            layout.addWidget(button)
        layout.addStretch(1)
        self.label.setBuddy(self.newer)  # the row's name reaches screen readers with its first button

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons:
            button.setEnabled(enabled)


# Translated in the preview's context (lupdate needs the context written out at each call).
def conflict_row(parent: QWidget) -> ChooseAll:
    return ChooseAll(
        QCoreApplication.translate("PreviewDialog", "All conflicts:"),
        (
            QCoreApplication.translate("PreviewDialog", "&Newer wins for all"),
            QCoreApplication.translate("PreviewDialog", "Keep &mine for all"),
            QCoreApplication.translate("PreviewDialog", "Take t&heirs for all"),
        ),
        parent,
    )


def deletion_row(parent: QWidget) -> ChooseAll:
    return ChooseAll(
        QCoreApplication.translate("PreviewDialog", "All deletions:"),
        (
            QCoreApplication.translate("PreviewDialog", "Delete unless &changed here"),
            QCoreApplication.translate("PreviewDialog", "Keep a&ll here"),
            QCoreApplication.translate("PreviewDialog", "Delete all here t&oo"),
        ),
        parent,
    )
