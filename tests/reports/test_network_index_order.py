"""The network's index of actors reads in order on every page: down the left column, then down the
right, then the next page (review 4, K26: 1–10 | 51–60 on one page, 11–33 | 61–83 on the next);
about fifty rows a page, each type a short mark explained above the index (K12: names in three
lines, the type cut to "Freier Träger oder W…")."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from tests.reports.outreach_pdf import words
from vopi_desktop.cli import main
from vopi_desktop.reports.styles import FRAME_WIDTH


def test_the_index_runs_down_the_left_then_the_right_column_on_each_page(several, tmp_path: Path) -> None:
    data, _names = several
    out = tmp_path / "network.pdf"
    # Teststadt: 150 actors, numbered on the map, the index over two pages
    assert (
        main(["--data-dir", str(data), "report", "network", "--municipality", "Teststadt", "--out", str(out)])
        == 0
    )
    found = [w for w in words(out) if w.page > 1 and 70 < w.y0 < w.page_height - 50]
    numbers = [w for w in found if re.fullmatch(r"\(?\d+\)?", w.text)]
    left = min(w.x0 for w in numbers)
    reading: list[int] = []
    columns: dict[int, list[list[float]]] = {}
    for page in sorted({w.page for w in numbers}):
        for column in (left, left + FRAME_WIDTH / 2):  # the number columns of the two halves
            cells = sorted(
                (w for w in numbers if w.page == page and abs(w.x0 - column) < 3), key=lambda w: w.y0
            )
            reading += [int(w.text.strip("()")) for w in cells]
            columns.setdefault(page, []).append([w.y0 for w in cells])
    assert reading == list(range(1, 151))
    for page, (first, second) in columns.items():
        if page != max(columns):  # a page the index goes on from: both columns run to its foot
            assert len(first) == len(second) and first[-1] > found[0].page_height - 100, page
    pitch = sorted(b - a for ys in columns.values() for col in ys for a, b in pairwise(col))
    assert pitch[len(pitch) // 2] <= 13  # a name on one line: some fifty-five rows a page
    text = " ".join(w.text for w in found)
    assert "MO = Migrantenorganisation" in text  # the marks explained
    assert "Freier Träger oder W…" not in text
