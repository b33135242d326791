"""No form ever opens a window of its own (review G9): the editor panel's title label had no parent, so
the Hemmnisse form (which never places it) showed it as a window "Ungespeicherte Änderungen" on the
first change of a rating, taking the focus, and building the Mitmachen page flashed a window "Angebot",
after which F1 did nothing on any page until the user clicked.

Every page of the example town is opened and each of its forms made dirty by keyboard; no window
but the main window is ever shown, the focus stays in the edited field and F1 still opens help."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from vopi_desktop.ui import messages
from vopi_desktop.ui.editor import EditorPanel
from vopi_desktop.ui.main_window import MainWindow

from .conftest import each_page, reveal_form


class WindowsShown(QObject):
    """Every window shown in the application, named by its class and text."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[QWidget] = []
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(watched)
            text = watched.text() if hasattr(watched, "text") else watched.windowTitle()
            self.names.append(f"{type(watched).__name__} {text!r}")
        return False

    def stray(self, window: MainWindow) -> list[str]:
        return [name for widget, name in zip(self.shown, self.names, strict=True) if widget is not window]


@pytest.fixture
def windows(qapp) -> Iterator[WindowsShown]:
    spy = WindowsShown()
    qapp.installEventFilter(spy)
    yield spy
    qapp.removeEventFilter(spy)


@pytest.fixture
def window(windows, open_example) -> MainWindow:
    """The main window on the example town, active; opened after the spy, so its own show counts."""
    return open_example()


def _visible_top_levels() -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def _make_dirty(qtbot, editor: EditorPanel) -> QWidget:
    """Change the editor's first field that takes a change by keyboard; returns that field."""
    fields = [
        w
        for w in editor.findChildren(QWidget)
        if isinstance(w, (QComboBox, QLineEdit, QPlainTextEdit))
        and w.isVisible()
        and w.isEnabled()
        and not (isinstance(w, QLineEdit) and (w.isReadOnly() or isinstance(w.parentWidget(), QComboBox)))
        and not (isinstance(w, QPlainTextEdit) and w.isReadOnly())
    ]
    for field in fields:
        field.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(field, QComboBox):
            qtbot.keyClick(
                field, Qt.Key.Key_Up if field.currentIndex() == field.count() - 1 else Qt.Key.Key_Down
            )
        else:
            qtbot.keyClicks(field, "x")
        if editor.is_dirty():
            return field
    raise AssertionError(f"{type(editor).__name__}: no field made it dirty")


def test_no_form_opens_a_window_of_its_own(qtbot, ctx, window, windows) -> None:
    forms = []
    for key, page in each_page(ctx, window):
        assert windows.stray(window) == [], key  # building the page showed no window
        for editor in page.editors:
            reveal_form(ctx, page, editor)
            ctx.tasks.settle()
            assert editor.isVisible(), (key, type(editor).__name__)
            field = _make_dirty(qtbot, editor)
            forms.append(type(editor).__name__)
            assert windows.stray(window) == [], (key, type(editor).__name__)
            assert _visible_top_levels() == ["MainWindow"]
            assert QApplication.activeWindow() is window
            assert QApplication.focusWidget() is field, (key, type(editor).__name__)
            assert not editor.title_label.isWindow()
            editor.revert()
    assert {"BarrierForm", "OpportunityForm", "TextForm", "ItemEditor", "MeasureForm", "EventForm"} <= set(
        forms
    )


def test_f1_opens_help_after_mitmachen(qtbot, ctx, window) -> None:
    window.show_area("outreach")
    ctx.tasks.settle()
    window.show_area("start")
    ctx.tasks.settle()
    shown: list[str] = []

    def read(box) -> int:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    with messages.use_runner(read):
        qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
