"""``vopi-desktop demo``: fill the workspace with a fictional example, one town or the consultant case.

A store-level bulk loader: plain dicts, one executemany per table, one transaction; the area services'
row-by-row path would take minutes for 10,000 actors. Same seed, same content (only UUIDs and times differ).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, insert, select

from ..analysis.placement import recommend
from ..lang import t
from . import demo_data as data
from . import demo_outreach, demo_planning
from . import models as m
from .base import Base, new_id, utcnow
from .errors import StoreError
from .services.base import Service

if TYPE_CHECKING:
    from .workspace import Workspace

SEED = 42
BASE_DATE = date(2026, 3, 1)  # the "today" of the story; dates are spread around it
LARGE_ACTORS = 10_000
LINKS_PER_ACTOR = 1.5
INDICATORS = tuple(f"{pillar}.{n}" for pillar in data.PILLARS for n in range(1, 6))
NAME_POOLS = {lang: tuple(part.split() for part in names.split(" | ")) for lang, names in data.NAMES.items()}
Strs = list[str]
ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ı": "i"})


def fill_demo(ws: Workspace, size: str = "small") -> str:
    """Fill the workspace with a fictional example; returns a one-line summary for the CLI."""
    if size not in ("small", "large"):
        raise StoreError(t(f"Unbekannte Größe: {size}", f"Unknown size: {size}"))
    rng = random.Random(SEED)
    rows = _Rows()
    places = [_musterstadt(rows, rng)]
    if size == "large":
        places += [_generated(rows, rng, *spec) for spec in _large_specs(rng)]
    _Loader(ws.context).save(rows, places)
    return _summary(rows)


class _Rows:
    """Plain dicts per table. Ids, times and version are set here; for any other column left out, the ORM
    bulk INSERT runs the column's Python-side default per row (on SQLite as on PostgreSQL)."""

    def __init__(self) -> None:
        self.now = utcnow()
        self.stamp = {"created_at": self.now, "updated_at": self.now, "version": 1}
        self.tables: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(self, model: type[Base], **values: Any) -> str:
        row = {"id": new_id(), **self.stamp, **values}
        self.tables[model.__tablename__].append(row)  # type: ignore[attr-defined]
        return row["id"]

    def link(self, table: Table, left: str, rights: Iterable[str]) -> None:
        left_key, right_key = (c.key for c in table.columns)
        self.tables[table.name].extend({left_key: left, right_key: right} for right in rights)


