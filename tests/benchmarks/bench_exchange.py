"""Export and import of the large demo (25 municipalities, 10,000 actors) against a plain SQLite copy.

Goals (issue 11.9): export and import each ≤ 3 s and within 3× of copying the same rows with the
standard library's sqlite3 (SELECT from the workspace, executemany into a fresh file of the same
schema with its indexes, one transaction); memory below 300 MB while importing (peak RSS of the CLI import process).
The ratios are given in wall-clock time and in the process's CPU time (steadier on a shared machine).
Memory is also measured for a file at the size limit: the large demo's file copied with fresh ids
until data.json is just under ``container.MAX_DATA``, notes holding an emoji (then the decoded text
takes 4 bytes a character: the worst case).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

RUNS = 3


def _median(func) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak_rss(data_dir: Path, file: Path) -> float:
    """Peak RSS (MB) of `vopi-desktop import FILE` in a fresh process."""
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
            str(data_dir),
            "import",
            str(file),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(peak.stdout.split()[-1]) / 1024


def _file_at_the_limit(source: Path, out: Path) -> tuple[int, int]:
    """The large demo's file copied with fresh ids (and renamed municipalities) while it fits, then
    actors' notes filled until data.json is just under the limit; returns (bytes, records)."""
    from vopi_desktop.exchange.container import MAX_DATA

    with zipfile.ZipFile(source) as archive:
        head, text = json.loads(archive.read("manifest.json")), archive.read("data.json").decode()
    ids = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    merged: dict[str, list] = {}
    copies = max(1, (MAX_DATA - 2**20) // len(text.encode()))
    for copy in range(copies):
        data = json.loads(ids.sub(lambda m, c=copy: str(uuid.uuid5(uuid.NAMESPACE_OID, f"{c}{m[0]}")), text))
        for place in data["municipality"]:
            place["name"] += f" {copy}"
        for name, rows in data.items():
            merged.setdefault(name, []).extend(rows)
    note = ("Sommerfest im Quartier 🎉 mit Ständen, Musik und Begegnung. " * 1600)[:90_000]
    room = MAX_DATA - 4096 - len(json.dumps(merged, ensure_ascii=False, separators=(",", ":")).encode())
    for actor in merged["actor"][: max(room, 0) // (len(note.encode()) + 2)]:
        actor["notes"] = note
    raw = json.dumps(merged, ensure_ascii=False, separators=(",", ":")).encode()
    head["municipalities"] = [{"id": m["id"], "name": m["name"]} for m in merged["municipality"]]
    head["counts"] = {name: len(rows) for name, rows in merged.items()}
    head["data_sha256"] = hashlib.sha256(raw).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.json", json.dumps(head))
        archive.writestr("data.json", raw)
    out.write_bytes(buffer.getvalue())
    return len(raw), sum(head["counts"].values())


def _plain_copy(source: Path, tables: list[str], folder: Path) -> float:
    """The same rows copied with sqlite3 alone: the floor any exchange format is measured against."""
    # The same schema, indexes included (the import has to maintain them too); tables first.
    query = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type = 'index'"
    schema = [row[0] for row in sqlite3.connect(source).execute(query)]
    times, cpu = [], []
    for run in range(RUNS):
        target = folder / f"plain-{run}.sqlite3"
        dest = sqlite3.connect(target)
        for statement in schema:
            dest.execute(statement)
        dest.commit()
        src = sqlite3.connect(source)
        start, start_cpu = time.perf_counter(), time.process_time()
        for table in tables:
            rows = src.execute(f'SELECT * FROM "{table}"').fetchall()
            if rows:
                dest.executemany(f'INSERT INTO "{table}" VALUES ({",".join("?" * len(rows[0]))})', rows)
        dest.commit()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        src.close()
        dest.close()
    return statistics.median(times), statistics.median(cpu)


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
        plain, plain_cpu = _plain_copy(source.sqlite_path, tables, folder)
        results["plain sqlite3 copy of the same rows (s)"] = plain
        results["plain copy, CPU time (s)"] = plain_cpu

        imports, imports_cpu, again = [], [], []
        for run_no in range(RUNS):
            target = load_config(folder / f"b{run_no}", None)
            target.ensure_dirs()
            wb = Workspace.open(target, who="bench")
            start, start_cpu = time.perf_counter(), time.process_time()
            importer.apply(wb.exchange, importer.prepare(wb.exchange, out), target.backups_dir)
            imports.append(time.perf_counter() - start)
            imports_cpu.append(time.process_time() - start_cpu)
            start = time.perf_counter()
            plan = importer.prepare(wb.exchange, out)
            assert not plan.changes_anything()
            again.append(time.perf_counter() - start)
            wb.close()
        results["import into an empty workspace, backup included (s)"] = statistics.median(imports)
        results["same file again: plan, nothing to write (s)"] = statistics.median(again)
        results["export / plain copy"] = results["export, large demo (s)"] / plain
        results["import / plain copy"] = statistics.median(imports) / plain
        results["import CPU time (s)"] = statistics.median(imports_cpu)
        results["import / plain copy, CPU time"] = statistics.median(imports_cpu) / plain_cpu

        results["peak RSS, CLI import of the large demo (MB)"] = _peak_rss(folder / "cli", out)
        size, records = _file_at_the_limit(out, folder / "limit.vopi")
        results["file at the size limit: data.json (MiB)"] = size / 2**20
        results["file at the size limit: records"] = str(records)
        results["peak RSS, CLI import of the file at the limit (MB)"] = _peak_rss(
            folder / "cli2", folder / "limit.vopi"
        )
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")
