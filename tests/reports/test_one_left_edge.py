"""Text and tables stand on one left edge, the header rule's (review 4, K21 a: paragraphs and headings
were indented 6 points against the tables below them), and a column of numbers is set flush right
(K21 b: "Anzahl" left-aligned in a wide column sat far from its label)."""

from __future__ import annotations

import re

from tests.reports.outreach_pdf import lines, words
from vopi_desktop.reports.styles import MARGIN_X, table_style

PADDING = dict((c[0], c[-1]) for c in table_style().getCommands())["LEFTPADDING"]  # a cell's


def test_headings_text_and_tables_share_the_left_edge(make_pdf) -> None:
    found = [w for w in words(make_pdf("analysis")) if w.page == 3]
    heading = next(w for w in found if w.text == "Akteure")  # "Akteure und Netzwerk", an h1
    count = next(w for w in found if w.text == "Akteure," and w.y0 > heading.y0)  # "41 Akteure, 60 …"
    first = next(w for w in found if w.text == "Art" and w.y0 > count.y0)  # the table's first header cell
    line = min(w.x0 for row in lines(found).values() for w in row[:1] if w.y0 == count.y0)
    assert abs(heading.x0 - MARGIN_X) < 1.5
    assert abs(line - MARGIN_X) < 1.5
    assert abs(first.x0 - PADDING - MARGIN_X) < 1.5


def test_a_column_of_numbers_is_flush_right(make_pdf) -> None:
    found = [w for w in words(make_pdf("analysis")) if w.page == 3]
    label = next(w for w in found if w.text == "Anzahl")
    numbers = [w for w in found if w.text.isdigit() and w.y0 > label.y0 and w.x0 > label.x0 - 50]
    assert len(numbers) >= 8 and {len(w.text) for w in numbers} >= {1, 2}
    assert max(w.x1 for w in numbers) - min(w.x1 for w in numbers) < 1
    assert abs(label.x1 - max(w.x1 for w in numbers)) < 1.5  # under its label's right end


def test_a_header_of_two_lines_stands_flush_right_over_its_numbers(several, tmp_path) -> None:
    from tests.reports.layout_pdf import runs
    from vopi_desktop.cli import main

    data, _names = several
    out = tmp_path / "c.pdf"
    assert main(["--data-dir", str(data), "report", "consultant", "--out", str(out)]) == 0
    page = next(r.page for r in runs(out) if r.text == "Säulen: Durchschnitt der letzten Runde")
    found = [w for w in words(out) if w.page == page]
    label = next(w for w in found if w.text == "Teilhabe")  # "Gleichberechtigte / Teilhabe"
    below = [w for w in found if w.y0 > label.y0 and re.fullmatch(r"\d,\d|–", w.text)]
    column = [w for w in below if abs(w.x1 - label.x1) < 12]
    assert column and max(abs(w.x1 - label.x1) for w in column) < 1.5