class _Place:
    """The rows of one municipality, with the ids needed to wire links, events and measures together."""

    def __init__(self, rows: _Rows, rng: random.Random, values: dict[str, Any], occasions: list[str]) -> None:
        self.rows, self.rng, self.name = rows, rng, values["name"]
        self.id = rows.add(m.Municipality, is_example=True, **values)
        self.population: int | None = values.get("population")
        self.own(m.ProcessSettings, occasions=occasions, own_concern="", phase_status={})
        self.actors: list[tuple[str, str, str]] = []  # (id, type, name)
        self.taken: set[tuple[str, str]] = set()  # linked pairs, smaller id first

    def own(self, model: type[Base], **values: Any) -> str:
        return self.rows.add(model, municipality_id=self.id, **values)

    def barrier(self, key: str | None, groups: Iterable[str], **values: Any) -> str:
        barrier_id = self.own(m.BarrierAssessment, barrier_key=key, **values)
        self.rows.link(m.barrier_target_groups, barrier_id, groups)
        return barrier_id

    def actor(self, name: str, kind: str, fields: Strs, langs: Strs, size: int, notes: str, town: str) -> str:
        rng, domain, public = self.rng, _slug(name) + ".example", kind in data.PUBLIC_TYPES
        firsts, lasts = NAME_POOLS.get("de" if public and rng.random() < 0.7 else langs[0], NAME_POOLS["de"])
        first, last = rng.choice(firsts), rng.choice(lasts)
        contact = public or rng.random() < 0.85
        consent = None if public or not contact else _days_ago(rng, 20, 900)
        review = _days_ago(rng, -365, 60) if public else consent + timedelta(days=730) if consent else None
        actor_id = self.own(
            m.Actor, name=name, type=kind, fields=fields, languages=langs, size=size, notes=notes,
            address=f"{rng.choice(data.STREETS)} {rng.randint(1, 120)}, 00{rng.randint(100, 999)} {town}",
            website=f"https://www.{domain}" if rng.random() < 0.6 else "",
            org_email=f"info@{domain}", org_phone=_phone(rng),
            contact_name=f"{first} {last}" if contact else "",
            contact_email=f"{_slug(first)[0]}.{_slug(last)}@{domain}" if contact else "",
            contact_phone=_phone(rng) if contact else "",
            legal_basis="public_task" if public else "consent" if consent else "",
            consent_date=consent, review_date=review,
        )  # fmt: skip
        self.actors.append((actor_id, kind, name))
        return actor_id

    def link(self, source: str, target: str, kind: str, strength: int, note: str = "") -> bool:
        """Undirected and never twice: a repeated pair or a self link is skipped."""
        pair = (source, target) if source < target else (target, source)
        if source == target or pair in self.taken:
            return False
        self.taken.add(pair)
        self.own(m.ActorLink, source_id=source, target_id=target, kind=kind, strength=strength, note=note)
        return True

    def random_links(self, ids: Sequence[str], weights: Sequence[float], count: int) -> None:
        """Weights make a few actors hubs, as in real networks."""
        rng, cum, made, kinds = self.rng, list(accumulate(weights)), 0, list(data.LINK_KINDS)
        for _ in range(count * 20):
            if made == count:
                break
            kind = rng.choices(kinds, data.LINK_KINDS.values())[0]  # type: ignore[arg-type]
            made += self.link(rng.choice(ids), rng.choices(ids, cum_weights=cum)[0], kind, rng.randint(1, 3))

    def pillar_round(
        self, title: str, kind: str, day: date, scores: list[int], notes: dict[str, str]
    ) -> None:
        round_id = self.own(m.PillarRound, title=title, kind=kind, held_on=day, participants="Lenkungskreis")
        for key, score in zip(INDICATORS, scores, strict=True):
            note = notes.get(key, "")
            self.own(m.IndicatorScore, round_id=round_id, indicator_key=key, score=score, note=note)

    def event(self, orgs: Iterable[str], texts: Sequence[str], **values: Any) -> str:
        fields = dict(zip(("agenda", "results", "decisions", "open_points"), texts, strict=True))
        event_id = self.own(m.Event, **fields, **values)
        self.rows.link(m.event_actors, event_id, orgs)
        return event_id

    def measure(self, partners: Strs, groups: Strs, barriers: Strs, **values: Any) -> str:
        measure_id = self.own(m.Measure, **values)
        self.rows.link(m.measure_partners, measure_id, partners)
        self.rows.link(m.measure_target_groups, measure_id, groups)
        self.rows.link(m.measure_barriers, measure_id, barriers)
        return measure_id

    def checklist(self, template: str, actor_id: str | None, title: str, weights: Sequence[float]) -> str:
        rng, by_hand = self.rng, self.name == data.TOWN["name"]  # notes only in the hand-written town
        instance_id = self.own(m.ChecklistInstance, template_key=template, actor_id=actor_id, title=title)
        responsible = data.OPENING_RESPONSIBLE if actor_id else data.ANCHORING_RESPONSIBLE
        for n in range(1, data.CHECKLIST_ITEMS[template] + 1):
            key, status = f"{template}.{n:02d}", rng.choices(data.STATUSES, weights)[0]
            note = data.CHECKLIST_NOTES.get(key, "") if status != "open" and by_hand else ""
            who = rng.choice(responsible) if status != "not_relevant" and rng.random() < 0.8 else ""
            due = _days_ago(rng, -270, -14) if status in ("open", "in_progress") else None
            self.own(m.ChecklistItemState, instance_id=instance_id, item_key=key, status=status, note=note,
                     responsible=who, due_on=due)  # fmt: skip
        return instance_id


