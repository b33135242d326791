"""Content of the demo: the vocabularies (catalogue keys and how often each is drawn) and the hand-written
town, Musterstadt am Neckar. The word lists for contact persons and the generated municipalities are in
``demo_pools``.

All invented: names, streets, ``.example`` domains and ``+49 7000`` numbers reach nobody. Space-separated
strings keep the lists short; the generator splits them."""

from __future__ import annotations

from datetime import date

# Hand-laid tables: one record per line reads better than one field per line.
# fmt: off
# --- catalogue keys (the contract with the catalogue module) and other vocabularies ---------------------
PILLARS = ("encounter", "participation", "diversity", "eye_level")
BARRIER_KEYS = tuple(f"B{n}" for n in range(1, 28))
EVIDENCE = ("survey", "conversation", "statistics", "observation", "workshop")
LINK_KINDS = {"cooperation": 4, "membership": 2, "funding": 1, "informal": 3}  # kind: how often
EVENT_KINDS = ("future_conference", "world_cafe", "round_table", "network_meeting")
MEASURE_STATUSES = {"idea": 2, "planned": 4, "running": 4, "done": 2, "cancelled": 1}
IDEA_STATUSES = ("new", "selected", "in_measure", "rejected")
OCCASIONS = ("more_migrants", "strengthen_mo", "network_mo", "anchor_admin", "own_concern")
CHECKLIST_ITEMS = {"opening": 26, "anchoring": 19}
STATUSES = ("done", "in_progress", "open", "not_relevant")  # of a checklist item
PUBLIC_TYPES = ("administration", "integration_office", "advisory_council", "school_kita")  # public_task
HUB_WEIGHTS = {"integration_office": 40.0, "administration": 15.0, "advisory_council": 15.0}
OTHER_LANGUAGES = ("tr", "ru", "ar", "uk", "pl", "ro", "it", "en", "fa", "ku")
SUMMARY = {  # table: "German singular and plural, English singular and plural"
    "municipality": "Kommune Kommunen municipality municipalities", "actor": "Akteur Akteure actor actors",
    "actor_link": "Verbindung Verbindungen link links",
    "barrier_assessment": "Hemmnis Hemmnisse barrier barriers",
    "pillar_round": "Bewertungsrunde Bewertungsrunden pillar_round pillar_rounds",
    "event": "Veranstaltung Veranstaltungen event events", "idea": "Idee Ideen idea ideas",
    "measure": "Maßnahme Maßnahmen measure measures",
    "checklist_instance": "Checkliste Checklisten checklist checklists",
}

# --- Musterstadt am Neckar, written by hand ---------------------------------------------------------------
TOWN = {
    "name": "Musterstadt am Neckar", "kind": "stadt", "state": "BW", "population": 28_400,
    "contact_name": "Sabine Keller, Integrationsbeauftragte", "contact_phone": "+49 7000 12345-0",
    "contact_email": "integration@musterstadt.example",
}
TOWN_OCCASIONS = ["more_migrants", "network_mo", "anchor_admin"]

TARGET_GROUPS = [
    ("Frauen mit Migrationsgeschichte",
     "Vor allem Mütter kleiner Kinder; über Kita und Sprachkurs erreichbar."),
    ("Junge Menschen (14–27)", "Schülerinnen, Schüler und Azubis, oft in zweiter oder dritter Generation."),
    ("Geflüchtete", "Seit 2015 und 2022 zugezogen, u. a. aus Syrien, Afghanistan, Ukraine."),
    ("Ältere Migrantinnen und Migranten", "Frühere Gastarbeitergeneration; in Vereinen gut vernetzt."),
    ("Türkeistämmige Community", "Größte Gruppe der Stadt; Anlaufstellen: Moschee und Kulturverein."),
]

