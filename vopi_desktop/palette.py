"""Colours and line patterns the screen and the printout share, so a colour means one thing on both:
the network map's actor types and link kinds, the measures' status (list, Zeitplan, printed Gantt).
No Qt, no ReportLab: each side turns these into its own brushes and pens."""

from __future__ import annotations

# Okabe–Ito and Tol colours: distinguishable with the common colour-vision deficiencies.
TYPE_COLOURS = {
    "verein": "#0072B2",
    "migrant_org": "#E69F00",
    "religious": "#CC79A7",
    "initiative": "#009E73",
    "school_kita": "#56B4E9",
    "integration_office": "#D55E00",
    "advisory_council": "#F0E442",
    "welfare_provider": "#882255",
    "course_provider": "#44AA99",
    "administration": "#4D4D4D",
    "other": "#BBBBBB",
}

# Dashes and gaps in multiples of the line's width (as Qt's pen styles count them); () is solid.
KIND_DASHES: dict[str, tuple[float, ...]] = {
    "cooperation": (),
    "membership": (4.0, 2.0),
    "funding": (1.0, 2.0),
    "informal": (4.0, 2.0, 1.0, 2.0),
}


# The ring around a migrant organisation without any link (the map's findings).
ISOLATED_COLOUR = "#D0021B"

# The measures' status: list, Zeitplan and the documents' timeline.
MEASURE_STATUS_COLOURS = {
    "idea": "#9e9e9e",
    "planned": "#3d7ab8",
    "running": "#2e8b57",
    "done": "#5b5b8f",
    "cancelled": "#b55a5a",
}


def type_colour(kind: str) -> str:
    return TYPE_COLOURS.get(kind, TYPE_COLOURS["other"])
