"""The consultant's comparison (review 4, K19): the three top barriers the Prozessbegleitung page
shows (paper had one), no empty bar frame for a municipality without a checklist (the screen draws
none), and the pillar table moved whole rather than split after four of 25 rows."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing

from tests.reports.conftest import text_of
from tests.reports.layout_pdf import runs
from vopi_desktop.catalog import load_catalog
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.reports.sections import consultant
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.report_data import gather_many
from vopi_desktop.store.workspace import Workspace


def _overview(data: Path):
    ws = Workspace.open(load_config(data, None))
    try:
        first = ws.municipalities.list()[0].id
        return gather_many(ws, [first], frozenset({"overview"}))
    finally:
        ws.close()


def test_the_comparison_names_the_three_top_barriers(several, tmp_path: Path) -> None:
    data, _names = several
    out = tmp_path / "c.pdf"
    assert main(["--data-dir", str(data), "report", "consultant", "--out", str(out)]) == 0
    text = " ".join(text_of(out).split())
    assert "Wichtigste Hemmnisse" in text
    place = next(p for p in _overview(data)[0].overview if len(p.top_barriers) == 3)
    cat = load_catalog("de")
    assert "; ".join(b.title or cat.barrier(b.key).title for b in place.top_barriers) in text


def test_no_bar_for_a_municipality_without_a_checklist(several) -> None:
    data, _names = several
    items = _overview(data)
    story = consultant.story(items, Ctx())
    empty = {p.name for p in items[0].overview if p.checklist_share is None}
    assert empty
    rows = [row for table in story if hasattr(table, "_cellvalues") for row in table._cellvalues]
    for row in rows:
        name = "".join(getattr(f, "text", "") for f in getattr(row[0], "frags", []))
        if name in empty and row[-1] == "–":
            assert not any(isinstance(cell, Drawing) for cell in row), name


def test_a_short_table_is_not_split_after_a_few_rows(tmp_path: Path) -> None:
    """The large demo's 25 municipalities: the pillar table began with 4 rows at the foot of page 1."""
    data = tmp_path / "large"
    assert main(["--data-dir", str(data), "demo", "--size", "large"]) == 0
    out = tmp_path / "c.pdf"
    assert main(["--data-dir", str(data), "report", "consultant", "--out", str(out)]) == 0
    found = runs(out)
    names = {p.name for p in _overview(data)[0].overview}
    assert len(names) == 25
    for heading in ("Säulen: Durchschnitt der letzten Runde", "Maßnahmen und Checklisten"):
        page = next(r.page for r in found if r.text == heading)
        rows = {r.text for r in found if r.page == page and r.text in names}
        assert {"Altbirdorf", "Wolfbronn"} <= rows, heading  # the first row and the last
    assert any(r.page == 1 and r.text == "Kommune" for r in found), "page 1 holds the first table"
