"""The Workspace: the one writer. Opens (and migrates) the database and groups the area services."""

from __future__ import annotations

import getpass
import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from ..config import Config
from ..lang import t
from . import (
    applock,
    backup,
    db,
    tables,  # noqa: F401 - the metadata holds every table once a workspace opens
)
from .check import CheckReport, check_open, schema_revision
from .errors import DamagedDatabaseError, StoreError

if TYPE_CHECKING:
    from .report_reads import ReportReads
    from .services.actors import ActorService
    from .services.anchoring import AnchoringService
    from .services.barriers import BarrierService
    from .services.base import ServiceContext
    from .services.checklists import ChecklistService
    from .services.consultant import ConsultantService
    from .services.events import EventService
    from .services.exchange import ExchangeService
    from .services.ideas import IdeaService
    from .services.insights import InsightService
    from .services.measures import MeasureService
    from .services.municipality import MunicipalityService
    from .services.network import NetworkService
    from .services.outreach import OutreachService
    from .services.pillars import PillarService
    from .services.practice import PracticeService
    from .services.target_groups import TargetGroupService

log = logging.getLogger(__name__)


class Workspace:
    """Entry point of the store: ``ws.municipalities.create(...)``, ``ws.actors.list(...)``, …"""

    def __init__(self, engine: Engine, who: str | None = None) -> None:
        self.engine = engine
        self._who = who

    @cached_property
    def _ctx(self) -> ServiceContext:
        """The services' sessions, made with the first service: the documents' reads (``report_reads``)
        go through Core alone, so ``report --all`` never imports the ORM."""
        from .services.base import ServiceContext

        return ServiceContext(db.session_factory(self.engine), self._who or _user_name())

    # One small service per area (no facade class that grows with every feature), each imported and made on
    # first use: `report --all` needs none of them (``report_reads``), a single document a few. Services are
    # stateless, so when two threads (UI, reads and jobs lanes) race for the first use, each gets an equal
    # instance and one is kept: no lock needed (cached_property has none since Python 3.12).

    @cached_property
    def municipalities(self) -> MunicipalityService:
        from .services.municipality import MunicipalityService

        return MunicipalityService(self._ctx)

    @cached_property
    def barriers(self) -> BarrierService:
        from .services.barriers import BarrierService

        return BarrierService(self._ctx)

    @cached_property
    def target_groups(self) -> TargetGroupService:
        from .services.target_groups import TargetGroupService

        return TargetGroupService(self._ctx)

    @cached_property
    def actors(self) -> ActorService:
        from .services.actors import ActorService

        return ActorService(self._ctx)

    @cached_property
    def network(self) -> NetworkService:
        from .services.network import NetworkService

        return NetworkService(self._ctx)

    @cached_property
    def pillars(self) -> PillarService:
        from .services.pillars import PillarService

        return PillarService(self._ctx)

    @cached_property
    def insights(self) -> InsightService:
        from .services.insights import InsightService

        return InsightService(self._ctx)

    @cached_property
    def checklists(self) -> ChecklistService:
        """Opening per Verein, anchoring per municipality."""
        from .services.checklists import ChecklistService

        return ChecklistService(self._ctx)

    @cached_property
    def anchoring(self) -> AnchoringService:
        from .services.anchoring import AnchoringService

        return AnchoringService(self._ctx)

    @cached_property
    def practice(self) -> PracticeService:
        from .services.practice import PracticeService

        return PracticeService(self._ctx)

    @cached_property
    def measures(self) -> MeasureService:
        from .services.measures import MeasureService

        return MeasureService(self._ctx)

    @cached_property
    def events(self) -> EventService:
        from .services.events import EventService

        return EventService(self._ctx)

    @cached_property
    def ideas(self) -> IdeaService:
        from .services.ideas import IdeaService

        return IdeaService(self._ctx)

    @cached_property
    def outreach(self) -> OutreachService:
        """Engagement opportunities, outreach texts."""
        from .services.outreach import OutreachService

        return OutreachService(self._ctx)

    @cached_property
    def exchange(self) -> ExchangeService:
        from .services.exchange import ExchangeService

        return ExchangeService(self._ctx)

    @cached_property
    def consultant(self) -> ConsultantService:
        from .services.consultant import ConsultantService

        return ConsultantService(self._ctx)

    @cached_property
    def report_reads(self) -> ReportReads:
        """The documents' reads over many municipalities at once."""
        from .report_reads import ReportReads

        return ReportReads(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, config: Config, who: str | None = None) -> Workspace:
        """Open the configured database, copying the file and upgrading it if its schema is older."""
        path = config.sqlite_path
        if path is not None:
            refuse_damaged(path, config.backups_dir)
            # Leftovers of an interrupted run; a .restore file only when no app is restoring now.
            backup.cleanup(config.backups_dir, None if applock.is_locked(config.data_dir) else path.parent)
        engine = db.make_engine(path or config.url)
        try:
            migrate(engine, config)
        except DamagedDatabaseError as exc:
            engine.dispose()
            raise DamagedDatabaseError(f"{exc} {_backups_hint(config.backups_dir)}") from exc
        except Exception:
            engine.dispose()
            raise
        return cls(engine, who or config.settings.user_name or None)

    def load_example(self, size: str = "small") -> str:
        """Fill the workspace with the fictional example (small town, or "large": 25 municipalities);
        returns a one-line summary. Refused with a StoreError when the example is there already."""
        from .demo import fill_demo  # the generator and its data are only needed here

        return fill_demo(self, size)

    @property
    def context(self) -> ServiceContext:
        """The session factory and user name the services share (for store-level loaders)."""
        return self._ctx

    def close(self) -> None:
        self.engine.dispose()

    def forked(self) -> None:
        """In a child made by ``fork``: connections of its own from here on. The inherited ones (a
        SQLite file handle, a PostgreSQL socket) stay open for the parent and unused here
        (SQLAlchemy's ``dispose(close=False)``, made for this)."""
        self.engine.dispose(close=False)

    def check(self) -> CheckReport:
        """Integrity, schema revision and row counts (`vopi-desktop check` reads a workspace without
        opening it as one: ``check.check_workspace``)."""
        return check_open(self.engine)


