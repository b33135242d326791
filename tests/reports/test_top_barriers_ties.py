"""'Die wichtigsten Hemmnisse' listed five while six were rated 'Hoch' (review 4, K21 e): the ones tied
with the fifth are named after the list ("… und Dschungel der Zuständigkeiten, ebenfalls hoch")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vopi_desktop.cli import main

from .conftest import text_of


def _top_section(pdf: Path, start: str, end: str) -> str:
    text = " ".join(text_of(pdf).split())
    return text[text.index(start) : text.index(end)]


def test_barriers_tied_with_the_fifth_are_named(
    make_pdf: Callable[..., Path], demo_dir: Path, tmp_path: Path
) -> None:
    for kind in ("dossier", "analysis"):
        top = _top_section(make_pdf(kind), "Die wichtigsten Hemmnisse", "Relevanz der bewerteten")
        assert "5. Gläserne Decke" in top and "6." not in top
        assert "… und Dschungel der Zuständigkeiten, ebenfalls hoch" in top, top
    out = tmp_path / "en.pdf"
    assert main(["--lang", "en", "--data-dir", str(demo_dir), "report", "dossier", "--out", str(out)]) == 0
    top = _top_section(out, "Top barriers", "Relevance of the assessed")
    assert ", also high" in top, top
