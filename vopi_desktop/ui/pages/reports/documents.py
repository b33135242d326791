"""Which document the Berichte page makes for another page's Print, and the file name "Save as…"
suggests for one made document: its title in the UI's language ("massnahmenplan-musterstadt.pdf" in
German), not the kind's English key. ``report --all`` on the command line and "all municipalities"
keep ``reports.run``'s names (scripts rely on them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ....reports.run import file_name, slug

CHECKLISTS = ("opening-checklist", "anchoring-checklist")
# The document Ctrl+P prints from each area (File → Print): what a user there expects on paper.
AREA_KINDS = {
    "start": "dossier",
    "barriers": "analysis",
    "pillars": "analysis",
    "actors": "actors",
    "network": "network",
    "events": "events",
    "measures": "plan",
    "timeline": "plan",
    "coverage": "plan",
    "outreach": "outreach",  # the guide in the languages and layout ticked in its Dokument tab
    "opening": "opening-checklist",
    "anchoring": "anchoring-checklist",
    "consultant": "consultant",
}


def offered() -> dict[str, str]:
    """The documents the page's "Dokument" list offers, in its order."""
    return {
        "dossier": QCoreApplication.translate("ReportsPage", "Dossier: everything about the municipality"),
        "analysis": QCoreApplication.translate("ReportsPage", "Analysis: barriers, actors, pillars"),
        "plan": QCoreApplication.translate("ReportsPage", "Measures plan"),
        "actors": QCoreApplication.translate("ReportsPage", "Actor directory"),
        "events": QCoreApplication.translate("ReportsPage", "Events and their protocols"),
        "network": QCoreApplication.translate("ReportsPage", "Network map with index"),
        "opening-checklist": QCoreApplication.translate(
            "ReportsPage", "Checklist: intercultural opening of a club"
        ),
        "anchoring-checklist": QCoreApplication.translate(
            "ReportsPage", "Checklist: anchoring in the administration"
        ),
        "consultant": QCoreApplication.translate("ReportsPage", "Comparison of all municipalities"),
        # the guide for residents; its languages are chosen under the list (also on the Mitmachen page)
        "outreach": QCoreApplication.translate("ReportsPage", "Get involved (guide for residents)"),
    }


def titles() -> dict[str, str]:
    """Each kind's short title as a file name starts with it (turned into ASCII by ``slug``)."""
    return {
        "dossier": QCoreApplication.translate("ReportFileNames", "Dossier"),
        "analysis": QCoreApplication.translate("ReportFileNames", "Analysis"),
        "plan": QCoreApplication.translate("ReportFileNames", "Measures plan"),
        "actors": QCoreApplication.translate("ReportFileNames", "Actor directory"),
        "events": QCoreApplication.translate("ReportFileNames", "Events"),
        "network": QCoreApplication.translate("ReportFileNames", "Network map"),
        "opening-checklist": QCoreApplication.translate("ReportFileNames", "Checklist intercultural opening"),
        "anchoring-checklist": QCoreApplication.translate("ReportFileNames", "Checklist anchoring"),
        "consultant": QCoreApplication.translate("ReportFileNames", "Comparison"),
        "outreach": QCoreApplication.translate("ReportFileNames", "Get involved"),
    }


def document_name(kind: str, about: str, blank: bool = False) -> str:
    """``about``: the municipality, club or event the document is for ("alle Kommunen" for the
    comparison); ``blank``: a checklist's empty sheet."""
    title = slug(titles().get(kind, kind)) or kind
    if blank:
        title += "-" + slug(QCoreApplication.translate("ReportFileNames", "blank"))
    return file_name(title, about)
