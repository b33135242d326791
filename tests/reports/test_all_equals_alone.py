"""``report KIND --all`` (read for every municipality at once) prints for each municipality exactly what
the document made for that municipality alone prints."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.reports.run import file_name
from vopi_desktop.store.demo import SEED, _Loader
from vopi_desktop.store.demo_generated import generated
from vopi_desktop.store.demo_place import Rows
from vopi_desktop.store.demo_town import musterstadt
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of


@pytest.fixture(scope="module")
def several(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
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


@pytest.mark.parametrize("kind", ["dossier", "events", "actors"])
def test_all_prints_what_each_alone_prints(
    several: tuple[Path, list[str]], kind: str, tmp_path: Path
) -> None:
    data, names = several
    folder = tmp_path / "all"
    assert main(["--data-dir", str(data), "report", kind, "--all", "--out", str(folder)]) == 0
    assert sorted(p.name for p in folder.glob("*.pdf")) == sorted(file_name(kind, n) for n in names)
    for name in names:
        alone = tmp_path / f"alone-{file_name(kind, name)}"
        assert (
            main(["--data-dir", str(data), "report", kind, "--municipality", name, "--out", str(alone)]) == 0
        )
        together = text_of(folder / file_name(kind, name))
        assert together == text_of(alone), name
        assert name in together
