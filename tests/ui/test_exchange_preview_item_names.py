"""A pillar score is named by its indicator's question and a checklist item by its statement (an own
item by its own text) in the import preview — the records that differ, the lines of deletions and of
what exists only here — and in ``import --dry-run``, in German and English (was the key,
„encounter.2“, „anchoring.02“, „own.3f9c…“, which tells a clerk nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from vopi_desktop.catalog import load_catalog
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.lang import set_language
from vopi_desktop.store.dto.checklists import ItemInput
from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

from .conftest import exchange_page, town_imported

OWN = "Sprachcafé im Rathaus zweimal im Jahr anbieten"  # an own item changed on both sides
GONE = "Dolmetscherpool mit dem Landkreis aufbauen"  # an own item the town deletes
HERE = "Mehrsprachige Aushänge im Bürgerbüro"  # an own item made here since
SCORE, ITEM = "encounter.2", "anchoring.02"
KEYS = (SCORE, ITEM, "own.")


def _own(side: Any, mid: str, text: str) -> None:
    checklist = side.checklists.for_municipality(mid)
    section = load_catalog().checklists[checklist.template_key].sections[0].key
    side.checklists.add_item(checklist.id, section, ItemInput(text=text))


def _file(ctx: Any, tmp_path: Path) -> tuple[str, str, str]:
    """A second file of the town: a score, a catalogue item and an own item changed on both sides,
    an own item and a pillar round deleted there, an own item and a round's score made here. Its
    municipality's id, the title of the changed score's round and of the items' checklist."""
    town, mid = town_imported(ctx, tmp_path, lambda town, mid: (_own(town, mid, OWN), _own(town, mid, GONE)))
    ws = ctx.workspace
    for side, score, status in ((ws, 4, "done"), (town, 5, "not_relevant")):
        first, *_ = side.pillars.rounds(mid)
        side.pillars.set_score(first.id, SCORE, score, "", first.score_versions[SCORE])
        checklist = side.checklists.for_municipality(mid)
        for item in checklist.items:
            if item.key == ITEM or item.text == OWN:
                side.checklists.set_item(item.id, ItemInput(status=status, text=item.text), item.version)
    checklist = town.checklists.for_municipality(mid)
    parents = first.title, checklist.title  # the town's: the file's names
    town.checklists.remove_item(next(i for i in checklist.items if i.text == GONE).id)
    last = town.pillars.rounds(mid)[-1]
    town.pillars.delete(last.id, last.version)
    _own(ws, mid, HERE)
    made = ws.pillars.create_round(mid, RoundInput(title="Nachbefragung"))
    ws.pillars.set_score(made.id, SCORE, 3, "", None)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    return mid, *parents


def _said(lang: str) -> tuple[str, str]:
    """The indicator's question and the item's statement in ``lang``, as far as a name shows them."""
    catalog = load_catalog(lang)
    item = next(i for i in catalog.checklists["anchoring"].items if i.key == ITEM)
    return catalog.indicator(SCORE).question[:30], item.text[:30]


def test_preview_names_them(qtbot, ctx, tmp_path: Path) -> None:
    mid, round_title, checklist_title = _file(ctx, tmp_path)
    page = exchange_page(qtbot, ctx, mid)
    seen: dict[str, Any] = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        tree = dialog.tree
        tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        seen["rows"] = [top.child(r).text(0) for top in tops for r in range(top.childCount())]
        seen["gone"], seen["only here"] = dialog.gone.text(), dialog.only_here.text()
        for top in tops:  # a score's and an item's round and list said with them: alone they read alike
            for row in range(top.childCount()):
                tree.setCurrentItem(top.child(row))
                seen[top.child(row).text(0)] = dialog.record_title.text(), top.child(row).toolTip(0)
        return QDialog.DialogCode.Rejected

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(seen))
    rows, question, statement = seen["rows"], *_said("de")
    (score,) = (row for row in rows if row.startswith(question))  # a score that differs
    (item,) = (row for row in rows if row.startswith(statement))  # a catalogue item that differs
    assert all(f"Runde: {round_title}" in said for said in seen[score]), seen[score]
    assert all(f"Checkliste: {checklist_title}" in said for said in seen[item]), seen[item]
    assert OWN in rows, rows  # an own item by its own text
    assert f"Checklisten-Punkt: {GONE}" in rows, rows  # deleted in the file, decided like a conflict
    assert not [row for row in rows if any(key in row for key in KEYS)], rows
    assert f"1 Checklisten-Punkt („{GONE}“)" in seen["gone"], seen["gone"]
    assert "Checklisten-Punkte: hier" in seen["only here"] and HERE in seen["only here"], seen
    assert "Säulen-Bewertungen: hier" in seen["only here"] and question in seen["only here"], seen
    assert not [key for key in KEYS if key in seen["gone"] + seen["only here"]], seen


def test_dry_run_names_them(ctx, tmp_path: Path) -> None:
    _, round_title, checklist_title = _file(ctx, tmp_path)
    for lang, score, item, gone, parents in (
        (
            "de",
            "Säulen-Bewertung „",
            "Checklisten-Punkt „",
            f"1 Checklisten-Punkt („{GONE}“)",
            ("Runde", "Checkliste"),
        ),
        ("en", "Pillar score “", "Checklist item “", f"1 checklist item (“{GONE}”)", ("Round", "Checklist")),
    ):
        set_language(lang)  # as the CLI does before it reads the file: names of what only exists here
        try:  # and of deletions are made with the plan
            lines = describe(importer.prepare(ctx.workspace.exchange, tmp_path / "second.vopi"))
        finally:
            set_language("de")
        question, statement = _said(lang)
        (at,) = (n for n, line in enumerate(lines) if line.startswith(f"  {score}{question}"))
        assert lines[at + 1] == f"    {parents[0]}: {round_title}", lines[at : at + 3]
        (at,) = (n for n, line in enumerate(lines) if line.startswith(f"  {item}{statement}"))
        assert lines[at + 1] == f"    {parents[1]}: {checklist_title}", lines[at : at + 3]
        assert any(line.startswith(f"  {item}{OWN}") for line in lines), lines
        assert any(gone in line for line in lines), lines
        assert any(HERE in line for line in lines), lines
        assert any(question in line for line in lines if not line.startswith(f"  {score}")), (
            lines
        )  # only here
        assert not [line for line in lines if any(key in line for key in KEYS)], lines
