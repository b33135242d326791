"""Made PDFs sent to a printer on the jobs lane: each page rendered at printer resolution (about 0.2 s
a page at 300 dpi, seconds for a dossier, a minute for every municipality's) and painted onto the
QPrinter off the UI thread, which Qt allows for QPainter on a QPrinter. The documents are opened
anew here, never the preview's (a QObject of the UI thread). Cancelled between two pages, the job
aborts the printer, so no half-printed run reaches the spooler."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPagedPaintDevice, QPainter

from ...tasks import Cancelled, Progress

PRINT_DPI = 300  # enough for sharp text on paper, without a gigabyte of page images


class PrintError(Exception):
    """The printer did not start (no such printer, a file it may not write): nothing was printed."""


def print_pages(
    printer: QPagedPaintDevice, sources: Sequence[tuple[Path, range | None]], progress: Progress
) -> int:
    """Every page of ``sources`` (a PDF and its page indexes; None: all of them) onto ``printer``, in
    one run; the number of pages printed."""
    from PySide6.QtPdf import QPdfDocument

    documents = []
    try:
        for path, wanted in sources:
            document = QPdfDocument()
            document.load(str(path))
            every = range(document.pageCount())
            documents.append(
                (document, every if wanted is None else range(wanted.start, min(wanted.stop, every.stop)))
            )
        total = sum(len(pages) for _document, pages in documents)
        progress.update(0, total)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                QCoreApplication.translate(
                    "PrintJob",
                    "the printer did not start (is it switched on and chosen in the print dialog? Printing "
                    "into a file: does its folder exist, and may it be written?).",
                )
            )
        done = 0
        try:
            for document, pages in documents:
                for index in pages:
                    progress.check()
                    if done:
                        printer.newPage()
                    paint_page(painter, printer, document, index)
                    done += 1
                    progress.update(done, total)
        except Cancelled:
            abort = getattr(printer, "abort", None)  # a QPrinter; a QPdfWriter (tests) has none
            if abort is not None:
                abort()
            raise
        finally:
            painter.end()
        return done
    finally:
        for document, _pages in documents:
            document.close()


def paint_page(painter: QPainter, printer: QPagedPaintDevice, document, index: int) -> None:
    """One page as an image at the printer's resolution (at most ``PRINT_DPI``), fitted to its page."""
    dpi = min(printer.resolution(), PRINT_DPI)
    points = document.pagePointSize(index)
    image = document.render(index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
    target = QRectF(painter.viewport())
    scale = min(target.width() / image.width(), target.height() / image.height())
    painter.drawImage(
        QRectF(0, 0, image.width() * scale, image.height() * scale), image, QRectF(image.rect())
    )
