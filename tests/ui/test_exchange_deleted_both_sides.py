"""A record deleted on both sides — here and, before the file was written, by its sender — is no
conflict, no deletion to decide and nothing new: the import preview does not list it, „Übernehmen“
writes without an error and brings nothing back, and the same file a second time changes nothing.

Cases: a measure with its steps and ideas deleted on both sides; an actor purged on both sides (its
links and the measures it was responsible for cleared); an actor in the trash here that the sender
purged; an actor in the trash on both sides (was: a conflict of two trash times, shown alike to the
minute); an actor purged here that the sender put in the trash after that (was: „1 neu“, and the
import brought it back into the trash here). Both orders: here first, the sender first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from vopi_desktop.store.workspace import Workspace
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.preview import ITEM_ROLE, PreviewDialog

from .conftest import exchange_page, town_imported
from .town_files import rename


def _purge(ws: Workspace, actor_id: str) -> None:
    ws.actors.trash(actor_id)
    ws.actors.purge(actor_id)


def _delete_measure(ws: Workspace, mid: str, measure_id: str) -> None:
    measure = next(m for m in ws.measures.list(mid) if m.id == measure_id)
    ws.measures.delete(measure.id, measure.version)


def _listed(dialog: PreviewDialog) -> set[str]:
    ids: set[str] = set()
    for index in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(index)
        ids.update(top.child(row).data(0, ITEM_ROLE).id for row in range(top.childCount()))
    return ids


@pytest.mark.parametrize("here_first", [True, False], ids=["here-first", "sender-first"])
def test_deleted_on_both_sides(qtbot, ctx, tmp_path: Path, here_first: bool) -> None:
    town, mid = town_imported(ctx, tmp_path)
    ws = ctx.workspace
    measure = next(m for m in town.measures.list(mid) if m.steps and m.idea_ids)
    links = town.network.graph(mid).links
    linked = {end for link in links for end in (link.source, link.target)}
    responsible = {m.responsible_actor_id for m in town.measures.list(mid)}
    actors = town.actors.list(mid)
    purged = next(a for a in actors if a.id in linked and a.id in responsible)
    trashed = next(a for a in actors if a.id != purged.id and a.id in linked)
    both_trash, purged_here, other = [a for a in actors if a.id not in {purged.id, trashed.id}][:3]
    # What the sender's purge takes with the actor in the trash here: a deletion to decide (its own)
    offers = {o.id for o in town.outreach.list(mid) if o.actor_id == trashed.id}
    elsewhere = {purged.id, purged_here.id}  # a link to one of these is deleted on both sides too
    taken = {
        k.id for k in links if trashed.id in (k.source, k.target) and not elsewhere & {k.source, k.target}
    }
    here = [
        lambda: _delete_measure(ws, mid, measure.id),
        lambda: _purge(ws, purged.id),
        lambda: ws.actors.trash(trashed.id),
        lambda: ws.actors.trash(both_trash.id),
        lambda: _purge(ws, purged_here.id),
    ]
    there = [
        lambda: _delete_measure(town, mid, measure.id),
        lambda: _purge(town, purged.id),
        lambda: _purge(town, trashed.id),
        lambda: town.actors.trash(both_trash.id),
        lambda: town.actors.trash(purged_here.id),
    ]
    for side in (here, there) if here_first else (there, here):  # whose deletion is the later one
        for step in side:
            step()
    trash_time = next(a.deleted_at for a in ws.actors.trash_list(mid) if a.id == both_trash.id)
    rename(town, other.id, other.name + " e.V.")  # the file brings one change besides
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    deleted = {
        measure.id,
        *(s.id for s in measure.steps),
        purged.id,
        trashed.id,
        both_trash.id,
        purged_here.id,
    }
    page = exchange_page(qtbot, ctx, mid)
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        seen["listed"] = _listed(dialog)
        seen["gone"], seen["lines"] = {g.id for g in dialog.plan.gone}, dialog.gone.text()
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "listed" in seen and page._job is None)
        ctx.tasks.settle()
    assert seen["listed"] == seen["gone"] | {other.id}, seen  # the rename, and the deletions below
    assert seen["gone"] == offers | taken, seen
    assert measure.title not in seen["lines"], seen
    assert seen["summary"].startswith("0 neue Datensätze, 1 mit Unterschieden"), seen
    assert page.import_status.text().startswith("second.vopi übernommen: 0 neu, 1 aktualisiert"), (
        page.import_status.text()
    )
    assert measure.id not in {m.id for m in ws.measures.list(mid)}
    ideas = {i.id: i for i in ws.ideas.list(mid)}
    assert all(ideas[i].status == "selected" and ideas[i].measure_id is None for i in measure.idea_ids)
    live = {a.id for a in ws.actors.list(mid)}
    trash = {a.id: a for a in ws.actors.trash_list(mid)}
    assert not live & deleted, live & deleted
    assert set(trash) & deleted == {trashed.id, both_trash.id}, trash  # none back, none purged here
    assert trash[both_trash.id].deleted_at == trash_time  # ours
    assert ws.actors.get(other.id).name == other.name + " e.V."

    def again(dialog: QDialog) -> int:
        seen["again"] = _listed(dialog)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(again):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "again" in seen and page._job is None)
        ctx.tasks.settle()
    assert seen["again"] == set(), seen
    assert "nichts zu übernehmen" in page.import_status.text(), page.import_status.text()
