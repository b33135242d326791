"""The row above the map: zoom, re-arrange, link mode, the layout's busy note and "Print…"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from .view import NetworkView, NetworkZoomBar


class MapBar(QWidget):
    """Only the controls; the page connects them and decides when each is enabled."""

    def __init__(self, view: NetworkView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom = NetworkZoomBar(view)
        self.rearrange = QPushButton(self.tr("&Re-arrange layout"))
        self.rearrange.setToolTip(
            self.tr("Compute a new layout for all actors (positions moved by hand are lost).")
        )
        self.link_mode = QPushButton(self.tr("Link &by clicking"))
        self.link_mode.setCheckable(True)
        self.link_mode.setToolTip(
            self.tr(
                "Click one actor on the map, then another: they are linked with the kind and strength "
                "chosen under “Draw a link”. Esc ends."
            )
        )
        # Ctrl+P is its key; the Alt letter only in German ("Dru&cken…"): in English every letter of
        # "Print" is taken on this page
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the network map"))
        self.print_button.setToolTip(
            self.tr("Print the network map of this municipality with its index of actors (Ctrl+P)")
        )
        self.busy, self.progress = QLabel(), QProgressBar()
        self.progress.setMaximumWidth(160)
        # While the layout runs, its note must not widen the window past a 1024-pixel screen:
        # the label takes the room that is left (the full text is in its tooltip).
        self.busy.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress.setMinimumWidth(60)
        self.progress.setAccessibleName(self.tr("Layout progress"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.zoom)
        layout.addWidget(self.rearrange)
        layout.addWidget(self.link_mode)
        layout.addSpacing(12)
        layout.addWidget(self.busy)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.print_button)

    def show_busy(self, text: str | None, percent: int | None = None) -> None:
        """The layout's note and progress; hidden when ``text`` is None."""
        self.busy.setText(text or "")
        self.busy.setToolTip(text or "")
        self.busy.setVisible(text is not None)
        self.progress.setVisible(percent is not None)
        if self.progress.value() != (percent or 0):
            # QProgressBar.setValue repaints at once, and a repaint paints every dirty part of the
            # window with it (40 ms on a large page); switched off it is painted with the rest.
            self.progress.setUpdatesEnabled(False)
            self.progress.setValue(percent or 0)
            self.progress.setUpdatesEnabled(True)
