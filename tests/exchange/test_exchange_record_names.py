"""One record is named with the singular (review 2, G14): the import plan of the CLI and the preview's record
title say "Akteur „TSV …“", not "Akteure „TSV …“"; the counts per kind keep the plural."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from vopi_desktop.catalog import load_catalog
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.export import export
from vopi_desktop.lang import set_language
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.workspace import Workspace
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

RENAMED = "Yilmaz Kulturverein"


def _edit(ws: Workspace, actor_id: str, **changes: object) -> None:
    current = ws.actors.get(actor_id)
    fields = {f.name: getattr(current, f.name) for f in dataclasses.fields(ActorInput)}
    fields["fields"], fields["languages"] = list(fields["fields"]), list(fields["languages"])
    ws.actors.update(actor_id, ActorInput(**(fields | changes)), current.version)


def _plan(pair, tmp_path: Path) -> tuple[importer.Plan, str]:
    """B has A's demo; A renames actor X onto a name a different actor of B holds, B edits X's notes:
    one record kept apart under a suffix and one conflict."""
    a, b = pair
    fill_demo(a, "small")
    export(a.exchange, tmp_path / "first.vopi")
    importer.apply(b.exchange, importer.prepare(b.exchange, tmp_path / "first.vopi"), None)
    mid = a.municipalities.list()[0].id
    x = a.actors.list(mid)[0]
    _edit(a, x.id, name=RENAMED)
    b.actors.create(mid, ActorInput(name=RENAMED, type="verein"))
    _edit(b, x.id, notes="Notiz der Beraterin")
    export(a.exchange, tmp_path / "second.vopi")
    return importer.prepare(b.exchange, tmp_path / "second.vopi"), x.id


def test_the_plan_names_one_record_in_the_singular(pair, tmp_path: Path) -> None:
    plan, _x = _plan(pair, tmp_path)
    lines = describe(plan)
    renamed = [line for line in lines if RENAMED in line and "getrennt gehalten" in line]
    assert renamed and renamed[0].startswith(f"  Akteur „{RENAMED}“: hier gibt es einen anderen"), renamed
    conflicts = [line for line in lines if "→" in line]
    assert conflicts and all(not line.lstrip().startswith("Akteure ") for line in conflicts), conflicts
    assert any(line.startswith("  Akteur „") for line in conflicts), conflicts
    assert any(line.startswith("Akteure: ") for line in lines)  # the count per kind: plural
    set_language("en")
    try:
        english = describe(plan)
    finally:
        set_language("de")
    assert any(line.startswith(f"  Actor “{RENAMED}”: a different record") for line in english), english


def test_the_preview_titles_one_record_in_the_singular(qtbot, pair, tmp_path: Path) -> None:
    plan, x = _plan(pair, tmp_path)
    dialog = PreviewDialog(plan, load_catalog("de"))
    qtbot.addWidget(dialog)
    for n in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(n)
        for c in range(top.childCount()):
            item = top.child(c)
            record = item.data(0, Qt.ItemDataRole.UserRole)
            if record is not None and getattr(record, "id", None) == x:
                dialog.tree.setCurrentItem(item)
    title = dialog.record_title.text()
    assert title.startswith("Akteur: "), title


def test_every_kind_has_a_singular_name() -> None:
    from vopi_desktop.exchange.labels import ENTITIES, RECORDS

    assert set(RECORDS) == set(ENTITIES)
