"""What two documents of the Berichte page need besides kind and municipality: the club of the opening
checklist (all begun ones, or one club, also one not begun yet for its blank sheet with its name) and
the Mitmachen guide's languages and layout (side by side: the Mitmachen page's own box and check).
Shown only for the kind that needs it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from ....catalog.outreach import load_outreach
from ...messages import fmt
from ..outreach.document import DEFAULT_LANGUAGES
from ..outreach.side_by_side import SideBySide

if TYPE_CHECKING:
    from ....reports.outreach import OutreachResult
    from ....store.workspace import Workspace

CLUB_KIND, LANGUAGES_KIND = "opening-checklist", "outreach"
Club = tuple[str, str, bool]  # actor id, name, checklist begun


@dataclass(frozen=True)
class Guide:
    """The Mitmachen guide as chosen: read on the UI thread, made on the jobs lane."""

    languages: tuple[str, ...]
    layout: str

    def make(
        self,
        ws: Workspace,
        mid: str,
        out: Path,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> OutreachResult:
        from ....reports.outreach import make_outreach

        return make_outreach(ws, mid, self.languages, out, progress, cancelled, layout=self.layout)


class KindChoices(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.club = QComboBox()
        self.club.setAccessibleName(self.tr("Club"))
        self.club_label = QLabel(self.tr("C&lub:"))
        self.club_label.setBuddy(self.club)
        self.club.addItem(self.tr("All clubs that have begun"), None)
        self.form.addRow(self.club_label, self.club)
        self.languages = QListWidget()
        self.languages.setAccessibleName(self.tr("Languages of the document"))
        for lang in load_outreach().languages:
            item = QListWidgetItem(f"{lang.name} ({lang.code})")
            item.setData(Qt.ItemDataRole.UserRole, lang.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = lang.code in DEFAULT_LANGUAGES
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        # half the ten languages, three where the window is small, the rest by scrolling: with the
        # notes of a made guide the page still fits 1024x600
        row = self.languages.fontMetrics().lineSpacing() + 4  # before it is shown: no row sizes yet
        self.languages.setMinimumHeight(row * 3 + 2 * self.languages.frameWidth())
        self.languages.setMaximumHeight(row * 5 + 2 * self.languages.frameWidth())
        self.languages_label = QLabel(self.tr("&Languages:"))
        self.languages_label.setBuddy(self.languages)
        self.form.addRow(self.languages_label, self.languages)
        self.side_by_side = SideBySide()
        self.form.addRow(self.side_by_side)
        self.club.currentIndexChanged.connect(self.changed)
        self.languages.itemChanged.connect(self.changed)
        self.side_by_side.toggled.connect(self.changed)
        self.show_for("")

    def show_for(self, kind: str) -> None:
        self.form.setRowVisible(self.club, kind == CLUB_KIND)
        self.form.setRowVisible(self.languages, kind == LANGUAGES_KIND)
        self.form.setRowVisible(self.side_by_side, kind == LANGUAGES_KIND)
        self.setVisible(kind in (CLUB_KIND, LANGUAGES_KIND))  # no empty gap under "Für:" otherwise

    def set_enabled(self, enabled: bool) -> None:
        self.club.setEnabled(enabled)
        self.languages.setEnabled(enabled)
        self.side_by_side.setEnabled(enabled)

    def set_clubs(self, clubs: Sequence[Club]) -> None:
        """The municipality's clubs, the one chosen kept where it is still listed."""
        chosen = self.club.currentData()
        self.club.blockSignals(True)
        while self.club.count() > 1:
            self.club.removeItem(1)
        for actor_id, name, begun in clubs:
            shown = name if begun else fmt(self.tr("%1 (not begun yet)"), name)
            self.club.addItem(shown, (actor_id, name, begun))
        same = (chosen or (None,))[0]
        at = next((n for n in range(1, self.club.count()) if self.club.itemData(n)[0] == same), 0)
        self.club.setCurrentIndex(at)
        self.club.blockSignals(False)
        if at == 0 and chosen is not None:
            self.changed.emit()

    def subject(self) -> tuple[str, str] | None:
        """The one club (id, name) the checklist is for; None: every club that has begun."""
        data = self.club.currentData()
        return (data[0], data[1]) if data else None

    def begun(self) -> bool:
        """Whether the chosen club has begun its checklist (False for every club)."""
        data = self.club.currentData()
        return bool(data and data[2])

    def chosen_languages(self) -> list[str]:
        items = (self.languages.item(n) for n in range(self.languages.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_guide(self, languages: Sequence[str], side_by_side: bool) -> None:
        """The guide as ticked on the Mitmachen page (its Ctrl+P and "Drucken…")."""
        for n in range(self.languages.count()):
            item = self.languages.item(n)
            wanted = item.data(Qt.ItemDataRole.UserRole) in languages
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.side_by_side.setChecked(side_by_side)

    def guide(self) -> Guide:
        return Guide(tuple(self.chosen_languages()), self.side_by_side.chosen_layout())

    def refusal(self) -> str | None:
        """Why the guide cannot be made as chosen (languages that do not fit side by side), or None."""
        return self.side_by_side.refusal(self.chosen_languages())