# (catalogue key, relevance 0..3, evidence kind, target group indexes, note)
BARRIERS = [
    ("B1", 3, "survey", "0 2", "Umfrage 2025: 68 % der Befragten kennen das Vereinsangebot nicht."),
    ("B2", 3, "conversation", "0 1", "In vielen Gesprächen gehört: „Uns hat nie jemand gefragt.“"),
    ("B3", 2, "workshop", "1 2", "Kaum Vereinsmitglieder mit Kontakten in die Communities."),
    ("B4", 2, "conversation", "0 3 4", "Viel Hilfe in Nachbarschaft und Moschee; niemand nennt es Ehrenamt."),
    ("B5", 3, "observation", "2 3", "Satzungen und Einladungen nur in Amtsdeutsch, Aushänge ohne Bilder."),
    ("B6", 1, "workshop", "3", "Protokoll und Kasse schrecken ab; wird selten offen gesagt."),
    ("B7", 2, "survey", "0", "Schichtarbeit im Industriegebiet; Vereinstermine liegen oft ungünstig."),
    ("B8", 2, "statistics", "1 2", "Jahresbeitrag im TSV 180 €; Bildung-und-Teilhabe-Mittel kaum genutzt."),
    ("B9", 1, "conversation", "2", ""),
    ("B10", 1, "conversation", "2", "Der Freundeskreis Asyl meldet Unsicherheit bei der Ehrenamtspauschale."),
    ("B11", 0, "conversation", "2", "In Musterstadt bisher kein Thema."),
    ("B13", 3, "statistics", "1 4", "Unter 5 % der Mitglieder mit Migrationsgeschichte, bei 31 % Anteil."),
    ("B14", 2, "workshop", "0 4", "Vereinsfeste mit Bier und Schweinebraten; alkoholfreie Angebote fehlen."),
    ("B15", 1, "observation", "1", ""),
    ("B16", 2, "workshop", "4", "„Die bleiben doch unter sich“ – Satz aus dem Vereinsworkshop."),
    ("B18", 2, "survey", "0 2", "Jede fünfte befragte Person erlebte Abwertung im Sport."),
    ("B21", 2, "conversation", "3 4", "Engagement im Kulturverein fehlt bei der Ehrenamtsehrung."),
    ("B22", 3, "statistics", "4", "Kein Vorstand der großen Vereine mit Migrationsgeschichte besetzt."),
    ("B23", 2, "conversation", "", "MO ohne eigene Räume; Treffen in Privatwohnungen."),
    ("B26", 3, "observation", "", "Zuständigkeit auf drei Ämter verteilt; keine zentrale Ansprechperson."),
]
CUSTOM_BARRIER = {
    "custom_title": "Bürgertelefon nur auf Deutsch", "custom_group": "language", "relevance": 2,
    "custom_description": "Das Bürgertelefon und viele Vereinstelefone sind nur deutschsprachig besetzt; "
    "Rückfragen auf Türkisch oder Arabisch bleiben unbeantwortet.",
    "evidence_kind": "observation", "note": "Beobachtet bei Testanrufen im Januar 2026.",
}

