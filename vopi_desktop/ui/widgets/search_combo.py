"""A choice among many names (a municipality's actors: 1,261 in a Landkreis) that one can type into.

The popup lists the names containing every typed word, with the house's forgiving search
("konigsbruck" finds Königsbrück; Qt's own completer matches from the start and folds no umlauts).
The choice is always one of the entries: leaving the field takes the one entry the text stands for
(the whole name, or a part only one name contains); any other text goes back to the chosen name.
``currentData()`` and ``currentIndexChanged`` work as in any combo box, so a form reads it unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...textsort import search_key, search_words
from .search import SearchFilterProxy


class SearchCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed name never becomes an entry
        # sized by a short name, not by measuring every entry (and never as wide as the longest)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        # The proxy follows the entries only while one types: filling 1,262 entries through it
        # took ten times as long as filling the combo.
        self._proxy = SearchFilterProxy(self)
        completer = QCompleter(self._proxy, self)
        # the proxy filters; the completer shows what it lets through, found anywhere in a name
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.popup().installEventFilter(self)  # after the completer's own: ours sees keys first
        self.lineEdit().installEventFilter(self)  # Ctrl+S saves the settled choice
        self.lineEdit().textEdited.connect(self._typed)
        self.lineEdit().editingFinished.connect(self._settle)
        self.lineEdit().textChanged.connect(self._show_start)

    def _show_start(self) -> None:
        """A name set while one is not typing shows its beginning, not its end (a narrow filter read
        "le Verantwortlichen")."""
        edit = self.lineEdit()
        if not edit.hasFocus() and not edit.isModified():  # set, not typed
            edit.setCursorPosition(0)

    def setAccessibleName(self, name: str) -> None:
        """The typing line carries the combo's name too: the cursor (and a screen reader) lands there."""
        super().setAccessibleName(name)
        self.lineEdit().setAccessibleName(name)

    def _typed(self, text: str) -> None:
        if self._proxy.sourceModel() is None:
            self._proxy.setSourceModel(self.model())
        self._proxy.set_search(text)
        completer = self.completer()
        if search_words(text) and self._proxy.rowCount() > 0:
            completer.complete()  # again: the popup sized for what the proxy lets through now
        else:
            completer.popup().hide()

    def row_for(self, text: str) -> int:
        """The entry ``text`` stands for: its whole name, or a part only one name contains; an empty
        text the entry without data ("nobody chosen") if there is one; -1 when none or several."""
        words = search_words(text)
        if not words:
            return self.findData(None)
        typed = " ".join(words)
        found = [i for i in range(self.count()) if all(w in search_key(self.itemText(i)) for w in words)]
        whole = [i for i in found if " ".join(search_words(self.itemText(i))) == typed]
        if whole:
            return whole[0]
        return found[0] if len(found) == 1 else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab in the open popup takes the entry (the one marked, or the one the text stands for)
        and moves on, as Tab does in any field; Qt's completer would only close the popup. Enter
        with no entry marked does the same without moving on."""
        popup = self.completer().popup()
        if (
            watched in (self.lineEdit(), popup)
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Save)
            and self.lineEdit().text() != self.itemText(self.currentIndex())
        ):
            self._settle(force=True)  # Ctrl+S while typing saves what the field then shows
            return False
        if watched is popup and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            marked = popup.currentIndex()
            onward = key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            if onward or (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not marked.isValid()):
                if marked.isValid():
                    self.lineEdit().setText(str(marked.data()))
                self._settle(force=True)
                if onward:
                    self.focusNextPrevChild(key == Qt.Key.Key_Tab)
                return True
        return super().eventFilter(watched, event)

    def _settle(self, force: bool = False) -> None:
        """Leaving the field (Tab, Enter, a click elsewhere): take the entry the text stands for, or
        show the chosen name again."""
        if self.completer().popup().isVisible():
            if not force:
                return  # the popup took the keyboard; its choice arrives through the completer
            self.completer().popup().hide()
        row = self.row_for(self.lineEdit().text())
        if row >= 0 and row != self.currentIndex():
            self.setCurrentIndex(row)
        else:
            self.lineEdit().setText(self.itemText(self.currentIndex()))
        self._proxy.set_search("")
        self._proxy.setSourceModel(None)
        self.lineEdit().setCursorPosition(0)  # the chosen name from its beginning
