"""The page frame of every document: A4, header (municipality, title), footer ("Seite x von y", date),
PDF metadata, and writing to a temporary file that is renamed only when the document is complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .. import __version__
from ..lang import language, t
from . import rtl
from .fonts import SANS, SANS_BOLD, register_fonts, shown
from .styles import INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE, RULE

Progress = Callable[[int, int], None]  # (done, total); may raise to cancel


class Cancelled(Exception):
    """The user cancelled while the document was being made; nothing was written."""


@dataclass(frozen=True)
class DocMeta:
    title: str
    municipality: str  # the header's left side and the PDF author
    subject: str
    made_on: date
    lang: str = ""  # the PDF's /Lang when not the interface's (a flyer in Arabic)
    document: str = ""  # the PDF's Title when not ``title`` ("Dossier – Wolfbronn": viewers show it)
    author: str = ""  # the PDF's Author when not ``municipality`` (the comparison of all)
    mark: str = ""  # in bold in the middle of every footer: "Enthält personenbezogene Daten"


@dataclass(frozen=True)
class Running:
    """The running header and footer of one part of a document in the part's own language (a language
    section of the outreach flyer), its pages numbered on their own. Starts with a ``RunningMark``."""

    left: str  # the header's bold side (the municipality)
    right: str  # the header's other side (the title)
    page: Callable[[int, int], str]  # the footer's page text for (page in the part, pages of the part)
    note: str  # the footer's other side ("Stand: 06.12.2026")
    rtl: bool = False  # mirrored: the bold side and the page text on the right


class RunningMark(Flowable):
    """From the page it stands on, the header and footer are ``running``'s; takes no room."""

    def __init__(self, running: Running) -> None:
        super().__init__()
        self.running = running

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._running = self.running  # kept per page by NumberedCanvas


def _draw_line(
    canv: Canvas, x: float, y: float, text: str, font: str, size: float, right: bool = False
) -> None:
    """A single header/footer line; names in Arabic script are shaped and ordered like body text."""
    text = shown(text)
    if rtl.has_rtl(text):
        words, _base = rtl.words([(text, font)], size)
        pieces = rtl.visual_line(words)
        width = sum(p.width for p in pieces)
        x = x - width if right else x
        for piece in pieces:
            if piece.glyphs.strip():
                canv.setFont(piece.font, size)
                canv.drawString(x, y, piece.glyphs)
            x += piece.width
        return
    canv.setFont(font, size)
    (canv.drawRightString if right else canv.drawString)(x, y, text)


def _header_texts(meta: DocMeta, line: float) -> tuple[str, str]:
    """Municipality and title, each shortened with "…" to its share of the header line, so a long
    name (a Gemeindeverwaltungsverband) never runs into the title; the title takes at most 45 %."""
    return _fit_header(meta.municipality, meta.title, line)


def _fit_header(left: str, right: str, line: float) -> tuple[str, str]:
    from .charts import fit  # the one shortening by width (the charts' labels use it too)

    gap = 14.0
    title = fit(right, SANS, 8.5, line * 0.45)
    room = line - stringWidth(title, SANS, 8.5) - gap
    return fit(left, SANS_BOLD, 8.5, room), title


