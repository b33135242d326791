"""The consultant's comparison: the same figures the municipality's own pages show, for every one."""

from __future__ import annotations

from pathlib import Path

from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.municipality import MunicipalityInput


def test_one_row_per_municipality_with_the_figures_of_its_pages(ws, tmp_path: Path) -> None:
    fill_demo(ws, "small")
    empty = ws.municipalities.create(MunicipalityInput(name="Leerdorf", kind="gemeinde", state="BY"))
    rows = {row.name: row for row in ws.consultant.overview()}
    assert set(rows) == {m.name for m in ws.municipalities.list()}
    town = next(m for m in ws.municipalities.list() if m.id != empty.id)
    state = ws.municipalities.process_state(town.id)
    row = rows[town.name]
    assert row.barriers_assessed == state.counts["barriers_assessed"]
    assert row.actors == state.counts["actors"]
    assert sum(row.measures.values()) == state.counts["measures"]
    assert row.phases[0] == "occasion" and "analysis" in row.phases
    assert 0 < len(row.top_barriers) <= 3
    assert [b.relevance for b in row.top_barriers] == sorted(
        (b.relevance for b in row.top_barriers), reverse=True
    )
    assert set(row.pillar_scores) <= {"encounter", "participation", "diversity", "eye_level"}
    assert all(1 <= v <= 5 for v in row.pillar_scores.values())
    assert 0 <= row.checklist_done <= row.checklist_total
    blank = rows["Leerdorf"]
    assert (blank.phases, blank.actors, blank.measures, blank.checklist_share) == ((), 0, {}, None)
    assert blank.last_file == "" and blank.last_file_at is None


def test_the_last_file_received_is_named(ws, tmp_path: Path) -> None:
    from vopi_desktop.store.db import make_engine, upgrade
    from vopi_desktop.store.workspace import Workspace

    engine = make_engine(tmp_path / "sender.sqlite3")
    upgrade(engine)
    sender = Workspace(engine, who="Gemeinde")
    fill_demo(sender, "small")
    sender.exchange.export_file(tmp_path / "von-der-gemeinde.vopi")
    sender.close()
    ws.exchange.apply_import(ws.exchange.prepare_import(tmp_path / "von-der-gemeinde.vopi"), None)
    (row,) = ws.consultant.overview()
    assert "von-der-gemeinde.vopi" in row.last_file and row.last_file_at is not None


def test_top_barriers_are_the_ones_the_municipality_itself_shows(ws) -> None:
    """The comparison names each municipality's top barriers by the rule of its own pages and dossier
    (relevance, then target groups reached, then catalogue order): it listed B13 before B2 as text."""
    from vopi_desktop.analysis.barriers import top_barriers

    fill_demo(ws, "large")
    rows = {row.id: row for row in ws.consultant.overview()}
    differing = 0
    for place in ws.municipalities.list():
        own = [(b.key, b.title if b.key is None else "") for b in top_barriers(ws.barriers.list(place.id), 3)]
        shown = [(b.key, b.title) for b in rows[place.id].top_barriers]
        differing += own != shown
    assert differing == 0
