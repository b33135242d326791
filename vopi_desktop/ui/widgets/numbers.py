"""Figures as the reader writes them: 2,4 in German, 2.4 in English (QLocale.setDefault by language)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def format_decimal(value: float, digits: int = 1) -> str:
    """A fixed number of decimals in the UI language's notation (averages, changes of a score)."""
    return QLocale().toString(float(value), "f", digits)
