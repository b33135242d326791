"""A record whose only difference from the file is that the file names a record deleted here (which
stays deleted) is listed in the import preview — nothing to decide, „bleibt wie hier“ — with a line
saying what the file names, that it is deleted here and what stays here (was: counted as identical
and not shown; a link list naming it was even shown as a conflict that "take theirs" could not
write). Cases: a measure's own barrier deleted here (a link list), an actor purged here that a
measure was given to (the reference, empty here), an idea whose measure was deleted here and which
became a new measure here (ours kept). „Übernehmen“ then changes nothing; ``import --dry-run`` says
the same."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.lang import set_language
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

from .conftest import exchange_page, preview_row, town_imported

OWN = "Kein Raum für Treffen am Abend"


def _own_barrier(town, mid: str) -> None:
    """An own barrier of the town, named by its first measure with a responsible actor."""
    own = town.barriers.add_custom(mid, OWN, "", "")
    measure = next(m for m in town.measures.list(mid) if m.responsible_actor_id)
    data = dataclasses.replace(MeasureInput.of(measure), barrier_ids=(*measure.barrier_ids, own.id))
    town.measures.update(measure.id, data, measure.version)


def _file(ctx, tmp_path: Path) -> dict:
    """The town's first file imported here; here the own barrier is deleted, the measure's responsible
    actor purged, and an idea's measure deleted and the idea made a new measure; the town writes its
    second file unchanged."""
    town, mid = town_imported(ctx, tmp_path, before=_own_barrier)
    ws = ctx.workspace
    measure = next(m for m in ws.measures.list(mid) if m.responsible_actor_id)
    actor = ws.actors.get(measure.responsible_actor_id)
    barrier = next(b for b in ws.barriers.list(mid) if b.title == OWN)
    ws.barriers.delete(barrier.id)
    ws.actors.trash(actor.id)
    ws.actors.purge(actor.id)
    idea = next(i for i in ws.ideas.list(mid) if i.status == "in_measure" and i.measure_id != measure.id)
    old = next(m for m in ws.measures.list(mid) if m.id == idea.measure_id)
    ws.measures.delete(old.id, old.version)
    _, new = ws.ideas.to_measure(idea.id, next(i for i in ws.ideas.list(mid) if i.id == idea.id).version)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    return {
        "mid": mid,
        "measure": measure,
        "actor": actor.name,
        "idea": idea.id,
        "old": old.title,
        "new": new,
    }


def test_listed_with_what_stays(qtbot, ctx, tmp_path: Path) -> None:
    f = _file(ctx, tmp_path)
    measure, idea = f["measure"], f["idea"]
    page = exchange_page(qtbot, ctx, f["mid"])
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        seen["summary"] = dialog.summary.text()
        for key, record_id in (("measure", measure.id), ("idea", idea)):
            _top, row = preview_row(dialog, record_id)
            seen[key + " row"] = (row.text(3), row.text(4))
            dialog.tree.setCurrentItem(row)
            seen[key] = dialog.record_title.text().splitlines()
            seen[key + " table"] = dialog.table.rowCount()
            seen[key + " buttons"] = (dialog.keep.isEnabled(), dialog.take.isEnabled())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    before = {m.id: m for m in ctx.workspace.measures.list(f["mid"])}
    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "idea" in seen and page._job is None)
        ctx.tasks.settle()
    assert seen["summary"].startswith("0 neue Datensätze, 0 mit Unterschieden"), seen
    assert "ohne eigenen Unterschied nennen hier Gelöschtes: sie bleiben wie hier." in seen["summary"], seen
    assert seen["measure row"] == seen["idea row"] == ("nennt hier Gelöschtes", "bleibt wie hier"), seen
    assert seen["measure"][1] == "Sonst gleich: bleibt, wie es hier ist.", seen
    assert (
        f"Verantwortlicher Akteur: „{f['actor']}“ aus der Datei ist hier gelöscht und bleibt es; "
        "hier bleibt das Feld leer."
    ) in seen["measure"], seen
    assert (  # (the purged actor's offer that the measure promoted has a line of its own)
        f"Hemmnisse: „{OWN}“ aus der Datei ist hier gelöscht und bleibt es; die Liste bleibt wie hier."
    ) in seen["measure"], seen
    assert seen["idea"][-1] == (
        f"Maßnahme: „{f['old']}“ aus der Datei ist hier gelöscht und bleibt es; „{f['new'].title}“ bleibt."
    ), seen
    assert seen["measure table"] == seen["idea table"] == 0, seen
    assert seen["measure buttons"] == seen["idea buttons"] == (False, False), seen
    assert "nichts zu übernehmen" in page.import_status.text(), page.import_status.text()
    assert {m.id: m for m in ctx.workspace.measures.list(f["mid"])} == before


def test_dry_run_says_it(ctx, tmp_path: Path) -> None:
    f = _file(ctx, tmp_path)
    plan = importer.prepare(ctx.workspace.exchange, tmp_path / "second.vopi")
    lines = describe(plan)
    at = lines.index(f"  Maßnahme „{f['measure'].title}“ (sonst gleich) → hier")
    said = f"    Hemmnisse: „{OWN}“ aus der Datei ist hier gelöscht und bleibt es; die Liste bleibt wie hier."
    assert said in lines[at + 1 : at + 4], lines
    set_language("en")
    try:
        lines = describe(plan)
    finally:
        set_language("de")
    at = lines.index(f"  Measure “{f['measure'].title}” (otherwise the same) → here")
    assert lines[at + 1] == (
        f"    Responsible actor: “{f['actor']}” of the file is deleted here and stays so; the field stays empty here."
    ), lines