# (key, name, type, fields, languages, size); the first language picks the contact person's name pool.
ACTORS = [
    ("tsv", "TSV Musterstadt 1890 e.V.", "verein", "sport youth", "de", 1150),
    ("fc", "FC Musterstadt-Süd 1921 e.V.", "verein", "sport", "de it", 240),
    ("musik", "Musikverein Harmonie Musterstadt e.V.", "verein", "culture youth", "de", 130),
    ("feuer", "Feuerwehr-Förderverein Musterstadt e.V.", "verein", "neighbourhood youth", "de", 90),
    ("tennis", "Tennisclub Rot-Weiß Musterstadt", "verein", "sport", "de", 310),
    ("schach", "Schachclub Springer 1952", "verein", "sport culture", "de ru", 45),
    ("garten", "Obst- und Gartenbauverein Musterstadt", "verein", "environment seniors", "de", 160),
    ("gesang", "Gesangverein Liederkranz 1862", "verein", "culture seniors", "de", 70),
    ("narren", "Narrenzunft Neckarhexen e.V.", "verein", "culture neighbourhood", "de", 220),
    ("drk", "DRK-Ortsverein Musterstadt", "verein", "social youth", "de", 120),
    ("heimat", "Heimat- und Geschichtsverein", "verein", "culture seniors", "de", 55),
    ("tdkv", "Türkisch-Deutscher Kulturverein Musterstadt e.V.", "migrant_org", "culture", "tr de", 180),
    ("eltern", "Russischsprachiger Elternverein „Zukunft“ e.V.", "migrant_org", "education", "ru de", 60),
    ("nour", "Arabischer Frauentreff Nour", "migrant_org", "social education", "ar de", 35),
    ("ital", "Circolo Italiano Musterstadt", "migrant_org", "culture seniors", "it de", 95),
    ("polen", "Polnischer Kulturverein Polonia", "migrant_org", "culture", "pl de", 40),
    ("griech", "Griechische Gemeinde Musterstadt e.V.", "migrant_org", "culture religion", "el de", 85),
    ("syr", "Syrisch-Deutscher Verein Brücke e.V.", "migrant_org", "refugee_help social", "ar de", 30),
    ("ukr", "Ukrainische Initiative „Соняшник“", "migrant_org", "education refugee_help", "uk ru de", 25),
    ("kurd", "Kurdisches Kulturzentrum Mesopotamien", "migrant_org", "culture youth", "ku tr de", 50),
    ("afrika", "Afrikanischer Kulturverein Ubuntu", "migrant_org", "culture", "fr en de", 20),
    ("evkirche", "Ev. Kirchengemeinde Musterstadt", "religious", "religion social", "de", 2400),
    ("kath", "Kath. Seelsorgeeinheit St. Martin", "religious", "religion social", "de it pl", 3100),
    ("ditib", "DITIB-Gemeinde Musterstadt", "religious", "religion youth", "tr de", 400),
    ("orth", "Russisch-orthodoxe Gemeinde Hl. Nikolaus", "religious", "religion", "ru", 150),
    ("asyl", "Freundeskreis Asyl Musterstadt", "initiative", "refugee_help", "de en ar", 45),
    ("repair", "Repair-Café Neckartal", "initiative", "environment neighbourhood", "de", 15),
    ("lesepaten", "Lesepaten Musterstadt", "initiative", "education", "de", 22),
    ("gs", "Grundschule am Schlossberg", "school_kita", "education", "de", 310),
    ("gms", "Gemeinschaftsschule Neckartal", "school_kita", "education youth", "de", 640),
    ("kita", "Kita Regenbogen", "school_kita", "education", "de tr ar", 95),
    ("ifs", "Integrationsfachstelle Musterstadt", "integration_office", "social", "de en tr", 3),
    ("beirat", "Integrationsbeirat Musterstadt", "advisory_council", "politics", "de", 15),
    ("caritas", "Caritas, Fachdienst Migration", "welfare_provider", "social refugee_help", "de ar fa", 12),
    ("awo", "AWO-Ortsverein, Jugendmigrationsdienst", "welfare_provider", "social youth", "de ru uk", 8),
    ("diakonie", "Diakonie, Migrationsberatung", "welfare_provider", "social", "de en", 6),
    ("vhs", "Volkshochschule Musterstadt", "course_provider", "education", "de en", 25),
    ("lingua", "Sprachschule Lingua", "course_provider", "education", "de ar uk", 10),
    ("amt", "Amt für Bildung, Soziales und Sport", "administration", "social sport", "de", 40),
    ("ehrenamt", "Stabsstelle Bürgerschaftliches Engagement", "administration", "social", "de", 2),
    ("stiftung", "Bürgerstiftung Musterstadt", "other", "social", "de", 12),
]
ACTOR_NOTES = {
    "tsv": "Größter Verein der Stadt: Fußball, Turnen, Leichtathletik.",
    "fc": "Viele Spieler aus Italien.", "tennis": "Sucht Nachwuchs.", "gesang": "Chor sucht Sänger.",
    "tdkv": "Haftalık buluşma her cuma saat 18:00; halk dansı grubu Türkçe ve Almanca.",
    "eltern": "Встречи каждый четверг в 17:00, Jugendhaus Neckarstraße.",
    "nour": "Auch: جمعية النور – Frühstückstreff dienstags, Kinderbetreuung vorhanden.",
    "ital": "Incontro ogni domenica.", "syr": "لقاء شهري للعائلات في المركز الاجتماعي",
    "ukr": "Кожної суботи – українська школа для дітей.",
    "kurd": "Noch kein Kontakt zu Vereinen oder Verwaltung.", "afrika": "Neu gegründet 2025.",
    "ditib": "Tag der offenen Moschee am 3. Oktober.", "orth": "Богослужение по воскресеньям в 10:00.",
    "kita": "Elterncafé freitags.", "beirat": "Tagt viermal im Jahr.",
    "vhs": "Integrationskurse und Orientierungskurse.", "stiftung": "Fördert Kleinprojekte bis 1.000 €.",
}
ISOLATED = ("kurd", "afrika")  # migrant organisations nobody works with yet: the insight to find
UNLINKED = ("vhs", "lingua")  # course providers missing from the network altogether

