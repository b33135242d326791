"""``report KIND --all`` (read for every municipality at once) prints for each municipality exactly what
the document made for that municipality alone prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from vopi_desktop.cli import main
from vopi_desktop.reports.run import file_name

from .conftest import text_of


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
