"""The print preview of a made PDF: QtPdf's QPdfView with page navigation and zoom, printing through
the system's print dialog. Where the installed PySide6 has no QtPdf, the system's PDF viewer opens."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ... import messages
from ...messages import fmt
from ...widgets.titles import titled

try:  # PySide6-Pdf is an extra wheel on some Pythons (see pyproject.toml)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_QTPDF = False


class Preview(QWidget):
    """Shows one PDF; ``print_document()`` sends it to a printer the user picks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous page"))
        self.next_button = QPushButton(self.tr("Ne&xt page"))
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.setAccessibleName(self.tr("Page"))
        page_label = QLabel(self.tr("P&age:"))
        page_label.setBuddy(self.page_spin)
        self.page_count = QLabel()
        self.zoom_out_button = QPushButton(self.tr("Zoom o&ut"))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = QPushButton(self.tr("&Zoom in"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_button = QPushButton(self.tr("Fit &width"))
        for widget in (self.previous_button, self.next_button, page_label, self.page_spin, self.page_count):
            bar.addWidget(widget)
        bar.addStretch(1)
        zoom = QHBoxLayout()  # a row of its own: one row of seven controls does not fit 1024 pixels
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            zoom.addWidget(widget)
        zoom.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(zoom)
        self.document = None
        self.view = None
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setAccessibleName(self.tr("Print preview"))
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
            layout.addWidget(self.view, 1)
        else:
            self.fallback = QLabel(self.tr("This installation has no built-in PDF preview; the document "
                                           "opens in the system's PDF viewer."))  # fmt: skip
            self.fallback.setWordWrap(True)
            layout.addWidget(self.fallback, 1)
        self.previous_button.clicked.connect(lambda: self.go_to(self.page_spin.value() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.page_spin.value() + 1))
        self.page_spin.valueChanged.connect(self.go_to)
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(0.8))
        self.fit_button.clicked.connect(self._fit)
        self._update()

    # ----- showing
    def show_pdf(self, path: Path) -> None:
        self.path = Path(path)
        if self.document is None:
            self.open_externally()
        else:
            self.document.close()
            self.document.load(str(self.path))
            self._fit()
        self._update()

    def clear(self) -> None:
        self.path = None
        if self.document is not None:
            self.document.close()
            # QPdfView keeps a closed document's layout (white pages, scroll range) and its page images
            # on screen; a change of page mode lays the empty document out anew
            self.view.setPageMode(QPdfView.PageMode.SinglePage)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self._update()

    def pages(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def open_externally(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def go_to(self, page: int) -> None:
        """Page numbers from 1, as printed in the footer."""
        if self.view is None or not self.pages():
            return
        page = max(1, min(page, self.pages()))
        if self.view.pageNavigator().currentPage() != page - 1:
            self.view.pageNavigator().jump(page - 1, QPointF(), self.view.pageNavigator().currentZoom())
        self._update()

    def _page_changed(self, index: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self._update()

    def _zoom(self, factor: float) -> None:
        if self.view is not None:
            zoom = self.zoom_on_screen()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(max(0.2, min(zoom * factor, 6.0)))

    def zoom_on_screen(self) -> float:
        """The zoom the page is shown at. Fitted to the width, QPdfView's ``zoomFactor()`` is the last
        custom one (1.0 at first), not what the screen shows: a step from there made "Zoom out" enlarge."""
        view = self.view
        if view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self.pages():
            return view.zoomFactor()
        # QPdfView's own fit: the viewport between the margins over the page at 100 % (points at screen dpi)
        margins = view.documentMargins()
        room = view.viewport().width() - margins.left() - margins.right()
        page = self.document.pagePointSize(max(view.pageNavigator().currentPage(), 0)).width()
        return room / (page * view.logicalDpiX() / 72) if page > 0 else view.zoomFactor()

    def _fit(self) -> None:
        if self.view is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _update(self) -> None:
        count = self.pages()
        current = self.page_spin.value() if count else 0
        self.page_spin.setEnabled(count > 1)
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(count, 1))
        self.page_spin.blockSignals(False)
        self.page_count.setText(fmt(self.tr("of %1"), count) if count else "")
        self.previous_button.setEnabled(count > 1 and current > 1)
        self.next_button.setEnabled(count > 1 and current < count)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(count > 0)

    # ----- printing (the pages go to the printer on the jobs lane: print_job.py)
    def ask_printer(self):
        """The system's print dialog for the shown document; the chosen QPrinter, or None when the user
        cancels or nothing is shown (without QtPdf the system's viewer opens: it prints there)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.path is None:
            return None
        if self.document is None:
            self.open_externally()
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(titled(self.tr("Print")))
        if messages.run(dialog) != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def sources(self, printer, paths: Sequence[Path] | None = None) -> list[tuple[Path, range | None]]:
        """What a print run holds: the shown document's pages in the printer's page range, or every
        page of ``paths`` (several made documents, every municipality, in one print job)."""
        if paths is not None:
            return [(Path(path), None) for path in paths]
        assert self.path is not None
        first, last = printer.fromPage() or 1, printer.toPage() or self.pages()
        return [(self.path, range(first - 1, min(last, self.pages())))]
