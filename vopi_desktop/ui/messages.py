"""How the app speaks: questions and notices, one dialog runner, plain text, %1-templates.

- ``ask``/``inform``/``warn``/``ask_unsaved``: message boxes whose title starts with "VOPI Desktop"
  and whose text is always plain text (a name with ``<b>`` shows its brackets).
- ``run(dialog)``: every modal dialog and message box is executed through one hook, so a test
  replaces ``messages.runner`` once (``use_runner``) instead of patching each page.
- ``fmt("%1 of %2", a, b)``: one pass over the template; a user text that contains ``%2`` is
  inserted as it is, never rewritten by the next argument (``str.replace`` chains did that). A record's
  name in quotes (“%1”, „%1“) is shortened to ``NAME_LIMIT`` characters with "…" (``short_name``): the
  one place for every question, status line and undo name (a measure made from an idea took its
  330 characters into "Rückgängig: …").
- ``plain_tooltip(text)``: user text for a tooltip (Qt would otherwise guess rich text).
- Counted nouns use Qt's plural forms: ``self.tr("%n actor(s)", "", n)`` (German in the .ts).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from .widgets.titles import titled

__all__ = [
    "Answer",
    "ask",
    "ask_unsaved",
    "fmt",
    "inform",
    "plain_label",
    "plain_tooltip",
    "run",
    "short_name",
    "titled",
    "use_runner",
    "warn",
]

_PLACEHOLDER = re.compile(r"%(\d{1,2})")
_OPENING = "\u201e\u201c\u201d\u201a\u2018\u00ab\u00bb\"'"  # „ “ ” ‚ ‘ « » " '
_CLOSING = "\u201c\u201d\u2018\u2019\u00bb\u00ab\"'"  # “ ” ‘ ’ » « " '
NAME_LIMIT = 60  # characters of a quoted name in a message, "…" included
_JOINERS = "\u200c\u200d\ufe0e\ufe0f"  # never cut before these: they belong to the character before
Answer = Literal["save", "discard", "stay"]


def short_name(name: str, limit: int = NAME_LIMIT) -> str:
    """A name as a message quotes it: on one line, at most ``limit`` characters; a longer one cut at a
    word's end where one is near, never between a letter and its mark or joiner, and ended with "…"."""
    text = " ".join(name.split())
    if len(text) <= limit:
        return text
    cut = limit - 1
    while cut > 0 and (
        unicodedata.combining(text[cut]) or text[cut] in _JOINERS or text[cut - 1] == "\u200d"
    ):
        cut -= 1
    space = text.rfind(" ", 0, cut + 1)
    if space > limit * 3 // 4:  # a word's end within the last quarter: cut there
        cut = space
    return text[:cut].rstrip() + "…"


def fmt(template: str, *args: object) -> str:
    """Fill ``%1``…``%99`` in a single pass; placeholders without an argument stay as they are. An
    argument standing in quotes is a record's name: ``short_name`` shortens it."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(args):
            return match.group(0)
        start, end = match.span()
        quoted = start > 0 and template[start - 1] in _OPENING and template[end : end + 1] in tuple(_CLOSING)
        return short_name(str(args[index])) if quoted else str(args[index])

    return nest_quotes(_PLACEHOLDER.sub(fill, template))


def nest_quotes(text: str) -> str:
    """Quotes inside quotes as single ones: „Punkt für „Schnuppertag““ reads „Punkt für ‚Schnuppertag‘“
    (English “…“…”…” likewise ‘…’). A name that already carries its own „…“ (an idea, an event title)
    is quoted once more by most messages; text with unbalanced quotes stays as it is."""
    if sum(text.count(q) for q in "\u201e\u201c\u201d") < 4:  # two pairs at least
        return text
    out: list[str] = []
    stack: list[str] = []  # "de" for an open „, "en" for an open “
    for ch in text:
        if ch == "\u201e":  # „
            out.append("\u201a" if stack else ch)
            stack.append("de")
        elif ch == "\u201c" and stack and stack[-1] == "de":  # “ closing a German quote
            stack.pop()
            out.append("\u2018" if stack else ch)
        elif ch == "\u201c":  # “ opening an English quote
            out.append("\u2018" if stack else ch)
            stack.append("en")
        elif ch == "\u201d" and stack and stack[-1] == "en":  # ”
            stack.pop()
            out.append("\u2019" if stack else ch)
        else:
            out.append(ch)
    return text if stack else "".join(out)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped and marked as rich text, so Qt does not guess."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for user text: never interpreted as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


# ----- the one dialog runner
def _exec(dialog: QDialog) -> int:
    return dialog.exec()


runner: Callable[[QDialog], int] = _exec


def run(dialog: QDialog) -> int:
    """Execute a modal dialog (or message box) through the hook; the dialog is deleted afterwards
    (its Python attributes stay readable until the event loop runs again)."""
    try:
        return runner(dialog)
    finally:
        dialog.deleteLater()


@contextmanager
def use_runner(replacement: Callable[[QDialog], int]) -> Iterator[None]:
    """For tests: answer every dialog with ``replacement(dialog)`` instead of showing it."""
    global runner
    previous, runner = runner, replacement
    try:
        yield
    finally:
        runner = previous


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox:
    box = QMessageBox(icon, titled(title), text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return box


def ask(parent: QWidget | None, title: str, question: str, yes: str = "", no: str = "") -> bool:
    """A yes/no question; No is the default, so Enter never destroys anything."""
    b = QMessageBox.StandardButton
    box = _box(parent, QMessageBox.Icon.Question, title, question, b.Yes | b.No, b.No)
    box.button(b.Yes).setText(yes or QCoreApplication.translate("Messages", "&Yes"))
    box.button(b.No).setText(no or QCoreApplication.translate("Messages", "&No"))
    return run(box) == b.Yes


def may_discard(dialog: QWidget, dirty: bool) -> bool:
    """Cancel, Esc or a dialog's close button: typed input is dropped only when the user confirms."""
    return not dirty or ask(
        dialog,
        dialog.windowTitle().removeprefix("VOPI Desktop – "),
        QCoreApplication.translate("Messages", "Discard what you typed in this form?"),
        yes=QCoreApplication.translate("Messages", "&Discard"),
        no=QCoreApplication.translate("Messages", "&Keep editing"),
    )


def ask_unsaved(parent: QWidget | None, title: str, question: str = "") -> Answer:
    """Unsaved input: save it, discard it, or stay where it is (the default)."""
    b = QMessageBox.StandardButton
    text = question or QCoreApplication.translate("Messages", "There is unsaved input. Save it?")
    box = _box(parent, QMessageBox.Icon.Question, title, text, b.Save | b.Discard | b.Cancel, b.Save)
    box.button(b.Save).setText(QCoreApplication.translate("Messages", "&Save"))
    box.button(b.Discard).setText(QCoreApplication.translate("Messages", "&Discard"))
    box.button(b.Cancel).setText(QCoreApplication.translate("Messages", "S&tay here"))
    answer = run(box)
    if answer == b.Save:
        return "save"
    return "discard" if answer == b.Discard else "stay"


def inform(parent: QWidget | None, title: str, text: str) -> None:
    b = QMessageBox.StandardButton
    run(_box(parent, QMessageBox.Icon.Information, title, text, b.Ok, b.Ok))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    b = QMessageBox.StandardButton
    run(_box(parent, QMessageBox.Icon.Warning, title, text, b.Ok, b.Ok))
