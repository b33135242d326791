"""The Austausch page's import preview (review 2, G15): a measure the town deleted is named as deleted
in the file and deleted here on "Übernehmen" — or kept, when the user keeps it; what the consultant
made here since is named as only here and kept; the trash date shows as a date ("06.12.2026, 09:39")."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from vopi_desktop.exchange import importer
from vopi_desktop.store.db import make_engine, upgrade
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.workspace import Workspace
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.page import ExchangePage
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

from .conftest import exchange_page, preview_row

GONE = "Antragswerkstatt für Migrantenorganisationen"
MINE = "Fördertopf der Stiftung prüfen"  # made at the consultant's since the first file
EVENT = "Infoabend „Mitmachen im Verein“ auf Türkisch"


def _files(ctx, tmp_path: Path) -> tuple[str, str]:
    """The town's first file imported here; then the town deletes GONE and trashes an actor, the
    consultant adds MINE; the town's second file. Returns the town's id and the trashed actor's."""
    engine = make_engine(tmp_path / "town.sqlite3")
    upgrade(engine)
    town = Workspace(engine, who="Rathaus")
    fill_demo(town, "small")
    town.exchange.export_file(tmp_path / "first.vopi")
    ws = ctx.workspace
    importer.apply(ws.exchange, importer.prepare(ws.exchange, tmp_path / "first.vopi"), None)
    mid = town.municipalities.list()[0].id
    gone = next(m for m in town.measures.list(mid) if m.title == GONE)
    town.measures.delete(gone.id, gone.version)
    event = next(e for e in town.events.list(mid) if e.title == EVENT)
    town.events.delete(event.id, event.version)
    trashed = town.actors.list(mid)[0]
    town.actors.trash(trashed.id)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    ws.measures.create(mid, MeasureInput(title=MINE))
    return mid, trashed.id


def _page(qtbot, ctx, mid: str) -> ExchangePage:
    return exchange_page(qtbot, ctx, mid)


def test_the_preview_shows_the_deletion_and_the_import_takes_it(qtbot, ctx, tmp_path: Path) -> None:
    mid, trashed = _files(ctx, tmp_path)
    gone_id = next(m.id for m in ctx.workspace.measures.list(mid) if m.title == GONE)
    page = _page(qtbot, ctx, mid)
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        dialog.show()
        seen["gone"] = dialog.gone.text() if dialog.gone.isVisible() else ""
        seen["only"] = dialog.only_here.text() if dialog.only_here.isVisible() else ""
        seen["summary"] = dialog.summary.text()
        top, child = preview_row(dialog, gone_id)
        seen["top"], seen["decision"] = top.text(0), child.text(4)
        dialog.tree.setCurrentItem(child)
        seen["title"], seen["take"] = dialog.record_title.text(), dialog.take.text()
        table = dialog.table
        seen["when"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        _top, actor = preview_row(dialog, trashed)
        dialog.tree.setCurrentItem(actor)
        table = dialog.table
        cells = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
        seen["trash"] = cells.get("Im Papierkorb seit", "")
        return QDialog.DialogCode.Accepted

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "übernommen" in page.import_status.text())
    assert f"In der Datei gelöscht: 1 Maßnahme („{GONE}“) – wird hier auch gelöscht" in seen["gone"]
    nested = "In der Datei gelöscht: 1 Veranstaltung („Infoabend ‚Mitmachen im Verein‘ auf Türkisch“)"
    assert nested in seen["gone"], seen["gone"]
    assert "In der Datei gelöscht und hier auch: 2 von 2 Datensätzen." in seen["summary"], seen["summary"]
    assert (seen["top"], seen["decision"]) == ("In der Datei gelöscht", "hier löschen")
    assert re.search(r"In der Datei gelöscht am \d\d\.\d\d\.\d{4}, \d\d:\d\d\.", seen["title"]), seen["title"]
    assert seen["take"] == "Hier auch lö&schen"
    stamp = r"\d\d\.\d\d\.\d{4}, \d\d:\d\d"
    (changed, mine, _), (deleted, _, theirs) = seen["when"]
    assert (changed, deleted) == ("Zuletzt geändert", "Gelöscht")
    assert re.fullmatch(stamp, mine) and re.fullmatch(stamp, theirs), seen["when"]
    assert f"Maßnahmen: hier 8, in der Datei 7 – 1 gibt es nur hier: „{MINE}“" in seen["only"], seen["only"]
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d", seen["trash"]), seen["trash"]
    assert "2 gelöscht" in page.import_status.text(), page.import_status.text()
    titles = [m.title for m in ctx.workspace.measures.list(mid)]
    assert GONE not in titles and MINE in titles
    assert len(ctx.undo) == 0


def test_keep_mine_in_the_preview_keeps_the_record(qtbot, ctx, tmp_path: Path) -> None:
    mid, _trashed = _files(ctx, tmp_path)
    gone_id = next(m.id for m in ctx.workspace.measures.list(mid) if m.title == GONE)
    page = _page(qtbot, ctx, mid)
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        dialog.show()
        _top, child = preview_row(dialog, gone_id)
        dialog.tree.setFocus()
        dialog.tree.setCurrentItem(child)
        qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
        seen["gone"], seen["decision"] = dialog.gone.text(), child.text(4)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "übernommen" in page.import_status.text())
    assert f"In der Datei gelöscht: 1 Maßnahme („{GONE}“) – bleibt hier" in seen["gone"]
    assert seen["decision"] == "meins behalten"
    assert GONE in [m.title for m in ctx.workspace.measures.list(mid)]
