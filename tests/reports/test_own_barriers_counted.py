"""'20 von 27 Hemmnissen aus dem Katalog bewertet' stood above a chart of 21 bars: the town's own
barrier was not counted (review 4, K21 g). The sentence says both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vopi_desktop.cli import main

from .conftest import text_of


def test_the_count_names_the_towns_own_barriers(
    make_pdf: Callable[..., Path], demo_dir: Path, tmp_path: Path
) -> None:
    for kind in ("dossier", "analysis"):
        text = " ".join(text_of(make_pdf(kind)).split())
        assert "20 von 27 Hemmnissen aus dem Katalog bewertet, dazu 1 eigenes." in text
        assert "Bürgertelefon nur auf Deutsch" in text  # the own one, among the bars
    out = tmp_path / "en.pdf"
    assert main(["--lang", "en", "--data-dir", str(demo_dir), "report", "dossier", "--out", str(out)]) == 0
    assert "20 of 27 catalogue barriers assessed, plus 1 own barrier." in " ".join(text_of(out).split())
