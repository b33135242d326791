"""Hilfe → "Hilfe zu dieser Seite" (F1) explains the page in view (review F16): Beteiligung, Maßnahmen,
Zeitplan and Abdeckung showed the window's general hint instead. F1 is pressed on each page and the
message box read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vopi_desktop.areas import AREAS
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.reports.documents import AREA_KINDS

from .conftest import shown_window

WORDS = {  # what each page's help must explain, in German
    "events": ("World Café", "Zukunftskonferenz", "Protokoll", "Speichern", "Idee"),
    "measures": ("Schritte", "Budget", "Status", "geplant", "Strg+P"),
    "timeline": ("Balken", "Striche", "Raute", "heute", "Jahr"),
    "coverage": ("2", "3", "rote Zeile", "geplante oder laufende", "Säulen", "Ansatz"),
}


def _f1(qtbot, ctx, window: MainWindow, key: str) -> str:
    window.show_area(key)
    ctx.tasks.settle()
    shown: list[str] = []

    def read(box) -> int:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.show()
        box.adjustSize()
        assert box.height() <= 540, (key, box.size())  # whole on a 600-pixel screen
        box.hide()
        return QMessageBox.StandardButton.Ok

    with messages.use_runner(read):
        qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1, key
    return shown[0]


@pytest.fixture
def window(qtbot, ctx, municipality):
    return shown_window(qtbot, ctx)


@pytest.mark.parametrize("key", sorted(WORDS))
def test_f1_shows_the_help_of_the_planning_page(qtbot, ctx, window, key: str) -> None:
    text = _f1(qtbot, ctx, window, key)
    assert (
        "Wählen Sie links einen Bereich" not in text and "keine eigene Hilfe" not in text
    )  # the general hint
    for word in WORDS[key]:
        assert word in text, (key, word)


def test_every_page_has_help_of_its_own(qtbot, ctx, window) -> None:
    texts = {}
    for area in AREAS:
        window.show_area(area.key)
        ctx.tasks.settle()
        page = window.page(area.key)
        texts[area.key] = page.help_text()
        assert texts[area.key].strip(), area.key
    assert len(set(texts.values())) == len(texts)  # no two pages share one text


@pytest.mark.parametrize("key", sorted(AREA_KINDS))
def test_f1_on_a_printing_page_says_how_to_print(qtbot, ctx, window, key: str) -> None:
    """A clerk who looks for printing in the page's help finds Ctrl+P there (the box still fits)."""
    assert "Strg+P" in _f1(qtbot, ctx, window, key)
