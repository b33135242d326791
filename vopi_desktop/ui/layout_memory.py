"""Window size, splitter positions and column widths, remembered between starts.

One place for all of them: ``ctx.layout.remember(widget, key)`` restores what was saved under
``key`` and keeps the entry current while the user drags. The states live in ``settings.json``
(``Settings.layout``, written when the window closes), next to the other preferences, so a
``--data-dir`` carries its own layout. ``smoke`` switches the memory off for repeatable pictures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from ..config import Settings

log = logging.getLogger(__name__)
Remembered = QSplitter | QHeaderView | QWidget


class LayoutMemory:
    """Saves and restores Qt's own state blobs (``saveState``/``saveGeometry``) by key."""

    def __init__(self, settings: Settings, enabled: bool = True) -> None:
        self.settings = settings
        self.enabled = enabled
        self._widgets: dict[str, Remembered] = {}
        self._keep: dict[str, Callable[[], bool]] = {}

    def remember(self, widget: Remembered, key: str, keep: Callable[[], bool] | None = None) -> bool:
        """Restore ``widget`` from ``key`` (True when a saved state was applied), then track it.

        Splitters and header views keep their state; any other widget (the main window) its
        geometry. Call it once the widget has its children or columns: a header's saved widths
        only fit the same columns, and Qt ignores a state that does not fit. ``keep`` says
        whether the current state is worth keeping (e.g. only widths the user chose).
        """
        if not self.enabled:
            return False
        restored = self._restore(widget, key)
        self._widgets[key] = widget
        if keep is not None:
            self._keep[key] = keep
        changed = _change_signal(widget)
        if changed is not None:
            # Column resizes arrive in bursts while dragging: store once the drag rests.
            timer = QTimer(widget)
            timer.setSingleShot(True)
            timer.setInterval(300)
            timer.timeout.connect(lambda: self._store(key))
            changed.connect(lambda *_: timer.start())
        return restored

    def tracks(self, widget: Remembered) -> bool:
        """Whether ``widget`` is remembered (a test checks every page's splitters are)."""
        return any(w is widget for w in self._widgets.values())

    def save_all(self) -> None:
        """Store every tracked widget that still exists (the window calls this when it closes)."""
        if not self.enabled:
            return
        for key in list(self._widgets):
            self._store(key)

    def _restore(self, widget: Remembered, key: str) -> bool:
        saved = self.settings.layout.get(key)
        if not saved:
            return False
        state = QByteArray.fromBase64(saved.encode("ascii", "replace"))
        try:
            if isinstance(widget, QSplitter | QHeaderView):
                return bool(widget.restoreState(state))
            return bool(widget.restoreGeometry(state))
        except (RuntimeError, ValueError) as exc:  # an odd settings file must not stop the window
            log.warning("layout %s not restored: %s", key, exc)
            return False

    def _store(self, key: str) -> None:
        widget = self._widgets.get(key)
        if widget is None or not shiboken6.isValid(widget):
            self._widgets.pop(key, None)
            return
        if not self._keep.get(key, lambda: True)():
            return
        keeps_state = isinstance(widget, QSplitter | QHeaderView)
        state = widget.saveState() if keeps_state else widget.saveGeometry()
        self.settings.layout[key] = bytes(state.toBase64().data()).decode("ascii")


def _change_signal(widget: QObject):
    if isinstance(widget, QSplitter):
        return widget.splitterMoved
    if isinstance(widget, QHeaderView):
        return widget.sectionResized
    return None
