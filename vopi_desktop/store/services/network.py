"""The network map: actors as nodes, their links (cooperation, membership, …), saved map positions."""

from __future__ import annotations

import math
from collections.abc import Mapping

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from ...catalog import load_catalog
from ...lang import t
from ...textsort import sort_key
from ..dto.network import Graph, Link, Node
from ..errors import ValidationError
from ..models import Actor, ActorLink, Municipality
from .base import Service, one_of, text

NOTE_LIMIT = 2000
COORD_LIMIT = 1e7  # far beyond any sensible map; keeps garbage (inf, 1e300) out of the table


def to_link(row: ActorLink) -> Link:
    return Link(
        id=row.id,
        source=row.source_id,
        target=row.target_id,
        kind=row.kind,
        strength=row.strength,
        note=row.note,
        version=row.version,
    )


class NetworkService(Service):
    def graph(self, municipality_id: str) -> Graph:
        """All actors not in the trash, and the links between them."""
        with self._read() as s:
            actors = s.execute(
                select(Actor.id, Actor.name, Actor.type, Actor.map_x, Actor.map_y).where(
                    Actor.municipality_id == municipality_id, Actor.deleted_at.is_(None)
                )
            ).all()
            # Sorted in Python: SQLite's lower() leaves umlauts alone and PostgreSQL collates by
            # locale, so an ORDER BY would give the two databases different maps.
            actors.sort(key=lambda a: (sort_key(a.name), a.id))
            nodes = tuple(Node(id=a.id, name=a.name, type=a.type, x=a.map_x, y=a.map_y) for a in actors)
            ids = {n.id for n in nodes}
            rows = s.execute(
                select(
                    ActorLink.id,
                    ActorLink.source_id,
                    ActorLink.target_id,
                    ActorLink.kind,
                    ActorLink.strength,
                    ActorLink.note,
                    ActorLink.version,
                )
                .where(ActorLink.municipality_id == municipality_id)
                .order_by(ActorLink.created_at, ActorLink.id)
            )  # plain rows, not ORM objects: a large network reads several times faster
            # A link to an actor in the trash stays stored (restoring the actor brings it back) but
            # is not part of the map.
            links = tuple(Link(*r) for r in rows if r.source_id in ids and r.target_id in ids)
            return Graph(municipality_id, nodes, links)

    def add_link(
        self,
        municipality_id: str,
        source_id: str,
        target_id: str,
        kind: str,
        strength: int,
        note: str = "",
    ) -> Link:
        kind, strength, note = self._validate(kind, strength, note)
        if source_id == target_id:
            raise ValidationError(
                t(
                    "Ein Akteur kann nicht mit sich selbst verbunden werden.",
                    "An actor cannot be linked to itself.",
                ),
                "target",
            )
        with self._write() as s:
            source = self._actor(s, municipality_id, source_id, "source")
            target = self._actor(s, municipality_id, target_id, "target")
            self._refuse_duplicate(s, source_id, target_id, kind, None)
            row = ActorLink(
                municipality_id=municipality_id,
                source_id=source_id,
                target_id=target_id,
                kind=kind,
                strength=strength,
                note=note,
            )
            s.add(row)
            self._log(s, "create", row, f"{source.name} – {target.name} ({kind}, {strength})")
            return to_link(row)

    def update_link(self, link_id: str, kind: str, strength: int, note: str, version: int | None) -> Link:
        kind, strength, note = self._validate(kind, strength, note)
        with self._write() as s:
            row = self._get(s, ActorLink, link_id)
            self._check_version(row, version)
            self._refuse_duplicate(s, row.source_id, row.target_id, kind, row.id)
            self._update(row, kind=kind, strength=strength, note=note)
            self._log(s, "update", row, self._summary(s, row))
            s.flush()
            return to_link(row)

    def delete_link(self, link_id: str, version: int | None = None) -> None:
        """Delete a link; with ``version`` (an undo of drawing it) only if nobody changed it since."""
        with self._write() as s:
            row = self._get(s, ActorLink, link_id)
            if version is not None:
                self._check_version(row, version)
            self._log(s, "delete", row, self._summary(s, row))
            s.delete(row)

    def save_positions(self, municipality_id: str, positions: Mapping[str, tuple[float, float]]) -> int:
        """Store map positions of many actors in one transaction; returns how many were stored.

        Actors that were deleted or moved to another municipality in the meantime are skipped: a
        layout must not fail because one node vanished while it was computed.
        """
        values = []
        for actor_id, (x, y) in positions.items():
            for value in (x, y):
                if not isinstance(value, int | float) or not math.isfinite(value) or abs(value) > COORD_LIMIT:
                    raise ValidationError(
                        t(f"Ungültige Kartenposition: {value}", f"Invalid map position: {value}")
                    )
            values.append({"b_id": actor_id, "b_x": float(x), "b_y": float(y)})
        with self._write() as s:
            municipality = self._get(s, Municipality, municipality_id)
            known = set(s.scalars(select(Actor.id).where(Actor.municipality_id == municipality_id)))
            values = [v for v in values if v["b_id"] in known]
            if not values:
                return 0
            table = Actor.__table__
            # A Core UPDATE (one executemany) instead of the ORM: the ORM would bump ``version`` on
            # every actor (version_id_col), so someone editing an actor's address while the layout is
            # saved, or while a node is dragged, would get a "changed by someone else" error although
            # nobody touched the actor's data. The position is presentation, not content, so neither
            # ``version`` nor ``updated_at`` moves: an exchange merge ("newer wins") must not prefer
            # a copy that was only dragged on the map over one whose data was really edited.
            statement = (
                update(table)
                .where(and_(table.c.id == bindparam("b_id"), table.c.municipality_id == municipality_id))
                .values(map_x=bindparam("b_x"), map_y=bindparam("b_y"), updated_at=table.c.updated_at)
            )
            s.execute(statement, values)
            self._log(s, "update", municipality, f"Layout gespeichert ({len(values)} Akteure)")
            return len(values)

    # ----- helpers
    @staticmethod
    def _summary(s: Session, row: ActorLink) -> str:
        """For the change log: the names, not the ids, so a person can read it."""
        rows = s.execute(select(Actor.id, Actor.name).where(Actor.id.in_([row.source_id, row.target_id])))
        names = {actor_id: name for actor_id, name in rows}
        return (
            f"{names.get(row.source_id, '?')} – {names.get(row.target_id, '?')} ({row.kind}, {row.strength})"
        )

    @staticmethod
    def _validate(kind: str, strength: int, note: str) -> tuple[str, int, str]:
        kind = one_of(kind, load_catalog().vocab("link_kinds"), "kind")
        if isinstance(strength, bool) or not isinstance(strength, int) or not 1 <= strength <= 3:
            raise ValidationError(
                t("Die Stärke muss 1, 2 oder 3 sein.", "The strength must be 1, 2 or 3."), "strength"
            )
        return kind, strength, text(note, "note", limit=NOTE_LIMIT)

    def _actor(self, s: Session, municipality_id: str, actor_id: str, field: str) -> Actor:
        row = s.get(Actor, actor_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError(
                t(
                    "Diesen Akteur gibt es nicht mehr (gelöscht oder im Papierkorb).",
                    "This actor no longer exists (deleted or in the trash).",
                ),
                field,
            )
        if row.municipality_id != municipality_id:
            raise ValidationError(
                t(
                    "Verbindungen gibt es nur zwischen Akteuren derselben Kommune.",
                    "Links can only join actors of the same municipality.",
                ),
                field,
            )
        return row

    @staticmethod
    def _refuse_duplicate(s: Session, source_id: str, target_id: str, kind: str, own_id: str | None) -> None:
        pair = or_(
            and_(ActorLink.source_id == source_id, ActorLink.target_id == target_id),
            and_(ActorLink.source_id == target_id, ActorLink.target_id == source_id),
        )
        query = select(ActorLink.id).where(pair, ActorLink.kind == kind)
        if own_id is not None:
            query = query.where(ActorLink.id != own_id)
        if s.scalars(query).first() is not None:
            raise ValidationError(
                t(
                    "Diese beiden Akteure sind mit dieser Art schon verbunden.",
                    "These two actors already have a link of this kind.",
                ),
                "kind",
            )
