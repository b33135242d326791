"""The PDF's Title names the municipality (viewers, the taskbar and the print queue show it: 25
dossiers were 25 tabs "Dossier"), the comparison names how many (review 4, K23); the comparison's
author and running header are not "Alle Kommunen" (K19)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.reports.layout_pdf import runs
from vopi_desktop.cli import main


def _meta(pdf: Path):
    return PdfReader(pdf).metadata


def test_each_dossier_of_all_is_titled_with_its_municipality(several, tmp_path: Path) -> None:
    data, names = several
    assert main(["--data-dir", str(data), "report", "dossier", "--all", "--out", str(tmp_path)]) == 0
    titles = sorted(_meta(pdf).title for pdf in tmp_path.glob("dossier-*.pdf"))
    assert titles == sorted(f"Dossier – {name}" for name in names)


def test_the_title_names_the_municipality_in_english_too(make_pdf, demo_dir: Path, tmp_path: Path) -> None:
    assert _meta(make_pdf("actors")).title == "Akteure – Musterstadt am Neckar"
    out = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(demo_dir), "--lang", "en", "report", "plan", "--out", str(out)]) == 0
    assert _meta(out).title == "Measures plan – Musterstadt am Neckar"


def test_the_comparison_is_titled_with_the_count_and_not_authored_by_all(several, tmp_path: Path) -> None:
    data, names = several
    out = tmp_path / "consultant.pdf"
    assert main(["--data-dir", str(data), "report", "consultant", "--out", str(out)]) == 0
    meta = _meta(out)
    assert meta.title == f"Vergleich der Kommunen ({len(names)})"
    assert meta.author == "VOPI Desktop"
    header = [r.text for r in runs(out, body_only=False) if r.page == 1 and r.y > 780]
    assert f"Prozessbegleitung – {len(names)} Kommunen" in header
    assert "Alle Kommunen" not in " ".join(header)