def _musterstadt(rows: _Rows, rng: random.Random) -> _Place:
    """The hand-written town, so that every page of the app has something to show."""
    place = _Place(rows, rng, dict(data.TOWN), list(data.TOWN_OCCASIONS))
    groups = [place.own(m.TargetGroup, name=name, description=text) for name, text in data.TARGET_GROUPS]
    barriers = {
        key: place.barrier(
            key, [groups[int(i)] for i in ix.split()], relevance=rel, evidence_kind=ev, note=note
        )
        for key, rel, ev, ix, note in data.BARRIERS
    }
    barriers["X"] = place.barrier(None, [groups[2], groups[3]], **data.CUSTOM_BARRIER)
    notes, names = data.ACTOR_NOTES, {key: name for key, name, *_ in data.ACTORS}
    actors = {
        key: place.actor(name, kind, fields.split(), langs.split(), size, notes.get(key, ""), "Musterstadt")
        for key, name, kind, fields, langs, size in data.ACTORS
    }
    for source, target, kind, strength, note in data.LINKS:
        place.link(actors[source], actors[target], kind, strength, note)
    linkable = [actors[key] for key in actors if key not in data.ISOLATED + data.UNLINKED]
    place.random_links(linkable, [1.0] * len(linkable), data.TOWN_LINKS - len(data.LINKS))
    for title, kind, held_on, scores in data.ROUNDS:
        score_notes = {key: pair[kind != "baseline"] for key, pair in data.SCORE_NOTES.items()}
        place.pillar_round(title, kind, _day(held_on), [int(s) for s in scores.split()], score_notes)
    events = []
    for head, texts in data.EVENTS:
        kind, title, day, time_from, time_to, where, moderation, minutes, total, migrants, nxt, orgs = head
        events.append(place.event(
            [actors[key] for key in orgs.split()], texts, kind=kind, title=title, held_on=_day(day),
            time_from=time_from, time_to=time_to, place=where, moderation=moderation, minute_taker=minutes,
            participants_total=total, participants_migration=migrants, next_date=_day(nxt),
        ))  # fmt: skip
    measures = []
    for n, row in enumerate(data.MEASURES):
        title, approach, pillars, channels, langs, who, person, partners, tgs, bars, start, end, *rest = row
        budget, status, ok = rest
        measures.append(place.measure(
            [actors[key] for key in partners.split()], [groups[int(i)] for i in tgs.split()],
            [barriers[key] for key in bars.split()], title=title, goal=data.MEASURE_GOALS[n], kind=approach,
            pillars=pillars.split(), channels=channels.split(";"), languages=langs.split(),
            responsible_actor_id=actors[who], responsible_person=person, start_on=_day(start),
            end_on=_day(end), budget=budget, status=status, success_indicator=ok,
            result=data.MEASURE_RESULTS.get(n, ""),
        ))  # fmt: skip
    for text, event, pillar, votes, status, measure in data.IDEAS:
        place.own(
            m.Idea, text=text, event_id=None if event is None else events[event], pillar=pillar, votes=votes,
            status=status, measure_id=None if measure is None else measures[measure],
        )  # fmt: skip
    demo_planning.town(place, actors, events, measures)
    demo_outreach.town(place, actors)
    for key, weights in data.OPENING_SUBJECTS.items():
        instance = place.checklist("opening", actors[key], f"Interkulturelle Öffnung: {names[key]}", weights)
        for n, (section, text, status) in enumerate(data.OWN_ITEMS.get(key, ()), start=1):
            place.own(m.ChecklistItemState, instance_id=instance, item_key=f"own.demo{n:08d}", section_key=section,
                      custom_text=text, status=status)  # fmt: skip
    place.checklist("anchoring", None, "Verankerung in der Stadtverwaltung", data.ANCHORING_WEIGHTS)
    place.own(m.PlacementDecision, **data.DECISION)
    links = zip(data.PRACTICE, data.PRACTICE_LINKS, strict=True)
    for (title, pillars, tags, text), (helped, items, bars, who) in links:
        place.own(m.PracticeExample, title=title, description=text, source=data.PRACTICE_SOURCE, helped=helped,
                  pillars=pillars.split(), tags=tags.split(), item_keys=items.split(), barrier_keys=bars.split(),
                  contact_actor_id=actors[who] if who else None)  # fmt: skip
    return place