# (source, target, kind, strength, note); the generator adds random links up to TOWN_LINKS.
LINKS = [
    ("tsv", "tdkv", "cooperation", 2, "Gemeinsames Fußballturnier seit 2024"),
    ("tsv", "gms", "cooperation", 3, "Kooperation Schule–Verein, AG Fußball"),
    ("tsv", "asyl", "informal", 1, "Probetrainings für Geflüchtete"),
    ("musik", "gs", "cooperation", 2, "Bläserklasse"), ("feuer", "drk", "cooperation", 2, ""),
    ("ifs", "beirat", "cooperation", 3, "Geschäftsführung des Beirats"),
    ("ifs", "tdkv", "cooperation", 2, ""), ("ifs", "eltern", "funding", 2, "Kleinprojektförderung 2025"),
    ("ifs", "nour", "cooperation", 2, "Raum im Stadtteilzentrum"), ("ifs", "caritas", "cooperation", 3, ""),
    ("ifs", "ehrenamt", "cooperation", 3, "Steuerungsgruppe"),
    ("beirat", "tdkv", "membership", 3, "Vorsitzender im Beirat"), ("beirat", "ital", "membership", 2, ""),
    ("beirat", "griech", "membership", 2, ""), ("ditib", "tdkv", "informal", 3, ""),
    ("ditib", "evkirche", "cooperation", 1, "Interreligiöses Friedensgebet"),
    ("kath", "evkirche", "cooperation", 3, "Ökumenischer Arbeitskreis"),
    ("kath", "ital", "cooperation", 2, "Italienische Messe"),
    ("polen", "kath", "membership", 2, "Polnischsprachige Gottesdienste"),
    ("orth", "eltern", "informal", 2, ""), ("asyl", "syr", "cooperation", 3, "Gemeinsame Patenschaften"),
    ("asyl", "diakonie", "cooperation", 2, ""), ("awo", "ukr", "funding", 1, "Sachspenden"),
    ("caritas", "nour", "cooperation", 2, ""), ("amt", "ehrenamt", "membership", 3, "Verwaltungsintern"),
    ("amt", "tsv", "funding", 3, "Vereinsförderung"), ("amt", "musik", "funding", 2, "Vereinsförderung"),
    ("stiftung", "lesepaten", "funding", 2, ""), ("kita", "nour", "informal", 1, "Elterncafé"),
    ("gs", "lesepaten", "cooperation", 2, ""),
]
TOWN_LINKS = 60

# (title, kind, held on, the 20 scores in indicator order)
ROUNDS = [
    ("Ausgangslage Herbst 2025", "baseline", "2025-10-22", "2 1 2 1 3 2 1 2 1 2 3 2 1 1 1 2 2 1 3 2"),
    ("Zwischenstand Winter 2026", "follow_up", "2026-02-10", "3 2 3 2 3 3 2 3 2 2 3 3 2 2 1 3 3 2 4 3"),
]
SCORE_NOTES = {  # indicator: (note in the baseline, note in the follow-up)
    "encounter.3": ("Nur der TSV kooperiert mit einer MO.", "Drei Vereine kooperieren jetzt mit MO."),
    "participation.3": ("Vorkasse bei Ausflügen üblich.", "Sozialtarif im TSV beschlossen."),
    "diversity.4": ("Keine Beschwerdestelle.", "Weiterhin offen."),
    "eye_level.4": ("Zuständigkeit unklar.", "Sprechstunde Engagement im Rathaus läuft."),
}

