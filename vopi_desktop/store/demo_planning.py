"""The planning part of the demo: steps and money of the measures, the protocols of the events, an
information evening and an event of another kind, reasons of rejected ideas. Hooked into ``demo.py``
after its measures, events and ideas exist; the rows are plain dicts, as everywhere in the demo."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from . import models as m

if TYPE_CHECKING:
    from .demo import _Place

TODAY = date(2026, 3, 1)  # demo.BASE_DATE: steps due before it are mostly done

# fmt: off
# measure index -> (what, who, due, done); measure 1 has a step due after its end (the warning shows)
TOWN_STEPS = {
    0: [("Lotsinnen und Lotsen in den Communities ansprechen", "Sabine Keller", "2026-02-28", True),
        ("Schulung an zwei Samstagen", "Volkshochschule", "2026-04-25", False),
        ("Vereinbarung mit den Vereinen", "Jonas Weber", "2026-05-31", False),
        ("Erste Begleitungen in die Vereine", "Lotsenteam", "2026-09-30", False),
        ("Auswertung und Dankeschön-Abend", "Sabine Keller", "2026-12-15", False)],
    1: [("Angebote der Vereine sammeln", "Jonas Weber", "2026-02-20", True),
        ("Texte in einfacher Sprache schreiben", "Jonas Weber", "2026-04-30", False),
        ("Übersetzungen ins Türkische, Arabische, Russische, Ukrainische", "Dolmetscherpool", "2026-05-31", False),
        ("Druck und Verteilung an 30 Orte", "Stabsstelle Engagement", "2026-07-15", False)],
    2: [("Termine mit Moschee und Kulturverein abstimmen", "TDKV", "2026-04-01", False),
        ("Einladungen über die Messenger-Gruppen", "TDKV", "2026-04-10", False),
        ("Sechs Abende durchführen", "TDKV mit Vereinen", "2026-10-31", False)],
    3: [("Antrag an die Mitgliederversammlung", "Kassenwart TSV", "2026-01-20", True),
        ("Leihausrüstung beschaffen", "TSV Jugendabteilung", "2026-02-28", True)],
    4: [("Patinnen und Paten gewinnen", "Freundeskreis Asyl", "2026-02-25", True),
        ("Kennenlerntreffen im Vereinsheim", "Freundeskreis Asyl", "2026-04-18", False),
        ("Zwischenbilanz mit den Vereinen", "", "2026-09-30", False)],
    5: [("Raum und Zeiten festlegen", "Jonas Weber", "2026-02-10", True),
        ("Ankündigung im Amtsblatt und auf Türkisch", "Jonas Weber", "2026-02-14", True),
        ("Besuchsstatistik auswerten", "Jonas Weber", "2026-12-15", False)],
    6: [("Vorschlag an den Gemeinderat", "Amt für Bildung, Soziales und Sport", "2026-07-01", False)],
}
TOWN_SPENT = {0: 2400.0, 1: 450.0, 3: 780.0, 4: 300.0, 7: 0.0}
TOWN_PROTOCOLS: dict[int, dict[str, Any]] = {
    0: {"phases": {
        "past": "Zeitleiste von 1961 (erste Anwerbung) bis heute: Gründung des Kulturvereins 1978, "
                "Moschee 1995, Freundeskreis Asyl 2015, Ukrainische Initiative 2022.",
        "present": "Stärken: viele Vereine, aktive Migrantenorganisationen, engagierte Schulen.\n"
                   "Schwächen: kaum Kontakt zwischen beiden Welten; Informationen nur auf Deutsch.",
        "future": "Musterstadt 2030: Vereinsvorstände so vielfältig wie die Stadt; ein Fest aller Vereine; "
                  "jede und jeder weiß, wo man mitmachen kann.",
        "common_ground": "11 Punkte, u. a.: mehrsprachig informieren; persönlich einladen; Räume teilen; "
                         "Engagement in Migrantenorganisationen würdigen.",
        "action_planning": "Fünf Umsetzungsgruppen: Lotsen, Mehrsprachig informieren, Vereine öffnen, "
                           "Räume, Würdigung. Erste Treffen bis Ende Januar.",
    }},
    1: {"rounds": [
        {"question": "Was hat Sie bisher vom Mitmachen im Verein abgehalten?",
         "summary": "Tisch 1: Aushänge nur auf Deutsch.\nTisch 2: Kosten für Beitrag und Ausrüstung.\n"
                    "Tisch 3: „Uns hat nie jemand gefragt.“"},
        {"question": "Was würde Ihnen den Einstieg leichter machen?",
         "summary": "Jemand, der beim ersten Mal mitkommt; Schnuppertage; Angebote für Mütter mit Kindern."},
        {"question": "Was können Sie selbst beitragen?",
         "summary": "Übersetzen, Kochen für Feste, Trainerschein machen, andere Eltern mitbringen."},
    ]},
    2: {"agreements": [
        {"what": "Tandem TSV und Türkisch-Deutscher Kulturverein", "who": "TSV, TDKV", "due": "2026-04-30"},
        {"what": "Prüfen, zwei Schulräume am Wochenende für Migrantenorganisationen zu öffnen",
         "who": "Amt für Bildung, Soziales und Sport", "due": "2026-05-05"},
        {"what": "Raumbörse der Vereine einrichten", "who": "Stabsstelle Engagement", "due": ""},
    ]},
    3: {"exchange": [
        {"municipality": "Musterstadt am Neckar",
         "contribution": "Lotsen-Programm: Auswahl, Schulung, Vereinbarung; Vorlage wird geteilt."},
        {"municipality": "Landkreis Beispielkreis",
         "contribution": "Engagementbörse im Landratsamt mit Ständen der Migrantenorganisationen."},
        {"municipality": "Gemeinde Rebental",
         "contribution": "Sprechstunde Engagement im Rathaus; wenig Zulauf ohne persönliche Einladung."},
    ]},
}
# (kind, title, day, from, to, place, moderation, minute taker, total, migration, organisations, texts, ideas)
TOWN_EVENTS = [
    ("info_evening", "Infoabend „Mitmachen im Verein“ auf Türkisch", "2026-02-25", "19:00", "21:00",
     "Türkisch-Deutscher Kulturverein, Saal", "Leyla Aydın", "Jonas Weber", 45, 41, "tdkv ditib tsv ifs",
     ("1. Was ist ein Verein?\n2. Drei Vereine stellen sich vor\n3. Fragen und Anmeldung zum Schnuppertag",
      "Viele Fragen zu Kosten und Versicherung; 14 Anmeldungen zum Schnuppertag.", "",
      "Termin für den Infoabend auf Arabisch finden."),
     [("Vereinsinfos als Sprachnachricht im Messenger", "participation", 5, "new", "")]),
    # planned, after the story's today: an agenda, no one counted yet
    ("other", "Rundgang durch die Vereinsheime mit dem Integrationsbeirat", "2026-06-13", "10:00", "13:00",
     "Treffpunkt Rathausplatz", "Sabine Keller", "", None, None, "beirat tsv musik feuer",
     ("Drei Vereinsheime besuchen; Räume für gemeinsame Nutzung ansehen", "", "", ""), []),
]
REJECT_REASONS = [
    "Gibt es schon als Treffen der Vereinsvorsitzenden; dort fehlt eher die Einladung an die Migrantenorganisationen.",
    "Zu teuer für den Haushalt dieses Jahres; im nächsten Haushalt erneut vorschlagen.",
    "Kein Verein findet sich als Träger.",
]
GEN_STEPS = [
    "Partner ansprechen", "Termine festlegen", "Einladung mehrsprachig verschicken", "Durchführen",
    "Auswertung mit den Beteiligten", "Presse informieren", "Material übersetzen lassen",
]
GEN_PROTOCOLS: dict[str, dict[str, Any]] = {
    "future_conference": {"phases": {
        "past": "Zeitleiste der Zuwanderung und des Vereinslebens.", "present": "Stärken und Schwächen gesammelt.",
        "future": "Zukunftsbilder in gemischten Gruppen.", "common_ground": "Acht gemeinsame Punkte.",
        "action_planning": "Drei Umsetzungsgruppen gebildet."}},
    "world_cafe": {"rounds": [
        {"question": "Was hält vom Mitmachen ab?", "summary": "Sprache, Zeit, fehlende Einladung."},
        {"question": "Was würde helfen?", "summary": "Persönliche Ansprache, Schnuppern ohne Mitgliedschaft."}]},
    "round_table": {"agreements": [
        {"what": "Gemeinsames Fest der Vereine vorbereiten", "who": "Vereinsring", "due": ""}]},
    "network_meeting": {"exchange": [
        {"municipality": "Nachbarkommune", "contribution": "Erfahrungen mit mehrsprachigen Flyern."}]},
}
# fmt: on


def town(place: _Place, actors: dict[str, str], events: list[str], measures: list[str]) -> None:
    """Musterstadt: steps, spent money, protocols, two more events (every kind appears), reasons."""
    for index, steps in TOWN_STEPS.items():
        for position, (what, who, due, done) in enumerate(steps):
            place.own(m.MeasureStep, measure_id=measures[index], position=position, what=what, who=who,
                      due_on=date.fromisoformat(due), done=done)  # fmt: skip
    _patch(place, "measure", {measures[i]: {"budget_spent": v} for i, v in TOWN_SPENT.items()})
    _patch(place, "event", {events[i]: {"protocol": p} for i, p in TOWN_PROTOCOLS.items()})
    for kind, title, day, start, end, where, mod, minutes, total, migr, orgs, texts, ideas in TOWN_EVENTS:
        held = date.fromisoformat(day)
        event_id = place.event(
            [actors[key] for key in orgs.split()], texts, kind=kind, title=title, held_on=held, time_from=start,
            time_to=end, place=where, moderation=mod, minute_taker=minutes, participants_total=total,
            participants_migration=migr, next_date=None, protocol={},
        )  # fmt: skip
        for text, pillar, votes, status, reason in ideas:
            place.own(m.Idea, text=text, event_id=event_id, pillar=pillar, votes=votes, status=status,
                      reject_reason=reason, measure_id=None)  # fmt: skip
    _reasons(place, random.Random(7))


def generated(place: _Place, events: list[str], measures: list[str]) -> None:
    """A generated municipality: a few steps per measure, some money spent, a protocol per event."""
    rng = place.rng
    rows = {row["id"]: row for row in place.rows.tables["measure"][-len(measures) :]} if measures else {}
    for measure_id in measures:
        row = rows[measure_id]
        start, end = row["start_on"], row["end_on"]
        span = max(1, (end - start).days)
        for position, what in enumerate(rng.sample(GEN_STEPS, rng.randint(1, 4))):
            due = start + timedelta(days=span * (position + 1) // 5)
            place.own(m.MeasureStep, measure_id=measure_id, position=position, what=what, who="",
                      due_on=due, done=due < TODAY and rng.random() < 0.8)  # fmt: skip
        if row["budget"] and row["status"] in ("running", "done"):
            row["budget_spent"] = round(row["budget"] * rng.uniform(0.2, 1.0), -1)
    for row in place.rows.tables["event"][-len(events) :] if events else ():
        row["protocol"] = GEN_PROTOCOLS.get(row["kind"], {})
    _reasons(place, rng)


def _patch(place: _Place, table: str, values: dict[str, dict[str, Any]]) -> None:
    for row in place.rows.tables[table]:
        row.update(values.get(row["id"], {}))


def _reasons(place: _Place, rng: random.Random) -> None:
    """A rejected idea always says why (the idea service asks for the reason too)."""
    for row in place.rows.tables["idea"]:
        if (
            row["municipality_id"] == place.id
            and row["status"] == "rejected"
            and not row.get("reject_reason")
        ):
            row["reject_reason"] = rng.choice(REJECT_REASONS)
