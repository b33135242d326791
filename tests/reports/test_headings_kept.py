"""A heading is kept with the beginning of its section, in every document (review 4, K1, K19): never
alone, or with only its first line, at the foot of a page while its chart or table starts the next."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.layout_pdf import lonely_headings, runs
from vopi_desktop.cli import main


@pytest.mark.parametrize("kind", ["analysis", "dossier", "plan", "events", "actors", "network"])
def test_no_heading_stands_alone_at_the_foot_of_a_page(make_pdf, kind: str) -> None:
    # analysis: "Säulen des Zusammenlebens" at the foot of p.3, its radar on p.4; dossier: "Maßnahmenplan"
    # and its "Stand:" line at the foot of p.4, the timeline and the table on p.5
    assert lonely_headings(make_pdf(kind)) == []


def test_no_heading_stands_alone_in_the_dossiers_of_several_places(several, tmp_path: Path) -> None:
    data, names = several
    assert main(["--data-dir", str(data), "report", "dossier", "--all", "--out", str(tmp_path)]) == 0
    lonely = {pdf.name: lonely_headings(pdf) for pdf in sorted(tmp_path.glob("*.pdf"))}
    assert len(lonely) == len(names)
    assert {name: found for name, found in lonely.items() if found} == {}


def test_the_radar_stands_under_its_heading(make_pdf) -> None:
    found = runs(make_pdf("analysis"))
    heading = next(r for r in found if r.text == "Säulen des Zusammenlebens")
    # the radar's legend names the rounds; the table's header does too: both on the heading's page
    radar = [r for r in found if r.page == heading.page and r.y < heading.y and "Runde" in r.text]
    assert radar


def test_no_heading_stands_alone_in_the_large_demos_dossiers(tmp_path: Path) -> None:
    """13 of the 25 ended a page with "Maßnahmenplan / Stand: …" and put the timeline overleaf."""
    data = tmp_path / "large"
    assert main(["--data-dir", str(data), "demo", "--size", "large"]) == 0
    out = tmp_path / "out"
    assert main(["--data-dir", str(data), "report", "dossier", "--all", "--out", str(out)]) == 0
    lonely = {pdf.name: lonely_headings(pdf) for pdf in sorted(out.glob("*.pdf"))}
    assert len(lonely) == 25
    assert {name: found for name, found in lonely.items() if found} == {}
