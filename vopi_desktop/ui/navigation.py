"""The sidebar's areas: the registry (``vopi_desktop/areas.py``) with translated titles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..areas import AREAS


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    group: str  # title of the sidebar section it sits under, "" for top level
    page: str | None  # "module:Class" below ui/pages, None while the area is not built
    parent: str = ""  # key of the area it belongs to (timeline and coverage under measures)
    shortcut: str = ""
    purpose: str = ""  # what the area is for (the placeholder of an area not built yet says it)


def titles() -> dict[str, str]:
    """Literal strings here, so lupdate finds them; a test keeps the keys equal to the registry."""
    return {
        "start": QCoreApplication.translate("Navigation", "Start"),
        "barriers": QCoreApplication.translate("Navigation", "Barriers"),
        "actors": QCoreApplication.translate("Navigation", "Actors"),
        "network": QCoreApplication.translate("Navigation", "Network"),
        "pillars": QCoreApplication.translate("Navigation", "Pillars"),
        "events": QCoreApplication.translate("Navigation", "Participation"),
        "measures": QCoreApplication.translate("Navigation", "Measures"),
        "timeline": QCoreApplication.translate("Navigation", "Timeline"),
        "coverage": QCoreApplication.translate("Navigation", "Coverage"),
        "outreach": QCoreApplication.translate("Navigation", "Get involved"),  # as the page heading
        "opening": QCoreApplication.translate("Navigation", "Intercultural opening"),
        "anchoring": QCoreApplication.translate("Navigation", "Anchoring"),
        "reports": QCoreApplication.translate("Navigation", "Reports"),
        "exchange": QCoreApplication.translate("Navigation", "Exchange"),
        "consultant": QCoreApplication.translate("Navigation", "Consultant view"),
    }


def group_titles() -> dict[str, str]:
    return {"": "", "analysis": QCoreApplication.translate("Navigation", "Analysis")}


def areas() -> list[Area]:
    """Titles are translated when asked for, so a language switch needs no restart of this module."""
    names, groups = titles(), group_titles()
    return [
        Area(a.key, names[a.key], groups[a.group], a.page, a.parent, a.shortcut, a.purpose()) for a in AREAS
    ]
