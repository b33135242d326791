"""Small vector pictograms for the features of an engagement opportunity, and QR codes of contacts.

Both drawn with ReportLab's own graphics (no image files, nothing fetched; a contact's QR code is a
vCard or a tel:/mailto: URI): a pictogram is a few lines
and circles, so it prints sharp at any size and reads without words.
"""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.units import mm

from ..store.dto.outreach import PrintedContact
from .fonts import SANS, SANS_BOLD
from .styles import ACCENT

STROKE = 1.1
QR_SIZE = 26 * mm  # the smallest a QR code is printed
QR_MODULE = 0.5 * mm  # the smallest module: phones read it from paper held at arm's length
QUIET = 4  # modules of white around the code, as the standard asks


def pictogram(feature: str, size: float = 14) -> Drawing:
    """The pictogram of one feature, ``size`` points square, drawn in a 20-unit box."""
    d = Drawing(size, size, initialFontName=SANS_BOLD)
    scale = size / 20
    d.transform = (scale, 0, 0, scale, 0, 0)
    d.width = d.height = size
    draw = _SHAPES.get(feature, _dot)
    for shape in draw():
        if hasattr(shape, "strokeColor"):
            shape.strokeColor = ACCENT
            shape.strokeWidth = STROKE / scale * 0.9
        d.add(shape)
    return d


def _line(x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(x1, y1, x2, y2, strokeLineCap=1)


def _ring(x: float, y: float, r: float, fill: bool = False) -> Circle:
    return Circle(x, y, r, fillColor=ACCENT if fill else None)


def _no_german() -> list:
    """Two speech bubbles: many languages are welcome."""
    return [
        Rect(1, 8, 11, 8, rx=2, ry=2, fillColor=None),
        Polygon([3, 8, 3, 5, 6, 8], fillColor=None),
        Rect(8, 3, 11, 8, rx=2, ry=2, fillColor=ACCENT),
        Polygon([16, 3, 16, 0.5, 13, 3], fillColor=ACCENT),
    ]


def _free() -> list:
    """A coin with a euro sign, struck through."""
    euro = String(10, 6.3, "€", fontName=SANS_BOLD, fontSize=10, fillColor=ACCENT, textAnchor="middle")
    return [_ring(10, 10, 8.5), euro, _line(3.5, 3.5, 16.5, 16.5)]


def _children() -> list:
    """A grown-up and a child."""
    return [
        _ring(6.5, 16.5, 2.2, fill=True),
        _line(6.5, 14, 6.5, 7), _line(6.5, 7, 4, 1), _line(6.5, 7, 9, 1), _line(3, 11.5, 12, 10),
        _ring(14.5, 11, 1.7, fill=True),
        _line(14.5, 9, 14.5, 4.5), _line(14.5, 4.5, 12.8, 1), _line(14.5, 4.5, 16.2, 1), _line(12, 8, 17.5, 7.5),
    ]  # fmt: skip


def _women_only() -> list:
    """The female sign."""
    return [_ring(10, 13, 5.5), _line(10, 7.5, 10, 1), _line(6.5, 4, 13.5, 4)]


def _accessible() -> list:
    """A person in a wheelchair."""
    return [
        _ring(8, 17.5, 1.9, fill=True),
        PolyLine([8, 15, 8, 9, 14, 9, 16.5, 3.5], strokeLineCap=1, strokeLineJoin=1),
        _line(8, 13, 12.5, 13),
        _ring(8, 6, 5),
    ]


def _trial_visit() -> list:
    """An open door with an arrow going in."""
    return [
        Rect(9, 1, 9, 17, fillColor=None),
        Polygon([9, 1, 14, 3, 14, 16, 9, 18], fillColor=ACCENT),
        _line(1, 9.5, 7, 9.5),
        PolyLine([4.5, 12, 7, 9.5, 4.5, 7], strokeLineCap=1, strokeLineJoin=1),
    ]


def _dot() -> list:
    return [_ring(10, 10, 3, fill=True)]


_SHAPES = {
    "no_german": _no_german,
    "free": _free,
    "children": _children,
    "women_only": _women_only,
    "accessible": _accessible,
    "trial_visit": _trial_visit,
}


def qr_code(value: str, size: float = QR_SIZE) -> Drawing:
    """A QR code of ``value`` with its quiet zone: ``size`` points square, larger where its modules would
    be smaller than ``QR_MODULE`` (a long vCard), so a phone still reads it from paper."""
    data: list[qrencoder.QR] = [qrencoder.QR8bitByte(value)]
    if not value.isascii():
        data.insert(0, _Utf8())  # readers would otherwise guess Shift-JIS for "ü"
    widget = QrCodeWidget(data, barLevel="M", barBorder=QUIET)
    widget.qr.make()
    size = max(size, (widget.qr.getModuleCount() + 2 * QUIET) * QR_MODULE)
    x1, y1, x2, y2 = widget.getBounds()
    d = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0], initialFontName=SANS)
    d.add(widget)
    return d


class _Utf8(qrencoder.QRECI):
    """The ECI header "UTF-8 follows" (ReportLab counts no bits for it when choosing the version)."""

    def __init__(self) -> None:
        super().__init__(26)

    @property
    def bitlength(self) -> int:
        return 8


def qr_payload(contact: PrintedContact, organisation: str) -> str:
    """What an opportunity's QR code holds: a vCard 3.0 when there is a contact person or both a phone
    and an e-mail (one scan saves them all), else a ``tel:`` or ``mailto:`` URI, else ""."""
    person = bool(contact.name) and contact.name != organisation
    if not (person or (contact.phone and contact.email)):
        return contact.uri
    tel = "".join(ch for ch in contact.phone if ch.isdigit() or ch == "+")
    if person:
        *given, family = contact.name.split() or [""]
        name = f"{_v(family)};{_v(' '.join(given))};;;"
    else:
        name = ";;;;"
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{name}", f"FN:{_v(contact.name or organisation)}",
             f"ORG:{_v(organisation)}"]  # fmt: skip
    lines += [f"TEL;TYPE=VOICE:{tel}"] if tel else []
    lines += [f"EMAIL;TYPE=INTERNET:{_v(contact.email)}"] if contact.email else []
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


def _v(text: str) -> str:
    """A vCard text value (RFC 2426): backslash, comma, semicolon and line breaks escaped."""
    text = " ".join(text.split())
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
