"""The one printing path's entry: Ctrl+P (Datei → Drucken / Berichte) and every page's "Drucken…".

Ctrl+P asks the open page (``Page.request_print``): by default that prints the page's document, a
checklist page first asks blank or filled as its button does. The page's ``print_requested`` reaches
``print_page``, which has the Berichte page make that document on the jobs lane and print it
(``ReportsPage.print_for``). Where there is nothing to print — a page without a document of its own,
no municipality yet, only one to compare, nothing made on Berichte yet — the page's message line says
so and what to do: Ctrl+P is never silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .pages.base import Page

REPORTS = "reports"
CONSULTANT = "consultant"  # compares the workspace's municipalities: one alone is no comparison


def print_current(window: MainWindow) -> None:
    """Ctrl+P: the open page prints its document, or says why there is nothing to print."""
    page = window.current_page()
    if page is None:
        return
    refusal = nothing_to_print(window, page)
    if refusal:
        _hint(window, page, refusal)
        return
    page.request_print()


def _hint(window: MainWindow, page: Page, text: str) -> None:
    """Say ``text`` in the page's message line until the window shows another page (it answered one
    key press; coming back later, it would read as news)."""
    page.message.show_info(text)

    def gone(_index: int) -> None:
        window.stack.currentChanged.disconnect(gone)
        if page.message.text() == text:
            page.message.clear()

    window.stack.currentChanged.connect(gone)


def nothing_to_print(window: MainWindow, page: Page) -> str:
    """Why Ctrl+P cannot print on ``page`` now, in the user's words; "" when it can."""
    from .pages.reports.documents import AREA_KINDS  # on first print: it brings the report modules

    if page.area_key == REPORTS:
        reports = window.page(REPORTS)
        if reports.print_button.isEnabled():  # type: ignore[attr-defined]
            return ""
        if reports.printing():  # type: ignore[attr-defined]
            return QCoreApplication.translate(
                "Printing",
                "The document is being printed: press Ctrl+P again once that is done (or cancelled).",
            )
        if reports.cancel_button.isEnabled():  # type: ignore[attr-defined]
            return QCoreApplication.translate(
                "Printing", "The document is still being made: press Ctrl+P again once the preview shows it."
            )
        return QCoreApplication.translate(
            "Printing", "No document made yet: choose one and press “Make document”; Ctrl+P then prints it."
        )
    if page.area_key not in AREA_KINDS:
        return QCoreApplication.translate(
            "Printing",
            "This page has no document of its own to print. Every document is made and printed "
            "on the Reports page.",
        )
    if window.municipality_id is None:  # the window always shows one when there is one
        return QCoreApplication.translate(
            "Printing",
            "There is no municipality yet, so there is nothing to print. Create one first (Ctrl+N).",
        )
    if page.area_key == CONSULTANT and window.switcher.count() < 2:  # the sheet would only say so
        return QCoreApplication.translate(
            "Printing",
            "A comparison needs at least two municipalities, and this workspace holds only one: there is "
            "nothing to print yet. Take in the other municipalities' .vopi files first (area Exchange).",
        )
    guide = page.print_guide()
    if guide is not None and not guide[0]:
        return QCoreApplication.translate(
            "Printing", "No language is ticked for the guide: tick at least one in the “Document” tab."
        )
    return ""


def print_page(window: MainWindow, blank: bool = False) -> None:
    """A page's ``print_requested``: on the Berichte page print its document; elsewhere have the
    Berichte page make that page's document (``blank``: the checklist's empty form) and print it."""
    current = window.current_page()
    reports = window.page(REPORTS)
    if current is reports:
        reports.print_document()  # type: ignore[attr-defined]
        return
    if current is not None and (refusal := nothing_to_print(window, current)):
        _hint(window, current, refusal)  # a page's button may ask too: the same answer
        return
    area = current.area_key if current is not None else ""
    window.show_area(REPORTS)  # asks the page first: unsaved input is saved, discarded or kept
    subject = current.print_subject() if current is not None else None  # after a discard: none
    guide = current.print_guide() if current is not None else None
    if window.current_page() is reports:
        reports.print_for(area, blank, subject, guide)  # type: ignore[attr-defined]