def migrate(engine: Engine, config: Config) -> None:
    revision = schema_revision(engine)  # refuses another program's database and a newer schema
    if revision == db.HEAD_REVISION:
        return
    path = config.sqlite_path
    if revision is not None and path is not None and path.exists():
        config.backups_dir.mkdir(parents=True, exist_ok=True)
        backup.make_backup(
            path, config.backups_dir, f"before-upgrade-{revision}", config.settings.backups_to_keep
        )
    log.info("upgrading schema %s -> %s", revision, db.HEAD_REVISION)
    db.upgrade(engine)


SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_damaged(path: Path, backups_dir: Path) -> None:
    """An empty or foreign file where the database should be is damaged, not a new workspace.

    A crashed copy or a full disk can leave a 0-byte file; SQLite would open it as a fresh, empty
    database, and the app would show no data as if all was well.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(
            t(f"{path} ist ein Ordner, keine Datenbankdatei.", f"{path} is a folder, not a database file.")
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise StoreError(
            t(
                f"Die Datenbank {path} ist nicht lesbar (Berechtigung).",
                f"The database {path} cannot be read (permission).",
            )
        ) from exc
    if header == SQLITE_HEADER:
        return
    state = (
        t("leer (0 Byte)", "empty (0 bytes)") if not header else t("keine SQLite-Datei", "not a SQLite file")
    )
    raise DamagedDatabaseError(
        t(
            f"Die Datenbank {path} ist beschädigt: {state}. Nichts wurde verändert.",
            f"The database {path} is damaged: {state}. Nothing was changed.",
        )
        + " "
        + _backups_hint(backups_dir)
    )


def _backups_hint(backups_dir: Path) -> str:
    if backup.list_backups(backups_dir):
        return t(
            f"Sicherungen liegen im Ordner {backups_dir}; die neueste lässt sich mit "
            "„vopi-desktop restore DATEI“ oder im Programm zurückholen.",
            f"Backups are in the folder {backups_dir}; restore the newest with "
            "“vopi-desktop restore FILE” or in the app.",
        )
    return t(
        f"Im Ordner {backups_dir} liegt keine Sicherung.", f"There is no backup in the folder {backups_dir}."
    )


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def sqlite_file(config: Config) -> Path:
    path = config.sqlite_path
    if path is None:
        raise StoreError(
            t(
                "Sicherung und Wiederherstellung gibt es nur für die lokale SQLite-Datenbank; "
                "eine PostgreSQL-Datenbank sichert der Server (pg_dump).",
                "Backup and restore are for the local SQLite database; a PostgreSQL server is backed up "
                "with pg_dump.",
            )
        )
    return path