# (kind, title, held on, from, to, place, moderation, minute taker, total, with migration background,
#  next date, organisations present) and then (agenda, results, decisions, open points)
EVENTS = [
    (("future_conference", "Zukunftskonferenz „Musterstadt engagiert sich – gemeinsam“", "2025-11-15",
      "09:00", "17:00", "Stadthalle, Großer Saal", "Prozessbegleitung (extern)", "Jonas Weber", 64, 23,
      "2026-01-20", "tsv musik tdkv eltern nour ital ditib evkirche asyl ifs beirat caritas amt"),
     ("1. Rückblick: Zeitleiste des Engagements\n2. Gegenwart: Stärken und Schwächen\n"
      "3. Zukunftsbilder 2030\n4. Gemeinsame Grundlagen\n5. Maßnahmenpläne",
      "Leitziel: Alle in Musterstadt wissen, wo sie mitmachen können.\n"
      "Konsensliste mit 11 Punkten; fünf Umsetzungsgruppen gebildet.",
      "Die Gruppen „Lotsen“, „Mehrsprachig informieren“ und „Vereine öffnen“ starten im Januar.",
      "Finanzierung der Aufwandsentschädigung für Lotsen klären.")),
    (("world_cafe", "World Café „Was hält uns vom Mitmachen ab?“", "2026-01-20", "18:00", "21:00",
      "Stadtteilzentrum Neckarstraße", "Sabine Keller", "Leyla Aydın", 38, 21, "2026-02-24",
      "tdkv nour syr ukr eltern kita asyl caritas tsv"),
     ("Drei Runden à 25 Minuten:\n1. Was hat Sie bisher abgehalten?\n2. Was würde helfen?\n"
      "3. Was können Sie selbst beitragen?",
      "Häufigste Hürden: Sprache der Aushänge, Kosten, niemand fragt persönlich.\n"
      "42 Ideen auf den Tischdecken gesammelt.",
      "", "Abschrift der Tischdecken an alle Teilnehmenden senden.")),
    (("round_table", "Runder Tisch Vereine und Migrantenorganisationen", "2026-02-24", "17:00", "20:00",
      "Rathaus, Sitzungssaal", "Prozessbegleitung (extern)", "Jonas Weber", 18, 8, "2026-05-05",
      "tsv musik feuer tdkv ital griech polen beirat ifs amt"),
     ("1. Spielregeln und Entscheidungsspielraum\n2. Vereinspartnerschaften\n3. Räume für MO",
      "TSV und Türkisch-Deutscher Kulturverein bilden ein Tandem; eine Raumbörse ist gewünscht.",
      "Die Stadt prüft, zwei Schulräume am Wochenende für MO zu öffnen.",
      "Versicherungsschutz bei gemeinsamen Veranstaltungen.")),
    (("network_meeting", "Netzwerktreffen der Projektkommunen", "2026-02-05", "10:00", "16:00",
      "Tagungshaus am See", "Prozessbegleitung", "Sabine Keller", 42, 15, None, "ifs ehrenamt"),
     ("Kollegiale Beratung im World Café „Hindernisse und Lösungen“",
      "Musterstadt stellt das Lotsen-Programm vor; Austausch zur Sprechstunde Engagement.",
      "", "Vorlage für die Lotsen-Vereinbarung an die anderen Kommunen schicken.")),
]

# (text, event index, pillar, votes, status, measure index)
IDEAS = [
    ("Vereinslotsinnen und -lotsen aus den Communities gewinnen", 0, "encounter", 14, "in_measure", 0),
    ("Mehrsprachige Vereinsbroschüre mit vielen Bildern", 0, "participation", 11, "in_measure", 1),
    ("Schnuppertag „Verein für einen Tag“", 1, "encounter", 9, "selected", None),
    ("Sozialtarif und Leihausrüstung im TSV", 1, "participation", 8, "in_measure", 3),
    ("Alkoholfreie Angebote bei Vereinsfesten", 1, "diversity", 6, "new", None),
    ("Ehrung würdigt auch Engagement in Migrantenorganisationen", 2, "diversity", 7, "selected", None),
    ("Feste Sprechstunde Engagement im Rathaus", 2, "eye_level", 10, "in_measure", 5),
    ("Vereinsstammtisch reihum in den Vereinsheimen", None, "encounter", 3, "rejected", None),
]

