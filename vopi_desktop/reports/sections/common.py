"""What every section uses: the catalogue, the styles, headings, chunked tables, "not built yet"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ...catalog import Catalog, load_catalog
from ...lang import language, t
from .. import rtl
from ..breaking import break_cell, frame_widths, widest_word
from ..charts import fit
from ..fonts import SANS
from ..styles import FRAME_WIDTH, INK, styles, table_style
from ..text import _Paragraph, clean, esc, para, paragraph

CHUNK = 40  # rows per Table: one long table lays out about three times slower per page than chunks


@dataclass
class Ctx:
    """Options of one document run, shared by its sections."""

    blank: bool = False
    personal: bool = False
    today: date = field(default_factory=date.today)
    check: Callable[[], None] = lambda: None
    cat: Catalog = field(default_factory=lambda: load_catalog(language()))
    subject: str | None = None  # the one record to print (run.Options.subject), None: all
    _widest: dict[tuple[str, str], float] = field(default_factory=dict, repr=False)

    @property
    def st(self) -> dict[str, ParagraphStyle]:
        return styles()

    def widest(self, vocab: str, style: str = "cell") -> float:
        """The least width of a column of ``vocab``'s labels: its widest word (measured once a document)."""
        key = (vocab, style)
        if key not in self._widest:
            font = styles()[style]
            self._widest[key] = widest_word(self.cat.vocab(vocab).values(), font.fontName, font.fontSize)
        return self._widest[key]

    def label(self, vocab: str, key: str | int | None) -> str:
        if key in (None, ""):
            return "–"
        try:
            return self.cat.label(vocab, key)
        except KeyError:
            return str(key)


def h1(text: str) -> Flowable:
    return para(text, styles()["h1"])


def h2(text: str) -> Flowable:
    return para(text, styles()["h2"])


def body(text: str) -> Flowable:
    return para(text, styles()["body"])


def note(text: str) -> Paragraph:
    return paragraph(esc(text), styles()["note"])


def not_built(area_de: str, area_en: str) -> list[Flowable]:
    """The plain statement a section prints while its area is not part of the app yet."""
    return [
        note(
            t(
                f"Der Bereich „{area_de}“ ist in dieser Version von VOPI Desktop noch nicht ausgebaut; "
                "dieser Abschnitt bleibt deshalb leer.",
                f"The area '{area_en}' is not built in this version of VOPI Desktop yet; "
                "this section is therefore empty.",
            )
        )
    ]


def cell(value: object, style: str = "cell") -> object:
    """A table cell: right-to-left text as a laid-out paragraph, everything else as escaped Paragraph."""
    text = clean(value)
    return para(text, styles()[style])


def short(value: object, width: float, font: str = SANS, size: float = 8.5, wrap: bool = False) -> object:
    """A one-line cell (fast: no Paragraph), shortened to fit, or with ``wrap`` a paragraph when it
    does not fit; right-to-left text always gets laid out."""
    text = clean(value).replace("\n", " ")
    if rtl.has_rtl(text) or (wrap and stringWidth(text, font, size) > width - 6):
        return para(text, styles()["cell"])
    return fit(text, font, size, width - 6)


