"""The hand-written demo town, Musterstadt am Neckar, from ``demo_data``: every page of the app has
something to show, and the analyses something to find (isolated migrant organisations, course providers outside the network)."""

from __future__ import annotations

import random

from . import demo_data as data
from . import demo_outreach, demo_planning
from . import models as m
from .demo_place import Place, Rows, iso_day


def musterstadt(rows: Rows, rng: random.Random) -> Place:
    """The hand-written town, so that every page of the app has something to show."""
    place = Place(rows, rng, dict(data.TOWN), list(data.TOWN_OCCASIONS))
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
        place.pillar_round(title, kind, iso_day(held_on), [int(s) for s in scores.split()], score_notes)
    events = []
    for head, texts in data.EVENTS:
        kind, title, day, time_from, time_to, where, moderation, minutes, total, migrants, nxt, orgs = head
        events.append(place.event(
            [actors[key] for key in orgs.split()], texts, kind=kind, title=title, held_on=iso_day(day),
            time_from=time_from, time_to=time_to, place=where, moderation=moderation, minute_taker=minutes,
            participants_total=total, participants_migration=migrants, next_date=iso_day(nxt),
        ))  # fmt: skip
    measures = []
    for n, row in enumerate(data.MEASURES):
        title, approach, pillars, channels, langs, who, person, partners, tgs, bars, start, end, *rest = row
        budget, status, ok = rest
        measures.append(place.measure(
            [actors[key] for key in partners.split()], [groups[int(i)] for i in tgs.split()],
            [barriers[key] for key in bars.split()], title=title, goal=data.MEASURE_GOALS[n], kind=approach,
            pillars=pillars.split(), channels=channels.split(";"), languages=langs.split(),
            responsible_actor_id=actors[who], responsible_person=person, start_on=iso_day(start),
            end_on=iso_day(end), budget=budget, status=status, success_indicator=ok,
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
