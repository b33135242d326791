"""`report KIND --all` reads through Core alone: the ORM's import and the mapping of the classes were
a fifth of the time before the workers start (issue #10's speed goal, docs/benchmarks.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

# The command as the console script runs it, in a fresh interpreter; then what it imported.
PROBE = """
import os, sys
os.environ["VOPI_REPORT_WORKERS"] = "1"
from vopi_desktop.cli import main
assert main(sys.argv[1:]) == 0
print(sorted(m for m in sys.modules if m.startswith("sqlalchemy.orm") or m.startswith("vopi_desktop.store.services")
             or m in ("vopi_desktop.store.models", "vopi_desktop.store.outreach_models")))
"""


def test_report_all_imports_no_orm(several: tuple[Path, list[str]], tmp_path: Path) -> None:
    data, names = several
    out = tmp_path / "all"
    args = ["--data-dir", str(data), "report", "dossier", "--all", "--out", str(out)]
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    written = sorted(out.glob("*.pdf"))
    assert len(written) == len(names)  # every municipality's dossier, read without the ORM
    assert all(len(PdfReader(p).pages) >= 1 for p in written)


def test_one_municipality_by_name_imports_no_orm(several: tuple[Path, list[str]], tmp_path: Path) -> None:
    data, names = several
    out = tmp_path / "one.pdf"
    args = [
        "--data-dir",
        str(data),
        "report",
        "analysis",
        "--municipality",
        names[0].upper(),
        "--out",
        str(out),
    ]
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert names[0] in PdfReader(out).pages[0].extract_text()