def column_widths(header: Sequence[str], widths: Sequence[float], least: Sequence[float] = ()) -> list[float]:
    """``widths`` scaled to the frame, each column at least ``least`` (its widest catalogue word,
    ``Ctx.widest``) and its header's widest word, the room taken from the columns with room to spare."""
    head = styles()["head"]
    least = [*least, *[0.0] * (len(header) - len(least))]
    need = [
        max(m, widest_word([h], head.fontName, head.fontSize)) for h, m in zip(header, least, strict=False)
    ]
    return frame_widths(widths, need, FRAME_WIDTH)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    repeat: bool = True,
    least: Sequence[float] = (),
) -> list[Flowable]:
    """The rows as tables of ``CHUNK`` rows each (``Chunk``: the header at the top and at each page's
    top, never between two chunks on a page); the columns as
    ``column_widths``, a word still wider than its column broken at a proper point (``breaking``)."""
    widths = column_widths(header, widths, least)
    rows = [_broken(row, widths) for row in rows]
    numbers = _number_columns(rows, len(widths))  # flush right, a header of two lines too
    head = [
        break_cell(para(h, styles()["headright" if c in numbers else "head"]), w)
        for c, (h, w) in enumerate(zip(header, widths, strict=True))
    ]
    if not rows:
        return [Table([head], colWidths=widths, style=table_style(zebra=False))]
    out: list[Flowable] = []
    numeric = [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in numbers]
    for start in range(0, len(rows), CHUNK):
        chunk, extra = _one_line_cells([head, *rows[start : start + CHUNK]], widths)
        style = table_style()
        for command in [*extra, *numeric]:
            style.add(*command)
        # splitInRow: a row taller than a page (a 5,000-character note) breaks inside the row
        part = Chunk(chunk, colWidths=widths, style=style, repeatRows=1 if repeat else 0, splitInRow=1)
        if start and repeat:  # a later chunk continues the table: its header only at a page's top
            part.head = list(chunk[0])
        out.append(part)
    return out


class Chunk(Table):
    """A chunk of a long table. A later chunk (``head`` set) shows its header row only where it begins
    a page, as one long table with ``repeatRows`` would (the header mid-page read as a new table,
    review 4 K25); elsewhere the row is empty and 0 high. The parts a split makes behave the same:
    the one going on at the next page's top shows the header, one that lands on the same page (after a
    row split inside) does not."""

    head: list[object] | None = None
    _backgrounds: list | None = None

    def _place(self) -> None:
        if self.head is None:
            return
        frame = getattr(self, "_frame", None)
        top = frame is None or bool(frame._atTop)
        if self._backgrounds is None:  # the header row's colour goes with the header
            self._backgrounds = list(self._bkgrndcmds)
        self._cellvalues[0] = list(self.head) if top else [""] * len(self.head)
        self._argH = list(self._argH)
        self._argH[0] = None if top else 0
        self._bkgrndcmds = (
            self._backgrounds if top else [c for c in self._backgrounds if c[1][1] != 0 or c[2][1] != 0]
        )

    _measured: tuple[float, object, float] | None = None  # (width, header height, room) of the last wrap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._place()
        # asked again at the same width with no more room (a heading's RoomFor measured it first):
        # the rows measured then stand (a long table measures rows only until they exceed the room)
        last = self._measured
        if last is not None and last[:2] == (availWidth, self._argH[0]) and availHeight <= last[2]:
            return self._width, self._height
        size = super().wrap(availWidth, availHeight)
        self._measured = (availWidth, self._argH[0], availHeight)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._place()
        if self._backgrounds is not None:  # the parts inherit the header's colour; each decides
            self._bkgrndcmds = self._backgrounds
        head = self.head if self.head is not None else list(self._cellvalues[0]) if self.repeatRows else None
        parts = super().split(availWidth, availHeight)
        for n, part in enumerate(parts):
            if part is not self and isinstance(part, Chunk):
                # the first part begins where this did; a later one may land on the same page (a row
                # split inside, splitInRow): its repeated header only at a page's top
                part.head = self.head if n == 0 else head
        return parts


_DATE = re.compile(r"\d\.\d+\.\d{4}")  # 28.02.2026: a date, not a number (left, as dates stand)
_NUMBER = re.compile(r"[-+]?[\d.,]*\d[\d.,]*( ?%| ?€)?|–|")


