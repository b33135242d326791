"""The language for messages made below the UI (store errors, CLI, reports), which cannot use Qt's tr()."""

from __future__ import annotations

_current = "de"


def set_language(lang: str) -> None:
    global _current
    _current = "en" if lang == "en" else "de"


def language() -> str:
    return _current


def t(de: str, en: str) -> str:
    """Pick the German or English wording of a message for the current language."""
    return en if _current == "en" else de