def _numbered_canvas(meta: DocMeta) -> type[Canvas]:
    """A canvas that holds each page back until the end, to print the page total in every footer."""
    left, right = _header_texts(meta, PAGE[0] - 2 * MARGIN_X)  # once per document, not per page

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            parts = [page.get("_running") for page in self._pages]
            for n, page in enumerate(self._pages):
                self.__dict__.update(page)
                running = parts[n]
                if running is None:
                    self._frame(total)
                else:
                    own = [k for k, r in enumerate(parts) if r is running]
                    self._running_frame(running, own.index(n) + 1, len(own))
                Canvas.showPage(self)
            Canvas.save(self)

        def _running_frame(self, running: Running, page: int, pages: int) -> None:
            """A part's own header and footer, mirrored in a right-to-left part."""
            width, height = PAGE
            bold, title = _fit_header(running.left, running.right, width - 2 * MARGIN_X)
            start, end = (width - MARGIN_X, MARGIN_X) if running.rtl else (MARGIN_X, width - MARGIN_X)
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            top, bottom = height - MARGIN_TOP + 8, MARGIN_BOTTOM - 8
            self.line(MARGIN_X, top, width - MARGIN_X, top)
            self.line(MARGIN_X, bottom, width - MARGIN_X, bottom)
            self.setFillColor(MUTED)
            _draw_line(self, start, top + 4, bold, SANS_BOLD, 8.5, right=running.rtl)
            _draw_line(self, end, top + 4, title, SANS, 8.5, right=not running.rtl)
            _draw_line(self, start, bottom - 10, running.page(page, pages), SANS, 8, right=running.rtl)
            _draw_line(self, end, bottom - 10, running.note, SANS, 8, right=not running.rtl)
            self.restoreState()

        def _frame(self, total: int) -> None:
            width, height = PAGE
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            top = height - MARGIN_TOP + 8
            self.line(MARGIN_X, top, width - MARGIN_X, top)
            self.setFillColor(MUTED)
            _draw_line(self, MARGIN_X, top + 4, left, SANS_BOLD, 8.5)
            _draw_line(self, width - MARGIN_X, top + 4, right, SANS, 8.5, right=True)
            bottom = MARGIN_BOTTOM - 8
            self.line(MARGIN_X, bottom, width - MARGIN_X, bottom)
            page = self._pageNumber
            self.setFont(SANS, 8)
            self.drawString(MARGIN_X, bottom - 10, t(f"Seite {page} von {total}", f"Page {page} of {total}"))
            made = meta.made_on.strftime("%d.%m.%Y") if language() == "de" else meta.made_on.isoformat()
            self.drawRightString(
                width - MARGIN_X,
                bottom - 10,
                t(f"Erstellt am {made} mit VOPI Desktop", f"Made on {made} with VOPI Desktop"),
            )
            if meta.mark:  # a sheet found on the copier says at once what it holds (review 4, K3)
                self.setFillColor(INK)
                self.setFont(SANS_BOLD, 8)
                self.drawCentredString(width / 2, bottom - 10, meta.mark)
            self.restoreState()

    return NumberedCanvas


class _Doc(BaseDocTemplate):
    def __init__(self, target, meta: DocMeta, progress: Progress | None, steps: int) -> None:
        register_fonts()
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.document or meta.title,
            author=meta.author or meta.municipality,
            subject=meta.subject,
            creator=f"VOPI Desktop {__version__}",
            producer=f"VOPI Desktop {__version__} (ReportLab)",
            keywords=["VOPI", meta.municipality],
            lang=meta.lang or language(),
            initialFontName=SANS,
            initialFontSize=9.5,
            invariant=0,
        )
        # no padding at the sides: text, tables and charts on the header rule's left edge (a frame's
        # 6-point padding set paragraphs in from the tables, which are as wide as the frame, review 4 K21)
        frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, PAGE[0] - 2 * MARGIN_X, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
            leftPadding=0, rightPadding=0,
        )  # fmt: skip
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress = progress
        self._steps = max(steps, 1)
        self._done = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._progress is not None:
            self._done = min(self._done + 1, self._steps)
            self._progress(self._done, self._steps)


def _file_mode() -> int:
    """What a new file gets under this process's umask (read once, at import, before any thread)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _file_mode()


def build(story: Sequence[Flowable], out: Path, meta: DocMeta, progress: Progress | None = None) -> Path:
    """Lay out ``story`` into ``out``; a failure or a cancel leaves no file behind (nor a half one)."""
    out = Path(out)
    if not out.parent.is_dir():
        raise OSError(
            t(f"Der Ordner {out.parent} existiert nicht.", f"The folder {out.parent} does not exist.")
        )
    if out.is_dir():
        raise OSError(t(f"{out} ist ein Ordner, keine Datei.", f"{out} is a folder, not a file."))
    if out.exists() and not out.is_file():  # a device or a pipe would be replaced by the PDF
        raise OSError(t(f"{out} ist keine gewöhnliche Datei.", f"{out} is not a regular file."))
    fd, tmp_name = tempfile.mkstemp(prefix=".vopi-", suffix=".pdf.part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, _FILE_MODE)  # mkstemp's 0600 would keep colleagues on a shared drive out
    try:
        doc = _Doc(str(tmp), meta, progress, len(story))
        doc.build(list(story), canvasmaker=_numbered_canvas(meta))
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
