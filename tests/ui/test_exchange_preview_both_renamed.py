"""A record renamed on both sides — here „… (hier)“, in the file „… e.V.“ — is shown by our name in the
preview's „Hier (meins)“ column and by the file's in „In der Datei (deren)“: in its own Name row, and
wherever a difference of another record refers to it (was: the file's name on both sides, so a measure
given to another actor in the file read „Verantwortlicher Akteur: „… e.V.“ | …“ while here the actor is
called „… (hier)“); ``import --dry-run`` the same way."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QDialog

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages

from .conftest import exchange_page, preview_differences, town_imported
from .town_files import rename


def _partnered(town, mid: str) -> None:
    """The first measure with a responsible actor has it among its partners too."""
    measure = next(m for m in town.measures.list(mid) if m.responsible_actor_id)
    partners = (*measure.partner_ids, measure.responsible_actor_id)
    town.measures.update(
        measure.id, dataclasses.replace(MeasureInput.of(measure), partner_ids=partners), measure.version
    )


def _file(ctx, tmp_path: Path) -> dict[str, str]:
    """The town's first file imported here; then the actor of a measure, among its partners too, is
    renamed on both sides, and the town gives the measure to another actor and another partner."""
    town, mid = town_imported(ctx, tmp_path, before=_partnered)
    ws = ctx.workspace
    measure = next(m for m in town.measures.list(mid) if m.responsible_actor_id in m.partner_ids)
    actor = town.actors.get(measure.responsible_actor_id)
    other = next(a for a in town.actors.list(mid) if a.id not in measure.partner_ids)
    rename(ws, actor.id, actor.name + " (hier)")
    rename(town, actor.id, actor.name + " e.V.")
    partners = (*(p for p in measure.partner_ids if p != actor.id), other.id)
    data = dataclasses.replace(MeasureInput.of(measure), responsible_actor_id=other.id, partner_ids=partners)
    town.measures.update(measure.id, data, measure.version)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    return {
        "mid": mid,
        "measure": measure.title,
        "here": actor.name + " (hier)",
        "theirs": actor.name + " e.V.",
    }


def test_ours_here_theirs_in_the_file(qtbot, ctx, tmp_path: Path) -> None:
    names = _file(ctx, tmp_path)
    page = exchange_page(qtbot, ctx, names["mid"])
    rows = preview_differences(qtbot, ctx, page, tmp_path / "second.vopi", names["theirs"])
    assert rows["Name"] == (names["here"], names["theirs"]), rows
    rows = preview_differences(qtbot, ctx, page, tmp_path / "second.vopi", names["measure"])
    responsible, partners = rows["Verantwortlicher Akteur"], rows["Partner"]
    assert responsible[0] == names["here"] and names["theirs"] not in responsible, rows
    assert names["here"] in partners[0].split(", ") and names["theirs"] not in partners[0], rows
    assert names["here"] not in partners[1] and names["theirs"] not in partners[1], rows


def test_dry_run(ctx, tmp_path: Path) -> None:
    names = _file(ctx, tmp_path)
    lines = describe(importer.prepare(ctx.workspace.exchange, tmp_path / "second.vopi"))
    (line,) = [line for line in lines if line.startswith("    Verantwortlicher Akteur:")]
    assert line.startswith(f"    Verantwortlicher Akteur: {names['here']}  |  "), lines
    assert names["theirs"] not in line, lines


def test_a_wrapped_name_shows_whole(qtbot, ctx, tmp_path: Path) -> None:
    """The Name row of the conflict the preview opens on gets the lines its wrapped names need once
    the dialog is shown at its size (was: the height made before showing, the file's name cut „…“)."""
    names = _file(ctx, tmp_path)
    page = exchange_page(qtbot, ctx, names["mid"])
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        assert table.item(0, 0).text() == "Name"  # the actor's row, the first conflict, is shown
        qtbot.waitUntil(
            lambda: table.rowHeight(0) >= table.sizeHintForRow(0) > table.fontMetrics().height() * 2
        )
        seen["done"] = True
        return QDialog.DialogCode.Rejected

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "done" in seen)
