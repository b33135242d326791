"""A catalogue barrier is named by its title in the import preview — the conflict of its rating, and
in a measure's list of barriers — and in ``import --dry-run`` (was its key, „B8“, which tells a
reader nothing)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput

from .conftest import exchange_page, preview_differences, town_imported


def test_titles_not_keys(qtbot, ctx, tmp_path: Path) -> None:
    town, mid = town_imported(ctx, tmp_path)
    ws = ctx.workspace
    rated = next(b for b in ws.barriers.list(mid) if b.key and b.id and b.relevance is not None)
    for side, relevance in ((ws, (rated.relevance + 1) % 4), (town, (rated.relevance + 2) % 4)):
        row = side.barriers.get(mid, rated.key)
        side.barriers.save(mid, BarrierInput(key=rated.key, relevance=relevance, note=row.note), row.version)
    added = next(b for b in town.barriers.list(mid) if b.key and b.key != rated.key)
    measure = next(m for m in town.measures.list(mid) if m.barrier_ids)
    data = dataclasses.replace(MeasureInput.of(measure), barrier_ids=(*measure.barrier_ids, added.id or ""))
    if added.id is None:  # not rated yet: a catalogue barrier gets its row when first saved
        added = town.barriers.save(mid, BarrierInput(key=added.key, relevance=1), None)
        data = dataclasses.replace(data, barrier_ids=(*measure.barrier_ids, added.id))
    town.measures.update(measure.id, data, measure.version)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    page = exchange_page(qtbot, ctx, mid)
    rows = preview_differences(qtbot, ctx, page, tmp_path / "second.vopi", rated.title)
    assert "Relevanz" in rows, rows
    rows = preview_differences(qtbot, ctx, page, tmp_path / "second.vopi", measure.title)
    assert added.title in rows["Hemmnisse"][1].split(", "), rows
    assert not any(part.startswith("B") and part[1:].isdigit() for part in rows["Hemmnisse"][1].split(", "))
    lines = describe(importer.prepare(ws.exchange, tmp_path / "second.vopi"))
    assert any(line.startswith(f"  Hemmnis-Bewertung „{rated.title}“ (") for line in lines), lines
