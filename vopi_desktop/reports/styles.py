"""Paragraph and table styles of the documents: one look for every kind, fonts from ``fonts.py``."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from .fonts import SANS, SANS_BOLD, SANS_ITALIC, register_fonts

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b76")
ACCENT = colors.HexColor("#1d5c8c")
LIGHT = colors.HexColor("#e8eef4")
RULE = colors.HexColor("#b8c4cf")


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4)
    head = ParagraphStyle(
        "head",
        parent=body,
        fontName=SANS_BOLD,
        fontSize=8.5,
        leading=11,
        spaceAfter=0,
        textColor=colors.white,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=20, leading=25, spaceAfter=6, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=11, leading=15, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "lead": ParagraphStyle("lead", parent=body, fontName=SANS_BOLD, spaceAfter=6),  # a summary line
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED, spaceAfter=2),
        "note": ParagraphStyle("note", parent=body, fontName=SANS_ITALIC, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cellbold": ParagraphStyle(
            "cellbold", parent=body, fontName=SANS_BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        "head": head,
        "headright": ParagraphStyle("headright", parent=head, alignment=TA_RIGHT),  # over a number column
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        "left": ParagraphStyle("left", parent=body, alignment=TA_LEFT),
    }


def table_style(header: bool = True, zebra: bool = True) -> TableStyle:
    """Grid lines, a coloured header row and light stripes, so long lists stay readable on paper."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, LIGHT]))
    return TableStyle(commands)


def plain_style(*commands: tuple) -> TableStyle:
    """A layout table's style; it names our font, or ReportLab would print its cells in Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])