# (title, approach, pillars, channels, languages, responsible, person, partners, target groups,
#  barriers ("X": the town's own), start, end, budget, status, indicator of success)
MEASURES = [
    ("Vereinslotsen-Programm", "O1", "encounter participation", "personal;messenger",
     "de tr ar ru", "ifs", "Sabine Keller", "tdkv nour eltern tsv", "0 1 2", "B1 B2 B3",
     "2026-02-01", "2026-12-31", 6000, "running", "12 ausgebildete Lotsinnen und Lotsen bis Jahresende"),
    ("Mehrsprachige Engagement-Broschüre", "O6", "participation", "flyer;website;info_evening",
     "de tr ar ru uk", "ehrenamt", "Jonas Weber", "vhs tdkv", "0 2 3", "B1 B5 X",
     "2026-03-01", "2026-06-30", 2500, "planned", "Broschüre in 5 Sprachen an 30 Orten ausgelegt"),
    ("Infoabende in der Muttersprache", "O18", "participation encounter", "info_evening;messenger",
     "tr ar ru", "tdkv", "", "ditib nour eltern", "0 3 4", "B1 B5",
     "2026-04-15", "2026-10-31", 1200, "planned", "Sechs Abende mit je 20 Gästen"),
    ("Sozialtarif und Leihausrüstung im TSV", "O12", "participation", "press;website",
     "de", "tsv", "Kassenwart TSV", "caritas", "1 2", "B8",
     "2026-01-01", "2026-02-28", 800, "done", "Beschluss der Mitgliederversammlung"),
    ("Tandem-Patenschaften Verein und Neuzugewanderte", "O8", "encounter", "personal",
     "de ar uk", "asyl", "", "tsv musik syr", "2", "B3 B14",
     "2026-03-01", "2026-11-30", 1500, "running", "20 Tandems"),
    ("Sprechstunde Engagement im Rathaus", "O7", "eye_level", "flyer;press",
     "de tr", "ehrenamt", "Jonas Weber", "beirat", "", "B26",
     "2026-02-15", "2026-12-31", None, "running", "Zwei Stunden pro Woche, Besuchsstatistik"),
    ("Ehrung für alle Engagierten", "O16", "diversity", "press",
     "de", "amt", "", "beirat stiftung", "3 4", "B4 B21",
     "2026-10-01", "2026-10-01", 3000, "idea", ""),
    ("Antragswerkstatt für Migrantenorganisationen", "O20", "eye_level participation", "other",
     "de", "ifs", "", "tdkv eltern syr", "", "B23",
     "2026-01-24", "2026-01-24", 400, "cancelled", "Fünf Anträge gestellt"),
]
MEASURE_GOALS = [
    "Menschen aus den Communities begleiten Interessierte in die Vereine.",
    "Alle Engagementangebote auf einen Blick, verständlich und mehrsprachig.",
    "Engagement dort erklären, wo die Menschen ohnehin zusammenkommen.",
    "Kein Kind bleibt wegen der Kosten dem Verein fern.",
    "Neuzugewanderte finden über eine Patin oder einen Paten in den Verein.",
    "Eine feste Ansprechperson für alle Fragen rund ums Engagement.",
    "Engagement in allen Vereinen und Communities sichtbar würdigen.",
    "Migrantenorganisationen stellen erfolgreich eigene Förderanträge.",
]
MEASURE_RESULTS = {3: "Sozialtarif beschlossen: 60 € statt 180 € im Jahr.", 7: "Abgesagt: Referentin krank."}

