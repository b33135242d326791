"""Wording of the recommended next steps; the choice of steps is analysis.next_steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ....analysis.next_steps import NextStep
from ...messages import fmt


def step_title(step: NextStep) -> str:
    titles = {
        "barriers": QCoreApplication.translate("NextSteps", "Rate the barriers"),
        "actors": QCoreApplication.translate("NextSteps", "Record the local actors"),
        "network": QCoreApplication.translate("NextSteps", "Map who works with whom"),
        "pillars": QCoreApplication.translate("NextSteps", "Self-assess the four pillars"),
        "events": QCoreApplication.translate("NextSteps", "Plan a participation event"),
        "measures": QCoreApplication.translate("NextSteps", "Plan measures for outreach"),
        "opening": QCoreApplication.translate("NextSteps", "Support clubs in opening up"),
        "anchoring": QCoreApplication.translate("NextSteps", "Anchor the topic in the administration"),
    }
    return titles.get(step.area, step.area)


def step_description(step: NextStep) -> str:
    n, total = step.done_count, step.total
    if step.area == "barriers":
        return fmt(
            QCoreApplication.translate("NextSteps", "%1 of %2 rated. Why do people stay out?"),
            str(n),
            str(total),
        )
    if step.area == "actors":
        return fmt(QCoreApplication.translate("NextSteps", "Organisations recorded: %1."), str(n))
    if step.area == "network":
        return fmt(
            QCoreApplication.translate(
                "NextSteps", "Links recorded: %1. Which migrant organisations stand alone?"
            ),
            str(n),
        )
    if step.area == "pillars":
        return fmt(QCoreApplication.translate("NextSteps", "%1 of 20 indicators scored."), str(n))
    if step.area == "events":
        return fmt(
            QCoreApplication.translate(
                "NextSteps",
                "Events recorded: %1 (future conference, World Café, round table, network meeting).",
            ),
            str(n),
        )
    if step.area == "measures":
        return fmt(QCoreApplication.translate("NextSteps", "Measures planned: %1."), str(n))
    if step.area == "opening":
        return fmt(QCoreApplication.translate("NextSteps", "Clubs with an opening checklist: %1."), str(n))
    if step.area == "anchoring":
        return QCoreApplication.translate(
            "NextSteps", "Where does the topic belong, and what makes it permanent?"
        )
    return ""
