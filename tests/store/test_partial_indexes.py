"""The partial unique indexes: SQLite's condition from the start, PostgreSQL's once a PostgreSQL engine
is made, and SQLite work never loads SQLAlchemy's PostgreSQL dialect (26 ms of every start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy.schema import CreateIndex

from vopi_desktop.config import load_config
from vopi_desktop.store import db
from vopi_desktop.store.base import Base
from vopi_desktop.store.partial_indexes import _MADE
from vopi_desktop.store.workspace import Workspace


def test_sqlite_work_does_not_load_the_postgresql_dialect(tmp_path: Path) -> None:
    Workspace.open(load_config(tmp_path, None), who="test").close()  # made (its migrations name PostgreSQL)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from vopi_desktop.config import load_config\n"
        "from vopi_desktop.store.workspace import Workspace\n"
        f"ws = Workspace.open(load_config(Path({str(tmp_path)!r}), None), who='test')\n"
        "ws.municipalities.list()\n"
        "ws.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.postgresql')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_partial_index_has_both_conditions_on_postgresql(db_url: str) -> None:
    engine = db.make_engine(db_url)
    try:
        names = {index.name for index, _where in _MADE}
        assert len(names) == 4
        for table in Base.metadata.tables.values():
            for index in table.indexes:
                if index.name not in names:
                    continue
                sql = str(CreateIndex(index).compile(dialect=engine.dialect))
                where = dict((i.name, w) for i, w in _MADE)[index.name]
                assert f"WHERE {where}" in sql, sql
    finally:
        engine.dispose()
