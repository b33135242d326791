"""Export and import of the large demo (25 municipalities, 10,000 actors) against a plain SQLite copy.

Goals (issue 11.9): export and import each ≤ 3 s and within 3× of copying the same rows with the
standard library's sqlite3 (SELECT from the workspace, executemany into a fresh file of the same
schema with its indexes, one transaction); memory below 300 MB while importing (peak RSS of the CLI import process).
"""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3


def _median(func) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _plain_copy(source: Path, tables: list[str], folder: Path) -> float:
    """The same rows copied with sqlite3 alone: the floor any exchange format is measured against."""
    # The same schema, indexes included (the import has to maintain them too); tables first.
    query = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type = 'index'"
    schema = [row[0] for row in sqlite3.connect(source).execute(query)]
    times = []
    for run in range(RUNS):
        target = folder / f"plain-{run}.sqlite3"
        dest = sqlite3.connect(target)
        for statement in schema:
            dest.execute(statement)
        dest.commit()
        src = sqlite3.connect(source)
        start = time.perf_counter()
        for table in tables:
            rows = src.execute(f'SELECT * FROM "{table}"').fetchall()
            if rows:
                dest.executemany(f'INSERT INTO "{table}" VALUES ({",".join("?" * len(rows[0]))})', rows)
        dest.commit()
        times.append(time.perf_counter() - start)
        src.close()
        dest.close()
    return statistics.median(times)


def run() -> dict[str, float | str]:
    from vopi_desktop.config import load_config
    from vopi_desktop.exchange import importer
    from vopi_desktop.exchange.export import export
    from vopi_desktop.exchange.registry import entities
    from vopi_desktop.store.demo import fill_demo
    from vopi_desktop.store.workspace import Workspace

    results: dict[str, float | str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = load_config(folder / "a", None)
        source.ensure_dirs()
        ws = Workspace.open(source, who="bench")
        fill_demo(ws, "large")
        out = folder / "large.vopi"
        results["export, large demo (s)"] = _median(lambda: export(ws.exchange, out))
        results["file size (KB)"] = out.stat().st_size / 1024
        ws.close()
        tables = [e.name for e in entities()] + [link.table.name for e in entities() for link in e.links]
        plain = _plain_copy(source.sqlite_path, tables, folder)
        results["plain sqlite3 copy of the same rows (s)"] = plain

        imports, again = [], []
        for run_no in range(RUNS):
            target = load_config(folder / f"b{run_no}", None)
            target.ensure_dirs()
            wb = Workspace.open(target, who="bench")
            start = time.perf_counter()
            importer.apply(wb.exchange, importer.prepare(wb.exchange, out), target.backups_dir)
            imports.append(time.perf_counter() - start)
            start = time.perf_counter()
            plan = importer.prepare(wb.exchange, out)
            assert not plan.changes_anything()
            again.append(time.perf_counter() - start)
            wb.close()
        results["import into an empty workspace, backup included (s)"] = statistics.median(imports)
        results["same file again: plan, nothing to write (s)"] = statistics.median(again)
        results["export / plain copy"] = results["export, large demo (s)"] / plain
        results["import / plain copy"] = statistics.median(imports) / plain

        peak = subprocess.run(
            [
                sys.executable,
                "-c",
                "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
                sys.executable,
                "-m",
                "vopi_desktop",
                "--data-dir",
                str(folder / "cli"),
                "import",
                str(out),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        results["peak RSS, CLI import of the large demo (MB)"] = int(peak.stdout.split()[-1]) / 1024
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")
