"""What the records and fields of an exchange file are called, for the preview dialog and the CLI's
``import --dry-run`` alike (German and English; below the UI, so ``lang.t`` rather than Qt's tr)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ..lang import language, t
from ..textsort import sort_key
from .catalogue_names import keyed

ENTITIES: dict[str, tuple[str, str]] = {
    "municipality": ("Kommunen", "Municipalities"),
    "process_settings": ("Anlässe und Phasen", "Occasions and phases"),
    "target_group": ("Zielgruppen", "Target groups"),
    "barrier_assessment": ("Hemmnis-Bewertungen", "Barrier ratings"),
    "actor": ("Akteure", "Actors"),
    "actor_link": ("Netzwerk-Verbindungen", "Network links"),
    "pillar_round": ("Säulen-Runden", "Pillar rounds"),
    "indicator_score": ("Säulen-Bewertungen", "Pillar scores"),
    "event": ("Veranstaltungen", "Events"),
    "idea": ("Ideen", "Ideas"),
    "measure": ("Maßnahmen", "Measures"),
    "measure_step": ("Arbeitsschritte", "Measure steps"),
    "checklist_instance": ("Checklisten", "Checklists"),
    "checklist_item_state": ("Checklisten-Punkte", "Checklist items"),
    "practice_example": ("Praxisbeispiele", "Practice examples"),
    "placement_decision": ("Entscheidung zur Zuständigkeit", "Placement decision"),
    "engagement_opportunity": ("Mitmach-Angebote", "Engagement opportunities"),
    "opportunity_text": ("Texte der Mitmach-Angebote", "Opportunity texts"),
    "outreach_text": ("Texte der Ansprache", "Outreach texts"),
}

# One record of each kind ("Akteur „TSV …“"); ENTITIES name the kinds and their counts.
RECORDS: dict[str, tuple[str, str]] = {
    "municipality": ("Kommune", "Municipality"),
    "process_settings": ("Anlässe und Phasen", "Occasions and phases"),
    "target_group": ("Zielgruppe", "Target group"),
    "barrier_assessment": ("Hemmnis-Bewertung", "Barrier rating"),
    "actor": ("Akteur", "Actor"),
    "actor_link": ("Netzwerk-Verbindung", "Network link"),
    "pillar_round": ("Säulen-Runde", "Pillar round"),
    "indicator_score": ("Säulen-Bewertung", "Pillar score"),
    "event": ("Veranstaltung", "Event"),
    "idea": ("Idee", "Idea"),
    "measure": ("Maßnahme", "Measure"),
    "measure_step": ("Arbeitsschritt", "Measure step"),
    "checklist_instance": ("Checkliste", "Checklist"),
    "checklist_item_state": ("Checklisten-Punkt", "Checklist item"),
    "practice_example": ("Praxisbeispiel", "Practice example"),
    "placement_decision": ("Entscheidung zur Zuständigkeit", "Placement decision"),
    "engagement_opportunity": ("Mitmach-Angebot", "Engagement opportunity"),
    "opportunity_text": ("Text eines Mitmach-Angebots", "Opportunity text"),
    "outreach_text": ("Text der Ansprache", "Outreach text"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", "Name"),
    "title": ("Titel", "Title"),
    "kind": ("Art", "Kind"),
    "type": ("Typ", "Type"),
    "state": ("Bundesland", "Federal state"),
    "population": ("Einwohnerzahl", "Population"),
    "notes": ("Notizen", "Notes"),
    "note": ("Notiz", "Note"),
    "size": ("Größe", "Size"),
    "fields": ("Engagementfelder", "Fields of engagement"),
    "languages": ("Sprachen", "Languages"),
    "address": ("Adresse", "Address"),
    "website": ("Website", "Website"),
    "org_email": ("E-Mail der Organisation", "E-mail of the organisation"),
    "org_phone": ("Telefon der Organisation", "Phone of the organisation"),
    "contact_name": ("Kontaktperson", "Contact person"),
    "contact_email": ("E-Mail der Kontaktperson", "Contact e-mail"),
    "contact_phone": ("Telefon der Kontaktperson", "Contact phone"),
    "deleted_at": ("Im Papierkorb seit", "In the trash since"),
    "relevance": ("Relevanz", "Relevance"),
    "status": ("Stand", "Status"),
    "description": ("Beschreibung", "Description"),
    "occasions": ("Anlässe", "Occasions"),
    "score": ("Bewertung", "Score"),
    "held_on": ("Datum", "Date"),
    "goal": ("Ziel", "Goal"),
    "budget": ("Budget", "Budget"),
    "target_groups": ("Zielgruppen", "Target groups"),
    "partners": ("Partner", "Partners"),
    "barriers": ("Hemmnisse", "Barriers"),
    "organisations": ("Organisationen", "Organisations"),
    "opportunities": ("Beworbene Mitmach-Angebote", "Promoted opportunities"),
    # every other field a record carries, as its form names it (a test keeps the list whole)
    "accepted": ("Empfehlung angenommen", "Recommendation accepted"),
    "actor_id": ("Akteur", "Actor"),
    "agenda": ("Tagesordnung", "Agenda"),
    "barrier_key": ("Hemmnis", "Barrier"),
    "barrier_keys": ("Hemmnisse, die es angeht", "Barriers it addresses"),
    "body": ("Text", "Text"),
    "budget_spent": ("Budget ausgegeben", "Budget spent"),
    "channels": ("Wege", "Channels"),
    "consent_date": ("Einwilligung vom", "Consent given on"),
    "contact": ("Kontakt", "Contact"),
    "contact_actor_id": ("Kontakt-Organisation", "Contact organisation"),
    "custom_description": ("Beschreibung", "Description"),
    "custom_group": ("Gruppe", "Group"),
    "custom_text": ("Text", "Text"),
    "custom_title": ("Titel", "Title"),
    "decided_on": ("Entschieden am", "Decided on"),
    "decisions": ("Beschlüsse", "Decisions"),
    "done": ("Erledigt", "Done"),
    "due_on": ("Fällig am", "Due on"),
    "end_on": ("Ende", "End"),
    "event_id": ("Veranstaltung", "Event"),
    "evidence_kind": ("Grundlage", "Evidence"),
    "features": ("Merkmale", "Features"),
    "helped": ("Was geholfen hat", "What helped"),
    "indicator_key": ("Indikator", "Indicator"),
    "instance_id": ("Checkliste", "Checklist"),
    "is_example": ("Beispielkommune", "Example municipality"),
    "item_key": ("Punkt", "Item"),
    "item_keys": ("Checklisten-Punkte", "Checklist items"),
    "language": ("Sprache", "Language"),
    "legal_basis": ("Rechtsgrundlage", "Legal basis"),
    "measure_id": ("Maßnahme", "Measure"),
    "minute_taker": ("Protokollführung", "Minute-taker"),
    "moderation": ("Moderation", "Moderation"),
    "next_date": ("Nächster Termin", "Next date"),
    "open_points": ("Offene Punkte, Dissens", "Open points, dissent"),
    "opportunity_id": ("Mitmach-Angebot", "Engagement opportunity"),
    "option_key": ("Zuständigkeit", "Placement"),
    "own_concern": ("Eigenes Anliegen", "Own concern"),
    "participants": ("Teilnehmende", "Participants"),
    "participants_migration": (
        "Teilnehmende mit Migrationsgeschichte",
        "Participants with a migration history",
    ),
    "participants_total": ("Teilnehmende insgesamt", "Participants in total"),
    "phase_status": ("Stand der Phasen", "Status of the phases"),
    "pillar": ("Säule", "Pillar"),
    "pillars": ("Säulen", "Pillars"),
    "place": ("Ort", "Place"),
    "position": ("Reihenfolge", "Order"),
    "protocol": ("Protokoll nach der Methode", "Protocol of the method"),
    "publish_consent_on": ("Einwilligung zur Veröffentlichung vom", "Consent to publication given on"),
    "reasons": ("Begründung", "Reasons"),
    "recommended_key": ("Empfohlen", "Recommended"),
    "reject_reason": ("Grund", "Reason"),
    "responsible": ("Verantwortlich", "Responsible"),
    "responsible_actor_id": ("Verantwortlicher Akteur", "Responsible actor"),
    "responsible_person": ("Verantwortliche Person", "Responsible person"),
    "result": ("Ergebnis", "Result"),
    "results": ("Ergebnisse", "Results"),
    "review_date": ("Prüfen/Löschen am", "Review or delete on"),
    "review_status": ("Prüfung", "Review"),
    "reviewed_by": ("Geprüft von", "Reviewed by"),
    "reviewed_on": ("Geprüft am", "Reviewed on"),
    "round_id": ("Runde", "Round"),
    "section_key": ("Abschnitt", "Section"),
    "source": ("Quelle", "Source"),
    "source_id": ("Von Akteur", "From actor"),
    "start_on": ("Beginn", "Start"),
    "strength": ("Stärke", "Strength"),
    "success_indicator": ("Erfolgsmaßstab", "Indicator of success"),
    "tags": ("Schlagwörter", "Tags"),
    "target_id": ("Zu Akteur", "To actor"),
    "template_key": ("Checkliste", "Checklist"),
    "text": ("Text", "Text"),
    "time_from": ("Von (Uhrzeit)", "From (time)"),
    "time_needed": ("Zeitaufwand", "Time needed"),
    "time_to": ("Bis (Uhrzeit)", "To (time)"),
    "topic": ("Thema", "Topic"),
    "valid_until": ("Gültig bis", "Valid until"),
    "votes": ("Punkte", "Votes"),
    "what": ("Was", "What"),
    "when_where": ("Wann und wo", "When and where"),
    "who": ("Wer", "Who"),
}


# Fields that store a catalogue vocabulary's keys: a difference shows their words, as the pages do
# („Typ: Verein | Migrantenorganisation“, never "verein | migrant_org").
CODED: dict[tuple[str, str], str] = {
    ("municipality", "kind"): "municipality_kinds",
    ("municipality", "state"): "federal_states",
    ("actor", "type"): "actor_types",
    ("actor", "fields"): "engagement_fields",
    ("actor", "languages"): "languages",
    ("actor", "legal_basis"): "legal_bases",
    ("actor_link", "kind"): "link_kinds",
    ("barrier_assessment", "relevance"): "relevance",
    ("barrier_assessment", "evidence_kind"): "evidence_kinds",
    ("event", "kind"): "event_kinds",
    ("pillar_round", "kind"): "round_kinds",
    ("idea", "status"): "idea_status",
    ("measure", "status"): "measure_status",
    ("measure", "channels"): "channels",
    ("measure", "languages"): "languages",
    ("checklist_item_state", "status"): "checklist_status",
    ("engagement_opportunity", "languages"): "languages",
    ("outreach_text", "language"): "languages",
}


def coded(entity: str, field: str, value: Any) -> Any:
    """A stored key (or list of keys) of a coded field as its words in the reader's language (of a
    catalogue entry: ``catalogue_names.keyed``); a key the catalogue does not know (a newer version's)
    and every other value stay as they are."""
    vocab = CODED.get((entity, field))
    if vocab is None:  # a catalogue entry's key (an indicator, a checklist item): its title
        return keyed(entity, field, value)
    if value in (None, "", []):
        return value
    from ..catalog import load_catalog  # only when a difference is shown

    catalog = load_catalog(language())
    if isinstance(value, list):
        return [catalog.label(vocab, v) if isinstance(v, str | int) else v for v in value]
    return (
        catalog.label(vocab, value) if isinstance(value, str | int) and not isinstance(value, bool) else value
    )


def entity_name(entity: str) -> str:
    """A table added later shows its own name until it gets one here."""
    names = ENTITIES.get(entity)
    return t(*names) if names else entity


def record_name(entity: str) -> str:
    """The kind of one record, in the singular: "Akteur „TSV Musterstadt“" (a line naming one record)."""
    names = RECORDS.get(entity)
    return t(*names) if names else entity_name(entity)


# A pair of double marks inside a name, however it was typed: „…“ (German), “…” (English), "…".
_INNER = re.compile('„([^„“”"]*)“|“([^„“”"]*)”|"([^„“”"]*)"')


def quoted(name: str) -> str:
    """A record's name in the reader's quotation marks: „…“ in German, “…” in English; marks of its
    own inside become single ones („Infoabend ‚Mitmachen im Verein‘“, “Club ‘Future’”). A mark
    without its pair stays as typed (24" is a size)."""
    return t(f"„{inner(name)}“", f"“{inner(name)}”")


def inner(name: str) -> str:
    """The name's own pairs of double marks as the reader's single ones, for a sentence that puts
    the name in double marks itself (the preview's translated „%1“)."""
    if language() == "de":
        return _INNER.sub(lambda m: f"‚{m[1] or m[2] or m[3] or ''}‘", name)
    return _INNER.sub(lambda m: f"‘{m[1] or m[2] or m[3] or ''}’", name)


def name_of(record_id: str, ours: bool, here: Mapping[str, str], in_file: Mapping[str, str]) -> str:
    """A referenced record's name on one side of a difference: ours by its name here (``names_here.py``),
    the file's by its name in the file; the other side's where that side lacks it, else its id."""
    first, then = (here, in_file) if ours else (in_file, here)
    return first.get(record_id) or then.get(record_id) or record_id


def field_name(field: str) -> str:
    names = FIELDS.get(field)
    return t(*names) if names else field.replace("_", " ")


def when(stamp: str) -> str:
    """The file's creation time (UTC in the manifest) in local time, written the reader's way."""
    try:
        return moment(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp[:16]


def moment(value: datetime) -> str:
    """A point in time (a record's trash date, the file's time) in local time to the minute:
    "06.12.2026, 09:39" (German), "2026-12-06 09:39" (English)."""
    local = value.astimezone()
    return local.strftime("%d.%m.%Y, %H:%M") if language() == "de" else local.strftime("%Y-%m-%d %H:%M")


MAX_SENDERS = 3  # named in the preview; the rest counted


def senders(places: Sequence[tuple[str, str]]) -> str | None:
    """The municipalities a file of practice examples comes from (the manifest's ``senders``), for
    the preview; None when the file names none (written by an earlier release)."""
    names = [name for _, name in places if name.strip()]
    if not names:
        return None
    shown = ", ".join(names[:MAX_SENDERS])
    more = len(names) - MAX_SENDERS
    return shown if more <= 0 else shown + t(f" und {more} weitere", f" and {more} more")


def example_left_out(name: str) -> str:
    """The preview's line for a file's example town left out (``example_towns.py``)."""
    return t(
        f"Die erfundene Beispielstadt {quoted(name)} wird nicht übernommen: hier gibt es schon eine andere "
        "Kommune dieses Namens.",
        f"The fictional example town {quoted(name)} is not taken over: a different municipality of this "
        "name exists here.",
    )


MAX_ONLY_HERE = 3  # records named per kind; the rest counted


def only_here(entity: str, here: int, in_file: int, count: int, names: Sequence[str]) -> str:
    """The preview's line for the records of one kind that exist here but not in the file
    (``only_here.py``): "Maßnahmen: hier 8, in der Datei 7 – 1 gibt es nur hier: „Antragswerkstatt …“"."""
    kind = entity_name(entity)
    de = f"{kind}: hier {here}, in der Datei {in_file} – {count} gibt es nur hier"
    en = f"{kind}: {here} here, {in_file} in the file – {count} only here"
    if names:
        more = len(names) - MAX_ONLY_HERE
        shown = ", ".join(map(quoted, names[:MAX_ONLY_HERE]))  # in the reader's language already
        de += ": " + shown + (f" und {more} weitere" if more > 0 else "")
        en += ": " + shown + (f" and {more} more" if more > 0 else "")
    return t(de, en)


def only_here_note() -> str:
    """Said once below the lines of ``only_here``: what happens to those records."""
    return t(
        "Was es nur hier gibt, bleibt hier: die Datei führt es weder als vorhanden noch als gelöscht "
        "(hier neu angelegt, oder eine Datei einer älteren Version). Ist es beim Absender gelöscht worden, "
        "bitte hier von Hand löschen.",
        "What exists only here stays here: the file lists it neither as present nor as deleted (made here "
        "since, or a file of an older version). If the sender deleted it, please delete it here by hand.",
    )


MAX_GONE = 3  # records named per line of deletions; the rest counted


def gone_lines(gone: Sequence[Any]) -> list[str]:
    """The preview's lines for what the file deleted and exists here (``tombstones.Gone``), one per
    kind and outcome: "In der Datei gelöscht: 1 Maßnahme („Antragswerkstatt …“) – wird hier auch
    gelöscht"; the count says the noun's number and the verb's."""
    groups: dict[tuple[str, str], list[str]] = {}
    for item in gone:
        outcome = (
            ("trash" if item.trash else "delete") if item.take else "changed" if item.changed_here else "kept"
        )
        groups.setdefault((item.entity, outcome), []).append(item.label)
    lines = []
    for (entity, outcome), labels in groups.items():
        count, one = len(labels), len(labels) == 1
        names = sorted(filter(None, labels), key=sort_key)  # records without a name only counted
        de_noun, en_noun = (RECORDS if one else ENTITIES).get(entity) or (entity, entity)
        en_noun = en_noun[:1].lower() + en_noun[1:]
        tails = {
            "delete": ("wird hier auch gelöscht", "werden hier auch gelöscht", "will be deleted here too"),
            "trash": (
                "kommt hier in den Papierkorb",
                "kommen hier in den Papierkorb",
                "will go to the trash here",
            ),
            "changed": (
                "hier nach dem Löschen geändert, bleibt hier",
                "hier nach dem Löschen geändert, bleiben hier",
                "changed here after the deletion, " + ("stays here" if one else "stay here"),
            ),
            "kept": ("bleibt hier", "bleiben hier", "stays here" if one else "stay here"),
        }[outcome]
        shown = names[:MAX_GONE]
        more = count - len(shown)
        joined = ", ".join(map(quoted, shown))  # in the reader's language already
        de_names = joined + (f" und {more} weitere" if more > 0 else "")
        en_names = joined + (f" and {more} more" if more > 0 else "")
        de_names, en_names = (f" ({de_names})", f" ({en_names})") if shown else ("", "")
        lines.append(
            t(
                f"In der Datei gelöscht: {count} {de_noun}{de_names} – {tails[0] if one else tails[1]}",
                f"Deleted in the file: {count} {en_noun}{en_names} – {tails[2]}",
            )
        )
    return lines
