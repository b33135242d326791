"""The areas of the sidebar (DESIGN.md section 3), in the order of the process."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    group: str  # title of the sidebar section it sits under, "" for top level
    page: str | None  # "module:Class" below ui/pages, None while the area is not built
    parent: str = ""  # key of the area it belongs to (timeline and coverage under measures)


def areas() -> list[Area]:
    """Titles are translated when asked for, so a language switch needs no restart of this module."""
    analysis = QCoreApplication.translate("Navigation", "Analysis")
    return [
        Area("start", QCoreApplication.translate("Navigation", "Start"), "", "start.page:StartPage"),
        Area(
            "barriers",
            QCoreApplication.translate("Navigation", "Barriers"),
            analysis,
            "barriers.page:BarriersPage",
        ),
        Area(
            "actors", QCoreApplication.translate("Navigation", "Actors"), analysis, "actors.page:ActorsPage"
        ),
        Area(
            "network",
            QCoreApplication.translate("Navigation", "Network"),
            analysis,
            "network.page:NetworkPage",
        ),
        Area(
            "pillars",
            QCoreApplication.translate("Navigation", "Pillars"),
            analysis,
            "pillars.page:PillarsPage",
        ),
        Area("events", QCoreApplication.translate("Navigation", "Participation"), "", None),
        Area("measures", QCoreApplication.translate("Navigation", "Measures"), "", None),
        Area("timeline", QCoreApplication.translate("Navigation", "Timeline"), "", None, "measures"),
        Area("coverage", QCoreApplication.translate("Navigation", "Coverage"), "", None, "measures"),
        Area("opening", QCoreApplication.translate("Navigation", "Intercultural opening"), "", None),
        Area("anchoring", QCoreApplication.translate("Navigation", "Anchoring"), "", None),
        Area("reports", QCoreApplication.translate("Navigation", "Reports"), "", None),
        Area("exchange", QCoreApplication.translate("Navigation", "Exchange"), "", None),
        Area("consultant", QCoreApplication.translate("Navigation", "Consultant view"), "", None),
    ]
