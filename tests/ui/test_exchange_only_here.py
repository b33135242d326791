"""The import preview names what exists only here (review 2, G15): a measure the town deleted is said
with its name, and nothing is deleted; the trash date shows as a date ("06.12.2026, 09:39")."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialog

from vopi_desktop.exchange import importer
from vopi_desktop.store.db import make_engine, upgrade
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.workspace import Workspace
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.page import ExchangePage
from vopi_desktop.ui.pages.exchange.preview import ITEM_ROLE, PreviewDialog

GONE = "Antragswerkstatt für Migrantenorganisationen"


def test_the_preview_names_what_only_exists_here(qtbot, ctx, tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "town.sqlite3")
    upgrade(engine)
    town = Workspace(engine, who="Rathaus")
    fill_demo(town, "small")
    town.exchange.export_file(tmp_path / "first.vopi")
    ws = ctx.workspace
    importer.apply(ws.exchange, importer.prepare(ws.exchange, tmp_path / "first.vopi"), None)
    mid = town.municipalities.list()[0].id
    measures = town.measures.list(mid)
    gone = next(m for m in measures if m.title == GONE)
    town.measures.delete(gone.id, gone.version)
    trashed = town.actors.list(mid)[0]
    town.actors.trash(trashed.id)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()

    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        dialog.show()
        seen["only"] = dialog.only_here.text() if dialog.only_here.isVisible() else ""
        for index in range(dialog.tree.topLevelItemCount()):
            top = dialog.tree.topLevelItem(index)
            for row in range(top.childCount()):
                if top.child(row).data(0, ITEM_ROLE).id == trashed.id:
                    dialog.tree.setCurrentItem(top.child(row))
        table = dialog.table
        cells = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
        seen["trash"] = cells.get("Im Papierkorb seit", "")
        return QDialog.DialogCode.Rejected

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
    count = len(measures)
    assert f"Maßnahmen: hier {count}, in der Datei {count - 1} – 1 gibt es nur hier: „{GONE}“" in seen["only"]
    assert "Was es nur hier gibt, bleibt hier" in seen["only"]
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d", seen["trash"]), seen["trash"]
    assert GONE in [m.title for m in ws.measures.list(mid)]
