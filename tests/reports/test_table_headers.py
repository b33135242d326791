"""A table built in chunks (for speed) reads as one table: its header row at its top and at the top
of each page it goes on to, never again in the middle of a page (review 4, K25)."""

from __future__ import annotations

from pathlib import Path

from tests.reports.layout_pdf import runs
from vopi_desktop.cli import main


def _headers(pdf: Path, word: str) -> dict[int, list[float]]:
    """Per page, the heights of the header rows (the column title ``word`` in the header's bold)."""
    out: dict[int, list[float]] = {}
    for r in runs(pdf):
        if r.text == word and r.font.endswith("Bold") and r.size == 8.5:
            out.setdefault(r.page, []).append(r.y)
    return out


def test_a_long_list_has_its_header_once_per_page_at_the_top(several, tmp_path: Path) -> None:
    data, _names = several
    out = tmp_path / "actors.pdf"
    # Teststadt: 150 actors, four chunks of 40 rows over several pages; the header stood again where a
    # chunk began mid-page, and where a row split at a page's foot left its rest on the same page
    assert (
        main(["--data-dir", str(data), "report", "actors", "--municipality", "Teststadt", "--out", str(out)])
        == 0
    )
    found = runs(out)
    headers = _headers(out, "Engagement")
    pages = sorted({r.page for r in found})
    assert len(pages) >= 4
    for page in pages:
        assert len(headers.get(page, [])) == 1, (page, headers.get(page))
    for page in pages[1:]:  # where the table goes on, the header is the page's first line
        top = max(r.y for r in found if r.page == page)
        assert headers[page][0] == top, page
