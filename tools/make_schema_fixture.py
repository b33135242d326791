"""Write tests/fixtures/schema_<head>.sqlite3: a small workspace in the current newest schema.

Run it before adding a new Alembic revision, so the migration test keeps upgrading every schema
users may still have on disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vopi_desktop.config import load_config  # noqa: E402
from vopi_desktop.store.db import HEAD_REVISION  # noqa: E402
from vopi_desktop.store.dto.municipality import MunicipalityInput  # noqa: E402
from vopi_desktop.store.workspace import Workspace  # noqa: E402


def main() -> None:
    target = ROOT / "tests" / "fixtures" / f"schema_{HEAD_REVISION}.sqlite3"
    if target.exists():
        sys.exit(f"{target} exists already")
    folder = target.parent / "_build"
    config = load_config(folder, f"sqlite:///{target}")
    config.ensure_dirs()
    ws = Workspace.open(config, who="fixture")
    m = ws.municipalities.create(
        MunicipalityInput(
            name="Altdorf", kind="gemeinde", state="BW", population=3100, contact_name="Frau Öztürk"
        )
    )
    ws.municipalities.set_occasions(m.id, ["more_migrants", "network_mo"], "Ältere Migrant:innen erreichen")
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    for extra in folder.rglob("*"):
        if extra.is_file():
            extra.unlink()
    for extra in sorted(folder.rglob("*"), reverse=True):
        extra.rmdir()
    folder.rmdir()
    print(f"written {target}")


if __name__ == "__main__":
    main()
