"""The choice of the Mitmachen guide's side-by-side layout (``reports.outreach``'s "bilingual": German
and one other language in two columns), one box and one check for both places that make the guide: the
Mitmachen page's Dokument tab and the Berichte page. The rule is ``check_layout``'s, the CLI's too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QWidget

from ....reports.outreach import BILINGUAL, SECTIONS, check_layout
from ....reports.run import ReportError


class SideBySide(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        # Alt+Y / Alt+W: letters free on both pages in both languages (tests/ui/test_mnemonics.py)
        super().__init__(self.tr("Side b&y side: German and one other language"), parent)
        self.setToolTip(self.tr("German in the left column, the other language in the right, row by row."))

    def chosen_layout(self) -> str:
        return BILINGUAL if self.isChecked() else SECTIONS

    def refusal(self, codes: Sequence[str]) -> str | None:
        """Why the ticked languages cannot be set side by side; None when they can or it is not asked."""
        try:
            check_layout(self.chosen_layout(), codes)
        except ReportError:
            return self.tr("Side by side: please tick German and exactly one other language.")
        return None
