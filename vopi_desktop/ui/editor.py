"""The editing model of every form: explicit Save (Ctrl+S), unsaved input shown and never lost.

An ``EditorPanel`` shows one record (``show_row``); what the user typed is compared with what was
shown (``values()`` against the values right after ``show_row``), so typing a change and typing it
back is not "dirty". ``commit()`` saves and returns True when stored; ``revert()`` shows the
record again. While dirty, the Save button is enabled and the panel's title carries a marker; the
page's ``leave_ok`` asks save/discard/stay. Single ticks and scores are not forms: they save at once
as undoable commands.

Saving is one path for every form: ``save()`` turns the input into the record the store takes
(``to_input()``; input that cannot become one, "etwa 40" in a number field, raises ValidationError
naming the field), hands it to ``save_handler`` (the page: ``Page.save_form``, one undoable command)
and shows a refusal of either on the panel's error line (``self.error``, a FormError: the message,
the cursor on the named field). A form places ``self.error`` in its layout and names its fields
with ``name_fields``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from ..store.errors import ValidationError
from .messages import fmt
from .widgets.elided import ElidedLabel
from .widgets.form_error import FormError
from .widgets.wheel_guard import guard_wheel


class EditorPanel(QWidget):
    """Subclasses build their fields, call ``watch(...)`` and ``name_fields(...)`` on them and
    implement ``values`` and ``fill`` (and ``to_input`` where the record is not ``values()``); the
    base does dirtiness, the marker, Ctrl+S, revert and saving through ``save_handler``."""

    dirty_changed = Signal(bool)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: Any = None
        self._shown: Any = None
        self._filling = False
        self._dirty = False
        self._title = title
        # The page's save: gets ``to_input()``, stores it, True when stored (``Page.save_form``).
        self.save_handler: Callable[[Any], bool] | None = None
        self.error = FormError(parent=self)  # why a save was refused; the form places it
        # A long record name ends in "…" instead of widening the form. Made inside the panel, so it is
        # never a window of its own (unparented, showing it opened one and took the focus).
        self.title_label = ElidedLabel(parent=self)
        self._title_placed = True  # False: the form shows the marker elsewhere (``hide_title``)
        self.save_button = QPushButton(self.tr("S&ave"))
        self.save_button.setToolTip(self.tr("Save the input (Ctrl+S)"))
        self.save_button.clicked.connect(self.commit)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Show the stored state again"))
        self.revert_button.clicked.connect(self.revert)
        save = QShortcut(
            QKeySequence.StandardKey.Save, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        save.activated.connect(self.commit)
        self._update_marker()

    # ----- for subclasses
    def values(self) -> Any:
        """The form's current input, comparable with ==."""
        raise NotImplementedError

    def fill(self, row: Any) -> None:
        """Put ``row`` (or nothing, for None) into the fields."""
        raise NotImplementedError

    def to_input(self) -> Any:
        """The record the page stores; raises ValidationError (field named) on input that cannot
        become one. By default the form's values."""
        return self.values()

    def name_fields(self, fields: Mapping[str, QWidget]) -> None:
        """The field behind each name a refusal may give: the error line puts the cursor there."""
        self.error.fields.update(fields)

    def save(self) -> bool:
        """Input -> handler -> error line: True when stored (the handler shows the stored record)."""
        self.error.hide()
        self.commit_cell_editors()
        if self.save_handler is None:
            return False
        try:
            data = self.to_input()
        except ValidationError as exc:
            self.show_message(str(exc), exc.field)
            return False
        return bool(self.save_handler(data))

    def show_message(self, message: str, field: str | None = None) -> None:
        """A refusal on the error line (``Page.write`` calls this as the form's ErrorSink)."""
        self.error.show_message(message, field)
        QTimer.singleShot(0, self._error_in_view)  # once the shown line has its place

    def _error_in_view(self) -> None:
        """A form inside a page's scroll area (barriers): scroll the refusal into view."""
        if not shiboken6.isValid(self) or not self.error.isVisible():
            return
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.error)

    def watch(self, *widgets: QWidget) -> None:
        """Re-check dirtiness whenever one of these fields changes."""
        for widget in widgets:
            guard_wheel(widget)  # scrolling the form over a field never changes it
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                widget.textChanged.connect(self.check_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.check_dirty)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.check_dirty)
            elif isinstance(widget, QListWidget):
                widget.itemChanged.connect(self.check_dirty)
            elif hasattr(widget, "changed"):  # composite fields (OptionalDate)
                widget.changed.connect(self.check_dirty)

    def showEvent(self, event: QShowEvent) -> None:
        """Every combo box, date and spin box of the form, watched or not, takes the wheel only with the
        focus: the wheel over one scrolls the form (``widgets/wheel_guard.py``)."""
        guard_wheel(self)
        super().showEvent(event)

    # ----- the model
    def show_row(self, row: Any) -> None:
        """Show a stored record; afterwards the panel is clean."""
        self.row = row
        self.error.hide()  # a shown record starts without a refusal
        self._filling = True
        try:
            self.fill(row)
        finally:
            self._filling = False
        self._shown = self.values()
        self._set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def commit(self) -> bool:
        """Save if there is something to save; True when nothing is left unsaved."""
        self.commit_cell_editors()
        if not self._dirty:
            return True
        return bool(self.save())

    def revert(self) -> None:
        self.show_row(self.row)

    def commit_cell_editors(self) -> None:
        """A table cell still being typed in is input like any other field: Ctrl+S straight after typing
        (no Enter) hands it to its table before the form is read (Arbeitsschritte, protocol tables)."""
        for view in self.findChildren(QAbstractItemView):
            if view.state() != QAbstractItemView.State.EditingState:
                continue
            editor = view.indexWidget(view.currentIndex())
            if editor is not None:
                view.commitData(editor)
                view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def check_dirty(self) -> None:
        if not self._filling:
            self._set_dirty(self.values() != self._shown)

    def hide_title(self) -> None:
        """The form shows the title and marker in a place of its own (the barriers' group box title):
        ``title_label`` keeps the text (``leave_ok`` names the form with it) but is never shown."""
        self._title_placed = False
        self.title_label.hide()

    def set_title(self, title: str) -> None:
        self._title = title
        self._update_marker()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_marker()
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_marker(self) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)
        font = self.save_button.font()
        font.setBold(self._dirty)
        self.save_button.setFont(font)
        title = self._title
        if self._dirty:
            title = fmt(self.tr("%1 (unsaved changes)"), title) if title else self.tr("Unsaved changes")
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title) and self._title_placed)
