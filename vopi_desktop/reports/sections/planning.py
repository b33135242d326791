"""Measures plan (list, timeline, coverage), events with their protocols and ideas, anchoring decision.

The planning area (issue #8) and the opening/anchoring area (issue #9) are built by their own
services; until those land, ``ReportData`` carries None here and each section says so plainly.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from ...lang import t
from ...store.report_data import ReportData
from .common import Ctx, h1, not_built

MEASURES = ("Maßnahmenplan", "Measures plan")
EVENTS = ("Veranstaltungen und Ideen", "Events and ideas")
CHECKLISTS = ("Öffnung und Verankerung", "Opening and anchoring")


def measures(data: ReportData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [h1(t("Maßnahmenplan", "Measures plan"))]
    if data.measures is None:
        return out + not_built(*MEASURES)
    return out


def events(data: ReportData, ctx: Ctx, protocols: bool = False) -> list[Flowable]:
    out: list[Flowable] = [h1(t("Veranstaltungen und Ideen", "Events and ideas"))]
    if data.events is None:
        return out + not_built(*EVENTS)
    return out


def checklist_progress(data: ReportData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [h1(t("Checklisten", "Checklists"))]
    if data.checklists is None:
        return out + not_built(*CHECKLISTS)
    return out


def anchoring(data: ReportData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [h1(t("Entscheidung zur Verankerung", "Anchoring decision"))]
    if data.anchoring is None:
        return out + not_built(*CHECKLISTS)
    return out
