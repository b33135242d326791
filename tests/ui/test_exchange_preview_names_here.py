"""A reference to a record that exists only here (not in the file) is shown by that record's name
from this workspace, in the import preview and in ``import --dry-run`` (was its raw id): the
consultant made the actor „Beratungsstelle Nur-Hier“ and gave a measure to it, the town gave the
same measure to another actor. And where the file's reference is a record deleted here while ours
points at another, the preview says ours stays (``exchange/cleared.kept_here``), by both names."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QDialog

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages

from .conftest import exchange_page, preview_differences, preview_row, town_imported

HERE_ONLY = "Beratungsstelle Nur-Hier"


def _file(ctx, tmp_path: Path) -> tuple[str, str, str]:
    """The town's first file imported here; here a new actor takes a measure over, the town gives the
    measure to another actor and writes its second file. The municipality's id, the measure's title,
    the town's actor's name."""
    town, mid = town_imported(ctx, tmp_path)
    ws = ctx.workspace
    measure = next(m for m in town.measures.list(mid) if m.responsible_actor_id)
    ours = ws.actors.create(mid, ActorInput(name=HERE_ONLY, type="verein")).id
    mine = next(m for m in ws.measures.list(mid) if m.id == measure.id)
    ws.measures.update(
        mine.id, dataclasses.replace(MeasureInput.of(mine), responsible_actor_id=ours), mine.version
    )
    actors = {a.id: a.name for a in town.actors.list(mid)}
    other = next(i for i in actors if i != measure.responsible_actor_id)
    data = dataclasses.replace(MeasureInput.of(measure), responsible_actor_id=other)
    town.measures.update(measure.id, data, measure.version)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    return mid, measure.title, actors[other]


def test_preview_names_a_record_only_here(qtbot, ctx, tmp_path: Path) -> None:
    mid, title, theirs = _file(ctx, tmp_path)
    page = exchange_page(qtbot, ctx, mid)
    rows = preview_differences(qtbot, ctx, page, tmp_path / "second.vopi", title)
    assert rows["Verantwortlicher Akteur"] == (HERE_ONLY, theirs), rows


def test_dry_run_names_a_record_only_here(ctx, tmp_path: Path) -> None:
    _mid, _title, theirs = _file(ctx, tmp_path)
    lines = describe(importer.prepare(ctx.workspace.exchange, tmp_path / "second.vopi"))
    assert f"    Verantwortlicher Akteur: {HERE_ONLY}  |  {theirs}" in lines, lines


def test_preview_says_ours_stays_for_a_reference_deleted_here(qtbot, ctx, tmp_path: Path) -> None:
    """Here the idea's measure was deleted and the idea made a new measure; the town gave the idea a
    dot. The idea's row shows the dot as its difference and says the new measure stays."""
    town, mid = town_imported(ctx, tmp_path)
    ws = ctx.workspace
    idea = next(i for i in ws.ideas.list(mid) if i.status == "in_measure")
    old = next(m for m in ws.measures.list(mid) if m.id == idea.measure_id)
    ws.measures.delete(old.id, old.version)
    _, new = ws.ideas.to_measure(idea.id, next(i for i in ws.ideas.list(mid) if i.id == idea.id).version)
    theirs = next(i for i in town.ideas.list(mid) if i.id == idea.id)
    town.ideas.vote(idea.id, 1, theirs.version)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    page = exchange_page(qtbot, ctx, mid)
    seen: dict[str, object] = {}

    def preview(dialog: QDialog) -> int:
        _top, row = preview_row(dialog, idea.id)
        dialog.tree.setCurrentItem(row)
        seen["title"] = dialog.record_title.text()
        seen["fields"] = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        return QDialog.DialogCode.Rejected

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(seen))
    assert seen["fields"] == ["Punkte"], seen
    said = f"Maßnahme: „{old.title}“ aus der Datei ist hier gelöscht und bleibt es; „{new.title}“ bleibt."
    assert said in str(seen["title"]).splitlines(), seen