def _large_specs(rng: random.Random) -> list[tuple[str, str, str, int]]:
    """Name, kind, state and actor count of each generated municipality; the actors add up exactly."""
    kinds = [kind for kind, spec in data.KINDS.items() for _ in range(spec[0])]
    rng.shuffle(kinds)
    weights = [data.KINDS[kind][1] * rng.uniform(0.75, 1.25) for kind in kinds]
    budget = LARGE_ACTORS - len(data.ACTORS)
    counts = [int(budget * w / sum(weights)) for w in weights]
    for i in range(budget - sum(counts)):
        counts[i] += 1
    taken, states = {str(data.TOWN["name"]).casefold()}, data.STATES.split()
    return [
        (_municipality_name(rng, kind, taken), kind, "BW" if kind == "gvv" else rng.choice(states), count)
        for kind, count in zip(kinds, counts, strict=True)
    ]


def _generated(rows: _Rows, rng: random.Random, name: str, kind: str, state: str, n_actors: int) -> _Place:
    """A generated municipality: plausible, varied, and sized for the consultant's benchmarks."""
    first, last = rng.choice(NAME_POOLS["de"][0]), rng.choice(NAME_POOLS["de"][1])
    _, _, low, high, role = data.KINDS[kind]
    values = {
        "name": name, "kind": kind, "state": state, "population": rng.randint(low, high),
        "contact_name": f"{first} {last}, {role}", "contact_phone": _phone(rng),
        "contact_email": f"engagement@{_slug(name)}.example",
    }  # fmt: skip
    occasions = sorted(rng.sample(data.OCCASIONS, rng.randint(1, 3)), key=data.OCCASIONS.index)
    place = _Place(rows, rng, values, occasions)
    groups = [place.own(m.TargetGroup, name=n) for n in rng.sample(data.GEN_TARGET_GROUPS, rng.randint(3, 5))]
    barriers = []
    for key in sorted(rng.sample(data.BARRIER_KEYS, rng.randint(18, 22)), key=data.BARRIER_KEYS.index):
        relevance = rng.choices((None, 0, 1, 2, 3), (1, 2, 4, 4, 3))[0]
        evidence = rng.choice(data.EVIDENCE) if relevance is not None else ""
        values = {"relevance": relevance, "evidence_kind": evidence, "note": rng.choice(data.BARRIER_NOTES)}
        barriers.append(place.barrier(key, rng.sample(groups, rng.randint(0, 2)), **values))
    _generated_actors(place, n_actors)
    ids = [actor_id for actor_id, _, _ in place.actors]
    linkable = [(a, k) for a, k, _ in place.actors if k != "migrant_org" or rng.random() > 0.15]
    weights = [data.HUB_WEIGHTS.get(k, 1.0) for _, k in linkable]
    place.random_links([a for a, _ in linkable], weights, round(LINKS_PER_ACTOR * n_actors))
    scores = [rng.choices((1, 2, 3, 4, 5), (3, 4, 3, 1, 1))[0] for _ in INDICATORS]
    place.pillar_round("Ausgangslage", "baseline", _days_ago(rng, 90, 200), scores, {})
    if rng.random() < 0.6:
        scores = [min(5, max(1, s + rng.choice((-1, 0, 0, 1, 1, 2)))) for s in scores]
        place.pillar_round("Zwischenstand", "follow_up", _days_ago(rng, 0, 60), scores, {})
    events = []
    for event_kind in rng.sample(data.EVENT_KINDS, rng.randint(2, 4)):
        held_on, total = _days_ago(rng, 10, 300), rng.randint(12, 70)
        events.append(place.event(
            rng.sample(ids, rng.randint(4, 14)), data.EVENT_TEXTS, kind=event_kind,
            title=data.EVENT_TITLES[event_kind].format(t=name), held_on=held_on, time_from="18:00",
            time_to="21:00", place=rng.choice(data.EVENT_PLACES), moderation="Prozessbegleitung",
            minute_taker=f"{first} {last}", participants_total=total,
            participants_migration=rng.randint(2, total * 2 // 3),
            next_date=held_on + timedelta(days=63) if rng.random() < 0.5 else None,
        ))  # fmt: skip
    measures = []
    statuses = list(data.MEASURE_STATUSES)
    for entry in rng.sample(data.MEASURE_POOL, rng.randint(5, 15)):
        approach, pillar, title = entry.split(" ", 2)
        start = date(2026, rng.randint(1, 10), rng.choice((1, 15)))
        measures.append(place.measure(
            rng.sample(ids, rng.randint(0, 4)), rng.sample(groups, rng.randint(0, 2)),
            rng.sample(barriers, rng.randint(0, 3)), title=title, kind=approach,
            pillars=sorted({pillar, rng.choice(data.PILLARS)}, key=data.PILLARS.index),
            channels=rng.sample(data.CHANNELS, rng.randint(1, 3)),
            languages=["de", *rng.sample(data.OTHER_LANGUAGES, rng.randint(0, 3))],
            responsible_actor_id=rng.choice(ids), start_on=start,
            end_on=start + timedelta(rng.randint(30, 300)),
            budget=rng.choice((None, 300.0, 800.0, 1500.0, 2500.0, 5000.0)),
            status=rng.choices(statuses, data.MEASURE_STATUSES.values())[0],  # type: ignore[arg-type]
        ))  # fmt: skip
    for text in rng.sample(data.IDEA_POOL, rng.randint(3, 8)):
        status = rng.choice(data.IDEA_STATUSES)
        place.own(m.Idea, text=text, event_id=rng.choice([*events, None]), pillar=rng.choice(data.PILLARS),
                  votes=rng.randint(0, 15), status=status,
                  measure_id=rng.choice(measures) if status == "in_measure" else None)  # fmt: skip
    demo_planning.generated(place, events, measures)
    demo_outreach.generated(place)
    vereine = [(actor_id, actor_name) for actor_id, kind, actor_name in place.actors if kind == "verein"]
    for actor_id, actor_name in rng.sample(vereine, rng.randint(1, 2)):
        weights = rng.choice(list(data.OPENING_SUBJECTS.values()))
        place.checklist("opening", actor_id, f"Interkulturelle Öffnung: {actor_name}", weights)
    if rng.random() < 0.5:
        place.checklist("anchoring", None, f"Verankerung: {name}", data.ANCHORING_WEIGHTS)
        # A decision without drawing from rng (the rest of the demo stays as it was): every third overruled.
        recommended = recommend(kind, place.population).option
        overrule = len(name) % 3 == 0 and recommended != "delegation"
        place.own(m.PlacementDecision, option_key="delegation" if overrule else recommended,
                  recommended_key=recommended, accepted=not overrule, decided_on=_days_ago(random.Random(name), 30, 200),
                  reasons=data.OVERRULE_REASON if overrule else "")  # fmt: skip
    return place


def _generated_actors(place: _Place, count: int) -> None:
    """Actors of every type, with a fixed core (integration office, council, administration) everywhere."""
    rng = place.rng
    districts = sorted({_base_name(rng) for _ in range(max(3, count // 8))})  # Ortsteile vary the names
    types = {kind: spec.split() for kind, spec in data.TYPES.items()}
    drawn = rng.choices(
        list(types), [int(spec[0]) for spec in types.values()], k=count - len(data.FIXED_TYPES)
    )
    seen: set[str] = set()
    for kind in data.FIXED_TYPES + drawn:
        for attempt in range(8):
            pattern, langs = rng.choice(data.ACTOR_PATTERNS[kind]).split("|")
            district = rng.choice(districts)
            name = pattern.format(o=district, t=place.name) + (f" {attempt}" if attempt == 7 else "")
            if name not in seen:
                break
        seen.add(name)
        _, low, high, *fields = types[kind]
        fields = rng.sample(fields, rng.randint(1, min(2, len(fields))))
        place.actor(name, kind, fields, langs.split(), rng.randint(int(low), int(high)), "", district)


def _base_name(rng: random.Random) -> str:
    prefix, root = rng.choice(data.PREFIXES), rng.choice(data.ROOTS.split())
    return f"{prefix}{root.lower() if prefix else root}{rng.choice(data.SUFFIXES.split())}"


def _municipality_name(rng: random.Random, kind: str, taken: set[str]) -> str:
    while True:
        base, second = _base_name(rng), _base_name(rng)  # a GVV joins two
        name = {"landkreis": f"Landkreis {base}", "gvv": f"GVV {base}-{second}"}.get(kind, base)
        if kind in ("gemeinde", "stadt") and rng.random() < 0.35:
            name += " " + rng.choice(data.RIVERS)
        if name.casefold() not in taken:
            taken.add(name.casefold())
            return name


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.translate(ASCII)).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return re.sub(r"-e-v$", "", slug)[:40].strip("-") or "verein"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _days_ago(rng: random.Random, low: int, high: int) -> date:
    return BASE_DATE - timedelta(days=rng.randint(low, high))


def _phone(rng: random.Random) -> str:
    return f"+49 7000 {rng.randint(10000, 99999)}-{rng.randint(0, 99)}"


class _Loader(Service):
    """Writes everything in one transaction (all or nothing) and refuses to add a town twice."""

    def save(self, rows: _Rows, places: list[_Place]) -> None:
        with self._write() as session:
            existing = {name.casefold() for name in session.scalars(select(m.Municipality.name))}
            clash = next((p.name for p in places if p.name.casefold() in existing), None)
            if clash is not None:
                de = f"Die Kommune „{clash}“ gibt es schon; die Beispieldaten wurden nicht erneut angelegt."
                en = f"The municipality “{clash}” already exists; the example data was not added again."
                raise StoreError(t(de, en))
            # Parents before children; ORM bulk INSERT for mapped tables, plain Core for the link tables.
            mapped = {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}
            for table in Base.metadata.sorted_tables:
                if rows.tables.get(table.name):
                    session.execute(insert(mapped.get(table.name, table)), rows.tables[table.name])
            session.add_all(
                m.ChangeLog(at=rows.now, who=self._ctx.who, municipality_id=p.id, action="import",
                            entity="municipality", entity_id=p.id, summary="Beispieldaten")
                for p in places
            )  # fmt: skip


def _summary(rows: _Rows) -> str:
    de, en = [], []
    for table, words in data.SUMMARY.items():
        n = sum(1 for row in rows.tables.get(table, ()) if not row.get("deleted_at"))  # the trash not counted
        one_de, many_de, one_en, many_en = words.split()
        de.append(f"{n:,} {one_de if n == 1 else many_de}".replace(",", "."))
        en.append(f"{n:,} {(one_en if n == 1 else many_en).replace('_', ' ')}")
    return t("Beispieldaten angelegt: " + ", ".join(de) + ".", "Example data created: " + ", ".join(en) + ".")
