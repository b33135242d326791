"""The store side of the .vopi exchange: bulk reads for export and merge, and the one writer of an import.

The exchange package decides what to write (``exchange/plan.py``); this service writes it, in one
transaction after an automatic backup, with a change-log row per municipality naming the file. Rows
go through SQLAlchemy Core in batches: 10,000 actors row by row through the ORM would take minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Table,
    bindparam,
    delete,
    select,
    update,
)

from ...lang import t
from .. import backup
from ..errors import StaleRecordError
from ..models import ChangeLog, Municipality
from .base import Service
from .exchange_deletes import RecordDelete, delete_records, keep_tombstones, tombstones
from .exchange_rows import insert_rows, read_rows

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
    """Rows to insert and to update. A row may hold more keys than the columns named (the
    exchange hands on its records as they are): only the named ones are written."""

    table: Table
    insert_columns: Sequence[str]
    update_columns: Sequence[str]
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
    deletes: list[RecordDelete] = field(default_factory=list)  # done first (exchange_deletes.py)
    tombstones: list[tuple[str, str, str, datetime]] = field(default_factory=list)  # the file's, kept

    def empty(self) -> bool:
        return (
            not any(c.inserts or c.updates for c in self.tables)
            and not any(link.replace_for for link in self.links)
            and not self.deletes
            and not self.tombstones
        )


@dataclass(frozen=True)
class ApplyResult:
    backup: Path | None  # None on PostgreSQL: the server's own backup (pg_dump) covers it
    inserted: int
    updated: int
    deleted: int = 0  # deleted here, or moved to the trash, because the file says so


class ExchangeService(Service):
    """Reads and writes for ``exchange/``, and the entry points the UI and CLI call (the format code
    is imported only when a file is made or read)."""

    @property
    def who(self) -> str:
        return self._ctx.who

    def export_file(
        self,
        out: Path,
        municipality: str | None = None,
        personal: bool = True,
        password: str | None = None,
        progress: Callable[[int, str], None] | None = None,
        practice_examples: Sequence[str] | None = None,
    ) -> Any:
        """Write a .vopi file (``exchange.export.export``); returns its ExportResult. With
        ``practice_examples`` (ids) the file holds only those, for a municipality to file as its own."""
        from ...exchange.export import export

        return export(self, out, municipality, personal, password, progress, practice_examples)

    def prepare_import(
        self, path: Path, password: str | None = None, policy: str = "newer", target: str | None = None
    ) -> Any:
        """Read and check a .vopi file and plan its merge (``exchange.plan.Plan``); writes nothing.
        ``target``: the municipality that receives a file of practice examples."""
        from ...exchange.importer import prepare

        return prepare(self, path, password, policy, target)

    def apply_import(self, plan: Any, backups_dir: Path | None, keep: int = 10) -> ApplyResult | None:
        """Write a plan as decided: backup, one transaction, change log; None when nothing changes."""
        from ...exchange.importer import apply

        return apply(self, plan, backups_dir, keep)

    def only_municipality(self) -> str | None:
        """The id of the workspace's municipality when there is exactly one."""
        with self._read() as s:
            ids = s.scalars(select(Municipality.id).limit(2)).all()
        return ids[0] if len(ids) == 1 else None

    def municipality_named(self, name: str) -> str | None:
        """The id of the municipality with this name (compared as the app compares names)."""
        from ..names import name_key

        wanted = name_key(name)
        with self._read() as s:
            for mid, stored in s.execute(select(Municipality.id, Municipality.name)):
                if name_key(stored) == wanted:
                    return mid
        return None

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
                out[spec.table.name] = read_rows(s, spec.table, query)
        return out

    def ids_of(self, tables: Sequence[Table]) -> dict[str, set[str]]:
        """Every id stored in the tables, whichever municipality: to find a file's record held
        elsewhere. One session for all tables (a session each cost more than the reads)."""
        with self._read() as s:
            return {
                table.name: {row["id"] for row in read_rows(s, table, select(table.c.id), [table.c.id])}
                for table in tables
            }

    def read_where(self, table: Table, column: str, value: str) -> list[dict]:
        with self._read() as s:
            return read_rows(s, table, select(table).where(table.c[column] == value))

    def read_by_ids(self, table: Table, ids: Sequence[str]) -> list[dict]:
        """Rows with these ids, whichever municipality they belong to (to find clashes)."""
        rows: list[dict] = []
        with self._read() as s:
            for start in range(0, len(ids), BATCH):
                chunk = list(ids[start : start + BATCH])
                rows += [dict(r._mapping) for r in s.execute(select(table).where(table.c.id.in_(chunk)))]
        return rows

    def read_columns(
        self, table: Table, names: Sequence[str], owner: str, municipality_ids: Sequence[str]
    ) -> list[dict]:
        """Some columns of every row of these municipalities (the names to check before a write)."""
        columns = [table.c[name] for name in names]
        query = select(*columns).where(table.c[owner].in_(list(municipality_ids)))
        with self._read() as s:
            return read_rows(s, table, query, columns)

    def deleted(self) -> dict[tuple[str, str], datetime]:
        """(entity, id) → when it was deleted here: a file must not bring it back unnoticed. The
        change log (a municipality deleted here) and the tombstones (a step dropped from a measure,
        and the deletions an import took over, with the sender's time), the later time of both."""
        with self._read() as s:
            rows = s.execute(
                select(ChangeLog.entity, ChangeLog.entity_id, ChangeLog.at).where(
                    ChangeLog.action == "delete"
                )
            )
            found = {(entity, entity_id): at for entity, entity_id, at in rows}
            for row in tombstones(s, None):
                key = (row["entity"], row["id"])
                found[key] = max(found.get(key, row["deleted_at"]), row["deleted_at"])
            return found

    def tombstones(self, municipality_ids: Sequence[str] | None) -> list[dict[str, Any]]:
        """The ids of these municipalities' records deleted here, with entity and time (all when None)."""
        with self._read() as s:
            return tombstones(s, None if municipality_ids is None else list(municipality_ids))

    def deleted_under(self, entity: str, municipality_id: str) -> set[str]:
        """Ids of ``entity`` records deleted here from this municipality (change log)."""
        with self._read() as s:
            return set(
                s.scalars(
                    select(ChangeLog.entity_id).where(
                        ChangeLog.action == "delete",
                        ChangeLog.entity == entity,
                        ChangeLog.municipality_id == municipality_id,
                    )
                )
            )

    def apply(
        self, changes: ChangeSet, backups_dir: Path | None, keep: int = 10, about: str = ""
    ) -> ApplyResult:
        """Back up (named for the file imported, ``about``), then write everything in one
        transaction, or nothing."""
        saved = None
        engine = self._ctx.sessions.kw["bind"]
        if engine.dialect.name == "sqlite" and backups_dir is not None and engine.url.database:
            saved = backup.make_backup(
                Path(engine.url.database), backups_dir, "before-import", keep, about=about
            )
        inserted = updated = deleted = 0
        with self._write() as s:
            if changes.deletes:  # first: a name the file gives a new record may be a deleted one's
                deleted = delete_records(s, changes.deletes, self._ctx.who, about, _STALE())
            for change in changes.tables:
                if change.inserts:
                    insert_rows(s, change.table, change.inserts, change.insert_columns)
                    inserted += len(change.inserts)
                if change.updates:
                    self._update_rows(s, change)
                    updated += len(change.updates)
            for link in changes.links:
                own = link.table.c[link.own_column]
                for start in range(0, len(link.replace_for), BATCH):
                    s.execute(delete(link.table).where(own.in_(link.replace_for[start : start + BATCH])))
                if link.rows:
                    insert_rows(s, link.table, link.rows)
            if changes.tombstones:
                keep_tombstones(s, changes.tombstones)
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
        log.info("import applied: %s new, %s updated, %s deleted", inserted, updated, deleted)
        return ApplyResult(saved, inserted, updated, deleted)

    @staticmethod
    def _update_rows(s: Any, change: TableChanges) -> None:
        """UPDATE by id with version + 1, then check each row went from the version read to the next:
        a record changed by someone else since the preview was made aborts the whole import."""
        table = change.table
        columns = [name for name in change.update_columns if name != "id"]
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
