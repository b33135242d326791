"""The example's engagement opportunities (Mitmach-Angebote) and reviewed outreach texts.

Drawn from their own random generators (seeded by the municipality's name), so the rest of the demo
stays exactly as it was. The town shows every case the document must handle: descriptions in Arabic,
Turkish, Farsi, Russian, Ukrainian, English and plain German, a contact person without consent to
publication, an expired opportunity, a paused one, and one of an actor in the trash.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from . import models as m
from . import outreach_models as om
from .models import Actor

if TYPE_CHECKING:
    from .demo import _Place

LIVE = date(2027, 12, 31)
EXPIRED = date(2026, 2, 28)  # before the story's "today" and the real one
CONSENT = date(2026, 1, 15)

# actor key, title, kind, what, when/where, time, spoken, features, contact, consent, valid until, status,
# texts {language: (title, description)}
TOWN: list[tuple[Any, ...]] = [
    (
        "tsv",
        "Fußball für alle – offenes Training",
        "sport",
        "Wir spielen jeden Samstag zusammen Fußball. Alle ab 16 Jahren können mitmachen, am Anfang ohne Mitgliedschaft. Nur Sportschuhe mitbringen.",
        "Samstag 10–12 Uhr, Sportplatz Süd, Neckarstraße 40",
        "weekly",
        "de tr ar",
        "free trial_visit children",
        "person",
        CONSENT,
        LIVE,
        "open",
        {
            "ar": (
                "كرة القدم للجميع – تدريب مفتوح",
                "نلعب كرة القدم معًا كل يوم سبت. يمكن للجميع المشاركة من سن 16 عامًا، دون عضوية في البداية. أحضر حذاءً رياضيًا فقط.",
            ),
            "tr": (
                "Herkes için futbol – açık antrenman",
                "Her cumartesi birlikte futbol oynuyoruz. 16 yaşından itibaren herkes katılabilir, başta üyelik gerekmez. Sadece spor ayakkabısı getirin.",
            ),
            "de-simple": (
                "Fußball für alle",
                "Wir spielen Fußball. Jeden Samstag. Alle ab 16 Jahren können mitmachen. Sie brauchen nur Sport-Schuhe.",
            ),
        },
    ),
    (
        "nour",
        "Frühstückstreff für Frauen",
        "social",
        "Frauen treffen sich zum Frühstück und Erzählen. Eine Kinderbetreuung ist da. Wir sprechen Arabisch und Deutsch.",
        "Dienstag 9:30–11:30 Uhr, Stadtteilzentrum West",
        "weekly",
        "ar de",
        "women_only free children no_german",
        "person",
        CONSENT,
        None,
        "open",
        {
            "ar": (
                "فطور مشترك للنساء",
                "نلتقي كل يوم ثلاثاء صباحًا لتناول الفطور والحديث. يوجد من يعتني بالأطفال. نتحدث العربية والألمانية.",
            )
        },
    ),
    (
        "musik",
        "Mitspielen im Jugendorchester",
        "culture",
        "Jugendliche ab 10 Jahren spielen jeden Mittwoch zusammen. Instrumente können ausgeliehen werden; die Anfängergruppe braucht keine Vorkenntnisse.",
        "Mittwoch 17 Uhr, Musikheim am Schlossberg",
        "weekly",
        "de",
        "trial_visit accessible",
        "person",
        None,
        LIVE,
        "open",
        {
            "en": (
                "Play in the youth orchestra",
                "Young people from 10 play together every Wednesday. Instruments can be borrowed; the beginners' group needs no previous knowledge.",
            )
        },
    ),
    (
        "repair",
        "Repair-Café: gemeinsam reparieren",
        "environment",
        "Einmal im Monat reparieren wir zusammen Fahrräder, Kleidung und Elektrogeräte. Bringen Sie etwas mit oder helfen Sie anderen.",
        "Erster Samstag im Monat, 14–17 Uhr, Alte Schule",
        "monthly",
        "de ru",
        "no_german free accessible trial_visit",
        "organisation",
        None,
        None,
        "open",
        {
            "ru": (
                "Ремонт-кафе: чиним вместе",
                "Раз в месяц мы вместе чиним велосипеды, одежду и электроприборы. Приходите со своей вещью или помогайте другим.",
            ),
            "uk": (
                "Ремонт-кафе: лагодимо разом",
                "Раз на місяць ми разом лагодимо велосипеди, одяг та електроприлади. Приходьте зі своєю річчю або допомагайте іншим.",
            ),
        },
    ),
    (
        "lesepaten",
        "Lesepatin oder Lesepate an der Grundschule",
        "education",
        "Eine Stunde pro Woche lesen Sie mit Kindern an der Grundschule. Menschen, die Türkisch sprechen, sind besonders willkommen: Es gibt zweisprachige Bücher.",
        "Vormittags nach Absprache, Grundschule am Schlossberg",
        "weekly",
        "de tr",
        "trial_visit",
        "person",
        CONSENT,
        LIVE,
        "open",
        {
            "tr": (
                "Okuma gönüllüsü olun",
                "Haftada bir saat ilkokulda çocuklarla kitap okuyorsunuz. Türkçe bilenler özellikle bekleniyor: iki dilli kitaplar da var.",
            )
        },
    ),
    (
        "ukr",
        "Ukrainische Samstagsschule: Helferinnen und Helfer",
        "education",
        "Jeden Samstag lernen Kinder auf Ukrainisch. Wir suchen Menschen, die beim Unterricht, beim Spielen oder mit Tee für die Eltern helfen.",
        "Samstag 10–13 Uhr, Jugendhaus Neckarstraße",
        "weekly",
        "uk ru de",
        "no_german children free",
        "person",
        CONSENT,
        None,
        "open",
        {
            "uk": (
                "Українська суботня школа: потрібні помічники",
                "Щосуботи діти вчаться українською. Шукаємо людей, які допоможуть на заняттях, у грі або з чаєм для батьків.",
            )
        },
    ),
    (
        "caritas",
        "Ehrenamtlich Sprachmittlerin oder Sprachmittler werden",
        "social",
        "Sie begleiten Familien ab und zu zu Terminen bei Ämtern oder in der Schule und übersetzen. Eine kurze Schulung ist kostenlos.",
        "Nach Absprache; Schulung im Caritas-Haus, Kirchplatz 3",
        "occasionally",
        "ar fa de",
        "no_german free",
        "organisation",
        None,
        LIVE,
        "open",
        {
            "fa": (
                "مترجم داوطلب شوید",
                "گاه‌به‌گاه خانواده‌ها را در قرار ملاقات با ادارات یا مدرسه همراهی می‌کنید و برایشان ترجمه می‌کنید. یک دورهٔ آموزشی کوتاه رایگان است.",
            ),
            "ar": (
                "كن مترجمًا متطوعًا",
                "ترافق العائلات أحيانًا إلى مواعيد في الدوائر أو المدرسة وتترجم لها. تحصل على دورة تدريبية قصيرة مجانًا.",
            ),
        },
    ),
    (
        "feuer",
        "Schnuppertag bei der Jugendfeuerwehr",
        "rescue",
        "Kinder und Jugendliche ab 10 Jahren lernen die Feuerwehr kennen.",
        "Feuerwehrhaus, Industriestraße 2",
        "once",
        "de",
        "children free trial_visit",
        "organisation",
        None,
        EXPIRED,
        "open",
        {},
    ),
    (
        "drk",
        "Helfen beim Blutspendetermin",
        "social",
        "Beim Blutspendetermin Gäste empfangen und Imbiss ausgeben.",
        "Alle acht Wochen, Stadthalle",
        "occasionally",
        "de",
        "accessible",
        "organisation",
        None,
        None,
        "paused",
        {},
    ),
]
TRASHED_ACTOR = ("Afghanischer Kulturkreis Musterstadt", "migrant_org", ["culture"], ["fa", "de"])
TRASHED = (
    "Nouruz-Fest mitgestalten",
    "culture",
    "Für das Nouruz-Fest im März brauchen wir Hilfe: Kochen, Musik, Schmücken.",
    {
        "fa": (
            "جشن نوروز را با ما برگزار کنید",
            "برای جشن نوروز در ماه مارس به کمک نیاز داریم: آشپزی، موسیقی و تزئین.",
        )
    },
)
REVIEWED = [
    ("verein", "ar", "Amal Haddad (Arabischer Frauentreff Nour)"),
    ("trial", "tr", "Emre Yıldız (TDKV)"),
]

# The large example: templates a generated municipality's Vereine draw from.
POOL = [
    (
        "Offenes Training für Neue",
        "sport",
        "Einfach vorbeikommen und mittrainieren.",
        "weekly",
        "free trial_visit",
        {"tr": ("Yeni gelenler için açık antrenman", "Gelin ve birlikte antrenman yapın.")},
    ),
    (
        "Helferinnen und Helfer beim Stadtfest",
        "culture",
        "Aufbau, Getränke, Kinderprogramm.",
        "once",
        "no_german",
        {"ar": ("مساعدون في مهرجان المدينة", "التركيب والمشروبات وبرنامج الأطفال.")},
    ),
    (
        "Hausaufgabenhilfe",
        "education",
        "Kinder bei den Hausaufgaben begleiten.",
        "weekly",
        "trial_visit accessible",
        {},
    ),
    (
        "Gemeinschaftsgarten",
        "environment",
        "Gemüse anbauen und ernten, für alle offen.",
        "occasionally",
        "free children no_german",
        {"ru": ("Общий сад", "Выращиваем и собираем овощи вместе, открыто для всех.")},
    ),
    (
        "Besuchsdienst im Seniorenheim",
        "social",
        "Zeit schenken: vorlesen, spazieren, erzählen.",
        "weekly",
        "accessible",
        {},
    ),
]


# The town's measures that promote opportunities (0007), by measure title: the brochure lists most of
# them, the Vereinslotsen take newcomers to a first visit, the information evenings name what is near.
PROMOTED = {
    "Vereinslotsen-Programm": ("tsv", "musik", "feuer"),
    "Mehrsprachige Engagement-Broschüre": ("tsv", "nour", "musik", "repair", "lesepaten", "caritas"),
    "Infoabende in der Muttersprache": ("nour", "ukr", "caritas"),
    "Sozialtarif und Leihausrüstung im TSV": ("tsv",),
    "Sprechstunde Engagement im Rathaus": ("caritas", "lesepaten", "drk"),
}


# Catalogue approaches whose measures advertise opportunities: Lotsen, personal invitation, info stand,
# visits with integration courses, leaflets, consultation hour, taster day, engagement fair, info evening.
PROMOTING_KINDS = frozenset({"O1", "O2", "O4", "O5", "O6", "O7", "O9", "O10", "O18"})


def town(place: _Place, actors: dict[str, str]) -> None:
    offers = {}
    for key, title, kind, what, where, time, spoken, feats, contact, consent, until, status, texts in TOWN:
        offers[key] = _opportunity(place, actors[key], title, kind, what, where, time, spoken.split(),
                                   feats.split(), contact, consent, until, status, texts)  # fmt: skip
    measures = _measures(place)
    for title, keys in PROMOTED.items():
        place.rows.link(m.measure_opportunities, measures[title], [offers[key] for key in keys])
    name, kind, fields, langs = TRASHED_ACTOR
    gone = place.own(
        Actor, name=name, type=kind, fields=fields, languages=langs, org_email="info@kulturkreis.example",
        org_phone="+49 7000 55501-0", deleted_at=datetime(2026, 2, 1, 9, 0),
    )  # fmt: skip
    title, kind, what, texts = TRASHED
    _opportunity(place, gone, title, kind, what, "Bürgerhaus", "once", ["fa", "de"], ["children"],
                 "organisation", None, LIVE, "open", texts)  # fmt: skip
    for topic, lang, who in REVIEWED:
        place.own(om.OutreachText, topic=topic, language=lang, body="", review_status="reviewed",
                  reviewed_by=who, reviewed_on=date(2026, 2, 20))  # fmt: skip


def generated(place: _Place) -> None:
    rng = random.Random(f"outreach:{place.name}")
    clubs = [
        actor_id for actor_id, kind, _ in place.actors if kind in ("verein", "migrant_org", "initiative")
    ]
    offers = []
    for title, kind, what, time, feats, texts in rng.sample(POOL, min(len(clubs), rng.randint(0, 4))):
        consent = CONSENT if rng.random() < 0.5 else None
        until = rng.choice((None, LIVE, EXPIRED))
        contact = rng.choice(("person", "organisation"))
        offers.append(_opportunity(place, rng.choice(clubs), title, kind, what, "", time, ["de"],
                                   feats.split(), contact, consent, until, "open", texts))  # fmt: skip
    # measures that inform and invite (leaflets, stands, visits, taster days, …) promote one or two offers
    for measure_id in _measures(place, PROMOTING_KINDS).values() if offers else ():
        if rng.random() < 0.6:
            place.rows.link(
                m.measure_opportunities, measure_id, rng.sample(offers, min(len(offers), rng.randint(1, 2)))
            )


def _measures(place: _Place, kinds: frozenset[str] | None = None) -> dict[str, str]:
    """The place's measures by title (made before the opportunities, by the planning part)."""
    return {
        row["title"]: row["id"]
        for row in place.rows.tables["measure"]
        if row["municipality_id"] == place.id and (kinds is None or row["kind"] in kinds)
    }


def _opportunity(
    place: _Place, actor_id: str, title: str, kind: str, what: str, where: str, time: str, spoken: list[str],
    features: list[str], contact: str, consent: date | None, until: date | None, status: str,
    texts: dict[str, tuple[str, str]],
) -> str:  # fmt: skip
    opportunity = place.own(
        om.EngagementOpportunity, actor_id=actor_id, title=title, kind=kind, what=what, when_where=where,
        time_needed=time, languages=spoken, features=features, contact=contact, publish_consent_on=consent,
        valid_until=until, status=status,
    )  # fmt: skip
    for lang, (text_title, description) in texts.items():
        place.own(om.OpportunityText, opportunity_id=opportunity, language=lang, title=text_title,
                  description=description)  # fmt: skip
    return opportunity


__all__ = ["generated", "town"]
