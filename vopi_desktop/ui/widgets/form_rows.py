"""The rows of an editing form: a label with its mnemonic, the field it names, an optional hint.

Every form built its rows by hand (label, ``setBuddy``, ``addRow``) and had to work out the buddy of
a composite row (two dates side by side, a number with its unit) itself. ``FormRows`` does it once:
the buddy is the field, or for a layout or a container that takes no focus, its first part that
does, so Alt+letter always lands on something one can type into. Long rows wrap below their label
when the form is narrow (a 1024-pixel screen with a list beside the form).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text in a form; Tab leaves it (a form is filled by keyboard)."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def set_buddy(label: QLabel, field: QWidget | None) -> None:
    """The label's Alt+letter goes to ``field``. QLabel focuses a buddy only when the buddy's own
    policy takes focus, so a composite field that hands focus to a proxy (date with its tick, the
    steps table) gets one; a widget with a proxy is no tab stop of its own, so Tab is unchanged."""
    label.setBuddy(field)
    if field is not None and field.focusProxy() is not None and field.focusPolicy() == Qt.FocusPolicy.NoFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def focus_target(field: QWidget | QLayout) -> QWidget | None:
    """The widget a label's mnemonic should focus: the field itself, or its first focusable part."""
    if isinstance(field, QWidget):
        if field.focusPolicy() != Qt.FocusPolicy.NoFocus or field.focusProxy() is not None:
            return field
        for child in field.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return child
        return field
    for i in range(field.count()):
        item = field.itemAt(i)
        inner = item.widget() or item.layout()
        target = focus_target(inner) if inner is not None else None
        if target is not None:
            return target
    return None


def add_labelled(row: QBoxLayout, text: str, field: QWidget, stretch: int = 0) -> QLabel:
    """A label and its field inside a composite row ("from [18:00] to [21:00]", "spent: [ ]")."""
    label = QLabel(text)
    set_buddy(label, field)
    row.addWidget(label)
    row.addWidget(field, stretch)
    return label


class FormRows(QFormLayout):
    """A form layout whose ``add(text, field)`` makes the buddy label (and a hint under the field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def add(
        self, text: str, field: QWidget | QLayout, buddy: QWidget | None = None, hint: str = ""
    ) -> QLabel:
        """One row; returns its label (to hide or rename it later). ``hint``: plain text under the field.
        A field that brings its own row (a tick list with its search bar: ``form_field()``) is placed
        through it."""
        place = getattr(field, "form_field", None)
        if callable(place):
            field = place()
        label = QLabel(text)
        set_buddy(label, buddy or focus_target(field))
        if hint:
            below = QVBoxLayout()
            below.setSpacing(2)
            if isinstance(field, QWidget):
                below.addWidget(field)
            else:
                below.addLayout(field)
            note = QLabel(hint)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            below.addWidget(note)
            field = below
        self.addRow(label, field)
        return label
