"""What F1 (Hilfe → "Hilfe zu dieser Seite") says on the four planning pages: Beteiligung, Maßnahmen,
Zeitplan and Abdeckung. Kept together because they explain one another (an idea becomes a measure,
a measure's status colours its bar and its dot, only planned and running measures cover a barrier)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def events_help() -> str:
    return QCoreApplication.translate(
        "PlanningHelp",
        'Record each participation event with its protocol. "New event" opens an empty form; choose the kind '
        "first, as each method brings its own protocol section: Zukunftskonferenz (past, present, future, "
        "common ground and action plans over two to three days), World Café (open questions at small tables in "
        "rounds of 20 to 30 minutes: ideas, no decisions), Runder Tisch (invited representatives agree under "
        "neutral moderation) or Netzwerktreffen (municipalities exchange experience). The method's guidance "
        "stands on the right.\n\n"
        "The form holds what a good protocol needs, from date, place and participants to results, decisions, "
        "open points and the next date. Nothing is stored until Save (Ctrl+S); Revert drops what was typed.\n\n"
        "Below the list go the ideas collected at the event: add one, give it a vote, reject it with a reason, "
        "or turn it into a planned measure in one step (Ctrl+Z undoes it). Names and photos of participants "
        'only with their consent. "Print protocol…" or Ctrl+P prints the protocol.',
    )


def measures_help() -> str:
    return QCoreApplication.translate(
        "PlanningHelp",
        "The Umsetzungsplan: each measure says what is to be done and why (title, goal), for whom (target "
        "groups), against which barriers and in which pillars, through which channels and languages, who "
        "is responsible (an actor, a person, partners), from when until when, the budget planned and spent "
        "in euros, and how success shows (indicator, result).\n\n"
        "Status: idea, planned, running, completed or cancelled. Only planned and running measures count as "
        "covering a barrier on the Coverage page. Steps split a measure into tasks with a due date; tick a "
        "step when it is done. A measure is overdue when its end or an open step's due date has passed while "
        "it is planned or running; a step due after the end is saved with a warning.\n\n"
        '"New measure" opens an empty form, stored with Save (Ctrl+S); Revert drops it. Filter by status, '
        'pillar, who is responsible or overdue only. Ctrl+P or "Print…" prints the plan. A measure made from a catalogue '
        "approach comes from the Coverage or Barriers page, a measure from an idea from Participation.",
    )


def timeline_help() -> str:
    return QCoreApplication.translate(
        "PlanningHelp",
        "The measures over time, one row each: a bar runs from the start to the end date, its colour shows "
        "the status (the legend below the chart; ideas and cancelled measures are drawn lighter). Measures "
        "without any date are not shown.\n\n"
        "Short strokes across a bar are its steps on their due date: black while open, white once done. The "
        "yellow diamonds in the top row are the events on their date. The red line is today. The month names "
        "on top carry the year at the left edge and at each January.\n\n"
        "Zoom to a year, a quarter or a month (Ctrl++ and Ctrl+-, or Ctrl and the mouse wheel); filter by pillar "
        "or by who is responsible. The arrow keys go from item to item in time order; Enter or a double click "
        "opens the measure or event on its page, where its dates are changed. Ctrl+P prints the measures plan.",
    )


def coverage_help() -> str:
    return QCoreApplication.translate(
        "PlanningHelp",
        "Do the measures answer the barriers that matter? The rows are the barriers rated 2 (medium) or 3 "
        "(high) on the Barriers page, the highest first.\n\n"
        "With up to twelve measures the columns are the measures: a dot marks a measure that addresses the "
        "barrier, coloured by the measure's status. With more measures the columns are the four pillars, and "
        "a number says how many planned or running measures of that pillar address the barrier. A red row: "
        "no planned or running measure addresses this barrier yet (an idea, a completed or a cancelled "
        "measure does not carry it forward).\n\n"
        "Above the table: the barriers without a planned or running measure, the measures that address no "
        'barrier, and the pillars no measure names. Choose a barrier and "Measure from an approach…": the '
        "catalogue's approaches against it, and one click creates a planned measure linked to it. Enter on a "
        "dot opens its measure. Ctrl+P prints the measures plan.",
    )
