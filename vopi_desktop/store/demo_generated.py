"""The large demo's generated municipalities: 24 of four kinds, 10,000 actors between them (with the town),
drawn from ``demo_pools`` by the seeded generator; plausible, varied, and sized for the consultant's
benchmarks."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..analysis.placement import recommend
from . import demo_data as data
from . import demo_outreach, demo_planning
from . import demo_pools as pools
from . import models as m
from .demo_place import BASE_DATE, INDICATORS, NAME_POOLS, Place, Rows, days_ago, phone, slug

LARGE_ACTORS = 10_000
LINKS_PER_ACTOR = 1.5


def large_specs(rng: random.Random) -> list[tuple[str, str, str, int]]:
    """Name, kind, state and actor count of each generated municipality; the actors add up exactly."""
    kinds = [kind for kind, spec in pools.KINDS.items() for _ in range(spec[0])]
    rng.shuffle(kinds)
    weights = [pools.KINDS[kind][1] * rng.uniform(0.75, 1.25) for kind in kinds]
    budget = LARGE_ACTORS - len(data.ACTORS)
    counts = [int(budget * w / sum(weights)) for w in weights]
    for i in range(budget - sum(counts)):
        counts[i] += 1
    taken, states = {str(data.TOWN["name"]).casefold()}, pools.STATES.split()
    return [
        (_municipality_name(rng, kind, taken), kind, "BW" if kind == "gvv" else rng.choice(states), count)
        for kind, count in zip(kinds, counts, strict=True)
    ]


def generated(rows: Rows, rng: random.Random, name: str, kind: str, state: str, n_actors: int) -> Place:
    """A generated municipality: plausible, varied, and sized for the consultant's benchmarks."""
    first, last = rng.choice(NAME_POOLS["de"][0]), rng.choice(NAME_POOLS["de"][1])
    _, _, low, high, role = pools.KINDS[kind]
    values = {
        "name": name, "kind": kind, "state": state, "population": rng.randint(low, high),
        "contact_name": f"{first} {last}, {role}", "contact_phone": phone(rng),
        "contact_email": f"engagement@{slug(name)}.example",
    }  # fmt: skip
    occasions = sorted(rng.sample(data.OCCASIONS, rng.randint(1, 3)), key=data.OCCASIONS.index)
    place = Place(rows, rng, values, occasions)
    groups = [
        place.own(m.TargetGroup, name=n) for n in rng.sample(pools.GEN_TARGET_GROUPS, rng.randint(3, 5))
    ]
    barriers = []
    for key in sorted(rng.sample(data.BARRIER_KEYS, rng.randint(18, 22)), key=data.BARRIER_KEYS.index):
        relevance = rng.choices((None, 0, 1, 2, 3), (1, 2, 4, 4, 3))[0]
        evidence = rng.choice(data.EVIDENCE) if relevance is not None else ""
        values = {"relevance": relevance, "evidence_kind": evidence, "note": rng.choice(pools.BARRIER_NOTES)}
        barriers.append(place.barrier(key, rng.sample(groups, rng.randint(0, 2)), **values))
    _generated_actors(place, n_actors)
    ids = [actor_id for actor_id, _, _ in place.actors]
    linkable = [(a, k) for a, k, _ in place.actors if k != "migrant_org" or rng.random() > 0.15]
    weights = [data.HUB_WEIGHTS.get(k, 1.0) for _, k in linkable]
    place.random_links([a for a, _ in linkable], weights, round(LINKS_PER_ACTOR * n_actors))
    scores = [rng.choices((1, 2, 3, 4, 5), (3, 4, 3, 1, 1))[0] for _ in INDICATORS]
    place.pillar_round("Ausgangslage", "baseline", days_ago(rng, 90, 200), scores, {})
    if rng.random() < 0.6:
        scores = [min(5, max(1, s + rng.choice((-1, 0, 0, 1, 1, 2)))) for s in scores]
        place.pillar_round("Zwischenstand", "follow_up", days_ago(rng, 0, 60), scores, {})
    events = []
    for event_kind in rng.sample(data.EVENT_KINDS, rng.randint(2, 4)):
        held_on, total = days_ago(rng, 10, 300), rng.randint(12, 70)
        events.append(place.event(
            rng.sample(ids, rng.randint(4, 14)), pools.EVENT_TEXTS, kind=event_kind,
            title=pools.EVENT_TITLES[event_kind].format(t=name), held_on=held_on, time_from="18:00",
            time_to="21:00", place=rng.choice(pools.EVENT_PLACES), moderation="Prozessbegleitung",
            minute_taker=f"{first} {last}", participants_total=total,
            participants_migration=rng.randint(2, total * 2 // 3),
            next_date=held_on + timedelta(days=63) if rng.random() < 0.5 else None,
        ))  # fmt: skip
    measures = []
    statuses = list(data.MEASURE_STATUSES)
    for entry in rng.sample(pools.MEASURE_POOL, rng.randint(5, 15)):
        approach, pillar, title = entry.split(" ", 2)
        start = date(2026, rng.randint(1, 10), rng.choice((1, 15)))
        measures.append(place.measure(
            rng.sample(ids, rng.randint(0, 4)), rng.sample(groups, rng.randint(0, 2)),
            rng.sample(barriers, rng.randint(0, 3)), title=title, kind=approach,
            pillars=sorted({pillar, rng.choice(data.PILLARS)}, key=data.PILLARS.index),
            channels=rng.sample(pools.CHANNELS, rng.randint(1, 3)),
            languages=["de", *rng.sample(data.OTHER_LANGUAGES, rng.randint(0, 3))],
            responsible_actor_id=rng.choice(ids), start_on=start,
            end_on=start + timedelta(rng.randint(30, 300)),
            budget=rng.choice((None, 300.0, 800.0, 1500.0, 2500.0, 5000.0)),
            status=rng.choices(statuses, data.MEASURE_STATUSES.values())[0],  # type: ignore[arg-type]
        ))  # fmt: skip
    for text in rng.sample(pools.IDEA_POOL, rng.randint(3, 8)):
        status = rng.choice(data.IDEA_STATUSES)
        place.own(m.Idea, text=text, event_id=rng.choice([*events, None]), pillar=rng.choice(data.PILLARS),
                  votes=rng.randint(0, 15), status=status,
                  measure_id=rng.choice(measures) if status == "in_measure" else None)  # fmt: skip
    demo_planning.generated(place, events, measures)
    _date_by_status(place, measures)
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
                  recommended_key=recommended, accepted=not overrule, decided_on=days_ago(random.Random(name), 30, 200),
                  reasons=data.OVERRULE_REASON if overrule else "")  # fmt: skip
    return place


