"""The import preview and ``import --dry-run`` show a difference in a coded field by its words, as every
page shows it: „Typ: Verein | Migrantenorganisation“, "Stand: Ausgewählt | In Maßnahme übernommen" —
never the stored keys (was "verein | migrant_org", "in_measure | selected"), in German and English; the
dry run's English counts "1 differing" (was "1 differ")."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtWidgets import QDialog

from vopi_desktop.app import install_translators
from vopi_desktop.cli import main
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

from .conftest import exchange_page, town_imported


def _file(ctx, tmp_path: Path) -> tuple[str, str]:
    """Imported here: the town's first file; then the town makes a club a migrant organisation of
    culture (was: sport) and writes its second file. The municipality's id, the club's name."""
    town, mid = town_imported(ctx, tmp_path)
    club = next(a for a in town.actors.list(mid) if a.type == "verein" and a.fields == ("sport",))
    club = town.actors.get(club.id)
    fields = {f.name: getattr(club, f.name) for f in dataclasses.fields(ActorInput)}
    fields |= {"type": "migrant_org", "fields": ["culture"], "languages": list(fields["languages"])}
    town.actors.update(club.id, ActorInput(**fields), club.version)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    return mid, club.name


def _differences(qtbot, ctx, tmp_path: Path, mid: str, name: str) -> list[tuple[str, str, str]]:
    page = exchange_page(qtbot, ctx, mid)
    rows: list[tuple[str, str, str]] = []

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        (item,) = dialog.tree.findItems(name, _recursive())
        dialog.tree.setCurrentItem(item)
        table = dialog.table
        rows.extend(tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount()))
        return QDialog.DialogCode.Rejected

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(rows))
    return rows


def _recursive():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive


def test_in_german(qtbot, ctx, tmp_path: Path, capsys) -> None:
    mid, name = _file(ctx, tmp_path)
    rows = _differences(qtbot, ctx, tmp_path, mid, name)
    assert ("Typ", "Verein", "Migrantenorganisation") in rows, rows
    assert ("Engagementfelder", "Sport und Bewegung", "Kultur und Musik") in rows, rows
    capsys.readouterr()
    assert (
        main(["--data-dir", str(tmp_path / "data"), "import", str(tmp_path / "second.vopi"), "--dry-run"])
        == 0
    )
    printed = capsys.readouterr().out
    assert "    Typ: Verein  |  Migrantenorganisation" in printed, printed
    assert "    Engagementfelder: Sport und Bewegung  |  Kultur und Musik" in printed, printed


def test_in_english(qtbot, qapp, ctx, tmp_path: Path, capsys) -> None:
    mid, name = _file(ctx, tmp_path)
    install_translators(qapp, "en")
    try:
        rows = _differences(qtbot, ctx, tmp_path, mid, name)
    finally:
        install_translators(qapp, "de")
    assert ("Type", "Club or association", "Migrant organisation") in rows, rows
    capsys.readouterr()
    args = ["--lang", "en", "--data-dir", str(tmp_path / "data"), "import", str(tmp_path / "second.vopi")]
    assert main([*args, "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "    Type: Club or association  |  Migrant organisation" in printed
    # the counts read as English: "1 differing" (was "1 differ")
    assert re.search(r"^Actors: \d+ new, \d+ identical, 1 differing \(1 from the file\)$", printed, re.M), (
        printed
    )
