"""A club's opening checklist names the club on every sheet: its name is the section's title and
the running header's, its pages are numbered on their own; one club's document is titled with it; a
club that has not begun gets the blank sheet with its name filled in (review 4, K22)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.reports.conftest import text_of
from tests.reports.layout_pdf import runs
from tests.reports.outreach_pdf import lines, words
from vopi_desktop.cli import main

TSV = "TSV Musterstadt 1890 e.V."


def _frame(pdf: Path) -> dict[int, list[str]]:
    """Per page, the running header's and footer's texts."""
    out: dict[int, list[str]] = {}
    for r in runs(pdf, body_only=False):
        if r.y > 780 or r.y < 50:
            out.setdefault(r.page, []).append(r.text)
    return out


def test_every_page_of_all_clubs_names_its_club(make_pdf) -> None:
    pdf = make_pdf("opening-checklist")
    found = runs(pdf)
    titles = {r.page: r.text for r in found if r.size == 20.0}  # a club's first page: its name, large
    frame = _frame(pdf)
    assert len(titles) >= 3 and TSV in titles.values()
    club = ""
    for page in sorted(frame):
        club = titles.get(page, club)
        assert club in frame[page], (page, club, frame[page])
        if page in titles:  # each club's sheets numbered on their own
            assert any(text.startswith("Seite 1 von ") for text in frame[page]), frame[page]


def test_one_clubs_document_is_titled_with_the_club(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "tsv.pdf"
    assert (
        main(["--data-dir", str(demo_dir), "report", "opening-checklist", "--actor", TSV, "--out", str(out)])
        == 0
    )
    assert PdfReader(out).metadata.title == f"Checkliste Öffnung – {TSV}"
    for page, texts in _frame(out).items():
        assert TSV in texts, page


def test_a_club_not_begun_gets_the_blank_sheet_with_its_name(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "drk.pdf"
    drk = "DRK-Ortsverein Musterstadt"
    assert (
        main(["--data-dir", str(demo_dir), "report", "opening-checklist", "--actor", drk, "--out", str(out)])
        == 0
    )
    rows = [" ".join(w.text for w in row) for row in lines(words(out)).values()]
    assert f"Verein / Organisation: {drk}" in rows
    text = " ".join(text_of(out).split())
    assert "Bereich" not in text  # the app's area means nothing to the club's board
    assert "Notiz · wer · bis wann" in text  # the blank sheet


def test_a_begun_clubs_blank_sheet_carries_its_name(demo_dir: Path, tmp_path: Path) -> None:
    """A workshop's copies for one club: the blank sheet (no ticks, no notes), its name on every page."""
    out = tmp_path / "tsv-blank.pdf"
    args = ["--data-dir", str(demo_dir), "report", "opening-checklist", "--blank", "--actor", TSV]
    assert main([*args, "--out", str(out)]) == 0
    rows = [" ".join(w.text for w in row) for row in lines(words(out)).values()]
    assert f"Verein / Organisation: {TSV}" in rows
    for page, texts in _frame(out).items():
        assert TSV in texts, page
    filled = tmp_path / "tsv.pdf"
    assert main([*args[:-3], "--actor", TSV, "--out", str(filled)]) == 0
    assert "Notiz · wer · bis wann" in " ".join(text_of(out).split())
    assert text_of(out) != text_of(filled)  # the begun checklist's states stay off the blank sheet


def test_the_clerk_is_told_when_a_club_has_not_begun(demo_dir: Path, tmp_path: Path, capsys) -> None:
    """Asked for a club's checklist, the clerk learns that the blank sheet was printed (review 4, K22)."""
    drk = "DRK-Ortsverein Musterstadt"
    base = ["--data-dir", str(demo_dir), "report", "opening-checklist", "--out", str(tmp_path / "x.pdf")]
    assert main([*base, "--actor", drk]) == 0
    assert f"„{drk}“ hat die Checkliste noch nicht begonnen" in capsys.readouterr().out
    for asked in (["--actor", TSV], ["--actor", drk, "--blank"]):  # begun, or the blank sheet was asked for
        assert main([*base, *asked]) == 0
        assert "noch nicht begonnen" not in capsys.readouterr().out
