"""The pillar comparison said a change as "(2 › 3)", a quote mark (review 4, K21 d). The embedded
Noto Sans has no "→" (``fonts.shown`` turns it into "�"), so the words say it: "(von 2 auf 3)"."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from vopi_desktop.cli import main
from vopi_desktop.reports.fonts import register_fonts, shown

from .conftest import text_of


def test_a_change_reads_from_to_in_both_languages(
    make_pdf: Callable[..., Path], demo_dir: Path, tmp_path: Path
) -> None:
    register_fonts()
    assert shown("→") != "→"  # if the font gains it, the arrow would be the shorter choice
    text = " ".join(text_of(make_pdf("dossier")).split())
    assert "Vergleich der letzten beiden Runden" in text
    assert "›" not in text and "\ufffd" not in text
    assert re.search(r"\(von \d auf \d\)", text), text[text.index("Verbessert") :][:300]
    out = tmp_path / "en.pdf"
    assert main(["--lang", "en", "--data-dir", str(demo_dir), "report", "dossier", "--out", str(out)]) == 0
    text = " ".join(text_of(out).split())
    assert "›" not in text and re.search(r"\(from \d to \d\)", text)
