"""Word lists the demo generator draws from: people's names and streets for every actor's contact data,
and the pools that make the large example's 24 generated municipalities varied but plausible.

All invented, like ``demo_data``: the places do not exist, the names reach nobody."""

from __future__ import annotations

# Word lists: one line per entry reads better than one word per line.
# fmt: off
NAMES = {  # first names | last names, by language of origin
    "de": "Anna Lukas Sabine Thomas Julia Jonas Petra Michael Lena Frank | Müller Schmidt Keller Weber Braun",
    "tr": "Ayşe Mehmet Elif Murat Zeynep Hakan Leyla Emre | Yılmaz Demir Kaya Şahin Çelik Öztürk Aydın",
    "ru": "Olga Dmitri Natalia Sergej Irina Andrej | Iwanow Petrowa Smirnow Kusnezowa Wolkow",
    "uk": "Oksana Taras Iryna Bohdan Olena | Kowalenko Schewtschenko Bondarenko Melnyk",
    "ar": "Fatima Ahmad Amira Khaled Rania Omar | Haddad Al-Hassan Nasser Khalil Saleh",
    "pl": "Agnieszka Piotr Katarzyna Tomasz | Kowalski Nowak Wiśniewska Zieliński",
    "it": "Giulia Marco Francesca Luca | Rossi Bianchi Esposito Romano",
    "el": "Maria Giorgos Eleni Nikos | Papadopoulos Georgiou", "ku": "Rojda Azad Berfin Serhat | Aslan Doğan",
    "fa": "Maryam Reza Shirin Farid | Ahmadi Karimi Rahimi", "hr": "Ivana Marko Ana Josip | Horvat Babić",
    "sr": "Jelena Nikola Milica Stefan | Jovanović Petrović", "vi": "Linh Minh Thu Hung | Nguyen Tran Pham",
    "fr": "Aminata Moussa Fatou Ibrahima | Diallo Traoré Koné",
    "ti": "Semhar Yonas Helen Filmon | Tesfaye Gebremedhin Haile",
}
STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Lindenweg", "Kirchplatz", "Mühlgasse", "Gartenstraße",
    "Rosenweg", "Marktplatz", "Am Neckarufer", "Am Sportplatz", "Brunnenstraße", "Im Kirschgarten",
]
ROOTS = "Wald Lin Eich Buch Ros Hart Stein Mühl Wein Hag Sulz Elz Tann Erl Bir Hoh Kirch Lau Schön Wolf Fisch"
SUFFIXES = "hausen ingen heim bach dorf stetten weiler berg feld au hofen bronn"
PREFIXES = ["", "", "", "Neu", "Alt", "Ober", "Unter", "Klein", "Groß"]
RIVERS = ["an der Erms", "am Kocher", "an der Jagst", "an der Murr", "im Gäu", "an der Lauter", "am Main"]
STATES = "BW BW BW BW BW BW BY BY HE NW NI RP SN TH"
KINDS = {  # kind: (how many, weight for the share of actors, population from, to, contact's role)
    "gemeinde": (9, 1.0, 2500, 12000, "Hauptamt"), "gvv": (3, 2.0, 9000, 30000, "Verbandsverwaltung"),
    "stadt": (8, 3.0, 15000, 95000, "Integrationsbeauftragte/r"),
    "landkreis": (4, 8.0, 110000, 460000, "Fachstelle Bürgerschaftliches Engagement"),
}
FIXED_TYPES = ["integration_office", "advisory_council", "administration", "administration"]
# name patterns by type: {o} a district, {t} the municipality; after "|" the languages
ACTOR_PATTERNS = {
    "verein": ["TSV {o}|de", "SV {o} 1919|de", "Musikverein {o}|de", "Liederkranz {o}|de", "Skiclub {o}|de",
               "Obst- und Gartenbauverein {o}|de", "Schützenverein {o}|de", "Heimatverein {o}|de",
               "Narrenzunft {o}|de", "Förderverein Feuerwehr {o}|de", "DLRG {o}|de", "Tennisclub {o}|de"],
    "migrant_org": ["Türkischer Elternverein {o}|tr de", "Deutsch-Italienischer Freundeskreis {o}|it de",
                    "Russischsprachiger Kulturverein {o}|ru de", "Syrischer Familienverein {o}|ar de",
                    "Kroatische Kulturgemeinschaft {o}|hr de", "Afghanischer Kulturverein {o}|fa de",
                    "Polnischer Verein {o}|pl de", "Griechischer Elternverein {o}|el de",
                    "Kurdischer Kulturverein {o}|ku tr de", "Eritreische Gemeinschaft {o}|ti de",
                    "Vietnamesischer Kulturverein {o}|vi de", "Ukrainische Initiative {o}|uk ru de"],
    "religious": ["Ev. Kirchengemeinde {o}|de", "Kath. Kirchengemeinde {o}|de", "DITIB-Gemeinde {o}|tr de",
                  "Serbisch-orthodoxe Gemeinde {o}|sr de", "Alevitische Gemeinde {o}|tr de"],
    "initiative": ["Freundeskreis Asyl {o}|de en", "Repair-Café {o}|de", "Nachbarschaftshilfe {o}|de",
                   "Lesepaten {o}|de", "Bürgerbus {o}|de"],
    "school_kita": ["Grundschule {o}|de", "Kita {o}|de", "Gemeinschaftsschule {o}|de", "Realschule {o}|de"],
    "integration_office": ["Integrationsmanagement {t}|de en"],
    "advisory_council": ["Integrationsbeirat {t}|de"],
    "welfare_provider": ["Caritas, Migrationsdienst {o}|de ar", "Diakonie, Migrationsberatung {o}|de en",
                         "AWO, Jugendmigrationsdienst {o}|de ru", "DRK, Flüchtlingssozialarbeit {o}|de ar"],
    "course_provider": ["Volkshochschule {o}|de en", "Sprachschule {o}|de ar uk", "Bildungswerk {o}|de"],
    "administration": ["Bürgermeisteramt {t}|de", "Sozialamt {t}|de", "Jugendreferat {t}|de"],
    "other": ["Bürgerstiftung {o}|de", "Jugendhaus {o}|de", "Generationenhaus {o}|de", "Bibliothek {o}|de"],
}
TYPES = {  # type: "share of the drawn actors, smallest and largest size, fields of engagement to draw from"
    "verein": "36 20 600 sport culture youth seniors environment neighbourhood",
    "migrant_org": "15 10 150 culture education youth social", "religious": "8 80 3000 religion social youth",
    "initiative": "10 5 60 refugee_help neighbourhood environment", "advisory_council": "0 7 21 politics",
    "integration_office": "0 1 6 social refugee_help", "school_kita": "10 40 900 education youth",
    "welfare_provider": "6 3 30 social refugee_help seniors", "course_provider": "3 5 40 education",
    "administration": "0 2 60 social sport culture", "other": "7 3 50 social culture youth",
}
GEN_TARGET_GROUPS = [
    "Frauen mit Migrationsgeschichte", "Junge Menschen", "Geflüchtete", "Ältere Migrantinnen und Migranten",
    "Russlanddeutsche Spätaussiedler", "Familien mit kleinen Kindern", "Neuzugewanderte aus der EU",
]
BARRIER_NOTES = [
    "", "", "Aus der Befragung der Vereine.", "Mehrfach im Workshop genannt.", "Eindruck der Verwaltung.",
    "Bestätigt durch Gespräche mit Migrantenorganisationen.", "Zahlen aus der Mitgliederstatistik 2025.",
]
EVENT_TITLES = {
    "future_conference": "Zukunftskonferenz {t}", "world_cafe": "World Café „Mitmachen in {t}“",
    "round_table": "Runder Tisch Engagement und Vielfalt", "network_meeting": "Netzwerktreffen der Kommunen",
}
EVENT_TEXTS = (  # agenda, results, decisions, open points
    "1. Begrüßung\n2. Ergebnisse der Analyse\n3. Arbeit an Tischen\n4. Vereinbarungen",
    "Ideen gesammelt und nach Punkten gewichtet; zwei Arbeitsgruppen gebildet.",
    "Die Verwaltung lädt zum nächsten Treffen ein.", "Räume und Budget klären.",
)
MEASURE_POOL = [  # "approach pillar title"
    "O1 encounter Brückenbauer und Brückenbauerinnen", "O2 encounter Mitglieder laden persönlich ein",
    "O3 encounter Vereinspartnerschaft mit einer MO", "O4 participation Infostand im Sprachkurs und am Markt",
    "O5 participation Vereinsbesuche mit Integrationskursen", "O6 participation Flyer in einfacher Sprache",
    "O9 encounter Schnuppertag in den Vereinen", "O10 diversity Engagementbörse mit MO-Ständen",
    "O12 participation Sozialtarif und Fahrgemeinschaften", "O13 participation Kurze Projekte am Abend",
    "O14 eye_level Merkblatt Rechtsrahmen Ehrenamt", "O16 diversity Ehrung des Engagements",
    "O17 eye_level Qualifizierung für Vorstandsämter", "O18 participation Infoabend in der Muttersprache",
    "O20 eye_level Antragswerkstatt für MO",
]
CHANNELS = ["flyer", "messenger", "info_evening", "website", "press", "personal", "kita_school", "language_course"]
EVENT_PLACES = ("Rathaus, Sitzungssaal", "Bürgerhaus", "Gemeindehalle", "Stadtteilzentrum", "Landratsamt")
IDEA_POOL = [
    "Patenschaften für neue Mitglieder", "Vereinsinfos in mehreren Sprachen", "Begegnungsfest im Park",
    "Kinderbetreuung bei Sitzungen", "Offener Treff ohne Mitgliedschaft", "Mehr Frauen in Vorstände",
    "Sprechstunde der Verwaltung im Stadtteil", "Gemeinsames Fest der Vereine",
]
# fmt: on
