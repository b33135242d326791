"""``vopi-desktop demo``: fill the workspace with a fictional example, one town or the consultant case.

A store-level bulk loader: plain dicts, one executemany per table, one transaction; the area services'
row-by-row path would take minutes for 10,000 actors. Same seed and day, same content (only UUIDs and the
time of loading differ): the story is written around a fixed day and moved to the day it is made
(``demo_dates``), so its deadlines lie ahead.
The rows are made by ``demo_town`` (the hand-written town) and ``demo_generated`` (the large example's other
municipalities) on ``demo_place``'s building blocks, from the content in ``demo_data`` and ``demo_pools``.
"""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from ..lang import t
from . import demo_data as data
from . import demo_dates
from . import models as m
from .base import Base
from .demo_generated import generated, large_specs
from .demo_place import Place, Rows
from .demo_town import musterstadt
from .errors import StoreError
from .services.base import Service

if TYPE_CHECKING:
    from .workspace import Workspace

SEED = 42
_Place = Place  # the name demo_planning and demo_outreach type their hooks with


def fill_demo(ws: Workspace, size: str = "small", today: date | None = None) -> str:
    """Fill the workspace with a fictional example; returns a one-line summary for the CLI.
    ``today`` (default: the real one) is the day the story is moved to (``demo_dates``)."""
    if size not in ("small", "large"):
        raise StoreError(t(f"Unbekannte Größe: {size}", f"Unknown size: {size}"))
    rng = random.Random(SEED)
    rows = Rows()
    places = [musterstadt(rows, rng)]
    if size == "large":
        places += [generated(rows, rng, *spec) for spec in large_specs(rng)]
    demo_dates.shift(rows, today or date.today())
    _Loader(ws.context).save(rows, places)
    return _summary(rows)


class _Loader(Service):
    """Writes everything in one transaction (all or nothing) and refuses to add a town twice."""

    def save(self, rows: Rows, places: list[Place]) -> None:
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


def _summary(rows: Rows) -> str:
    de, en = [], []
    for table, words in data.SUMMARY.items():
        n = sum(1 for row in rows.tables.get(table, ()) if not row.get("deleted_at"))  # the trash not counted
        one_de, many_de, one_en, many_en = words.split()
        de.append(f"{n:,} {one_de if n == 1 else many_de}".replace(",", "."))
        en.append(f"{n:,} {(one_en if n == 1 else many_en).replace('_', ' ')}")
    return t("Beispieldaten angelegt: " + ", ".join(de) + ".", "Example data created: " + ", ".join(en) + ".")
