"""The demo's building blocks: plain rows per table, and one municipality's rows with the ids that wire
links, events and measures together. Every draw goes through the one seeded ``random.Random``, in a fixed
order: moving a call changes the whole example."""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import Table

from . import demo_data as data
from . import demo_pools as pools
from . import models as m
from .base import Base, new_id, utcnow

BASE_DATE = date(2026, 3, 1)  # the "today" of the story; dates are spread around it (moved: demo_dates)
INDICATORS = tuple(f"{pillar}.{n}" for pillar in data.PILLARS for n in range(1, 6))
NAME_POOLS = {lang: tuple(part.split() for part in names.split(" | ")) for lang, names in pools.NAMES.items()}
Strs = list[str]
ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ı": "i"})


class Rows:
    """Plain dicts per table. Ids, times and version are set here; for any other column left out, the ORM
    bulk INSERT runs the column's Python-side default per row (on SQLite as on PostgreSQL)."""

    def __init__(self) -> None:
        self.now = utcnow()
        self.stamp = {"created_at": self.now, "updated_at": self.now, "version": 1}
        self.tables: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(self, model: type[Base], **values: Any) -> str:
        row = {"id": new_id(), **self.stamp, **values}
        self.tables[model.__table__.name].append(row)  # type: ignore[attr-defined]
        return row["id"]

    def link(self, table: Table, left: str, rights: Iterable[str]) -> None:
        left_key, right_key = (c.key for c in table.columns)
        self.tables[table.name].extend({left_key: left, right_key: right} for right in rights)


class Place:
    """The rows of one municipality, with the ids needed to wire links, events and measures together."""

    def __init__(self, rows: Rows, rng: random.Random, values: dict[str, Any], occasions: list[str]) -> None:
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
        rng, domain, public = self.rng, slug(name) + ".example", kind in data.PUBLIC_TYPES
        firsts, lasts = NAME_POOLS.get("de" if public and rng.random() < 0.7 else langs[0], NAME_POOLS["de"])
        first, last = rng.choice(firsts), rng.choice(lasts)
        contact = public or rng.random() < 0.85
        consent = None if public or not contact else days_ago(rng, 20, 900)
        review = days_ago(rng, -365, 60) if public else consent + timedelta(days=730) if consent else None
        actor_id = self.own(
            m.Actor, name=name, type=kind, fields=fields, languages=langs, size=size, notes=notes,
            address=f"{rng.choice(pools.STREETS)} {rng.randint(1, 120)}, 00{rng.randint(100, 999)} {town}",
            website=f"https://www.{domain}" if rng.random() < 0.6 else "",
            org_email=f"info@{domain}", org_phone=phone(rng),
            contact_name=f"{first} {last}" if contact else "",
            contact_email=f"{slug(first)[0]}.{slug(last)}@{domain}" if contact else "",
            contact_phone=phone(rng) if contact else "",
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
        # begun in the story (summer to winter 2025), before its first due date; from the title, so the
        # seeded draws below stay as they were
        begun = BASE_DATE - timedelta(days=60 + zlib.crc32(title.encode()) % 240)
        instance_id = self.own(m.ChecklistInstance, template_key=template, actor_id=actor_id, title=title,
                               created_at=datetime.combine(begun, time(9), tzinfo=UTC))  # fmt: skip
        responsible = data.OPENING_RESPONSIBLE if actor_id else data.ANCHORING_RESPONSIBLE
        for n in range(1, data.CHECKLIST_ITEMS[template] + 1):
            key, status = f"{template}.{n:02d}", rng.choices(data.STATUSES, weights)[0]
            note = _note(key, status) if by_hand else ""
            who = rng.choice(responsible) if status != "not_relevant" and rng.random() < 0.8 else ""
            due = days_ago(rng, -270, -14) if status in ("open", "in_progress") else None
            self.own(m.ChecklistItemState, instance_id=instance_id, item_key=key, status=status, note=note,
                     responsible=who, due_on=due)  # fmt: skip
        return instance_id


def _note(key: str, status: str) -> str:
    """The hand-written town's note on a checklist item, as its state allows."""
    if status == "in_progress":
        return data.CHECKLIST_NOTES_IN_PROGRESS.get(key) or data.CHECKLIST_NOTES.get(key, "")
    return data.CHECKLIST_NOTES.get(key, "") if status == "done" else ""


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.translate(ASCII)).encode("ascii", "ignore").decode("ascii")
    dashed = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return re.sub(r"-e-v$", "", dashed)[:40].strip("-") or "verein"


def iso_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def days_ago(rng: random.Random, low: int, high: int) -> date:
    return BASE_DATE - timedelta(days=rng.randint(low, high))


def phone(rng: random.Random) -> str:
    return f"+49 7000 {rng.randint(10000, 99999)}-{rng.randint(0, 99)}"
