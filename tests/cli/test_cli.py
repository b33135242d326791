"""The command line contract: run as a user would, through the real entry point in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, data: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "vopi_desktop", *(["--data-dir", str(data)] if data else []), *args]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"{cmd} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def test_version() -> None:
    assert run("--version").stdout.startswith("VOPI Desktop ")


def test_bad_flag_is_one_line_without_traceback(tmp_path: Path) -> None:
    result = run("--no-such-flag", data=tmp_path, check=False)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_restore_of_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run("restore", str(tmp_path / "gibt-es-nicht.sqlite3"), data=tmp_path, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "nicht gefunden" in result.stderr
    assert "Traceback" not in result.stderr


def test_restore_of_a_non_database_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("kein sqlite")
    result = run("restore", str(junk), data=tmp_path / "d", check=False)
    assert result.returncode == 1
    assert "keine VOPI-Datenbank" in result.stderr


def test_demo_smoke_check_backup_restore(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert "Beispieldaten" in run("demo", "--size", "small", data=data).stdout
    shot = tmp_path / "start.png"
    run("smoke", "--page", "start", "--screenshot", str(shot), data=data)
    assert shot.stat().st_size > 10_000
    check = run("check", data=data)
    assert "actor:" in check.stdout
    backup = tmp_path / "saved.sqlite3"
    run("backup", "--out", str(backup), data=data)
    assert backup.stat().st_size > 0
    saved = _content(data)
    # Change real records, then restore: the changes are gone, and the state before is kept too.
    from vopi_desktop.config import load_config
    from vopi_desktop.store.dto.municipality import MunicipalityInput
    from vopi_desktop.store.workspace import Workspace

    ws = Workspace.open(load_config(data, None))
    town = ws.municipalities.list()[0]
    ws.municipalities.update(
        town.id, MunicipalityInput(name="Umbenannt", kind=town.kind, state=town.state), town.version
    )
    ws.actors.trash(ws.actors.list(town.id)[0].id)
    ws.close()
    changed = _content(data)
    assert changed != saved
    restored = run("restore", str(backup), data=data)
    assert "gesichert" in restored.stdout
    assert _content(data) == saved
    before = list((data / "backups").glob("*before-restore*"))
    assert len(before) == 1 and _content(before[0]) == changed
    assert run("check", data=data).returncode == 0


def _content(path: Path) -> list[tuple[object, ...]]:
    """Municipality names and the actors not in the trash, read straight from the file."""
    import sqlite3

    db = path / "vopi.sqlite3" if path.is_dir() else path
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT m.name, a.name FROM actor a JOIN municipality m ON m.id = a.municipality_id "
            "WHERE a.deleted_at IS NULL ORDER BY 1, 2"
        ).fetchall()
    finally:
        conn.close()


def test_smoke_on_empty_workspace_paints_empty_state(tmp_path: Path) -> None:
    shot = tmp_path / "empty.png"
    run("smoke", "--screenshot", str(shot), data=tmp_path / "data")
    assert shot.exists()


def test_english_switch(tmp_path: Path) -> None:
    result = run("--lang", "en", "restore", str(tmp_path / "missing"), data=tmp_path, check=False)
    assert "not found" in result.stderr


@pytest.mark.parametrize("page", ["barriers", "consultant"])
def test_smoke_pages(tmp_path: Path, page: str) -> None:
    run("smoke", "--page", page, data=tmp_path / "data")


def test_check_fails_on_a_damaged_workspace(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    run("demo", data=data)
    conn = sqlite3.connect(data / "vopi.sqlite3")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE actor_link SET source_id = 'ffffffffffffffffffffffffffffffff'")
    conn.commit()
    conn.close()
    result = run("check", data=data, check=False)
    assert result.returncode == 1
    assert "verwaiste Verweise" in result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_timing_reports_the_first_paint(tmp_path: Path) -> None:
    result = run("smoke", "--timing", data=tmp_path / "data")
    assert result.stdout.startswith("first paint: ")
    assert result.stdout.split()[2].isdigit()


def test_the_same_commands_run_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    base = ["--database-url", postgres_url]
    assert "Beispieldaten" in run(*base, "demo", data=tmp_path).stdout
    check = run(*base, "check", data=tmp_path)
    assert "actor: 42" in check.stdout  # 41 and one in the trash (its offer is left out of documents)
    shot = tmp_path / "pg.png"
    run(*base, "smoke", "--page", "actors", "--screenshot", str(shot), data=tmp_path)
    assert shot.stat().st_size > 10_000
    refused = run(*base, "backup", data=tmp_path, check=False)
    assert refused.returncode == 1
    assert "pg_dump" in refused.stderr