OPENING_SUBJECTS = {  # Verein: weights of STATUSES, from far along to just started
    "tsv": (0.5, 0.2, 0.2, 0.1), "musik": (0.25, 0.25, 0.45, 0.05), "feuer": (0.08, 0.15, 0.75, 0.02),
}
ANCHORING_WEIGHTS = (0.3, 0.3, 0.35, 0.05)
CHECKLIST_NOTES = {
    "opening.01": "Vielfalt steht seit der Mitgliederversammlung 2025 in der Satzung.",
    "opening.05": "Sozialtarif beschlossen; Abrechnung über Bildung und Teilhabe läuft.",
    "opening.06": "Drei Schnuppertrainings ohne Mitgliedschaft.",
    "opening.09": "Startseite auf Türkisch und Arabisch in Arbeit.",
    "opening.13": "Zwei Übungsleiterinnen mit Migrationsgeschichte gewonnen.",
    "opening.17": "Alkoholfreie Getränke und Halal-Grillgut beim Sommerfest.",
    "opening.19": "Tandem mit dem Türkisch-Deutschen Kulturverein.",
    "opening.22": "Fortbildung beim Sportbund gebucht.", "opening.24": "Entwurf liegt dem Vorstand vor.",
    "anchoring.01": "Gemeinderatsbeschluss vom 14.10.2025.", "anchoring.10": "Netzwerkrunde zweimal im Jahr.",
    "anchoring.03": "Projektleitung mit 50 % Stellenanteil in der Stabsstelle.",
    "anchoring.05": "Steuerungsgruppe mit Hauptamt, Sozialamt und Kämmerei.",
    "anchoring.06": "Kleinbudget 5.000 € im Haushalt 2026.",
    "anchoring.15": "Infoseite auf Deutsch online, Übersetzungen folgen.",
}
# An item still in progress says where it stands, not a finished fact (review 4, K18: "Rat hat …
# beschlossen" In Arbeit with "Gemeinderatsbeschluss vom …"); a not relevant item says nothing.
CHECKLIST_NOTES_IN_PROGRESS = {
    "opening.01": "Satzungsänderung liegt der nächsten Mitgliederversammlung vor.",
    "anchoring.01": "Grundsatzbeschluss vom 14.10.2025; die Mittel beschließt der Rat mit dem Haushalt.",
}
OPENING_RESPONSIBLE = ["Vorstand", "Jugendleitung", "Schriftführung", "Vielfaltsbeauftragte", "Kassenwart"]
ANCHORING_RESPONSIBLE = ["Hauptamt", "Stabsstelle BE", "Integrationsfachstelle", "Kämmerei", "Bürgermeister"]

# (title, description, pillars, tags)
PRACTICE = [
    ("Vereinslotsen in Beispielheim", "encounter participation", "Lotsen Sport Ansprache",
     "Zwölf Lotsinnen und Lotsen aus fünf Communities begleiten Interessierte zum ersten Training oder zur "
     "ersten Probe; die Aufwandsentschädigung zahlt die Bürgerstiftung."),
    ("Interkultureller Vereinsstammtisch", "encounter diversity", "Vernetzung",
     "Vereine und Migrantenorganisationen treffen sich reihum; daraus entstanden drei Kooperationen."),
    ("Antragswerkstatt für Migrantenorganisationen", "eye_level participation", "Förderung Empowerment",
     "Drei Abende zu Vereinsrecht, Förderanträgen und Kasse, mit Kinderbetreuung und Dolmetschung."),
]
PRACTICE_SOURCE = "Netzwerktreffen 2025 (fiktives Beispiel)"
PRACTICE_LINKS = [  # per PRACTICE entry: what helped, checklist items, barriers, contact actor
    ("Die Lotsen sprechen die Sprachen der Familien und kennen die Trainerinnen persönlich.",
     "opening.06 opening.12", "B1 B2 B3", "ifs"),
    ("Der wechselnde Gastgeber: jeder Verein zeigt einmal sein Vereinsheim.", "opening.19 opening.20 anchoring.10",
     "B3 B13", ""),
    ("Kinderbetreuung und ein Abendtermin; die Kasse des Kulturvereins hat danach selbst einen Antrag gestellt.",
     "anchoring.12 anchoring.06", "B23 B24", "ifs"),
]
OWN_ITEMS = {  # Verein: (section, own item, state)
    "tsv": [("offers", "Eltern-Kind-Turnen am Samstagvormittag für Familien aus der Gemeinschaftsunterkunft.",
             "in_progress"),
            ("communication", "Der Verein stellt sich zweimal im Jahr im Integrationskurs der VHS vor.", "done")],
}
DECISION = {"option_key": "staff_unit", "recommended_key": "staff_unit", "accepted": True,
            "decided_on": date(2025, 10, 14),
            "reasons": "Gemeinderatsbeschluss vom 14.10.2025: Stabsstelle beim Oberbürgermeister, 50 % Projektleitung."}
OVERRULE_REASON = "Die Freiwilligenagentur des Kreises übernimmt die Koordination; das Hauptamt bleibt Ansprechstelle."
# fmt: on
