"""The store side of the .vopi exchange: bulk reads for export and merge, and the one writer of an import.

The exchange package decides what to write (``exchange/plan.py``); this service writes it, in one
transaction after an automatic backup, with a change-log row per municipality naming the file. Rows
go through SQLAlchemy Core in batches: 10,000 actors row by row through the ORM would take minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update

from ...lang import t
from .. import backup
from ..errors import StaleRecordError
from ..models import ChangeLog
from .base import Service

log = logging.getLogger(__name__)
BATCH = 500  # ids per IN (...) list: below SQLite's and PostgreSQL's parameter limits


@dataclass(frozen=True)
class ReadSpec:
    """Rows of ``table`` whose ``owner`` column is one of the municipalities asked for; for a link
    table, ``owner`` is the column pointing at ``parent``, whose own owner column filters."""

    table: Table
    owner: str
    parent: Table | None = None
    parent_owner: str = "municipality_id"


@dataclass
class TableChanges:
    table: Table
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[dict[str, Any], int]] = field(default_factory=list)  # values, version read


@dataclass
class LinkChanges:
    """Replace the lists of the given records: delete their rows, insert the new ones."""

    table: Table
    own_column: str
    replace_for: list[str] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ChangeSet:
    tables: list[TableChanges] = field(default_factory=list)  # parents before children
    links: list[LinkChanges] = field(default_factory=list)
    log: list[tuple[str, str]] = field(default_factory=list)  # (municipality id, summary)

    def empty(self) -> bool:
        return not any(c.inserts or c.updates for c in self.tables) and not any(
            link.replace_for for link in self.links
        )


@dataclass(frozen=True)
class ApplyResult:
    backup: Path | None  # None on PostgreSQL: the server's own backup (pg_dump) covers it
    inserted: int
    updated: int


class ExchangeService(Service):
    def read(
        self, specs: Sequence[ReadSpec], municipality_ids: Sequence[str] | None
    ) -> dict[str, list[dict]]:
        """Every row of the tables asked for, of the given municipalities (all when None), as dicts."""
        out: dict[str, list[dict]] = {}
        with self._read() as s:
            for spec in specs:
                query = select(spec.table)
                if municipality_ids is not None:
                    if spec.parent is not None:
                        parents = select(spec.parent.c.id).where(
                            spec.parent.c[spec.parent_owner].in_(list(municipality_ids))
                        )
                        query = query.where(spec.table.c[spec.owner].in_(parents))
                    else:
                        query = query.where(spec.table.c[spec.owner].in_(list(municipality_ids)))
                out[spec.table.name] = [dict(row._mapping) for row in s.execute(query)]
        return out

    def read_by_ids(self, table: Table, ids: Sequence[str]) -> list[dict]:
        """Rows with these ids, whichever municipality they belong to (to find clashes)."""
        rows: list[dict] = []
        with self._read() as s:
            for start in range(0, len(ids), BATCH):
                chunk = list(ids[start : start + BATCH])
                rows += [dict(r._mapping) for r in s.execute(select(table).where(table.c.id.in_(chunk)))]
        return rows

    def deleted(self) -> dict[tuple[str, str], datetime]:
        """(entity, id) → when it was deleted here: a file must not bring it back unnoticed."""
        with self._read() as s:
            rows = s.execute(
                select(ChangeLog.entity, ChangeLog.entity_id, ChangeLog.at).where(
                    ChangeLog.action == "delete"
                )
            )
            return {(entity, entity_id): at for entity, entity_id, at in rows}

    def apply(self, changes: ChangeSet, backups_dir: Path | None, keep: int = 10) -> ApplyResult:
        """Back up, then write everything in one transaction, or nothing."""
        saved = None
        engine = self._ctx.sessions.kw["bind"]
        if engine.dialect.name == "sqlite" and backups_dir is not None and engine.url.database:
            saved = backup.make_backup(Path(engine.url.database), backups_dir, "before-import", keep)
        inserted = updated = 0
        with self._write() as s:
            for change in changes.tables:
                if change.inserts:
                    s.execute(insert(change.table), change.inserts)
                    inserted += len(change.inserts)
                if change.updates:
                    self._update_rows(s, change)
                    updated += len(change.updates)
            for link in changes.links:
                own = link.table.c[link.own_column]
                for start in range(0, len(link.replace_for), BATCH):
                    s.execute(delete(link.table).where(own.in_(link.replace_for[start : start + BATCH])))
                if link.rows:
                    s.execute(insert(link.table), link.rows)
            for municipality_id, summary in changes.log:
                s.add(
                    ChangeLog(
                        who=self._ctx.who,
                        municipality_id=municipality_id,
                        action="import",
                        entity="exchange",
                        entity_id=municipality_id,
                        summary=summary[:500],
                    )
                )
        log.info("import applied: %s new, %s updated", inserted, updated)
        return ApplyResult(saved, inserted, updated)

    @staticmethod
    def _update_rows(s: Any, change: TableChanges) -> None:
        """UPDATE by id with version + 1, then check each row went from the version read to the next:
        a record changed by someone else since the preview was made aborts the whole import."""
        table = change.table
        columns = [name for name in change.updates[0][0] if name != "id"]
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id", type_=table.c.id.type))
            .values(
                {name: bindparam(f"_{name}", type_=table.c[name].type) for name in columns}
                | {"version": table.c.version + 1}
            )
        )
        params = [
            {"_id": values["id"], **{f"_{name}": values[name] for name in columns}}
            for values, _ in change.updates
        ]
        s.connection().execute(statement, params)
        expected = {values["id"]: version + 1 for values, version in change.updates}
        ids = list(expected)
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            for row_id, version in s.execute(
                select(table.c.id, table.c.version).where(table.c.id.in_(chunk))
            ):
                if expected.pop(row_id) != version:
                    raise StaleRecordError(_STALE())
        if expected:
            raise StaleRecordError(_STALE())


def _STALE() -> str:
    return t(
        "Während der Vorschau wurden Datensätze geändert oder gelöscht; nichts wurde übernommen. "
        "Bitte die Datei erneut öffnen.",
        "Records were changed or deleted while the preview was open; nothing was taken over. "
        "Please open the file again.",
    )
