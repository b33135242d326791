"""The small demo made once per module, and its documents made through the CLI and read back."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.store.demo import SEED, _Loader
from vopi_desktop.store.demo_generated import generated
from vopi_desktop.store.demo_place import Rows
from vopi_desktop.store.demo_town import musterstadt
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


@pytest.fixture(scope="module")
def several(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Four municipalities of different sizes, one of them empty: the data folder and their names."""
    data = tmp_path_factory.mktemp("several")
    config = load_config(data, None)
    config.ensure_dirs()
    ws = Workspace.open(config, who="test")
    try:
        rng = random.Random(SEED)
        rows = Rows()
        places = [musterstadt(rows, rng), generated(rows, rng, "Testdorf", "gemeinde", "BY", 40)]
        places.append(generated(rows, rng, "Teststadt", "stadt", "NW", 150))
        _Loader(ws.context).save(rows, places)
        ws.municipalities.create(MunicipalityInput(name="Leerdorf", kind="gemeinde", state="BW"))
        names = [m.name for m in ws.municipalities.list()]
    finally:
        ws.close()
    return data, names


@pytest.fixture(scope="module")
def make_pdf(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """``make_pdf("dossier", "--blank")``: the document's path (each set of arguments made once)."""
    out_dir = tmp_path_factory.mktemp("pdf")
    made: dict[tuple[str, ...], Path] = {}

    def make(kind: str, *extra: str) -> Path:
        key = (kind, *extra)
        if key not in made:
            out = out_dir / f"{'_'.join(key).replace('-', '')}.pdf"
            assert main(["--data-dir", str(demo_dir), "report", kind, "--out", str(out), *extra]) == 0
            made[key] = out
        return made[key]

    return make


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def ws(workspace):
    """An empty workspace of the test's own (a module may define its own ``ws``)."""
    return workspace
