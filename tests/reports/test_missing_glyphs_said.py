"""``vopi-desktop report`` says when characters the fonts lack were printed as "�" (one line after
"Geschrieben", naming them), also for ``--all`` whose documents are laid out in forked workers."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace

FORK = (
    sys.platform != "darwin"
    and "fork" in multiprocessing.get_all_start_methods()
    and (os.cpu_count() or 1) > 1
)
HINT_DE = "Hinweis: 2 Zeichen fehlen in der Schrift und wurden durch „�“ ersetzt: → ✓"
HINT_EN = "Note: 2 characters are missing from the fonts and were replaced by “�”: → ✓"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two towns: "Neudorf ✓" (a name the header prints) and Altdorf, whose actor's note has an arrow;
    Leerdorf holds nothing the fonts lack."""
    folder = tmp_path_factory.mktemp("glyphs")
    config = load_config(folder, None)
    config.ensure_dirs()
    ws = Workspace.open(config, who="test")
    try:
        for name, note in (("Neudorf ✓", "Treffpunkt Halle"), ("Altdorf", "Treffpunkt → Halle")):
            town = ws.municipalities.create(MunicipalityInput(name=name, kind="gemeinde", state="BY"))
            ws.actors.create(town.id, ActorInput(name=f"Verein in {name}", type="verein", notes=note))
        ws.municipalities.create(MunicipalityInput(name="Leerdorf", kind="gemeinde", state="BW"))
    finally:
        ws.close()
    return folder


def _report(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_one_document_names_the_characters_it_replaced(data: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "neudorf.pdf"
    assert _report(data, "report", "actors", "--municipality", "Neudorf ✓", "--out", str(out)) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        f"Geschrieben: {out}",
        "Hinweis: 1 Zeichen fehlt in der Schrift und wurde durch „�“ ersetzt: ✓",
    ]
    assert (
        _report(data, "--lang", "en", "report", "actors", "--municipality", "Altdorf", "--out", str(out)) == 0
    )
    assert capsys.readouterr().out.splitlines()[1:] == [
        "Note: 1 character is missing from the fonts and was replaced by “�”: →",
    ]
    # Nothing lacking: no hint, and nothing left over from the commands before.
    assert _report(data, "report", "actors", "--municipality", "Leerdorf", "--out", str(out)) == 0
    assert capsys.readouterr().out.splitlines() == [f"Geschrieben: {out}"]


@pytest.mark.skipif(not FORK, reason="needs fork and more than one core")
def test_all_documents_laid_out_in_forked_workers_say_it_too(data: Path, tmp_path: Path) -> None:
    """A process of its own, as a user runs it: without threads, so ``--all`` forks its workers (the
    test process may hold Qt's threads, and then makes every document itself)."""
    for lang, hint in (("de", HINT_DE), ("en", HINT_EN)):
        folder = tmp_path / lang
        args = ["--data-dir", str(data), "--lang", lang, "report", "actors", "--all", "--out", str(folder)]
        done = subprocess.run(
            [sys.executable, "-m", "vopi_desktop", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=os.environ | {"PYTHONIOENCODING": "utf-8", "VOPI_REPORT_WORKERS": "2"},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        printed = done.stdout.splitlines()
        assert len(printed) == 4 and len(list(folder.glob("*.pdf"))) == 3
        assert printed[3] == hint
