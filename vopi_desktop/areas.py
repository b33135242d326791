"""The areas of the app (DESIGN.md sections 3 and 6), kept once, without Qt.

The sidebar (``ui/navigation.py``, which adds the translated titles), the CLI's ``smoke --page``
choices and the catalogue's area keys (what a Start page step may lead to) all read this list.
A new page registers here: its key, where it sits in the sidebar, its page class as
``"module:Class"`` below ``vopi_desktop/ui/pages`` (``None`` until built: a placeholder says what
the area will do), and the sentence that says what it is for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .lang import t


@dataclass(frozen=True)
class AreaInfo:
    key: str
    group: str  # key of the sidebar section it sits under ("analysis"), "" for top level
    page: str | None  # "module:Class" below ui/pages, None while the area is not built
    purpose: Callable[[], str]  # what the area is for, in the current language (lang.t)
    parent: str = ""  # key of the area it belongs to (timeline and coverage under measures)
    step: bool = True  # a Start page step (a catalogue occasion) may lead here
    shortcut: str = ""  # key sequence in portable text, e.g. "Ctrl+3"


def _p(de: str, en: str) -> Callable[[], str]:
    return lambda: t(de, en)


AREAS: tuple[AreaInfo, ...] = (
    AreaInfo(
        "start",
        "",
        "start.page:StartPage",
        _p(
            "Anlass wählen und die nächsten Schritte sehen.",
            "Choose the occasion and see the next steps.",
        ),
        step=False,
        shortcut="Ctrl+1",
    ),
    AreaInfo(
        "barriers",
        "analysis",
        "barriers.page:BarriersPage",
        _p(
            "Barrieren bewerten, die Menschen mit Migrationsgeschichte vom Engagement abhalten.",
            "Rate the barriers that keep people with a migration background from engaging.",
        ),
        shortcut="Ctrl+2",
    ),
    AreaInfo(
        "actors",
        "analysis",
        "actors.page:ActorsPage",
        _p(
            "Die Organisationen vor Ort erfassen: Vereine, Migrantenorganisationen, Verwaltung.",
            "Record the local organisations: clubs, migrant organisations, administration.",
        ),
        shortcut="Ctrl+3",
    ),
    AreaInfo(
        "network",
        "analysis",
        "network.page:NetworkPage",
        _p(
            "Sehen, wer mit wem zusammenarbeitet, und wer noch allein steht.",
            "See who works with whom, and who still stands alone.",
        ),
        shortcut="Ctrl+4",
    ),
    AreaInfo(
        "pillars",
        "analysis",
        "pillars.page:PillarsPage",
        _p(
            "Die vier Säulen in Runden selbst einschätzen und vergleichen.",
            "Self-assess the four pillars in rounds and compare them.",
        ),
        shortcut="Ctrl+5",
    ),
    AreaInfo(
        "events",
        "",
        "events.page:EventsPage",
        _p(
            "Beteiligungsformate planen und dokumentieren: Zukunftskonferenz, World Café, Runder Tisch, "
            "Netzwerktreffen, mit Teilnehmenden und Ideen.",
            "Plan and record participation formats: future conference, world café, round table, "
            "network meeting, with participants and ideas.",
        ),
        shortcut="Ctrl+6",
    ),
    AreaInfo(
        "measures",
        "",
        "measures.page:MeasuresPage",
        _p(
            "Maßnahmen planen, die Barrieren abbauen: Säulen, Zielgruppen, Kanäle, Sprachen, "
            "Verantwortliche, Termine, Budget und Stand.",
            "Plan measures that lower barriers: pillars, target groups, channels, languages, "
            "responsible actors, dates, budget and status.",
        ),
        shortcut="Ctrl+7",
    ),
    AreaInfo(
        "timeline",
        "",
        "timeline.page:TimelinePage",
        _p("Die Maßnahmen auf einem Zeitstrahl.", "The measures on a timeline."),
        parent="measures",
        step=False,
    ),
    AreaInfo(
        "coverage",
        "",
        "coverage.page:CoveragePage",
        _p(
            "Welche hoch bewerteten Barrieren noch keine Maßnahme angeht.",
            "Which highly rated barriers no measure addresses yet.",
        ),
        parent="measures",
        step=False,
    ),
    AreaInfo(
        "outreach",
        "",
        "outreach.page:OutreachPage",
        _p(
            "Mitmach-Angebote mit mehrsprachigen Beschreibungen und ein gedruckter Mitmach-Wegweiser "
            "in den Sprachen der Bewohnerinnen und Bewohner.",
            "Engagement opportunities with multilingual descriptions and a printed guide in the "
            "residents' languages.",
        ),
        parent="measures",
        step=False,
    ),
    AreaInfo(
        "opening",
        "",
        "opening.page:OpeningPage",
        _p(
            "Vereine bei der interkulturellen Öffnung begleiten: Checkliste je Verein mit Fortschritt.",
            "Support clubs in opening up: a checklist per club with its progress.",
        ),
        shortcut="Ctrl+8",
    ),
    AreaInfo(
        "anchoring",
        "",
        "anchoring.page:AnchoringPage",
        _p(
            "Das Thema dauerhaft in der Verwaltung verankern: Checkliste und Hinweise zur Zuständigkeit.",
            "Anchor the topic permanently in the administration: checklist and guidance on where it lives.",
        ),
        shortcut="Ctrl+9",
    ),
    AreaInfo(
        "reports",
        "",
        "reports.page:ReportsPage",
        _p(
            "PDF-Dokumente erstellen, ansehen und drucken, etwa für den Gemeinderat.",
            "Make, preview and print PDF documents, e.g. for the council.",
        ),
    ),
    AreaInfo(
        "exchange",
        "",
        "exchange.page:ExchangePage",
        _p(
            "Daten als .vopi-Datei weitergeben und übernehmen, mit Vorschau vor dem Zusammenführen.",
            "Send and take in data as a .vopi file, with a preview before merging.",
        ),
    ),
    AreaInfo(
        "consultant",
        "",
        "consultant.page:ConsultantPage",
        _p(
            "Mehrere Kommunen im Überblick, für Beraterinnen und Berater.",
            "Many municipalities at a glance, for consultants.",
        ),
        step=False,
    ),
)

_BY_KEY = {a.key: a for a in AREAS}


def area(key: str) -> AreaInfo:
    return _BY_KEY[key]


def area_keys() -> list[str]:
    """Every area, in sidebar order (the CLI's ``smoke --page`` choices)."""
    return [a.key for a in AREAS]


def step_keys() -> frozenset[str]:
    """Areas a Start page step may lead to (the catalogue's occasions name them)."""
    return frozenset(a.key for a in AREAS if a.step)


def built(key: str) -> bool:
    return _BY_KEY[key].page is not None