def _date_by_status(place: Place, measures: list[str]) -> None:
    """Each measure and its steps moved to the dates its status tells (``_dated``). Done after every
    seeded draw of the place, so the draws and all other values of the demo stay as they were."""
    wanted = set(measures)
    steps: dict[str, list[dict]] = {}
    for step in place.rows.tables["measure_step"]:
        if step["measure_id"] in wanted:
            steps.setdefault(step["measure_id"], []).append(step)
    for row in place.rows.tables["measure"]:
        if row["id"] not in wanted:
            continue
        start, end = row["start_on"], row["end_on"]
        new_start, new_end = _dated(row["status"], (start - date(2026, 1, 1)).days, (end - start).days)
        old_span, new_span = max(1, (end - start).days), max(1, (new_end - new_start).days)
        for step in steps.get(row["id"], ()):
            step["due_on"] = new_start + timedelta(days=(step["due_on"] - start).days * new_span // old_span)
            # a finished measure's steps are done; a step still ahead is not done yet
            step["done"] = row["status"] == "done" or (step["done"] and step["due_on"] < BASE_DATE)
        row["start_on"], row["end_on"] = new_start, new_end


def _dated(status: str, offset: int, length: int) -> tuple[date, date]:
    """Start and end of a measure as its status tells (review 4, K33: 29 of 40 finished measures began
    next year): done ended before the story's today, running began before and ends after it, planned and
    ideas lie ahead, cancelled began before it and stopped by then. ``offset`` (0..~280 days) spreads them."""
    if status == "done":
        end = BASE_DATE - timedelta(days=7 + offset % 120)
        return end - timedelta(days=length), end
    if status in ("running", "cancelled"):
        start = BASE_DATE - timedelta(days=7 + offset % 150)
        end = start + timedelta(days=length)
        if status == "cancelled":
            return start, min(end, BASE_DATE - timedelta(days=1))
        return start, max(end, BASE_DATE + timedelta(days=14 + length // 3))
    start = BASE_DATE + timedelta(days=7 + offset % 200)
    return start, start + timedelta(days=length)


def _office(name: str, town: str) -> str:
    """A Landkreis has a Landratsamt and a GVV a Geschäftsstelle, not a Bürgermeisteramt (review 4, K33)."""
    if name != f"Bürgermeisteramt {town}":
        return name
    if town.startswith("Landkreis "):
        return "Landratsamt " + town.removeprefix("Landkreis ")
    if town.startswith("GVV "):
        return f"Geschäftsstelle {town}"
    return name


def _generated_actors(place: Place, count: int) -> None:
    """Actors of every type, with a fixed core (integration office, council, administration) everywhere."""
    rng = place.rng
    districts = sorted({_base_name(rng) for _ in range(max(3, count // 8))})  # Ortsteile vary the names
    types = {kind: spec.split() for kind, spec in pools.TYPES.items()}
    drawn = rng.choices(
        list(types), [int(spec[0]) for spec in types.values()], k=count - len(pools.FIXED_TYPES)
    )
    seen: set[str] = set()
    for kind in pools.FIXED_TYPES + drawn:
        for attempt in range(8):
            pattern, langs = rng.choice(pools.ACTOR_PATTERNS[kind]).split("|")
            district = rng.choice(districts)
            name = _office(pattern.format(o=district, t=place.name), place.name) + (
                f" {attempt}" if attempt == 7 else ""
            )
            if name not in seen:
                break
        seen.add(name)
        _, low, high, *fields = types[kind]
        fields = rng.sample(fields, rng.randint(1, min(2, len(fields))))
        place.actor(name, kind, fields, langs.split(), rng.randint(int(low), int(high)), "", district)


def _base_name(rng: random.Random) -> str:
    prefix, root = rng.choice(pools.PREFIXES), rng.choice(pools.ROOTS.split())
    return f"{prefix}{root.lower() if prefix else root}{rng.choice(pools.SUFFIXES.split())}"


def _municipality_name(rng: random.Random, kind: str, taken: set[str]) -> str:
    while True:
        base, second = _base_name(rng), _base_name(rng)  # a GVV joins two
        name = {"landkreis": f"Landkreis {base}", "gvv": f"GVV {base}-{second}"}.get(kind, base)
        if kind in ("gemeinde", "stadt") and rng.random() < 0.35:
            name += " " + rng.choice(pools.RIVERS)
        if name.casefold() not in taken:
            taken.add(name.casefold())
            return name