def _number_columns(rows: Sequence[Sequence[object]], count: int) -> list[int]:
    """The columns holding numbers only ("1.063", "2,4", "46 %", "–"), set flush right with their
    header (review 4, K21: a count left-aligned in a wide column sat far from its label)."""
    out = []
    for c in range(count):
        cells = [row[c] for row in rows if len(row) == count]
        if (
            cells
            and all(isinstance(v, str) and _NUMBER.fullmatch(v) and not _DATE.search(v) for v in cells)
            and any(
                any(ch.isdigit() for ch in v)
                for v in cells  # type: ignore[union-attr]
            )
        ):
            out.append(c)
    return out


def _broken(row: Sequence[object], widths: Sequence[float]) -> Sequence[object]:
    if len(row) != len(widths):
        return row
    return [break_cell(v, w) for v, w in zip(row, widths, strict=True)]


_AS_TEXT = {
    "cell": INK,
    "head": colors.white,
    "headright": colors.white,
}  # paragraph styles whose one-line cells become plain text


def _one_line_cells(
    rows: list[Sequence[object]], widths: Sequence[float]
) -> tuple[list[list[object]], list[tuple]]:
    """The rows with every plain one-line paragraph cell as a string, and the style commands that print
    those strings as the paragraphs printed (colour; a row of paragraphs only keeps their leading).

    A table lays out and draws a string for a fraction of a Paragraph's cost (no line breaking, no
    fragments), and a dossier's tables hold some 2,000 cells that fit on one line. A string cell's
    baseline (top padding + font size below the top) is the one-line paragraph's, so the page is the same.
    """
    out: list[list[object]] = []
    coloured: dict[tuple[int, object], list[int]] = {}  # (column, colour): the rows of such cells
    leading: list[int] = []
    for r, row in enumerate(rows):
        cells, had_text, converted = list(row), False, False
        for c, value in enumerate(row):
            if isinstance(value, str):
                had_text = True
                continue
            text = _plain_line(value, widths[c] - 6)
            if text is not None:
                cells[c] = text
                converted = True
                coloured.setdefault((c, _AS_TEXT[value.style.name]), []).append(r)
        if converted and not had_text:  # the row's height stays the paragraphs' (leading 11, not 12)
            leading.append(r)
        out.append(cells)
    # one command per run of rows (a table's style costs per command)
    commands: list[tuple] = [
        ("TEXTCOLOR", (c, first), (c, last), colour)
        for (c, colour), rs in coloured.items()
        for first, last in _runs(rs)
    ]
    size = styles()["cell"].leading
    commands += [("LEADING", (0, first), (-1, last), size) for first, last in _runs(leading)]
    return out, commands


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Ascending numbers as (first, last) runs of consecutive ones: [1, 2, 3, 5] -> [(1, 3), (5, 5)]."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _plain_line(value: object, room: float) -> str | None:
    """The text of a paragraph cell that is one line of plain text in the table's cell font, else None.
    (Escaped markup characters come back from ReportLab's parser as several fragments of one style.)"""
    if not isinstance(value, _Paragraph) or not value.frags:
        return None
    style = value.style
    if style.name not in _AS_TEXT:
        return None
    for frag in value.frags:
        if (
            frag.fontName != style.fontName
            or frag.fontSize != style.fontSize
            or frag.textColor != style.textColor
            or getattr(frag, "link", None)
            or getattr(frag, "underline", 0)
            or getattr(frag, "strike", 0)
            or getattr(frag, "cbDefn", None)
            or getattr(frag, "lineBreak", False)
            or getattr(frag, "rise", 0)
        ):
            return None
    text = " ".join("".join(getattr(f, "text", "") for f in value.frags).split())  # the words of one line
    if not text or rtl.has_rtl(text):
        return None
    return text if stringWidth(text, style.fontName, style.fontSize) <= room else None


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def fmt_date(day: date | None) -> str:
    if day is None:
        return "–"
    return day.strftime("%d.%m.%Y") if language() == "de" else day.isoformat()


def fmt_num(value: float | int | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    text = f"{value:,.{digits}f}"
    return text.translate(str.maketrans(",.", ".,")) if language() == "de" else text
