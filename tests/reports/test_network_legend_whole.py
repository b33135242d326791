"""The network map's legend prints every label whole: cut to a quarter of the width, the key to the
red ring read "Migrantenorganisation ohne…" (review 4, K2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.outreach_pdf import lines, words
from vopi_desktop.catalog import load_catalog
from vopi_desktop.cli import main


@pytest.mark.parametrize(("lang", "ring"), [("de", "Migrantenorganisation ohne Verbindung"),
                                            ("en", "Migrant organisation without a link")])  # fmt: skip
def test_the_legend_names_each_type_and_the_ring_in_full(demo_dir: Path, tmp_path: Path, lang, ring) -> None:
    out = tmp_path / "network.pdf"
    assert main(["--data-dir", str(demo_dir), "--lang", lang, "report", "network", "--out", str(out)]) == 0
    printed = "\n".join(
        " ".join(w.text for w in row) for (page, _y), row in lines(words(out)).items() if page == 1
    )
    printed = printed.replace("&apos;", "'")  # as pdftotext -bbox writes an apostrophe
    for text in [ring, *load_catalog(lang).vocab("actor_types").values()]:
        assert text in printed, text
